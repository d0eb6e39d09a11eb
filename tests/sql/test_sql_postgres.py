"""Against the real local PostgreSQL: advice validated in rolled-back transactions, and
nothing the analysis does is ever committed (schema and data checksums before and after)."""

from __future__ import annotations

import psycopg
import pytest

from perfagent.tools.errors import ServiceError, TargetTimeout
from perfagent.tools.sql.advisor import advise
from perfagent.tools.sql.db import connect
from perfagent.tools.sql.insights import check_plan
from perfagent.tools.sql.parse import QueryRefused
from perfagent.tools.sql.sources import pg_stat_statements

pytestmark = pytest.mark.postgres
T = "sqltest_pg_orders"
ROWS = 120_000


@pytest.fixture(scope="module")
def dsn(pg_dsn: str):
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute(f"DROP TABLE IF EXISTS {T}")
        conn.execute(
            f"CREATE TABLE {T} (id int PRIMARY KEY, customer_id int NOT NULL, "
            "status text NOT NULL, total numeric NOT NULL)"
        )
        conn.execute(
            f"INSERT INTO {T} SELECT g, g % 20000, (ARRAY['open','paid','shipped'])"
            f"[g % 3 + 1], g % 997 FROM generate_series(1, {ROWS}) g"
        )
        conn.execute(f"ANALYZE {T}")
    yield pg_dsn
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute(f"DROP TABLE IF EXISTS {T}")


def checksum(dsn: str) -> tuple:
    """Schema (columns, indexes) and data of the test table, plus any trial leftovers."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        schema = conn.execute(
            "SELECT md5(string_agg(column_name || data_type, ',' ORDER BY ordinal_position)) "
            "FROM information_schema.columns WHERE table_name = %s",
            (T,),
        ).fetchone()[0]
        indexes = conn.execute(
            "SELECT string_agg(indexdef, ';' ORDER BY indexname) FROM "
            "pg_indexes WHERE tablename = %s",
            (T,),
        ).fetchone()[0]
        data = conn.execute(
            f"SELECT md5(string_agg({T}::text, ',' ORDER BY id)) FROM {T}"
        ).fetchone()[0]
        leftovers = conn.execute(
            "SELECT count(*) FROM pg_class WHERE relname LIKE 'perfagent_trial_%%'"
        ).fetchone()[0]
    return schema, indexes, data, leftovers


def test_advisor_recommends_exactly_the_missing_index(dsn: str) -> None:
    before = checksum(dsn)
    with connect(dsn) as db:
        report = advise(db, [f"SELECT id, total FROM {T} WHERE customer_id = 4242"])
    assert checksum(dsn) == before
    (advice,) = report.advice
    (rec,) = advice.recommendations
    assert (rec.table, rec.columns) == (T, ["customer_id"])
    assert rec.cost_drop >= 0.5
    assert rec.ddl == f"CREATE INDEX CONCURRENTLY {T}_customer_id_idx ON {T} (customer_id);"
    assert "Seq Scan" in rec.plan_before and "Seq Scan" not in rec.plan_after
    assert rec.method in ("hypopg", "transaction, rolled back")


def test_query_served_by_an_index_gets_no_recommendation(dsn: str) -> None:
    with connect(dsn) as db:
        report = advise(db, [f"SELECT total FROM {T} WHERE id = 77"])
    (advice,) = report.advice
    assert advice.recommendations == []


def test_explain_analyze_is_rolled_back_and_timed(dsn: str) -> None:
    before = checksum(dsn)
    with connect(dsn) as db:
        plan = db.explain(f"SELECT id FROM {T} WHERE status = 'paid' AND total = 5", analyze=True)
    assert checksum(dsn) == before
    assert plan.analyzed and plan.execution_ms is not None
    assert plan.root.exclusive_ms is not None
    assert "seq_scan_selective_filter" in {f.rule for f in check_plan(plan)}


@pytest.mark.parametrize(
    "sql",
    [
        f"INSERT INTO {T} VALUES (0, 0, 'x', 0)",
        f"UPDATE {T} SET total = 0",
        f"DELETE FROM {T}",
        f"DROP TABLE {T}",
        f"CREATE INDEX ON {T} (status)",
        f"TRUNCATE {T}",
        f"SELECT 1; DELETE FROM {T}",
        f"WITH d AS (DELETE FROM {T} RETURNING *) SELECT count(*) FROM d",
        f"SELECT * INTO sqltest_copy FROM {T}",
        f"SELECT * FROM {T} FOR UPDATE",
        "SELECT nextval('some_seq')",
    ],
)
def test_anything_but_a_read_is_refused(dsn: str, sql: str) -> None:
    before = checksum(dsn)
    with connect(dsn) as db:
        with pytest.raises(QueryRefused):
            db.explain(sql, analyze=True)
        report = advise(db, [sql])
    assert report.advice == [] and len(report.notes) == 1
    assert checksum(dsn) == before


def test_statement_timeout_stops_a_runaway_analyze(dsn: str) -> None:
    with connect(dsn, timeout_ms=300) as db:
        with pytest.raises(TargetTimeout, match="300 ms statement timeout"):
            db.explain(f"SELECT count(*) FROM {T} a CROSS JOIN {T} b", analyze=True)
        assert db.query("SELECT 1") == [(1,)]  # the session is still usable


def test_unreachable_database_is_one_clear_sentence() -> None:
    with pytest.raises(ServiceError) as info:
        connect("postgresql://postgres:secret@127.0.0.1:1/test")
    message = str(info.value)
    assert "\n" not in message and "secret" not in message
    assert message.startswith("cannot connect to postgresql://postgres@127.0.0.1:1/test")


def test_pg_stat_statements_absent_is_said_clearly(dsn: str) -> None:
    with connect(dsn) as db:
        installed = db.query("SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements'")
        if installed:
            pytest.skip("pg_stat_statements is installed here")
        with pytest.raises(ServiceError, match="pg_stat_statements is not installed"):
            pg_stat_statements(db)


def test_pool_facts_are_measured(dsn: str) -> None:
    with connect(dsn) as db:
        facts = db.pool_facts()
    assert facts["max_connections"] > 0 and facts["connections_in_use"] >= 1


def test_composite_index_for_equality_then_range(dsn: str) -> None:
    with connect(dsn) as db:
        report = advise(db, [f"SELECT id FROM {T} WHERE total > 990 AND customer_id = 4242"])
    (rec,) = report.advice[0].recommendations
    assert rec.columns == ["customer_id", "total"]


def test_analyze_with_table_sizes_flags_unbounded_select(dsn: str) -> None:
    from perfagent.tools.sql.analyze import analyze_with_database
    from perfagent.tools.sql.models import LogEntry

    entries = [
        LogEntry(sql=f"SELECT id, total FROM {T}", line=1),
        LogEntry(sql=f"SELECT id FROM {T} WHERE id = 1", line=2),
    ]
    with connect(dsn) as db:
        report = analyze_with_database(entries, db, source="log")
    rules = {c.fingerprint: [f.rule for f in c.findings] for c in report.classes}
    assert rules[f"select id, total from {T}"] == ["unbounded_select"]
    assert rules[f"select id from {T} where id = ?"] == []


def test_analyze_with_unique_keys_tells_a_lookup_by_key_from_a_page(dsn: str) -> None:
    """The primary key read from the database: pinning it is one row, whatever the LIMIT;
    LIMIT 21 (Django's .get() size) on a column it says is not unique is many rows."""
    from perfagent.tools.sql.analyze import analyze_with_database
    from perfagent.tools.sql.models import LogEntry

    entries = [
        LogEntry(sql=f"SELECT total FROM {T} WHERE id = %s LIMIT 50", line=1),
        LogEntry(sql=f"SELECT total FROM {T} WHERE customer_id = %s LIMIT 21", line=2),
    ]
    with connect(dsn) as db:
        report = analyze_with_database(entries, db, source="log")
    rules = {c.fingerprint: [f.rule for f in c.findings] for c in report.classes}
    assert rules[f"select total from {T} where id = ? limit ?"] == []
    assert rules[f"select total from {T} where customer_id = ? limit ?"] == [
        "limit_without_order_by"
    ]


def test_parameter_placeholders_get_the_generic_plan_and_advice(dsn: str) -> None:
    """Statements as pg_stat_statements ($1) and a psycopg trace span (%(name)s, %s) record
    them, without values: planned generically (GENERIC_PLAN on 16+, a prepared statement under
    force_generic_plan before), and the missing index still found; ANALYZE needs values."""
    from perfagent.tools.errors import InputError

    traced = (
        f"SELECT {T}.id, {T}.total FROM {T} WHERE {T}.customer_id = %(customer_id_1)s::INTEGER "
        f"ORDER BY {T}.total DESC LIMIT %(param_1)s::INTEGER OFFSET %s::INTEGER"
    )
    before = checksum(dsn)
    with connect(dsn) as db:
        plan = db.explain(f"SELECT id FROM {T} WHERE customer_id = $1")
        assert "Seq Scan" in plan.text() and plan.total_cost > 0
        assert "Seq Scan" in db.explain(traced).text()
        with pytest.raises(InputError, match="cannot be run by EXPLAIN ANALYZE"):
            db.explain(f"SELECT id FROM {T} WHERE customer_id = $1", analyze=True)
        report = advise(db, [traced])
        leftover = db.query("SELECT count(*) FROM pg_prepared_statements")[0][0]
    assert checksum(dsn) == before and leftover == 0
    (rec,) = report.advice[0].recommendations
    assert rec.columns == ["customer_id", "total"] and rec.cost_drop >= 0.5
    assert "Seq Scan" in rec.plan_before and "Seq Scan" not in rec.plan_after


def test_an_index_that_leads_another_recommended_one_is_not_recommended_too(dsn: str) -> None:
    """A page query and its COUNT over the same rows (full-stack-fastapi-template's items of
    one owner): (owner_id, created) serves both, so (owner_id) is not a second index."""
    table = "sqltest_pg_items"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"DROP TABLE IF EXISTS {table}")
        conn.execute(f"CREATE TABLE {table} (id int PRIMARY KEY, owner_id int, created int)")
        conn.execute(
            f"INSERT INTO {table} SELECT g, CASE WHEN g % 20 = 0 THEN 1 ELSE g % 5000 + 2 END, "
            "g * 7 % 100003 FROM generate_series(1, 100000) g"
        )
        conn.execute(f"ANALYZE {table}")
    page = f"SELECT id FROM {table} WHERE owner_id = 1 ORDER BY created DESC LIMIT 100"
    count = f"SELECT count(*) FROM {table} WHERE owner_id = 1"
    try:
        with connect(dsn) as db:
            report = advise(db, [page, count])
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f"DROP TABLE IF EXISTS {table}")
    chosen = [(t.table, t.columns) for a in report.advice for t in a.recommendations]
    assert chosen == [(table, ["owner_id", "created"])]
    (narrow,) = [t for t in report.advice[1].trials if t.columns == ["owner_id"]]
    assert "serves this one too" in narrow.reason and narrow.cost_drop >= 0.5


def test_a_lookup_by_the_primary_key_gets_no_wider_index(dsn: str) -> None:
    """Django's session read (healthchecks, every logged-in request): ``WHERE expire_date > $1
    AND session_key = $2`` on django_session, whose primary key is session_key. At most one row
    matches the key, so (session_key, expire_date) cannot beat the primary key; on a table of one
    row the plan cost still "dropped 88% (8 -> 1)" and the index was trialled under load."""
    table = "sqltest_pg_session"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"DROP TABLE IF EXISTS {table}")
        conn.execute(
            f"CREATE TABLE {table} (session_key varchar(40) PRIMARY KEY, "
            "session_data text NOT NULL, expire_date timestamptz NOT NULL)"
        )
        conn.execute(f"CREATE INDEX {table}_expire ON {table} (expire_date)")
        conn.execute(f"INSERT INTO {table} VALUES ('k1', 'data', now() + interval '1 day')")
    traced = (
        f'SELECT "{table}"."session_key", "{table}"."session_data", "{table}"."expire_date" '
        f'FROM "{table}" WHERE ("{table}"."expire_date" > %s AND "{table}"."session_key" = %s) '
        "LIMIT 21"
    )
    other = f"SELECT session_data FROM {table} WHERE session_data = 'data'"
    try:
        with connect(dsn) as db:
            assert db.unique_indexes(table) == [["session_key"]]
            report = advise(db, [traced, other])
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f"DROP TABLE IF EXISTS {table}")
    pinned, scanned = report.advice
    assert pinned.trials == [] and pinned.recommendations == []
    assert [t.columns for t in scanned.trials] == [["session_data"]]  # no key: still tried
