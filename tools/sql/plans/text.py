"""Pasted plans, no connection needed: JSON of any supported database, or PostgreSQL text.

>>> plan = parse_plan('''
... Sort  (cost=10.00..10.50 rows=200 width=8) (actual time=5.0..6.0 rows=200 loops=1)
...   Sort Method: external merge  Disk: 1024kB
...   ->  Seq Scan on t  (cost=0.00..8.00 rows=200 width=8) (actual time=0.1..4.0 rows=200 loops=1)
...         Filter: (a > 5)
...         Rows Removed by Filter: 9800
... ''')
>>> [(n.node_type, n.relation, n.exclusive_ms) for n in plan.nodes()]
[('Sort', None, 2.0), ('Seq Scan', 't', 4.0)]
>>> plan.root.sort_space_type, plan.root.children[0].rows_removed_by_filter
('Disk', 9800.0)
"""

from __future__ import annotations

import json
import re

from perfagent.tools.errors import InputError
from perfagent.tools.sql.plans.model import Plan, PlanNode
from perfagent.tools.sql.plans.mysql import parse_mysql_json
from perfagent.tools.sql.plans.postgres import parse_postgres_json

_HEAD = re.compile(
    r"^(?P<indent>\s*)(?:->\s+)?(?P<label>.+?)\s+\(cost=(?P<startup>[\d.]+)\.\.(?P<total>[\d.]+)"
    r" rows=(?P<rows>\d+) width=\d+\)"
    r"(?:\s+\(actual time=[\d.]+\.\.(?P<time>[\d.]+) rows=(?P<arows>\d+) loops=(?P<loops>\d+)\))?"
)
_ON = re.compile(r"^(?P<type>.+?)(?: using (?P<index>\S+))? on (?P<rel>\S+)")


def _parse_pg_text(text: str) -> Plan:
    stack: list[tuple[int, PlanNode]] = []
    root: PlanNode | None = None
    for line in text.splitlines():
        match = _HEAD.match(line)
        if match:
            label = match["label"].strip()
            on = _ON.match(label)
            node = PlanNode(
                node_type=on["type"] if on else label,
                relation=on["rel"] if on else None,
                index=on["index"] if on else None,
                startup_cost=float(match["startup"]),
                total_cost=float(match["total"]),
                plan_rows=float(match["rows"]),
                detail=label,
                actual_total_ms=float(match["time"]) if match["time"] else None,
                actual_rows=float(match["arows"]) if match["arows"] else None,
                actual_loops=float(match["loops"]) if match["loops"] else None,
            )
            indent = len(match["indent"])
            while stack and stack[-1][0] >= indent:
                stack.pop()
            if stack:
                stack[-1][1].children.append(node)
            elif root is None:
                root = node
            stack.append((indent, node))
            continue
        if not stack:
            continue
        current = stack[-1][1]
        fact = line.strip()
        if fact.startswith("Filter:"):
            current.filter = fact.removeprefix("Filter:").strip()
        elif fact.startswith("Rows Removed by Filter:"):
            current.rows_removed_by_filter = float(fact.split(":")[1])
        elif fact.startswith("Sort Method:"):
            current.sort_method = fact.split(":")[1].split("  ")[0].strip()
            current.sort_space_type = "Disk" if "Disk:" in fact else "Memory"
        elif fact.startswith("Buckets:") and (batches := re.search(r"Batches: (\d+)", fact)):
            current.hash_batches = int(batches.group(1))
    if root is None:
        raise InputError("the pasted plan has no node lines like 'Seq Scan on t  (cost=...)'")
    analyzed = root.actual_loops is not None
    return Plan(dialect="postgres", source="text", root=root, analyzed=analyzed).finish()


def parse_plan(text: str) -> Plan:
    """Detect the format of a pasted plan and parse it."""
    stripped = text.strip()
    if stripped.startswith(("[", "{")):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise InputError(f"the pasted plan looks like JSON but is not: {exc.msg}") from None
        if isinstance(data, dict) and "query_block" in data:
            return parse_mysql_json(data)
        return parse_postgres_json(data)
    return _parse_pg_text(stripped)
