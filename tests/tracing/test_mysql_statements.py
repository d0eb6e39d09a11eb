"""SQLAlchemy over PyMySQL on the real MariaDB, traced (CTFd's stack): its ``%(name)s``
statements become query classes the database analysis parses, a statement of over 3,000
characters is kept whole, and the ``connect`` spans of a new connection per request are no
statement at all."""

from __future__ import annotations

import pymysql
import pytest

from perfagent.tools.sql.analyze import analyze_entries
from perfagent.tools.sql.db import parse_url
from perfagent.tools.sql.sources import read_source
from perfagent.tools.tracing.summary import report, write_query_log
from tests.tracing.conftest import BIN, run_traced


@pytest.fixture
def mysql_url(mariadb_dsn: str):
    yield mariadb_dsn
    url = parse_url(mariadb_dsn)
    conn = pymysql.connect(
        host=url.host, port=url.port or 3306, user=url.user, database=url.database, autocommit=True
    )
    with conn.cursor() as cur:
        cur.execute("DROP TABLE IF EXISTS tr_solves")
    conn.close()


def test_pymysql_statements_are_classes_a_long_one_whole_and_connect_none(tmp_path, mysql_url):
    command = f"{BIN / 'uvicorn'} sqlalchemy_mysql_app:app --port {{port}}"
    paths = ("/solves/7", "/solves/8", "/long")
    with run_traced(tmp_path, command, env={"APP_MYSQL_URL": mysql_url}, paths=paths) as (
        _,
        tracer,
    ):
        pass
    traces = tracer.collect()
    assert traces.note is None, traces.note
    assert {"sqlalchemy", "pymysql"} <= set(traces.instrumented)
    requests = [r for r in traces.requests if r.route != "/healthz"]
    assert len(requests) == 3
    statements = [s for r in requests for s in r.statements]
    assert statements and all(s.operation == "select" for s in statements)
    assert not any(s.text == "connect" for s in statements)
    (long,) = [r.statements for r in requests if r.route == "/long"][0]
    assert len(long.text) > 4_000 and not long.cut
    assert long.text.endswith("WHERE tr_solves.user_id = %(user_id)s")
    assert report(traces).notes == []  # nothing was cut

    log = tmp_path / "queries.log"
    assert write_query_log(traces.requests, log) == len(statements)
    _, entries = read_source(str(log))
    analysis = analyze_entries(entries, dialect="mysql", source="traces")
    assert analysis.errors == []
    by_fp = {c.fingerprint: c for c in analysis.classes}
    solves = by_fp["select tr_solves.id from tr_solves where tr_solves.user_id = ?"]
    assert solves.calls == 2 and "%(user_id)s" in solves.sample
    assert len(analysis.classes) == 2 and "connect" not in by_fp


def test_a_statement_past_the_collectors_bound_is_cut_and_the_traces_say_so():
    from perfagent.tools.tracing.collect import MAX_STATEMENT_CHARS, requests_from_spans
    from perfagent.tools.tracing.models import SpanRecord, TraceSet
    from perfagent.tools.tracing.summary import report

    sql = "SELECT " + ", ".join(f"c{i}" for i in range(6_000)) + " FROM t"
    spans = [
        SpanRecord(
            trace_id="a",
            span_id="r",
            name="GET /x",
            kind="SERVER",
            start_ns=0,
            end_ns=10**7,
            attributes={"http.route": "/x", "http.method": "GET"},
        ),
        SpanRecord(
            trace_id="a",
            span_id="s",
            parent_span_id="r",
            name="SELECT",
            kind="CLIENT",
            start_ns=1,
            end_ns=10**6,
            attributes={"db.system": "mysql", "db.statement": sql},
        ),
    ]
    ((stmt,),) = [r.statements for r in requests_from_spans(spans)]
    assert stmt.cut and len(stmt.text) == MAX_STATEMENT_CHARS < len(sql)
    (note,) = report(TraceSet(requests=requests_from_spans(spans))).notes
    assert note.startswith("1 statement(s) (1 class(es)) were longer than 20,000 characters")
