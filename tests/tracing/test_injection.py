"""OpenTelemetry injected into real servers that know nothing of it: Flask and Django under
gunicorn (forked workers), FastAPI under uvicorn; spans come back as request trees."""

from __future__ import annotations

import json

from tests.tracing.conftest import BIN, gunicorn, run_traced


def test_flask_under_gunicorn_gives_a_span_tree_per_request(tmp_path):
    with run_traced(
        tmp_path, gunicorn("flask_app:app"), paths=("/authors", "/books/3", "/visit")
    ) as (_, tracer):
        pass
    traces = tracer.collect(otlp_path=tmp_path / "spans.otlp.json")
    assert traces.note is None
    assert {"flask", "sqlite3"} <= set(traces.instrumented)
    assert tracer.python and tracer.python != "" and all(p.ok for p in traces.processes)
    assert len({p.pid for p in traces.processes}) >= 2  # the master and its forked workers
    routes = {r.endpoint: r for r in traces.requests}
    assert {"GET /authors", "GET /books/<int:page>", "GET /visit"} <= set(routes)
    authors = routes["GET /authors"]
    assert len(authors.statements) == 13 and authors.span_count == 14 and authors.server_ms > 0
    assert authors.statements[1].fingerprint == "select title from book where author_id = ?"
    assert all(s.duration_ms >= 0 and s.offset_ms >= 0 for s in authors.statements)
    visit = routes["GET /visit"]
    assert [s.operation for s in visit.statements][:2] == ["update", "commit"]
    otlp = json.loads((tmp_path / "spans.otlp.json").read_text())
    spans = [s for r in otlp["resourceSpans"] for scope in r["scopeSpans"] for s in scope["spans"]]
    assert len(spans) == traces.span_count
    assert authors.trace_id in {s["traceId"] for s in spans}


def test_django_under_gunicorn_is_instrumented_once_its_settings_are_known(tmp_path):
    # DJANGO_SETTINGS_MODULE is set by the app's own wsgi.py, after start-up: never by us.
    with run_traced(
        tmp_path, gunicorn("djapp.wsgi:application"), paths=("/authors/", "/books/7/", "/")
    ) as (_, tracer):
        pass
    traces = tracer.collect()
    assert traces.note is None, traces.note
    assert "django" in traces.instrumented
    routes = {r.endpoint: r for r in traces.requests}
    # Django's patterns as paths; its root (pattern "", no http.route, span named "GET home")
    # as "/", not by the URL's name
    assert {"GET /books/<int:pk>/", "GET /"} <= set(routes), sorted(routes)
    authors = routes["GET /authors/"]
    loop = [
        s
        for s in authors.statements
        if s.fingerprint == "select title from book where author_id = ?"
    ]
    assert len(loop) == 8  # beside Django's own connection set-up statements


def test_fastapi_under_uvicorn(tmp_path):
    command = f"{BIN / 'uvicorn'} fastapi_app:app --port {{port}}"
    with run_traced(tmp_path, command, paths=("/items/3",)) as (_, tracer):
        pass
    traces = tracer.collect()
    assert traces.note is None, traces.note
    (item,) = [r for r in traces.requests if r.route == "/items/{item_id}"]
    assert len(item.statements) == 6


def test_sqlalchemy_over_psycopg_counts_each_statement_once(tmp_path, pg_dsn):
    """SQLAlchemy's and psycopg's instrumentations both record an execute, as siblings (the
    full-stack-fastapi-template shape): each statement counts once, a real repeat five times."""
    command = f"{BIN / 'uvicorn'} sqlalchemy_pg_app:app --port {{port}}"
    paths = ("/one", "/loop", "/one")
    with run_traced(tmp_path, command, env={"APP_PG_URL": pg_dsn}, paths=paths) as (_, tracer):
        pass
    traces = tracer.collect()
    assert traces.note is None, traces.note
    assert {"sqlalchemy", "psycopg"} <= set(traces.instrumented)
    by_route: dict[str, list[int]] = {}
    for r in traces.requests:
        selects = [s for s in r.statements if s.operation == "select"]
        by_route.setdefault(r.route, []).append(len(selects))
    assert by_route["/one"] == [1, 1] and by_route["/loop"] == [5]
