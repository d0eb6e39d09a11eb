"""``time.sleep`` in a request handler or a coroutine: the worker (or the whole event loop) waits.

A handler is an ``async def``, or a function under a route decorator (``@app.get(...)``,
``@router.post(...)``, ``@bp.route(...)``).

>>> import ast
>>> module = ast.parse('''
... import time
... @app.get("/slow")
... def slow():
...     time.sleep(0.5)
...     return {}
... async def poll():
...     time.sleep(1)
... def script():
...     time.sleep(1)
... ''')
>>> [(h.line, h.message.split(":")[0]) for f in module.body[1:] for h in blocking_sleep(f, module)]
[(5, '`time.sleep` in request handler `slow` holds a worker for the whole sleep'),
 (8, '`time.sleep` in coroutine `poll` blocks the event loop')]
"""

from __future__ import annotations

import ast

from perfagent.tools.review.models import PythonHit
from perfagent.tools.review.rules._walk import Function, own_nodes

ROUTE_DECORATORS = frozenset(
    {"get", "post", "put", "patch", "delete", "head", "options", "route", "api_route", "websocket"}
)


def _is_handler(func: Function) -> bool:
    for decorator in func.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(target, ast.Attribute) and target.attr in ROUTE_DECORATORS:
            return True
    return False


def _sleep_names(module: ast.Module | None) -> set[str]:
    """Local names bound to time.sleep by ``from time import sleep [as x]``."""
    names = set()
    for node in ast.walk(module) if module is not None else ():
        if isinstance(node, ast.ImportFrom) and node.module == "time":
            names |= {a.asname or a.name for a in node.names if a.name == "sleep"}
    return names


def blocking_sleep(func: Function, module: ast.Module | None) -> list[PythonHit]:
    coroutine = isinstance(func, ast.AsyncFunctionDef)
    if not coroutine and not _is_handler(func):
        return []
    bare = _sleep_names(module)
    hits = []
    for node in own_nodes(func):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        dotted = (
            isinstance(f, ast.Attribute)
            and f.attr == "sleep"
            and isinstance(f.value, ast.Name)
            and f.value.id == "time"
        )
        if not dotted and not (isinstance(f, ast.Name) and f.id in bare):
            continue
        if coroutine:
            what = (
                f"`time.sleep` in coroutine `{func.name}` blocks the event loop: every other "
                "request and task waits for it"
            )
            fix = "use `await asyncio.sleep(...)`"
        else:
            what = (
                f"`time.sleep` in request handler `{func.name}` holds a worker for the whole "
                "sleep: under load, requests queue behind it"
            )
            fix = (
                "do not sleep while serving a request: retry asynchronously or move the wait "
                "to a job"
            )
        hits.append(
            PythonHit(
                rule="blocking_sleep",
                line=node.lineno,
                message=what,
                evidence=ast.unparse(node)[:200],
                suggestion=fix,
            )
        )
    return hits
