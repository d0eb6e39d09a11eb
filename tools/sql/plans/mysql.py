"""MariaDB and MySQL ``EXPLAIN FORMAT=JSON`` / MariaDB ``ANALYZE FORMAT=JSON`` -> Plan.

MariaDB 10.x reports no cost, so the plan's ``total_cost`` is the estimated rows
examined: each table's rows times the rows flowing into it (nested loops multiply).
MySQL's ``cost_info.query_cost`` is used when present.

>>> p = parse_mysql_json('{"query_block": {"select_id": 1, "nested_loop": [{"table": '
...     '{"table_name": "t", "access_type": "ALL", "rows": 1000, "filtered": 10}}]}}')
>>> (p.root.children[0].label(), p.total_cost)
('ALL on t', 1000.0)
"""

from __future__ import annotations

import json
from typing import Any

from perfagent.tools.errors import InputError
from perfagent.tools.sql.plans.model import Plan, PlanNode

_WRAPPERS = (
    "read_sorted_file",
    "filesort",
    "temporary_table",
    "duplicates_removal",
    "ordering_operation",
    "grouping_operation",
    "buffer_result",
    "window_functions_computation",
)


def _table(raw: dict[str, Any]) -> PlanNode:
    rows = raw.get("rows", raw.get("rows_examined_per_scan"))
    r_rows = raw.get("r_rows")
    r_filtered = raw.get("r_filtered")
    removed = kept = None
    if r_rows is not None:
        # r_rows counts rows read; r_filtered is the share the attached condition kept.
        kept = float(r_rows) * float(r_filtered if r_filtered is not None else 100) / 100
        removed = float(r_rows) - kept
    cost = (raw.get("cost_info") or {}).get("read_cost")
    node = PlanNode(
        node_type=str(raw.get("access_type", "?")),
        relation=raw.get("table_name"),
        index=raw.get("key"),
        plan_rows=float(rows) * float(raw.get("filtered", 100)) / 100 if rows is not None else None,
        plan_rows_read=float(rows) if rows is not None else None,
        actual_rows=kept,
        actual_loops=raw.get("r_loops"),
        actual_total_ms=raw.get("r_table_time_ms") or raw.get("r_total_time_ms"),
        filter=raw.get("attached_condition"),
        rows_removed_by_filter=removed,
        total_cost=float(cost) if cost is not None else None,
        detail=f"{raw.get('access_type', '?')} on {raw.get('table_name')}"
        + (f" using {raw['key']}" if raw.get("key") else ""),
    )
    if raw.get("filtered") is not None:
        node.filtered_pct = float(raw["filtered"])
    for nested in ("materialized", "subqueries"):
        if isinstance(raw.get(nested), dict) and "query_block" in raw[nested]:
            node.children.append(_block(raw[nested]["query_block"]))
    return node


def _unwrap(raw: dict[str, Any], wrappers: list[str]) -> list[dict[str, Any]]:
    for key in _WRAPPERS:
        if key in raw and isinstance(raw[key], dict):
            wrappers.append(key)
            return _unwrap(raw[key], wrappers)
    if "nested_loop" in raw:
        return raw["nested_loop"]
    if "table" in raw:
        return [raw]
    return []


def _block(raw: dict[str, Any]) -> PlanNode:
    wrappers: list[str] = []
    items = _unwrap(raw, wrappers)
    block = PlanNode(
        node_type="query_block",
        actual_loops=raw.get("r_loops"),
        actual_total_ms=raw.get("r_total_time_ms"),
    )
    for item in items:
        inner: list[str] = []
        for entry in _unwrap(item, inner) or [item]:
            if "table" in entry:
                block.children.append(_table(entry["table"]))
            elif "block-nl-join" in entry:
                child = entry["block-nl-join"]
                block.children.append(_table(child.get("table", {})))
        if "filesort" in inner or "read_sorted_file" in inner:
            wrappers.append("filesort")
    if "filesort" in wrappers or "ordering_operation" in wrappers:
        block.node_type = "filesort"
        block.sort_method = "filesort"
    elif "temporary_table" in wrappers:
        block.node_type = "temporary_table"
    for key in ("subqueries",):
        for sub in raw.get(key, []) or []:
            if "query_block" in sub:
                block.children.append(_block(sub["query_block"]))
    return block


def rows_examined(root: PlanNode) -> float:
    """Estimated rows examined by a nested-loop join order: rows x rows flowing in."""
    total, flowing = 0.0, 1.0
    for node in root.children:
        if node.node_type == "query_block" or node.node_type in ("filesort", "temporary_table"):
            total += rows_examined(node)
            continue
        rows = node.plan_rows_read or 1.0
        total += flowing * rows
        flowing *= max(node.plan_rows or 1.0, 1.0)
    return total


def parse_mysql_json(data: str | dict) -> Plan:
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as exc:
            raise InputError(f"the MariaDB/MySQL plan is not valid JSON: {exc.msg}") from None
    if not isinstance(data, dict) or "query_block" not in data:
        raise InputError('the MariaDB/MySQL plan has no "query_block"; paste EXPLAIN FORMAT=JSON')
    block = data["query_block"]
    root = _block(block)
    cost = (block.get("cost_info") or {}).get("query_cost")
    return Plan(
        dialect="mysql",
        source="mysql-json",
        root=root,
        total_cost=float(cost) if cost is not None else rows_examined(root),
        execution_ms=block.get("r_total_time_ms"),
        analyzed="r_loops" in block,
    ).finish()
