"""The trace rules on real span trees: the Flask test app under gunicorn, each pattern once."""

from __future__ import annotations

import pytest

from perfagent.tools.tracing.rules import duplicate_statement, n_plus_one, write_on_get
from tests.tracing.conftest import APPS, gunicorn, run_traced


@pytest.fixture(scope="module")
def requests(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("rules")
    paths = ("/authors", "/books/1", "/books/2", "/visit", "/visit", "/fast", "/ping/a") * 2
    with run_traced(tmp, gunicorn("flask_app:app"), paths=paths) as (_, tracer):
        pass
    traces = tracer.collect(root=APPS)
    assert traces.note is None, traces.note
    return traces.requests


def test_n_plus_one_counts_the_repeats_and_costs_the_whole_loop(requests):
    (found,) = n_plus_one(requests)
    assert found.endpoint == "GET /authors" and found.requests == 2
    assert found.detail["repeats_max"] == 12
    assert found.fingerprint == "select title from book where author_id = ?"
    assert found.cost_ms_per_request >= found.detail["sql_ms"]  # the loop, not only its SQL
    traced_ids = {r.trace_id for r in requests if r.endpoint == "GET /authors"}
    assert found.example_trace_ids and set(found.example_trace_ids) <= traced_ids
    assert "IN (?, ?, ...)" in found.suggestion


def test_duplicate_statement_finds_the_count_over_the_page_query(requests):
    (found,) = duplicate_statement(requests)
    assert found.endpoint == "GET /books/<int:page>" and found.detail["kind"] == "count"
    assert found.requests == 4
    assert "COUNT(*)" in found.detail["statements"][1]
    # the app's lines that ran them (code.* on the database spans), relative to the app's root
    lines = (APPS / "flask_app.py").read_text().splitlines()
    page_file, _, page_line = found.detail["page_at"].partition(":")
    count_file, _, count_line = found.detail["count_at"].partition(":")
    assert page_file == count_file == "flask_app.py" and found.detail["function"] == "books"
    assert "LIMIT 10" in lines[int(page_line) - 1]
    assert "COUNT(*)" in lines[int(count_line) - 1]


def test_write_on_get_names_the_write_and_its_commit(requests):
    (found,) = [f for f in write_on_get(requests) if f.endpoint == "GET /visit"]
    assert found.endpoint == "GET /visit" and found.requests == 4
    assert found.detail["writes_per_request"] == 1 and found.detail["commits_per_request"] == 1
    assert found.sample.startswith("UPDATE counter")
    assert "write lock" in found.evidence


def test_a_get_that_exists_to_record_is_not_told_to_move_its_write(requests):
    """healthchecks' ping endpoint (cron jobs ping it with curl GET) inserts a ping and writes
    the whole check row back: keep the write, make it cheaper; never 'move it off the read
    path'."""
    (found,) = [f for f in write_on_get(requests) if f.endpoint == "GET /ping/<name>"]
    assert found.detail["purpose_write"] and found.requests == 2
    assert "records something on every request" in found.title and "INSERT INTO ping" in found.title
    assert found.suggestion.startswith("keep the write")
    assert "move the write off" not in found.suggestion
    assert found.detail["wide_update"] == ["job", 8]
    assert "save(update_fields=[...])" in found.suggestion
