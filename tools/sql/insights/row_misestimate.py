"""The planner's row estimate is off by 10x or more: plans built on it are guesses.

>>> from perfagent.tools.sql.plans.model import Plan, PlanNode
>>> n = PlanNode(node_type="Hash Join", plan_rows=10, actual_rows=5000, actual_loops=1)
>>> [f.rule for f in row_misestimate(Plan(dialect="postgres", root=n))]
['row_misestimate']
"""

from __future__ import annotations

from perfagent.tools.sql.insights._util import insight
from perfagent.tools.sql.models import Finding
from perfagent.tools.sql.plans.model import Plan

FACTOR = 10.0
MIN_ROWS = 100  # tiny counts miss by 10x all the time and matter little


def row_misestimate(plan: Plan) -> list[Finding]:
    out = []
    for node in plan.nodes():
        if node.plan_rows is None or node.actual_rows is None:
            continue
        estimate, actual = max(node.plan_rows, 1.0), max(node.actual_rows, 1.0)
        if max(estimate, actual) < MIN_ROWS:
            continue
        ratio = max(estimate / actual, actual / estimate)
        if ratio >= FACTOR:
            way = "under" if actual > estimate else "over"
            out.append(
                insight(
                    "row_misestimate",
                    "warning",
                    f"{node.label()}: the planner {way}estimated rows {ratio:,.0f}x "
                    f"(expected {estimate:,.0f}, got {actual:,.0f}).",
                    node,
                    "run ANALYZE; for correlated columns add extended statistics "
                    "(CREATE STATISTICS)",
                )
            )
    return out
