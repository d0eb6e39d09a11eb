"""Against the real local MariaDB: index trials on a session-private TEMPORARY copy of the
table; EXPLAIN / ANALYZE in a read-only transaction; nothing committed, nothing left behind."""

from __future__ import annotations

import pymysql
import pytest

from perfagent.tools.errors import InputError, ServiceError
from perfagent.tools.sql.advisor import advise
from perfagent.tools.sql.db import connect, parse_url
from perfagent.tools.sql.insights import check_plan
from perfagent.tools.sql.parse import QueryRefused
from perfagent.tools.sql.sources import performance_schema_digests

pytestmark = pytest.mark.mariadb
T = "sqltest_maria_orders"
ROWS = 120_000


def _conn(dsn: str):
    url = parse_url(dsn)
    return pymysql.connect(
        host=url.host, port=url.port or 3306, user=url.user, database=url.database, autocommit=True
    )


@pytest.fixture(scope="module")
def dsn(mariadb_dsn: str):
    conn = _conn(mariadb_dsn)
    with conn.cursor() as cur:
        cur.execute(f"DROP TABLE IF EXISTS {T}")
        cur.execute(
            f"CREATE TABLE {T} (id INT PRIMARY KEY, customer_id INT NOT NULL, "
            "status VARCHAR(10) NOT NULL, total DECIMAL(10,2) NOT NULL) ENGINE=InnoDB"
        )
        # seq_1_to_N is MariaDB's sequence engine: 120k rows in one statement.
        cur.execute(
            f"INSERT INTO {T} SELECT seq, seq % 20000, ELT(seq % 3 + 1, 'open', "
            f"'paid', 'shipped'), seq % 997 FROM seq_1_to_{ROWS}"
        )
        cur.execute(f"ANALYZE TABLE {T}")
    yield mariadb_dsn
    with conn.cursor() as cur:
        cur.execute(f"DROP TABLE IF EXISTS {T}")
    conn.close()


def checksum(dsn: str) -> tuple:
    conn = _conn(dsn)
    with conn.cursor() as cur:
        cur.execute(f"SHOW CREATE TABLE {T}")
        schema = cur.fetchone()[1]
        cur.execute(f"CHECKSUM TABLE {T} EXTENDED")
        data = cur.fetchone()[1]
        cur.execute(
            "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_NAME LIKE 'perfagent%%'"
        )
        leftovers = cur.fetchone()[0]
    conn.close()
    return schema, data, leftovers


def test_advisor_recommends_exactly_the_missing_index(dsn: str) -> None:
    before = checksum(dsn)
    with connect(dsn) as db:
        report = advise(db, [f"SELECT id, total FROM {T} WHERE customer_id = 4242"])
    assert checksum(dsn) == before
    (advice,) = report.advice
    (rec,) = advice.recommendations
    assert (rec.table, rec.columns) == (T, ["customer_id"])
    assert rec.cost_drop >= 0.5
    assert rec.method == "temporary copy of the table"
    assert rec.ddl.startswith(f"ALTER TABLE {T} ADD INDEX {T}_customer_id_idx (customer_id)")
    assert "ALL on" in rec.plan_before and "ref on" in rec.plan_after


def test_query_served_by_an_index_gets_no_recommendation(dsn: str) -> None:
    with connect(dsn) as db:
        report = advise(db, [f"SELECT total FROM {T} WHERE id = 77"])
    assert report.advice[0].recommendations == []


def test_analyze_runs_read_only_and_reports_actuals(dsn: str) -> None:
    before = checksum(dsn)
    with connect(dsn) as db:
        assert db.flavor == "MariaDB"
        plan = db.explain(f"SELECT id FROM {T} WHERE customer_id = 5", analyze=True)
    assert checksum(dsn) == before
    assert plan.analyzed and plan.execution_ms is not None
    assert "seq_scan_selective_filter" in {f.rule for f in check_plan(plan)}


@pytest.mark.parametrize(
    "sql",
    [
        f"INSERT INTO {T} VALUES (0, 0, 'x', 0)",
        f"UPDATE {T} SET total = 0",
        f"DELETE FROM {T}",
        f"ALTER TABLE {T} ADD INDEX (status)",
        f"SELECT 1; DELETE FROM {T}",
        "SELECT SLEEP(5)",
    ],
)
def test_anything_but_a_read_is_refused(dsn: str, sql: str) -> None:
    before = checksum(dsn)
    with connect(dsn) as db, pytest.raises(QueryRefused):
        db.explain(sql, analyze=True)
    assert checksum(dsn) == before


def test_unreachable_database_is_one_clear_sentence() -> None:
    with pytest.raises(ServiceError) as info:
        connect("mariadb://root@127.0.0.1:1/test")
    assert "\n" not in str(info.value)
    assert str(info.value).startswith("cannot connect to mysql://root@127.0.0.1:1/test")


def test_performance_schema_off_is_said_clearly(dsn: str) -> None:
    with connect(dsn) as db:
        if int(db.query("SELECT @@performance_schema")[0][0]):
            pytest.skip("performance_schema is on here")
        with pytest.raises(ServiceError, match="performance_schema is off"):
            performance_schema_digests(db)


def test_unique_indexes_are_the_keys_on_whole_columns(dsn: str) -> None:
    """The primary key and a UNIQUE key count; a plain index and a unique prefix do not."""
    table = "sqltest_my_unique"
    conn = _conn(dsn)
    try:
        with conn.cursor() as cur:
            cur.execute(f"DROP TABLE IF EXISTS {table}")
            cur.execute(
                f"CREATE TABLE {table} (id INT PRIMARY KEY, a INT, b INT, name VARCHAR(40), "
                "UNIQUE KEY ab (a, b), KEY bb (b), UNIQUE KEY np (name(8)))"
            )
        with connect(dsn) as db:
            got = sorted(db.unique_indexes(table))
            assert sorted(db.indexes(table)) == [["a", "b"], ["b"], ["id"], ["name"]]
    finally:
        with conn.cursor() as cur:
            cur.execute(f"DROP TABLE IF EXISTS {table}")
        conn.close()
    assert got == [["a", "b"], ["id"]]


def test_a_traced_pymysql_statement_is_planned_and_timed_with_representative_values(
    dsn: str,
) -> None:
    """A request trace of PyMySQL records ``%s`` without values: the trial binds the column's
    most frequent value (MariaDB's optimizer reads it: ``= NULL`` is an impossible WHERE) and a
    page of rows, gets both plans and both timings, says so, and leaves nothing behind."""
    before = checksum(dsn)
    sql = f"SELECT {T}.id, {T}.total FROM {T} WHERE {T}.customer_id = %s LIMIT %s OFFSET %s"
    with connect(dsn) as db:
        plan = db.explain(sql)
        analyzed = db.explain(sql, analyze=True)
        report = advise(db, [sql])
    assert checksum(dsn) == before
    assert "ALL on" in plan.text() and analyzed.analyzed and analyzed.execution_ms is not None
    (advice,) = report.advice
    assert advice.skipped == [] and report.notes == []
    (rec,) = advice.recommendations
    assert (rec.table, rec.columns) == (T, ["customer_id"])
    assert "ALL on" in rec.plan_before and "ref on" in rec.plan_after
    assert rec.time_before_ms is not None and rec.time_after_ms is not None
    # every customer_id has 6 orders: the smallest of the most frequent is 0
    assert rec.note == (
        "the trace recorded its 3 placeholders without values: planned and timed with "
        f"{T}.customer_id's most frequent value (0), LIMIT 50, OFFSET 0"
    )


def test_named_placeholders_and_an_in_list_take_the_most_frequent_values(dsn: str) -> None:
    """SQLAlchemy over PyMySQL writes ``%(name)s``; an IN list takes the next most frequent."""
    sql = f"SELECT id FROM {T} WHERE status = %(status_1)s AND customer_id IN (%(a)s, %(b)s)"
    with connect(dsn) as db:
        report = advise(db, [sql])
    (trial,) = report.advice[0].trials
    assert trial.time_before_ms is not None and trial.time_after_ms is not None
    # the three statuses are as frequent in the table; its first 100,000 rows pick one
    assert f"{T}.status's most frequent value ('" in trial.note
    assert f"{T}.customer_id's 2 most frequent values (0, 1)" in trial.note


def test_a_placeholder_compared_to_no_column_is_planned_and_not_timed(dsn: str) -> None:
    before = checksum(dsn)
    sql = f"SELECT %s + 1 FROM {T} WHERE customer_id = %s"
    with connect(dsn) as db:
        plan = db.explain(sql)
        with pytest.raises(InputError, match="substitute values first"):
            db.explain(sql, analyze=True)
        report = advise(db, [sql])
    assert checksum(dsn) == before
    assert not plan.analyzed and "ALL on" in plan.text()
    (trial,) = report.advice[0].trials
    assert trial.time_before_ms is None and trial.time_after_ms is None
    assert "ref on" in trial.plan_after
    assert "planned with the values found and NULLs for the rest; not timed, as the " in (
        trial.note
    )
    assert "placeholder in `? + 1` is compared to no column" in trial.note
    assert "the plans alone judge it" in trial.note
