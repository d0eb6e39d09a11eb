"""PostgreSQL ``EXPLAIN (FORMAT JSON)`` output -> Plan.

>>> p = parse_postgres_json('[{"Plan": {"Node Type": "Seq Scan", "Relation Name": "t", '
...     '"Total Cost": 1693.0, "Plan Rows": 100, "Filter": "(a = 5)"}}]')
>>> (p.root.label(), p.total_cost, p.root.filter)
('Seq Scan on t', 1693.0, '(a = 5)')
"""

from __future__ import annotations

import json
from typing import Any

from perfagent.tools.errors import InputError
from perfagent.tools.sql.plans.model import Plan, PlanNode


def _node(raw: dict[str, Any]) -> PlanNode:
    detail = raw.get("Node Type", "?")
    if raw.get("Join Type") and "Join" in detail or detail == "Nested Loop":
        detail = f"{detail} ({raw.get('Join Type', '')})".replace(" ()", "")
    return PlanNode(
        node_type=raw.get("Node Type", "?"),
        relation=raw.get("Relation Name") or raw.get("CTE Name"),
        index=raw.get("Index Name"),
        startup_cost=raw.get("Startup Cost"),
        total_cost=raw.get("Total Cost"),
        plan_rows=raw.get("Plan Rows"),
        actual_rows=raw.get("Actual Rows"),
        actual_loops=raw.get("Actual Loops"),
        actual_total_ms=raw.get("Actual Total Time"),
        filter=raw.get("Filter") or raw.get("Index Cond") or raw.get("Hash Cond"),
        rows_removed_by_filter=raw.get("Rows Removed by Filter"),
        sort_space_type=raw.get("Sort Space Type"),
        sort_method=raw.get("Sort Method"),
        hash_batches=raw.get("Hash Batches"),
        children=[_node(c) for c in raw.get("Plans", [])],
    )


def parse_postgres_json(data: str | list | dict) -> Plan:
    """Accepts the JSON text, or the already decoded list / dict."""
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as exc:
            raise InputError(f"the PostgreSQL plan is not valid JSON: {exc.msg}") from None
    if isinstance(data, list):
        if not data:
            raise InputError("the PostgreSQL plan is an empty JSON list")
        data = data[0]
    if not isinstance(data, dict) or "Plan" not in data:
        raise InputError(
            'the PostgreSQL plan has no "Plan" key; paste EXPLAIN (FORMAT JSON) output'
        )
    root = _node(data["Plan"])
    return Plan(
        dialect="postgres",
        source="postgres-json",
        root=root,
        planning_ms=data.get("Planning Time"),
        execution_ms=data.get("Execution Time"),
        analyzed=root.actual_loops is not None,
    ).finish()
