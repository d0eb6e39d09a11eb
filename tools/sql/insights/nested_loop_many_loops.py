"""A nested loop whose inner side ran thousands of times.

>>> from perfagent.tools.sql.plans.model import Plan, PlanNode
>>> inner = PlanNode(node_type="Index Scan", relation="items", actual_loops=50000, actual_rows=1)
>>> outer = PlanNode(node_type="Seq Scan", relation="orders", actual_loops=1, actual_rows=50000)
>>> loop = PlanNode(node_type="Nested Loop", children=[outer, inner])
>>> [f.rule for f in nested_loop_many_loops(Plan(dialect="postgres", root=loop))]
['nested_loop_many_loops']
"""

from __future__ import annotations

from perfagent.tools.sql.insights._util import insight
from perfagent.tools.sql.models import Finding
from perfagent.tools.sql.plans.model import Plan

MANY_LOOPS = 1000


def nested_loop_many_loops(plan: Plan) -> list[Finding]:
    out = []
    for node in plan.nodes():
        if node.node_type != "Nested Loop" or len(node.children) < 2:
            continue
        inner = node.children[1]
        if (inner.actual_loops or 0) >= MANY_LOOPS:
            out.append(
                insight(
                    "nested_loop_many_loops",
                    "warning",
                    f"The nested loop ran its inner side ({inner.label()}) "
                    f"{inner.actual_loops:,.0f} times.",
                    node,
                    "check the row estimate of the outer side; a hash join may be cheaper",
                )
            )
    return out
