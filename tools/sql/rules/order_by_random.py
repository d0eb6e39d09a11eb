"""ORDER BY RANDOM() / RAND() sorts the whole table to pick a few rows.

>>> from perfagent.tools.sql.parse import parse_query
>>> q = parse_query("SELECT a FROM t ORDER BY RAND() LIMIT 1", "mysql")
>>> [f.rule for f in order_by_random(q)]
['order_by_random']
"""

from __future__ import annotations

from sqlglot import exp

from perfagent.tools.sql.models import Finding
from perfagent.tools.sql.parse import Query
from perfagent.tools.sql.rules._util import SqlRule, finding


def order_by_random(query: Query) -> list[Finding]:
    out = []
    for order in query.nodes(exp.Order):
        if any(isinstance(o.this, exp.Rand) for o in order.expressions):
            out.append(
                finding(
                    query,
                    RULE.name,
                    RULE.severity,
                    "ORDER BY RANDOM() reads and sorts every row to return a few.",
                    order,
                    "pick random keys in the application, or use TABLESAMPLE (PostgreSQL)",
                )
            )
    return out


RULE = SqlRule(check=order_by_random, order=80, severity="warning", slows_query=True)
