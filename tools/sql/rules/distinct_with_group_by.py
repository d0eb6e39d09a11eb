"""DISTINCT on a grouped result does a second, useless de-duplication.

>>> from perfagent.tools.sql.parse import parse_query
>>> q = parse_query("SELECT DISTINCT a FROM t GROUP BY a", "postgres")
>>> [f.rule for f in distinct_with_group_by(q)]
['distinct_with_group_by']
"""

from __future__ import annotations

from sqlglot import exp

from perfagent.tools.sql.models import Finding
from perfagent.tools.sql.parse import Query
from perfagent.tools.sql.rules._util import SqlRule, finding


def distinct_with_group_by(query: Query) -> list[Finding]:
    out = []
    for select in query.nodes(exp.Select):
        distinct = select.args.get("distinct")
        if distinct is not None and not distinct.args.get("on") and select.args.get("group"):
            out.append(
                finding(
                    query,
                    RULE.name,
                    RULE.severity,
                    "DISTINCT on a GROUP BY result de-duplicates rows that are already unique "
                    "per group.",
                    select.args["group"],
                    "drop DISTINCT, or drop GROUP BY if no aggregate is computed",
                )
            )
    return out


RULE = SqlRule(check=distinct_with_group_by, order=110, severity="info", slows_query=False)
