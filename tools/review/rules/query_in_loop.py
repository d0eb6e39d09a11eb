"""A database query on every iteration of a loop: N+1 round trips.

The ``nplusone`` and ``sqlalchemy_nplusone`` recipes rewrite the shapes they are sure
of; a review must also point at the ones they decline (``SELECT *``, rows used by
position, ORM calls), so this rule only asks whether a query method is called inside
a loop: DB-API ``execute``, asyncpg ``fetch``/``fetchrow``/``fetchval``, SQLAlchemy
``scalars``/``scalar``/``query``, Django ``objects.get``/``filter``/….

>>> import ast
>>> func = ast.parse('''
... def totals(conn, orders):
...     cur = conn.execute("SELECT id FROM orders")
...     for order in orders:
...         rows = conn.execute("SELECT * FROM items WHERE order_id = ?", (order,)).fetchall()
... ''').body[0]
>>> [(h.rule, h.line) for h in query_in_loop(func, None)]
[('query_in_loop', 5)]
"""

from __future__ import annotations

import ast

from perfagent.tools.review.models import PythonHit
from perfagent.tools.review.rules._walk import Function, calls_in_loops

QUERY_METHODS = frozenset(
    {"execute", "fetch", "fetchrow", "fetchval", "scalars", "scalar", "query"}
)
DJANGO_METHODS = frozenset(
    {"get", "filter", "exclude", "all", "first", "last", "count", "exists", "values", "values_list"}
)


def _is_query(call: ast.Call) -> bool:
    func = call.func
    if not isinstance(func, ast.Attribute):
        return False
    if func.attr in QUERY_METHODS:
        return True
    receiver = func.value
    return (
        func.attr in DJANGO_METHODS
        and isinstance(receiver, ast.Attribute)
        and receiver.attr == "objects"
    )


def query_in_loop(func: Function, module: ast.Module | None) -> list[PythonHit]:
    hits = []
    for call, loop in calls_in_loops(func):
        if not _is_query(call):
            continue
        hits.append(
            PythonHit(
                rule="query_in_loop",
                line=call.lineno,
                message=(
                    f"`{func.name}` runs a query on every iteration of the loop at line "
                    f"{loop.lineno} (N+1): one database round trip per item"
                ),
                evidence=ast.unparse(call)[:200],
                suggestion=(
                    "fetch what the loop needs with one query before it (WHERE key IN (...) "
                    "or a join) and look items up in a dict"
                ),
            )
        )
    return sorted(hits, key=lambda h: h.line)
