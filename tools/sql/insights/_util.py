"""Helpers the insights share."""

from __future__ import annotations

from perfagent.tools.sql.models import Finding, Severity
from perfagent.tools.sql.plans.model import PlanNode


def insight(
    rule: str, severity: Severity, message: str, node: PlanNode, suggestion: str = ""
) -> Finding:
    return Finding(
        rule=rule,
        severity=severity,
        message=message,
        evidence=node.detail or node.label(),
        suggestion=suggestion,
    )


def rows_read(node: PlanNode) -> float | None:
    """Rows a scan read before its filter: returned plus removed, over all loops."""
    if node.actual_rows is None or node.rows_removed_by_filter is None:
        return None
    return (node.actual_rows + node.rows_removed_by_filter) * (node.actual_loops or 1)
