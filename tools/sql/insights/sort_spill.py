"""A sort that spilled to disk, or a hash split into batches: work_mem was too small.

>>> from perfagent.tools.sql.plans.model import Plan, PlanNode
>>> n = PlanNode(node_type="Sort", sort_space_type="Disk", sort_method="external merge")
>>> [f.rule for f in sort_spill(Plan(dialect="postgres", root=n))]
['sort_spill']
"""

from __future__ import annotations

from perfagent.tools.sql.insights._util import insight
from perfagent.tools.sql.models import Finding
from perfagent.tools.sql.plans.model import Plan


def sort_spill(plan: Plan) -> list[Finding]:
    out = []
    for node in plan.nodes():
        if node.sort_space_type == "Disk":
            out.append(
                insight(
                    "sort_spill",
                    "warning",
                    f"The sort spilled to disk ({node.sort_method or 'external'}).",
                    node,
                    "raise work_mem for this query, or index the ORDER BY columns",
                )
            )
        elif node.hash_batches is not None and node.hash_batches > 1:
            out.append(
                insight(
                    "sort_spill",
                    "warning",
                    f"The hash table was split into {node.hash_batches} batches on disk.",
                    node,
                    "raise work_mem (or hash_mem_multiplier) for this query",
                )
            )
    return out
