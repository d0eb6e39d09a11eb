"""A node that throws away most of the rows it produced (after an index, a join, or a scan).

>>> from perfagent.tools.sql.plans.model import Plan, PlanNode
>>> n = PlanNode(node_type="Index Scan", relation="t", actual_rows=5, actual_loops=1,
...              rows_removed_by_filter=5000, filter="(b > 1)")
>>> [f.rule for f in rows_removed_by_filter(Plan(dialect="postgres", root=n))]
['rows_removed_by_filter']
"""

from __future__ import annotations

from perfagent.tools.sql.insights._util import insight, rows_read
from perfagent.tools.sql.models import Finding
from perfagent.tools.sql.plans.model import Plan

MIN_REMOVED_ROWS = 1000
MIN_REMOVED_SHARE = 0.5


def rows_removed_by_filter(plan: Plan) -> list[Finding]:
    out = []
    for node in plan.nodes():
        read = rows_read(node)
        if not read or node.rows_removed_by_filter is None:
            continue  # rows_read is None unless rows_removed_by_filter is set
        if node.node_type in ("Seq Scan", "Parallel Seq Scan", "ALL", "SCAN"):
            continue  # full scans are seq_scan_selective_filter's
        removed = node.rows_removed_by_filter * (node.actual_loops or 1)
        if removed >= MIN_REMOVED_ROWS and removed / read >= MIN_REMOVED_SHARE:
            out.append(
                insight(
                    "rows_removed_by_filter",
                    "warning",
                    f"{node.label()} reads {read:,.0f} rows and discards {removed:,.0f} "
                    f"({removed / read:.0%}) with a filter after reading them.",
                    node,
                    f"add the filter's columns to the index: {node.filter or ''}".strip(),
                )
            )
    return out
