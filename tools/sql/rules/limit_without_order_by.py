"""LIMIT without ORDER BY returns an arbitrary, plan-dependent set of rows.

>>> from perfagent.tools.sql.parse import parse_query
>>> [f.rule for f in limit_without_order_by(parse_query("SELECT a FROM t LIMIT 10", "postgres"))]
['limit_without_order_by']
>>> q = parse_query("SELECT a FROM t WHERE EXISTS (SELECT 1 FROM u LIMIT 1)", "postgres")
>>> limit_without_order_by(q)
[]
"""

from __future__ import annotations

from sqlglot import exp

from perfagent.tools.sql.models import Finding
from perfagent.tools.sql.parse import Query
from perfagent.tools.sql.rules._util import SqlRule, finding


def limit_without_order_by(query: Query) -> list[Finding]:
    out = []
    for select in query.nodes(exp.Select):
        limit = select.args.get("limit")
        if limit is None or select.args.get("order") is not None:
            continue
        if (
            isinstance(limit, exp.Limit)
            and isinstance(limit.expression, exp.Literal)
            and limit.expression.this == "1"
        ):
            continue  # LIMIT 1 as an existence probe: any row will do
        if select.find_ancestor(exp.Exists) is not None or not select.args.get("from_"):
            continue
        out.append(
            finding(
                query,
                RULE.name,
                RULE.severity,
                "LIMIT without ORDER BY returns whichever rows the plan reaches first; results "
                "change between runs and pages can overlap.",
                limit,
                "add ORDER BY on a unique key",
            )
        )
    return out


RULE = SqlRule(check=limit_without_order_by, order=120, severity="warning", slows_query=False)
