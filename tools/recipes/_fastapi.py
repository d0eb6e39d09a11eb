"""Find a target's FastAPI/Starlette app and the function behind a route.

>>> route_regex("/api/products/{product_id}").fullmatch("/api/products/7") is not None
True
>>> route_regex("/api/catalog").fullmatch("/api/catalog/x") is None
True
>>> request_path("http://h:1/api/orders/recent?limit=50")
'/api/orders/recent'
>>> m = with_imported_name(cst.parse_module("from fastapi import FastAPI, Query\\n"), "fastapi",
...                        "Response")
>>> m.code
'from fastapi import FastAPI, Query, Response\\n'
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import libcst as cst

from perfagent.tools.recipes._cst import (
    Source,
    dotted,
    find_function,
    functions,
    import_insert_index,
    load,
    python_files,
    qualname,
    with_from_import,
)
from perfagent.tools.recipes._purity import ModuleInfo
from perfagent.tools.recipes.base import Decline, RecipeTarget

APP_CLASSES = {"fastapi.FastAPI": "fastapi", "starlette.applications.Starlette": "starlette"}
WRITE_SQL = re.compile(
    r"^\s*(INSERT|UPDATE|DELETE|REPLACE|UPSERT|MERGE|CREATE|DROP|ALTER|"
    r"TRUNCATE)\b",
    re.IGNORECASE,
)
WRITE_METHODS = {
    "commit",
    "save",
    "flush",
    "executemany",
    "executescript",
    "write",
    "post",
    "put",
    "patch",
    "delete",
    "insert_one",
    "insert_many",
    "update_one",
    "update_many",
    "delete_one",
    "delete_many",
    "set",
    "incr",
    "publish",
    "send",
}
ROUTE_METHODS = {
    "get",
    "post",
    "put",
    "patch",
    "delete",
    "head",
    "options",
    "api_route",
    "route",
    "websocket",
}


@dataclass
class App:
    source: Source
    name: str
    statement: cst.SimpleStatementLine
    framework: str  # "fastapi" or "starlette"


@dataclass
class Route:
    function: cst.FunctionDef
    decorator: cst.Decorator
    method: str
    path: str


def find_app(root: Path, hint: str | None = None) -> App:
    """The module-level ``app = FastAPI(...)`` (or Starlette) of the target.

    Looks in ``hint`` first, else in every module of the target outside tests/ and
    virtualenvs; declines when there is none, or more than one."""
    candidates = [hint] if hint else []
    found = _apps_in(root, candidates)
    texts: dict[str, str] = {}
    if not found:
        files = [f for f in python_files(root) if f != hint]
        texts = {f: (root / f).read_text(encoding="utf-8", errors="replace") for f in files}
        found = _apps_in(
            root, [f for f, t in texts.items() if "FastAPI(" in t or "Starlette(" in t]
        )
    if not found:
        other = _other_framework(texts)
        if other:
            raise Decline(
                f"the app is {other}, not FastAPI/Starlette: this recipe edits FastAPI and "
                "Starlette apps only"
            )
        raise Decline("no module-level `app = FastAPI(...)` (or Starlette) found in the target")
    if len(found) > 1:
        where = ", ".join(f"{a.source.path}:{a.name}" for a in found)
        raise Decline(f"several apps ({where}); the finding does not say which one serves it")
    return found[0]


_FRAMEWORKS = (
    ("Flask", re.compile(r"^\s*(?:from flask import|import flask\b)", re.M), "Flask("),
    ("Django", re.compile(r"^\s*(?:from django\b|import django\b)", re.M), "get_wsgi_application"),
)


def _other_framework(texts: dict[str, str]) -> str | None:
    """The web framework the target uses when it is not FastAPI: "Flask (CTFd/__init__.py)"."""
    for name, imported, made in _FRAMEWORKS:
        where = sorted(f for f, t in texts.items() if imported.search(t) and made in t)
        if where:
            return f"{name} ({where[0]})"
    return None


def _apps_in(root: Path, files: list[str]) -> list[App]:
    apps = []
    for rel in files:
        try:
            source = load(root, rel)
        except Decline:
            continue
        info = ModuleInfo.of(source.module)
        for stmt in source.module.body:
            if not (isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1):
                continue
            small = stmt.body[0]
            if not (
                isinstance(small, cst.Assign)
                and len(small.targets) == 1
                and isinstance(small.targets[0].target, cst.Name)
                and isinstance(small.value, cst.Call)
            ):
                continue
            framework = _app_class(dotted(small.value.func), info)
            if framework:
                apps.append(App(source, small.targets[0].target.value, stmt, framework))
    return apps


def _app_class(callee: str, info: ModuleInfo) -> str | None:
    if not callee:
        return None
    head, _, rest = callee.partition(".")
    origin = info.imports.get(head)
    if origin is None:
        return None
    full = f"{origin}.{rest}" if rest else origin
    full = {
        "fastapi.applications.FastAPI": "fastapi.FastAPI",
        "starlette.Starlette": "starlette.applications.Starlette",
    }.get(full, full)
    return APP_CLASSES.get(full)


def request_path(endpoint: str) -> str:
    """The path of an endpoint as a finding names it (URL, path with query, "GET /x")."""
    endpoint = endpoint.strip()
    if " " in endpoint:
        endpoint = endpoint.split()[-1]
    return urlsplit(endpoint).path or "/"


def route_regex(template: str) -> re.Pattern[str]:
    """A regex matching the request paths a route template serves."""
    pattern = ""
    for literal, name in re.findall(r"([^{]*)(\{[^}]*\})?", template):
        pattern += re.escape(literal)
        if name:
            pattern += ".+" if name.endswith(":path}") else "[^/]+"
    return re.compile(pattern)


def routes(app: App) -> list[Route]:
    """Every ``@app.<method>("path")`` route of the app's module, in declaration order."""
    out = []
    for stmt in app.source.module.body:
        if not isinstance(stmt, cst.FunctionDef):
            continue
        for decorator in stmt.decorators:
            call = decorator.decorator
            if not (
                isinstance(call, cst.Call)
                and isinstance(call.func, cst.Attribute)
                and dotted(call.func.value) == app.name
                and call.func.attr.value in ROUTE_METHODS
                and call.args
                and call.args[0].keyword is None
                and isinstance(call.args[0].value, cst.SimpleString)
            ):
                continue
            path = ast.literal_eval(call.args[0].value.value)
            method = call.func.attr.value
            if method in ("api_route", "route"):
                method = _methods_argument(call)
            out.append(Route(stmt, decorator, method, path))
    return out


def _methods_argument(call: cst.Call) -> str:
    for arg in call.args:
        if arg.keyword is not None and arg.keyword.value == "methods":
            try:
                methods = ast.literal_eval(cst.Module([]).code_for_node(arg.value))
            except (ValueError, SyntaxError):
                return "unknown"
            return ",".join(sorted(m.lower() for m in methods))
    return "get"


def find_route(app: App, endpoint: str) -> Route:
    """The GET route that serves ``endpoint`` (the first that matches, as Starlette picks)."""
    path = request_path(endpoint)
    matching = [r for r in routes(app) if route_regex(r.path).fullmatch(path)]
    gets = [r for r in matching if r.method == "get"]
    if not gets:
        if matching:
            methods = sorted({r.method for r in matching})
            raise Decline(f"{path} is served by a non-GET route ({', '.join(methods)})")
        raise Decline(f"no @{app.name}.get route in {app.source.path} serves {path}")
    return gets[0]


def target_route(app: App, target: RecipeTarget) -> Route:
    """The GET route a finding points at: by its endpoint, else by its function's name."""
    if target.endpoint:
        return find_route(app, target.endpoint)
    named = [r for r in routes(app) if r.function.name.value == target.function]
    if not named:
        raise Decline("the finding names no endpoint (nor a route function)")
    if named[0].method != "get":
        raise Decline(f"{named[0].path} is served by a non-GET route ({named[0].method})")
    return named[0]


def get_only(app: App, route: Route) -> None:
    """Declines when the route's function also serves other methods than GET."""
    methods = {r.method for r in routes(app) if r.function is route.function}
    if methods != {"get"}:
        raise Decline(
            f"{route.function.name.value} also serves non-GET methods "
            f"({', '.join(sorted(methods))})"
        )


def check_read_only(func: cst.FunctionDef) -> None:
    """Declines when a route function may write, builds a Response object or yields."""
    problems: list[str] = []

    class Reads(cst.CSTVisitor):
        def visit_SimpleString(self, node: cst.SimpleString) -> None:
            if WRITE_SQL.match(
                node.evaluated_value if isinstance(node.evaluated_value, str) else ""
            ):
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


def with_imported_name(module: cst.Module, package: str, name: str) -> cst.Module:
    """The module with ``name`` imported from ``package``: added to an existing top-level
    ``from package import ...`` line (in sorted place when the names are sorted), else on a
    line of its own (``_cst.with_from_import``)."""
    body = list(module.body)
    for i in range(import_insert_index(module)):
        stmt = body[i]
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        small = stmt.body[0]
        if not (
            isinstance(small, cst.ImportFrom)
            and not small.relative
            and small.module
            and dotted(small.module) == package
            and not isinstance(small.names, cst.ImportStar)
        ):
            continue
        names = list(small.names)
        written = [dotted(a.name) for a in names]
        at = len(names)
        if written == sorted(written):
            at = next((k for k, w in enumerate(written) if w > name), len(names))
        new = cst.ImportAlias(name=cst.Name(name))
        space = cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
        between = names[-2].comma if len(names) > 1 else space  # one line or one per name
        if at == len(names):
            if isinstance(names[-1].comma, cst.Comma):  # a trailing comma: keep the layout
                new = new.with_changes(comma=names[-1].comma)
            names[-1] = names[-1].with_changes(comma=between)
        else:
            comma = names[at - 1].comma if at > 0 else names[at].comma
            new = new.with_changes(comma=comma if isinstance(comma, cst.Comma) else space)
        names.insert(at, new)
        body[i] = stmt.with_changes(body=[small.with_changes(names=names), *stmt.body[1:]])
        return module.with_changes(body=body)
    return with_from_import(module, package, name)


def loop_places(
    root: Path,
    target: RecipeTarget,
    *,
    mentions: Callable[[str], bool],
    has_shape: Callable[[cst.FunctionDef], bool],
    none: str,
) -> list[tuple[Source, str]]:
    """The functions a loop recipe looks at: the named one, the endpoint's, or every function
    of the target (or of ``target.file``) whose file ``mentions`` the shape and that has it.
    Each by its qualified name (``Cls.method``): a method name two classes define is one def."""
    if target.file and (target.function or target.line):
        source = load(root, target.file)
        return [(source, qualname(source, find_function(source, target.function, target.line)))]
    if target.endpoint:
        app = find_app(root, target.file)
        return [(app.source, qualname(app.source, find_route(app, target.endpoint).function))]
    out: list[tuple[Source, str]] = []
    for rel in [target.file] if target.file else python_files(root):
        if not mentions((root / rel).read_text(encoding="utf-8", errors="replace")):
            continue
        source = load(root, rel)
        out += [(source, qualname(source, f)) for f in functions(source.module) if has_shape(f)]
    if not out:
        raise Decline(none)
    return out
