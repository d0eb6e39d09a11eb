"""Plan insights, one module each; ``INSIGHTS`` is their order in a report.

>>> from perfagent.tools.sql.plans.text import parse_plan
>>> plan = parse_plan("Seq Scan on t  (cost=0.00..1693.00 rows=10 width=8) "
...                   "(actual time=0.01..9.00 rows=100 loops=1)\\n  Filter: (a = 5)\\n"
...                   "  Rows Removed by Filter: 99900")
>>> [f.rule for f in check_plan(plan)]
['seq_scan_selective_filter', 'row_misestimate']
"""

from __future__ import annotations

from perfagent.tools.sql.insights.nested_loop_many_loops import nested_loop_many_loops
from perfagent.tools.sql.insights.row_misestimate import row_misestimate
from perfagent.tools.sql.insights.rows_removed_by_filter import rows_removed_by_filter
from perfagent.tools.sql.insights.seq_scan_selective_filter import seq_scan_selective_filter
from perfagent.tools.sql.insights.sort_spill import sort_spill
from perfagent.tools.sql.insights.sqlite_temp_btree import sqlite_temp_btree
from perfagent.tools.sql.models import Finding
from perfagent.tools.sql.plans.model import Plan

INSIGHTS = (
    seq_scan_selective_filter,
    rows_removed_by_filter,
    row_misestimate,
    sort_spill,
    nested_loop_many_loops,
    sqlite_temp_btree,
)


def check_plan(plan: Plan) -> list[Finding]:
    findings: list[Finding] = []
    for insight in INSIGHTS:
        findings.extend(insight(plan))
    return findings
