"""N+1 detection from a request log (Sentry's bar: >= 5 repeats, >= 50 ms in one request)."""

from __future__ import annotations

from pathlib import Path

from perfagent.tools.sql.models import LogEntry
from perfagent.tools.sql.nplusone import detect_n_plus_one
from perfagent.tools.sql.sources import read_source

LOG = Path(__file__).parent / "fixtures" / "logs" / "requests.jsonl"


def test_n_plus_one_found_with_its_batched_query() -> None:
    _, entries = read_source(str(LOG))
    found = detect_n_plus_one(entries)
    assert len(found) == 1  # req-3's six tag lookups take 2.4 ms: under the 50 ms bar
    n = found[0]
    assert (n.request_id, n.repeats, n.total_ms) == ("req-1", 6, 63.8)
    assert n.fingerprint == "select * from order_items where order_id = ?"
    assert n.batched_query == (
        "SELECT * FROM order_items WHERE order_id IN (101, 102, 103, 104, 105, 106)"
    )


def test_repeats_across_requests_are_not_n_plus_one() -> None:
    entries = [
        LogEntry(sql=f"SELECT a FROM t WHERE id = {i}", duration_ms=30, request_id=f"r{i}")
        for i in range(20)
    ]
    assert detect_n_plus_one(entries) == []


def test_thresholds_are_parameters() -> None:
    _, entries = read_source(str(LOG))
    found = detect_n_plus_one(entries, min_total_ms=1.0)
    assert {n.request_id for n in found} == {"req-1", "req-3"}
    tags = next(n for n in found if n.request_id == "req-3")
    assert tags.batched_query == "SELECT name FROM tags WHERE id IN (1, 2, 3, 4, 5, 6)"


def _loop(sql: str) -> list[LogEntry]:
    return [LogEntry(sql=sql, duration_ms=12, request_id="r1") for _ in range(6)]


def test_a_traced_loop_with_placeholders_gets_an_in_list_of_placeholders() -> None:
    """Request traces record ``?`` and no values: the batched query is still written out, as
    one IN list of the loop's values (SQLAlchemy's lazy load puts the ``?`` first)."""
    (n,) = detect_n_plus_one(
        _loop("SELECT tags.id, tags.value FROM tags WHERE ? = tags.challenge_id"),
        dialect="sqlite",
    )
    assert (
        n.batched_query
        == "SELECT tags.id, tags.value FROM tags WHERE tags.challenge_id IN (?, ?, ...)"
    )
    assert n.batched_note == "one IN list of the loop's values"


def test_a_loop_that_cannot_be_batched_says_why_instead_of_an_empty_query() -> None:
    (n,) = detect_n_plus_one(_loop("SELECT a FROM t WHERE t.b = ? AND t.c = ?"), dialect="sqlite")
    assert n.batched_query == ""
    assert n.batched_note.startswith("it compares 2 columns to placeholders")
