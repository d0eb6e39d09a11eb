"""A full scan of a large table that keeps few of the rows it reads: an index would read fewer.

>>> from perfagent.tools.sql.plans.model import Plan, PlanNode
>>> scan = PlanNode(node_type="Seq Scan", relation="t", actual_rows=10, actual_loops=1,
...                 rows_removed_by_filter=99990, filter="(a = 5)")
>>> [f.rule for f in seq_scan_selective_filter(Plan(dialect="postgres", root=scan))]
['seq_scan_selective_filter']
"""

from __future__ import annotations

from perfagent.tools.sql.insights._util import insight, rows_read
from perfagent.tools.sql.models import Finding
from perfagent.tools.sql.plans.model import Plan

LARGE_TABLE_ROWS = 10_000
SELECTIVE = 0.1  # keeps under 10% of what it reads
_FULL_SCANS = {"Seq Scan", "Parallel Seq Scan", "ALL", "SCAN"}


def seq_scan_selective_filter(plan: Plan) -> list[Finding]:
    out = []
    for node in plan.nodes():
        if node.node_type not in _FULL_SCANS or "USING" in node.detail.upper():
            continue
        read = rows_read(node)
        if read is not None:
            kept = (node.actual_rows or 0) * (node.actual_loops or 1)
        elif node.plan_rows_read is not None and node.plan_rows is not None and node.filter:
            read, kept = node.plan_rows_read, node.plan_rows
        else:
            continue
        if read >= LARGE_TABLE_ROWS and kept <= read * SELECTIVE:
            out.append(
                insight(
                    "seq_scan_selective_filter",
                    "warning",
                    f"Full scan of {node.relation} reads {read:,.0f} rows to keep {kept:,.0f} "
                    f"({kept / read:.1%}); an index on the filtered columns would read only those.",
                    node,
                    f"index the columns of: {node.filter}" if node.filter else "",
                )
            )
    return out
