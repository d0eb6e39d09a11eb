"""Let browsers (and CDNs, when asked) reuse a read-only GET endpoint's answer: a
``Cache-Control`` header on its responses.

The route function gains a ``response: Response`` parameter (FastAPI passes in the
response it will send; it is no request parameter, so the OpenAPI schema is unchanged)
and sets ``response.headers["Cache-Control"]`` first thing (after its docstring):
``private, max-age=<ttl>`` by default (only the user's own browser may keep it), or
``public, max-age=<ttl>`` when ``extra["shared"] is True`` (CDNs and proxies too). The
TTL is ``extra["ttl_s"]`` in whole seconds, default 60. An error the function raises
(``HTTPException``...) is answered without the header: FastAPI builds a new response.

Declined: ``extra["cache_scope"] = "none"`` (the response sets a cookie, or the request
writes: a cached answer would skip the write); no app or no GET route for the endpoint; a
route with non-GET methods too; a body that writes or builds a Response object, or a return
annotation that is one; a function that already takes a Request/Response (or a WebSocket,
HTTPConnection), ``*args``/``**kwargs`` or positional-only parameters; parameters from
headers, cookies, the body or ``Security`` (the answer varies by what the URL does not show);
when shared, any ``Depends`` (a dependency may tell users apart); a module that already
mentions Cache-Control; a function that is also called directly (the new parameter would
break the call); other decorators than its routes; a body on the ``def`` line.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "main.py").write_text(
...     "from fastapi import FastAPI\\n\\napp = FastAPI()\\n\\n\\n"
...     "@app.get('/items')\\ndef items(limit: int = 10) -> list[int]:\\n"
...     "    return list(range(limit))\\n")
>>> p = cache_headers(root, RecipeTarget(endpoint="/items", extra={"ttl_s": 300}))
>>> print(p.edit.blocks[-1].replace, end="")
@app.get('/items')
def items(response: Response, limit: int = 10) -> list[int]:
    response.headers["Cache-Control"] = "private, max-age=300"
    return list(range(limit))
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import libcst as cst
from libcst.metadata import Assignment, ScopeProvider

from perfagent.tools.recipes._cst import (
    SKIP_DIRS,
    blocks_between,
    dotted,
    fresh_name,
    is_docstring,
    metadata,
    names_in,
    replace_nodes,
)
from perfagent.tools.recipes._fastapi import (
    check_read_only,
    find_app,
    get_only,
    routes,
    target_route,
    with_imported_name,
)
from perfagent.tools.recipes._purity import ModuleInfo, all_params
from perfagent.tools.recipes.base import Decline, Proposal, Recipe, RecipeTarget, checked_edit

PRESENT = re.compile(r"cache[-_ ]?control", re.IGNORECASE)
OWN = re.compile(
    r'^[ \t]+\w+\.headers\["Cache-Control"\] = "(private|public), max-age=\d+"\n', re.MULTILINE
)
CONNECTIONS = ("Request", "Response", "WebSocket", "HTTPConnection")
NOT_IN_URL = {"Header", "Cookie", "Body", "Form", "File", "Security"}
RESPONSE_ORIGINS = {
    "fastapi.Response",
    "fastapi.responses.Response",
    "starlette.responses.Response",
}


def cache_headers(root: Path, target: RecipeTarget) -> Proposal:
    if target.extra.get("cache_scope") == "none":
        raise Decline(
            "its answer must not be cached at all: "
            f"{target.extra.get('cache_scope_reason') or 'it sets a cookie'}"
        )
    shared = target.extra.get("shared") is True
    ttl = target.extra.get("ttl_s", 60)
    if isinstance(ttl, bool) or not isinstance(ttl, (int, float)) or ttl < 1 or ttl != int(ttl):
        raise Decline(f"ttl_s must be a whole number of seconds (at least 1), not {ttl!r}")
    ttl = int(ttl)
    app = find_app(root, target.file)
    if app.framework != "fastapi":
        raise Decline(f"{app.name} is a Starlette app: its routes get no Response parameter")
    route = target_route(app, target)
    func, source = route.function, app.source
    name = func.name.value
    get_only(app, route)
    route_decorators = {id(r.decorator) for r in routes(app) if r.function is func}
    if any(id(d) not in route_decorators for d in func.decorators):
        raise Decline(
            f"{name} has decorators besides its routes: they may not pass a new "
            "parameter on, or may answer without calling it"
        )
    if PRESENT.search(source.code(func)):
        raise Decline(f"{name} already mentions Cache-Control")
    found = PRESENT.search(OWN.sub("", source.text))  # this recipe's lines on other routes
    if found:
        raise Decline(
            f"{source.path} already mentions {found.group()}: its responses' caching "
            "is handled there"
        )
    _check_signature(source.module, func, route.decorator, shared)
    check_read_only(func)
    if func.returns is not None and dotted(func.returns.annotation).endswith("Response"):
        raise Decline(
            f"{name} returns a {dotted(func.returns.annotation)} (FastAPI sends it "
            "as it is, without the headers set on the injected response)"
        )
    if not isinstance(func.body, cst.IndentedBlock):
        raise Decline(f"{name} has its body on the def line")
    _check_not_called(root, source.path, source.module, func)

    info = ModuleInfo.of(source.module)
    response_class = info.imports.get("Response")
    if (
        response_class is None
        and "Response" in names_in(source.module)
        or response_class not in (None, *RESPONSE_ORIGINS)
    ):
        raise Decline(f"`Response` means something else in {source.path}")
    param = fresh_name("response", names_in(func))
    value = f"{'public' if shared else 'private'}, max-age={ttl}"
    rewritten = replace_nodes(source.module, {id(func): _with_header(func, param, value)})
    if response_class is None:
        rewritten = with_imported_name(rewritten, "fastapi", "Response")
    where = f"GET {route.path} ({name} in {source.path})"
    who = "browsers, CDNs and proxies" if shared else "each user's browser"
    assumptions = [
        (
            f"clients may show data up to {ttl} s old, and nothing on the server can "
            "take back a copy a client holds (writes are not seen there until it "
            "expires)"
        )
    ]
    if shared:
        assumptions.append(
            f"the answer of {route.path} is the same for every user: shared "
            "caches serve one user's copy to all"
        )
    elif "Depends" in names_in(func.params) or "dependencies" in source.code(route.decorator):
        assumptions.append(
            f"the dependencies of {name} do not make its answer differ between "
            "users of the same browser"
        )
    return Proposal(
        recipe="cache_headers",
        title=f"Cache-Control: {value} on {where}",
        edit=checked_edit(
            source.text,
            rewritten.code,
            blocks_between(source.path, source.text, rewritten.code),
            f"Cache-Control header on {where}",
        ),
        rationale=(
            f"{where} only reads, and its answer depends only on its URL, yet every "
            "response can be asked for again. With `Cache-Control: "
            f"{value}`, {who} reuse a response for {ttl} s without asking the server."
        ),
        expected=(
            f"repeated requests for the same URL within {ttl} s "
            f"{'through a shared cache or ' if shared else ''}from the same browser "
            "never reach the app: no latency and no bytes for them; first requests are "
            "unchanged, and load tools that keep no HTTP cache measure no difference"
        ),
        assumptions=assumptions,
    )


def _check_signature(
    module: cst.Module, func: cst.FunctionDef, decorator: cst.Decorator, shared: bool
) -> None:
    name, params = func.name.value, func.params
    if isinstance(params.star_arg, cst.Param) or params.star_kwarg is not None:
        raise Decline(f"{name} takes *args/**kwargs")
    if params.posonly_params:
        raise Decline(f"{name} has positional-only parameters")
    for param in all_params(func):
        pname = param.name.value
        annotation = param.annotation
        used = names_in(annotation) if annotation else set()
        if annotation is not None and any(n.endswith(CONNECTIONS) for n in used):
            raise Decline(
                f"{name} already takes a connection object ({pname}: "
                f"{module.code_for_node(annotation.annotation)})"
            )
        markers = used | (names_in(param.default) if param.default else set())
        if markers & NOT_IN_URL:
            raise Decline(
                f"parameter {pname} comes from {min(markers & NOT_IN_URL)}"
                "(...), not from the URL: the answer varies by what caches do not key"
            )
        if shared and "Depends" in markers:
            raise Decline(
                f"parameter {pname} is a dependency: it may tell users apart, so a "
                "shared cache could serve one user's answer to another"
            )
    used = names_in(decorator)
    if used & NOT_IN_URL or shared and "Depends" in used:
        raise Decline(f"the route of {name} has dependencies that may tell users apart")


def _check_not_called(root: Path, path: str, module: cst.Module, func: cst.FunctionDef) -> None:
    """Declines when the function is referred to anywhere but its own def."""
    name = func.name.value
    scope = metadata(module).resolve(ScopeProvider)[func]  # the scope the def binds its name in
    if scope is None or any(
        isinstance(a, Assignment) and a.node is func and a.references
        for a in scope.assignments[name]
    ):
        raise Decline(
            f"{name} is also called (or passed) in {path}: a new required parameter "
            "would break that"
        )
    dotted_module = path[:-3].replace("/", ".")
    stem = dotted_module.rsplit(".", 1)[-1]
    word = re.compile(rf"\b{re.escape(name)}\b")
    for other in sorted(root.rglob("*.py")):
        rel = other.relative_to(root).as_posix()
        if rel == path or any(
            p in SKIP_DIRS - {"tests", "test"} or p.startswith(".") for p in Path(rel).parts[:-1]
        ):
            continue
        text = other.read_text(encoding="utf-8", errors="replace")
        if word.search(text) and _imports_name(text, dotted_module, stem, name):
            raise Decline(
                f"{rel} may call {name} directly: a new required parameter would break that"
            )


def _imports_name(text: str, module: str, stem: str, name: str) -> bool:
    """Whether ``text`` imports ``name`` from the module, or reads it off the module."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return True  # cannot tell: assume it does
    aliases = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            source = node.module or ""
            for alias in node.names:
                if alias.name == name and (source == module or source.endswith(stem)):
                    return True
                if alias.name == stem:
                    aliases.add(alias.asname or stem)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == module or alias.name.endswith(f".{stem}") or alias.name == stem:
                    aliases.add(alias.asname or alias.name)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr == name
            and ast.unparse(node.value) in aliases
        ):
            return True
    return False


def _with_header(func: cst.FunctionDef, param: str, value: str) -> cst.FunctionDef:
    """The function with ``param: Response`` first and the header set first thing."""
    params = list(func.params.params)
    comma = (
        params[0].comma
        if params and isinstance(params[0].comma, cst.Comma)
        else cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
    )
    new = cst.Param(
        name=cst.Name(param),
        annotation=cst.Annotation(cst.Name("Response")),
        comma=comma if params else cst.MaybeSentinel.DEFAULT,
    )
    statements = list(func.body.body)
    at = 1 if statements and is_docstring(statements[0]) else 0
    header = cst.parse_statement(f'{param}.headers["Cache-Control"] = "{value}"\n')
    statements.insert(at, header)  # comments above the old first line stay with it
    return func.with_changes(
        params=func.params.with_changes(params=[new, *params]),
        body=func.body.with_changes(body=statements),
    )


RECIPE = Recipe(
    name="cache_headers",
    kinds=frozenset({"payload", "latency"}),
    build=cache_headers,
    order=100,
    measure="browser",
    browser_metric="repeat_transfer_bytes",
)
