"""SQLite ``EXPLAIN QUERY PLAN`` rows (id, parent, notused, detail) -> Plan.

SQLite gives no cost; ``total_cost`` is rows examined, estimated from table sizes
when the caller passes them (a SCAN reads the table, a SEARCH a few rows, a temporary
B-tree sorts what the scans produced). A rough scale, good for before/after on one query.

>>> p = parse_sqlite_rows([(2, 0, 0, "SCAN t"), (5, 0, 0, "USE TEMP B-TREE FOR ORDER BY")])
>>> [n.node_type for n in p.root.children], p.root.children[0].relation
(['SCAN', 'USE TEMP B-TREE'], 't')
"""

from __future__ import annotations

import re

from perfagent.tools.sql.plans.model import Plan, PlanNode

_DETAIL = re.compile(
    r"^(?P<op>SCAN|SEARCH|USE TEMP B-TREE|AUTOMATIC COVERING INDEX|AUTOMATIC PARTIAL COVERING INDEX"
    r"|CORRELATED SCALAR SUBQUERY|SCALAR SUBQUERY|CO-ROUTINE|MATERIALIZE|COMPOUND QUERY"
    r"|LIST SUBQUERY"
    r"|MULTI-INDEX OR|BLOOM FILTER ON)?\s*(?P<rest>.*)$"
)
_INDEX = re.compile(
    r"USING (?:COVERING |INTEGER PRIMARY KEY|PRIMARY KEY|AUTOMATIC )?(?:INDEX )?(\S+)?"
)
SEARCH_ROWS = 10.0


def _node(detail: str, table_rows: dict[str, int]) -> PlanNode:
    match = _DETAIL.match(detail)
    op = (match["op"] if match and match["op"] else detail.split(" ")[0]) or "?"
    rest = match["rest"] if match else ""
    relation = None
    if op in ("SCAN", "SEARCH") and rest:
        relation = rest.split()[0]
    index_match = _INDEX.search(detail) if "USING" in detail else None
    rows = None
    if relation is not None:
        size = table_rows.get(relation)
        if op == "SCAN" and size is not None:
            rows = float(size)
        elif op == "SEARCH":
            rows = SEARCH_ROWS
    return PlanNode(
        node_type=op,
        relation=relation,
        index=index_match.group(1) if index_match else None,
        plan_rows=rows,
        detail=detail,
    )


def parse_sqlite_rows(rows: list[tuple], *, table_rows: dict[str, int] | None = None) -> Plan:
    sizes = table_rows or {}
    root = PlanNode(node_type="QUERY PLAN", detail="QUERY PLAN")
    by_id = {0: root}
    flowing = 0.0  # rows coming out of the scans so far: what a temp B-tree has to sort
    for row in rows:
        node_id, parent, _, detail = row[0], row[1], row[2], row[3]
        node = _node(str(detail), sizes)
        if node.plan_rows is not None:
            flowing = max(flowing, node.plan_rows)
        elif node.node_type == "USE TEMP B-TREE":
            node.plan_rows = flowing or None
        by_id.setdefault(parent, root).children.append(node)
        by_id[node_id] = node
    examined = sum(n.plan_rows or 0.0 for n in root.walk())
    return Plan(dialect="sqlite", source="sqlite-eqp", root=root, total_cost=examined).finish()
