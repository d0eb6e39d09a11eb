"""SQLite built a temporary B-tree (to sort or de-duplicate) or an automatic index per query.

>>> from perfagent.tools.sql.plans.sqlite import parse_sqlite_rows
>>> plan = parse_sqlite_rows([(2, 0, 0, "SCAN t"), (6, 0, 0, "USE TEMP B-TREE FOR ORDER BY")])
>>> [f.rule for f in sqlite_temp_btree(plan)]
['sqlite_temp_btree']
"""

from __future__ import annotations

from perfagent.tools.sql.insights._util import insight
from perfagent.tools.sql.models import Finding
from perfagent.tools.sql.plans.model import Plan


def sqlite_temp_btree(plan: Plan) -> list[Finding]:
    if plan.dialect != "sqlite":
        return []
    out = []
    scans = [n for n in plan.nodes() if n.node_type == "SCAN" and "INDEX" not in n.detail]
    for node in plan.nodes():
        if node.node_type == "USE TEMP B-TREE" and scans:
            out.append(
                insight(
                    "sqlite_temp_btree",
                    "warning",
                    f"SQLite scans {scans[0].relation} and builds a temporary B-tree "
                    f"({node.detail.removeprefix('USE TEMP B-TREE ').lower()}) on every run.",
                    node,
                    "an index on the ORDER BY / GROUP BY columns gives rows in order",
                )
            )
        elif "AUTOMATIC" in node.detail:
            out.append(
                insight(
                    "sqlite_temp_btree",
                    "warning",
                    "SQLite builds an automatic index for this query on every run.",
                    node,
                    "create that index permanently",
                )
            )
    return out
