"""Cache a slow read-only GET endpoint in process, for a TTL, keyed by its arguments.

The route function keeps its decorator, signature and docstring (FastAPI sees the same
endpoint); its body moves to a private ``_<name>_uncached`` helper, and the route
answers from a module-level dict of ``(monotonic time, value)`` by argument tuple while
the entry is younger than the TTL (``extra["ttl_s"]``, default 60 s). The dict is
cleared when it reaches ``extra["max_entries"]`` (default 1024), so memory stays bounded;
``_<name>_cache_clear()`` empties it, and a comment says writes must call it.

Declined: no app or no GET route for the endpoint; a route with non-GET methods too;
parameters that are not plain scalars (``Request``, bodies, ``Depends``/``Header``/
``Cookie``/``Body``/``Form``/``File``/``Security``, lists, unannotated); extra
decorators; a body that writes (INSERT/UPDATE/DELETE/..., commit, save, ...) or
returns a Response object; ``extra["redis_url"]`` (the Redis variant is not built).

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "main.py").write_text(
...     "from fastapi import FastAPI\\n\\napp = FastAPI()\\n\\n\\n"
...     "@app.get('/items')\\ndef items(limit: int = 10) -> list[int]:\\n"
...     "    return list(range(limit))\\n")
>>> p = response_cache(root, RecipeTarget(endpoint="/items?limit=3", extra={"ttl_s": 5}))
>>> "_ITEMS_CACHE_TTL_S = 5.0" in p.edit.blocks[-1].replace
True
"""

from __future__ import annotations

import re
from pathlib import Path

import libcst as cst

from tools.recipes._cst import (
    blocks_between,
    dotted,
    fresh_name,
    has_import,
    is_docstring,
    names_in,
    with_import,
)
from tools.recipes._fastapi import find_app, find_route, routes
from tools.recipes._purity import ModuleInfo, all_params, annotation_kind, param_annotation
from tools.recipes.base import Decline, Proposal, Recipe, RecipeTarget, checked_edit

PLAIN_MARKERS = {"Query", "Path"}
WRITE_SQL = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE|UPSERT|MERGE|CREATE|DROP|ALTER|"
                       r"TRUNCATE)\b", re.IGNORECASE)
WRITE_METHODS = {"commit", "save", "flush", "executemany", "executescript", "write", "post",
                 "put", "patch", "delete", "insert_one", "insert_many", "update_one",
                 "update_many", "delete_one", "delete_many", "set", "incr", "publish", "send"}

TEMPLATE = '''\
# Cached responses of GET {path} for up to {ttl:g} s, by arguments (at most {max_entries}
# entries). A cached value is shared by every request: never mutate it. Anything that
# writes the data behind it must call {clear}().
{cache}: dict[tuple, tuple[float, object]] = {{}}
{ttl_name} = {ttl}


def {clear}() -> None:
    """Forget every cached response of GET {path}."""
    {cache}.clear()
'''

WRAPPER = '''\
{key} = ({args})
{now} = time.monotonic()
{hit} = {cache}.get({key})
if {hit} is not None and {now} - {hit}[0] < {ttl_name}:
    return {hit}[1]
{value} = {awaits}{uncached}({call_args})
if len({cache}) >= {max_entries}:
    {cache}.clear()
{cache}[{key}] = ({now}, {value})
return {value}
'''


def response_cache(root: Path, target: RecipeTarget) -> Proposal:
    if target.extra.get("redis_url"):
        raise Decline("Redis variant not built: only the in-process TTL cache is")
    app = find_app(root, target.file)
    if target.endpoint:
        route = find_route(app, target.endpoint)
    else:
        named = [r for r in routes(app) if r.function.name.value == target.function]
        if not named:
            raise Decline("the finding names no endpoint (nor a route function)")
        route = named[0]
        if route.method != "get":
            raise Decline(f"{route.path} is served by a non-GET route ({route.method})")
    func, source = route.function, app.source
    name = func.name.value
    methods = {r.method for r in routes(app) if r.function is func}
    if methods != {"get"}:
        raise Decline(f"{name} also serves non-GET methods ({', '.join(sorted(methods))})")
    if len(func.decorators) != 1:
        raise Decline(f"{name} has decorators besides its route; a cache could bypass them")
    params = _check_params(source.module, func)
    _check_read_only(source.module, func)
    ttl = target.extra.get("ttl_s", 60)
    max_entries = target.extra.get("max_entries", 1024)
    if not isinstance(ttl, (int, float)) or ttl <= 0:
        raise Decline(f"ttl_s must be a positive number, not {ttl!r}")
    if not isinstance(max_entries, int) or max_entries < 1:
        raise Decline(f"max_entries must be a positive integer, not {max_entries!r}")
    module = source.module
    if not has_import(module, "time") and "time" in names_in(module):
        raise Decline("`time` means something else in the app's module")
    info = ModuleInfo.of(module)
    if info.imports.get("time", "time") != "time":
        raise Decline("`time` is imported as something else in the app's module")

    taken = names_in(module)
    names = {}
    for key, wanted in (("cache", f"_{name}_cache"), ("ttl_name", f"_{name.upper()}_CACHE_TTL_S"),
                        ("clear", f"_{name}_cache_clear"), ("uncached", f"_{name}_uncached")):
        names[key] = fresh_name(wanted, taken)
        taken.add(names[key])
    local_taken = set(params) | taken
    for key in ("key", "now", "hit", "value"):
        names[key] = fresh_name(key if key != "key" else "cache_key", local_taken)
        local_taken.add(names[key])

    # After a first statement, the leading comment belongs to the dict, not the module header.
    header = cst.parse_module("pass\n" + TEMPLATE.format(
        path=route.path, ttl=float(ttl), max_entries=max_entries, **names)).body[1:]
    header = [header[0].with_changes(leading_lines=(cst.EmptyLine(), cst.EmptyLine(),
                                                    *header[0].leading_lines)), *header[1:]]
    is_async = func.asynchronous is not None
    wrapper_code = WRAPPER.format(args=", ".join(params) + ("," if len(params) == 1 else ""),
                                  call_args=", ".join(params), max_entries=max_entries,
                                  awaits="await " if is_async else "", **names)
    statements = list(func.body.body)
    docstring = statements[:1] if statements and is_docstring(statements[0]) else []
    wrapper_body = docstring + list(cst.parse_module(wrapper_code).body)
    route_func = func.with_changes(body=func.body.with_changes(body=wrapper_body))
    helper = func.with_changes(
        name=cst.Name(names["uncached"]), decorators=[],
        params=_plain_params(func.params),
        body=func.body.with_changes(body=statements[len(docstring):] or [
            cst.SimpleStatementLine([cst.Pass()])]),
        leading_lines=(cst.EmptyLine(), cst.EmptyLine()),
    )
    body = list(module.body)
    at = body.index(func)
    body[at:at + 1] = [*header, route_func, helper]
    rewritten = with_import(module.with_changes(body=body), "time").code
    where = f"GET {route.path} ({name} in {source.path})"
    return Proposal(
        recipe="response_cache",
        title=f"cache {where} for {ttl:g} s",
        edit=checked_edit(source.text, rewritten,
                          blocks_between(source.path, source.text, rewritten),
                          f"in-process TTL cache for {where}"),
        rationale=(f"{where} only reads, and its answer depends only on its arguments "
                   f"({', '.join(params) or 'none'}) and the data behind it. Repeated requests "
                   f"within {ttl:g} s are answered from memory. The cached value is the very "
                   "object returned the first time, shared by later requests: FastAPI only "
                   "serializes it, but code that mutated it would change later responses."),
        expected=("repeated requests skip the handler's work (its queries and their "
                  "serialization into Python objects); only the first request per argument "
                  f"tuple per {ttl:g} s pays it"),
        assumptions=[
            (f"data served by {route.path} may be up to {ttl:g} s stale; writers must call "
            f"{names['clear']}() to see their own writes at once"),
            "each worker process holds its own cache (nothing is shared between processes)",
            "concurrent first requests for the same arguments may each compute the answer",
        ],
    )


def _check_params(module: cst.Module, func: cst.FunctionDef) -> list[str]:
    params = func.params
    if isinstance(params.star_arg, cst.Param) or params.star_kwarg is not None:
        raise Decline(f"{func.name.value} takes *args/**kwargs")
    names = []
    for param in all_params(func):
        pname = param.name.value
        annotation = param_annotation(param)
        if annotation is None:
            raise Decline(f"parameter {pname} is not annotated; cannot tell it is a plain value")
        if annotation_kind(annotation) != "immutable" or isinstance(annotation, cst.Subscript) \
                and dotted(annotation.value).endswith("Annotated"):
            raise Decline(f"parameter {pname}: {module.code_for_node(annotation)} is not a "
                          "plain query/path value (a Request, body, dependency or list?)")
        default = param.default
        if isinstance(default, cst.Call):
            marker = dotted(default.func).rsplit(".", 1)[-1]
            if marker not in PLAIN_MARKERS:
                raise Decline(f"parameter {pname} comes from {marker}(...), not from the URL")
        names.append(pname)
    return names


def _check_read_only(module: cst.Module, func: cst.FunctionDef) -> None:
    problems: list[str] = []

    class Reads(cst.CSTVisitor):
        def visit_SimpleString(self, node: cst.SimpleString) -> None:
            if WRITE_SQL.match(node.evaluated_value if isinstance(node.evaluated_value, str)
                               else ""):
                problems.append(f"runs a write statement ({node.value[:40]})")

        def visit_Call(self, node: cst.Call) -> None:
            if isinstance(node.func, cst.Attribute) and node.func.attr.value in WRITE_METHODS:
                problems.append(f"calls .{node.func.attr.value}()")

        def visit_Name(self, node: cst.Name) -> None:
            if node.value.endswith("Response"):
                problems.append(f"builds a {node.value} (a response object is not data)")

        def visit_Yield(self, node: cst.Yield) -> None:
            problems.append("is a generator")

    func.body.visit(Reads())
    if problems:
        raise Decline(f"{func.name.value} may not be read-only: {problems[0]}")


def _plain_params(params: cst.Parameters) -> cst.Parameters:
    """The same parameters without defaults (the route passes every one explicitly)."""
    def strip(ps):
        return [p.with_changes(default=None, equal=cst.MaybeSentinel.DEFAULT) for p in ps]

    return params.with_changes(posonly_params=strip(params.posonly_params),
                               params=strip(params.params),
                               kwonly_params=strip(params.kwonly_params))


RECIPE = Recipe(name="response_cache", kinds=frozenset({"latency", "payload"}),
                build=response_cache)
