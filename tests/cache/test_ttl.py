"""TTL reasoning: traffic per table from query classes, and the rule table's cases
(golden fixtures in fixtures/ttl_cases.json: add a case there, not here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from perfagent.tools.cache import access, recommend_ttl, strictest, table_traffic
from perfagent.tools.sql.models import QueryClass

CASES = json.loads((Path(__file__).parent / "fixtures" / "ttl_cases.json").read_text())


def qc(sample: str, calls: int, total_ms: float = 0.0) -> QueryClass:
    return QueryClass(
        fingerprint=sample.lower(),
        fingerprint_id=str(hash(sample)),
        sample=sample,
        calls=calls,
        total_ms=total_ms,
    )


@pytest.mark.parametrize("case", CASES, ids=[c["title"] for c in CASES])
def test_rule_cases(case):
    advice = recommend_ttl(
        reads=case["reads"],
        writes=case["writes"],
        window_s=case["window_s"],
        staleness_s=case["staleness_s"],
    )
    assert (advice.cache, advice.ttl_s, advice.invalidate_on_write) == (
        case["cache"],
        case["ttl_s"],
        case["invalidate_on_write"],
    )
    assert advice.reasoning.startswith(f"{case['reads']:,} reads and {case['writes']:,} writes")
    assert advice.summary


def test_reasoning_quotes_the_measured_interval():
    advice = recommend_ttl(reads=201, writes=5, window_s=10.0, staleness_s=60)
    assert advice.write_interval_s == 2.0 and advice.writes_per_s == 0.5
    assert "one write every 2 s on average" in advice.reasoning
    assert "TTL 2 s (the write interval)" in advice.reasoning


def test_traffic_per_table_splits_reads_from_writes():
    traffic = table_traffic(
        [
            qc("SELECT * FROM products ORDER BY id", 32, 24_796.5),
            qc("SELECT o.id FROM orders o JOIN order_items i ON i.order_id = o.id", 10, 50.0),
            qc(
                "UPDATE orders SET status = 'paid' WHERE id IN (SELECT order_id FROM payments)",
                4,
                8.0,
            ),
            qc("INSERT INTO audit (id) SELECT id FROM orders", 2, 1.0),
            qc("DELETE FROM order_items WHERE order_id = 7", 1, 0.5),
            qc("this is not sql at all ((", 99),
        ],
        "postgres",
    )
    by = {t.table: (t.reads, t.writes) for t in traffic}
    assert by == {"products": (32, 0), "orders": (10, 4), "order_items": (10, 1), "audit": (0, 2)}
    products = next(t for t in traffic if t.table == "products")
    assert products.read_ms == 24_796.5 and products.write_share == 0.0


def test_access_leaves_out_ctes():
    found = access("WITH recent AS (SELECT * FROM orders) SELECT * FROM recent", "postgres")
    assert (found.kind, found.reads, found.writes) == ("select", ["orders"], [])


def test_strictest_takes_the_shortest_ttl_and_any_invalidation():
    advice = {
        "products": recommend_ttl(reads=12_360, writes=0, window_s=10.0, staleness_s=60),
        "orders": recommend_ttl(reads=201, writes=5, window_s=10.0, staleness_s=60),
    }
    combined = strictest(advice)
    assert (combined.ttl_s, combined.invalidate_on_write, combined.bound_by) == (2, True, "orders")


def test_strictest_refuses_when_one_table_is_written_too_often():
    advice = {
        "products": recommend_ttl(reads=12_360, writes=0, window_s=10.0, staleness_s=60),
        "events": recommend_ttl(reads=30, writes=20, window_s=10.0, staleness_s=60),
        "unread": recommend_ttl(reads=0, writes=0, window_s=10.0, staleness_s=60),
    }
    combined = strictest(advice)
    assert not combined.cache and combined.bound_by == "events"
    assert strictest({}) is None
