"""A SELECT with no WHERE, no LIMIT and no aggregate over a large table returns all of it.

Needs table sizes (``Query.table_rows``, filled from the database); without them it is silent.

>>> from perfagent.tools.sql.parse import parse_query
>>> q = parse_query("SELECT id, name FROM users", "postgres")
>>> unbounded_select(q)
[]
>>> q.table_rows = {"users": 2_000_000}
>>> [f.rule for f in unbounded_select(q)]
['unbounded_select']
"""

from __future__ import annotations

from sqlglot import exp

from perfagent.tools.sql.models import Finding
from perfagent.tools.sql.parse import Query
from perfagent.tools.sql.rules._util import SqlRule, finding

LARGE_TABLE_ROWS = 100_000


def unbounded_select(query: Query) -> list[Finding]:
    if not query.table_rows or not isinstance(query.tree, exp.Select):
        return []
    select = query.tree
    if any(select.args.get(k) for k in ("where", "limit", "group", "having")):
        return []
    if any(e.find(exp.AggFunc) for e in select.expressions):
        return []
    out = []
    for table in select.find_all(exp.Table):
        rows = query.table_rows.get(table.name, 0)
        if rows >= LARGE_TABLE_ROWS:
            out.append(
                finding(
                    query,
                    RULE.name,
                    RULE.severity,
                    f"SELECT without WHERE or LIMIT returns all {rows:,} rows of {table.name}.",
                    table,
                    "filter, paginate with LIMIT and a key, or aggregate in the database",
                )
            )
    return out


RULE = SqlRule(check=unbounded_select, order=20, severity="warning", slows_query=False)
