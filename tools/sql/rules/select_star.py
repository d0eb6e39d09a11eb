"""SELECT * reads and ships every column, and breaks index-only scans.

>>> from perfagent.tools.sql.parse import parse_query
>>> [f.rule for f in select_star(parse_query("SELECT * FROM t", "postgres"))]
['select_star']
>>> select_star(parse_query("SELECT count(*) FROM t WHERE EXISTS (SELECT * FROM u)", "postgres"))
[]
"""

from __future__ import annotations

from sqlglot import exp

from perfagent.tools.sql.models import Finding
from perfagent.tools.sql.parse import Query
from perfagent.tools.sql.rules._util import SqlRule, finding


def select_star(query: Query) -> list[Finding]:
    out = []
    for select in query.nodes(exp.Select):
        if isinstance(select.parent, exp.Exists):
            continue
        for column in select.expressions:
            if isinstance(column, exp.Star) or (
                isinstance(column, exp.Column) and isinstance(column.this, exp.Star)
            ):
                out.append(
                    finding(
                        query,
                        RULE.name,
                        RULE.severity,
                        "SELECT * reads every column; name the columns you use so the database "
                        "can use index-only scans and send less data.",
                        column,
                        "list the needed columns instead of *",
                    )
                )
                break
    return out


RULE = SqlRule(check=select_star, order=100, severity="warning", slows_query=False)
