"""A correlated subquery in the SELECT list runs once per output row.

>>> from perfagent.tools.sql.parse import parse_query
>>> sql = "SELECT o.id, (SELECT count(*) FROM items i WHERE i.order_id = o.id) FROM orders o"
>>> [f.rule for f in correlated_subquery_in_select(parse_query(sql, "postgres"))]
['correlated_subquery_in_select']
>>> correlated_subquery_in_select(parse_query("SELECT (SELECT max(x) FROM u) FROM t", "postgres"))
[]
"""

from __future__ import annotations

from sqlglot import exp

from perfagent.tools.sql.models import Finding
from perfagent.tools.sql.parse import Query
from perfagent.tools.sql.rules._util import SqlRule, finding, source_names


def _correlated(subquery: exp.Subquery, outer: set[str]) -> bool:
    inner = subquery.this
    if not isinstance(inner, exp.Select):
        return False
    own = source_names(inner)
    for select in inner.find_all(exp.Select):
        own |= source_names(select)
    return any(
        c.table and c.table not in own and c.table in outer for c in inner.find_all(exp.Column)
    )


def correlated_subquery_in_select(query: Query) -> list[Finding]:
    out = []
    for select in query.nodes(exp.Select):
        outer = source_names(select)
        for column in select.expressions:
            for subquery in column.find_all(exp.Subquery):
                if _correlated(subquery, outer):
                    out.append(
                        finding(
                            query,
                            RULE.name,
                            RULE.severity,
                            "A correlated subquery in the SELECT list runs once per output row "
                            "(N+1 inside the database).",
                            subquery,
                            "rewrite as a JOIN to a grouped derived table, or a LATERAL join",
                        )
                    )
    return out


RULE = SqlRule(check=correlated_subquery_in_select, order=60, severity="warning", slows_query=True)
