"""One plan model for every database: a tree of nodes with estimates and, when measured, actuals.

Exclusive time follows pev2: a node's own time is its total (per-loop time x loops)
minus its children's totals, never below zero.

>>> leaf = PlanNode(node_type="Seq Scan", actual_total_ms=2.0, actual_loops=3)
>>> root = PlanNode(node_type="Nested Loop", actual_total_ms=10.0, actual_loops=1, children=[leaf])
>>> plan = Plan(dialect="postgres", root=root)
>>> plan.finish().root.exclusive_ms, leaf.exclusive_ms
(4.0, 6.0)
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, Field


class PlanNode(BaseModel):
    node_type: str = Field(description="Seq Scan, Index Scan, ALL, ref, SCAN, SEARCH, ...")
    relation: str | None = None
    index: str | None = None
    startup_cost: float | None = None
    total_cost: float | None = None
    plan_rows: float | None = Field(default=None, description="estimated rows per loop")
    actual_rows: float | None = Field(default=None, description="measured rows per loop")
    actual_loops: float | None = None
    actual_total_ms: float | None = Field(default=None, description="measured time per loop")
    exclusive_ms: float | None = None
    filter: str | None = None
    rows_removed_by_filter: float | None = None
    filtered_pct: float | None = Field(default=None, description="MySQL: % of rows kept")
    plan_rows_read: float | None = Field(
        default=None, description="MySQL: estimated rows read before the filter"
    )
    sort_space_type: str | None = None
    sort_method: str | None = None
    hash_batches: int | None = None
    detail: str = Field(default="", description="the database's own words for this node")
    children: list[PlanNode] = Field(default_factory=list)

    @property
    def total_ms(self) -> float | None:
        """Time spent in this node and below, over all its loops."""
        if self.actual_total_ms is None:
            return None
        return self.actual_total_ms * (self.actual_loops or 1)

    def walk(self) -> Iterator[PlanNode]:
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def label(self) -> str:
        parts = [self.node_type]
        if self.index:
            parts.append(f"using {self.index}")
        if self.relation:
            parts.append(f"on {self.relation}")
        return " ".join(parts)


class Plan(BaseModel):
    dialect: str
    source: str = Field(default="", description="postgres-json, mysql-json, sqlite-eqp, text")
    root: PlanNode
    total_cost: float | None = Field(
        default=None,
        description="planner cost (PostgreSQL units); rows examined for MariaDB/MySQL/SQLite",
    )
    planning_ms: float | None = None
    execution_ms: float | None = None
    analyzed: bool = False

    def nodes(self) -> Iterator[PlanNode]:
        return self.root.walk()

    def finish(self) -> Plan:
        """Fill exclusive times and the total cost once the tree is built."""
        for node in self.nodes():
            total = node.total_ms
            if total is None:
                continue
            below = sum(c.total_ms or 0.0 for c in node.children)
            node.exclusive_ms = round(max(0.0, total - below), 6)
        if self.total_cost is None:
            self.total_cost = self.root.total_cost
        return self

    def text(self) -> str:
        """A compact indented rendering, one node a line."""
        lines = []

        def visit(node: PlanNode, depth: int) -> None:
            facts = []
            if node.total_cost is not None:
                facts.append(f"cost={node.total_cost:g}")
            if node.plan_rows is not None:
                facts.append(f"rows={node.plan_rows:g}")
            if node.actual_rows is not None:
                facts.append(f"actual rows={node.actual_rows:g} loops={node.actual_loops or 1:g}")
            if node.exclusive_ms is not None:
                facts.append(f"self={node.exclusive_ms:.3f} ms")
            label = node.detail or node.label()
            lines.append("  " * depth + label + (f"  ({', '.join(facts)})" if facts else ""))
            for child in node.children:
                visit(child, depth + 1)

        visit(self.root, 0)
        return "\n".join(lines)
