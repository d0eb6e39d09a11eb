"""SQLite: the file is opened read-only; index trials run on a copy; the file never changes."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from perfagent.tools.errors import InputError
from perfagent.tools.sql.advisor import advise
from perfagent.tools.sql.db import connect
from perfagent.tools.sql.insights import check_plan
from perfagent.tools.sql.parse import QueryRefused

T = "orders"
ROWS = 120_000


@pytest.fixture(scope="module")
def db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite") / "shop.db"
    conn = sqlite3.connect(path)
    conn.execute(
        f"CREATE TABLE {T} (id INTEGER PRIMARY KEY, customer_id INT NOT NULL, "
        "status TEXT NOT NULL, total REAL NOT NULL)"
    )
    conn.executemany(
        f"INSERT INTO {T} VALUES (?, ?, ?, ?)",
        ((i, i % 20000, ("open", "paid", "shipped")[i % 3], i % 997) for i in range(1, ROWS + 1)),
    )
    conn.commit()
    conn.close()
    return path


def checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_advisor_recommends_exactly_the_missing_index(db_file: Path) -> None:
    before = checksum(db_file)
    with connect(f"sqlite:///{db_file}") as db:
        report = advise(db, [f"SELECT id, total FROM {T} WHERE customer_id = 4242"])
    assert checksum(db_file) == before
    (rec,) = report.advice[0].recommendations
    assert (rec.table, rec.columns) == (T, ["customer_id"])
    assert rec.cost_drop >= 0.5
    assert rec.time_after_ms < rec.time_before_ms
    assert rec.method == "copy of the database file"
    assert rec.ddl == f"CREATE INDEX {T}_customer_id_idx ON {T} (customer_id);"
    assert f"SCAN {T}" in rec.plan_before and f"SEARCH {T} USING INDEX" in rec.plan_after


def test_query_served_by_an_index_gets_no_recommendation(db_file: Path) -> None:
    with connect(f"sqlite:///{db_file}") as db:
        report = advise(db, [f"SELECT total FROM {T} WHERE id = 77"])
    assert report.advice[0].recommendations == []
    assert report.advice[0].trials == []  # INTEGER PRIMARY KEY is the rowid: nothing to try


def test_explain_flags_a_temp_btree_sort(db_file: Path) -> None:
    with connect(f"sqlite:///{db_file}") as db:
        plan = db.explain(f"SELECT id FROM {T} WHERE total > 5 ORDER BY status", analyze=True)
    assert plan.analyzed and plan.execution_ms is not None
    assert "sqlite_temp_btree" in {f.rule for f in check_plan(plan)}


@pytest.mark.parametrize(
    "sql",
    [
        f"DELETE FROM {T}",
        f"DROP TABLE {T}",
        f"UPDATE {T} SET total = 0",
        f"SELECT 1; DELETE FROM {T}",
    ],
)
def test_writes_are_refused_and_the_file_is_unchanged(db_file: Path, sql: str) -> None:
    before = checksum(db_file)
    with connect(f"sqlite:///{db_file}") as db, pytest.raises(QueryRefused):
        db.explain(sql, analyze=True)
    assert checksum(db_file) == before


def test_missing_file_is_one_clear_sentence(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        connect(f"sqlite:///{tmp_path}/nope.db")


def test_order_by_column_joins_the_index_when_it_removes_the_sort(db_file: Path) -> None:
    with connect(f"sqlite:///{db_file}") as db:
        report = advise(db, [f"SELECT id FROM {T} WHERE customer_id = 42 ORDER BY total DESC"])
    trials = {tuple(t.columns): t for t in report.advice[0].trials}
    assert set(trials) == {("customer_id",), ("customer_id", "total")}
    (rec,) = report.advice[0].recommendations
    assert rec.columns == ["customer_id", "total"]
    assert "USE TEMP B-TREE" in rec.plan_before and "USE TEMP B-TREE" not in rec.plan_after


def test_a_lookup_by_a_unique_key_gets_no_wider_index(tmp_path: Path) -> None:
    """A TEXT primary key (SQLite's own unique autoindex) compared for equality pins one row:
    (session_key, expire_date) is not tried; a plain index is not unique."""
    path = tmp_path / "sessions.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE session (session_key TEXT PRIMARY KEY, data TEXT, expire_date TEXT)")
    conn.execute("CREATE INDEX session_expire ON session (expire_date)")
    conn.executemany(
        "INSERT INTO session VALUES (?, 'x', ?)",
        ((f"k{i}", f"2026-{i % 12 + 1:02}") for i in range(5000)),
    )
    conn.commit()
    conn.close()
    with connect(f"sqlite:///{path}") as db:
        assert db.unique_indexes("session") == [["session_key"]]
        report = advise(
            db, ["SELECT data FROM session WHERE expire_date > '2026-06' AND session_key = 'k7'"]
        )
    assert report.advice[0].trials == []


def test_a_traced_statement_with_placeholders_is_planned_and_timed_not_skipped(
    db_file: Path,
) -> None:
    """Request traces record ``?`` without values: the trial plans with NULLs, times with the
    column's most frequent value and a page of rows, and says so."""
    before = checksum(db_file)
    sql = f"SELECT {T}.id, {T}.total FROM {T} WHERE {T}.customer_id = ? LIMIT ? OFFSET ?"
    with connect(f"sqlite:///{db_file}") as db:
        report = advise(db, [sql])
    assert checksum(db_file) == before
    (advice,) = report.advice
    assert advice.skipped == [] and report.notes == []
    (rec,) = advice.recommendations
    assert (rec.table, rec.columns) == (T, ["customer_id"])
    assert f"SCAN {T}" in rec.plan_before and f"SEARCH {T} USING INDEX" in rec.plan_after
    assert rec.time_before_ms is not None and rec.time_after_ms is not None
    assert "recorded its 3 placeholders without values: planned without them" in rec.note
    # every customer_id has 6 orders: the smallest of the most frequent is 0
    assert f"timed with {T}.customer_id's most frequent value (0), LIMIT 50, OFFSET 0" in (rec.note)


def test_an_in_list_and_a_named_placeholder_take_the_most_frequent_values(
    tmp_path: Path,
) -> None:
    path = tmp_path / "solves.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE solves (id INTEGER PRIMARY KEY, user_id INT, challenge_id INT)")
    conn.executemany(
        "INSERT INTO solves VALUES (?, ?, ?)",
        ((i, 7 if i % 2 else i % 500, i % 40) for i in range(1, 20_001)),
    )
    conn.commit()
    conn.close()
    with connect(f"sqlite:///{path}") as db:
        report = advise(
            db,
            [
                "SELECT id FROM solves WHERE user_id IN (?, ?)",
                "SELECT id FROM solves WHERE challenge_id = :challenge",
            ],
        )
    in_list, named = (a.trials[0] for a in report.advice)
    assert in_list.columns == ["user_id"] and named.columns == ["challenge_id"]
    assert in_list.time_before_ms is not None and named.time_before_ms is not None
    assert "solves.user_id's 2 most frequent values (7, 0)" in in_list.note
    assert "recorded its placeholder without a value: planned without it" in named.note
    assert "solves.challenge_id's most frequent value (0)" in named.note


def test_a_placeholder_compared_to_no_column_is_planned_and_not_timed(db_file: Path) -> None:
    sql = f"SELECT ? + 1 FROM {T} WHERE customer_id = ?"
    with connect(f"sqlite:///{db_file}") as db:
        report = advise(db, [sql])
        plan = db.explain(sql)
        with pytest.raises(InputError, match="substitute values first"):
            db.explain(sql, analyze=True)
    assert not plan.analyzed and f"SCAN {T}" in plan.text()
    (trial,) = report.advice[0].trials
    assert trial.time_before_ms is None and trial.time_after_ms is None
    assert trial.recommended and trial.reason.startswith("plan cost drops")
    assert "not timed, as the placeholder in `? + 1` is compared to no column" in trial.note
    assert "the plans alone judge it" in trial.note
    assert f"SEARCH {T} USING COVERING INDEX" in trial.plan_after


def test_a_placeholder_on_an_empty_column_is_planned_and_not_timed(tmp_path: Path) -> None:
    """CTFd's tags table is empty: there is no value to time ``? = tags.challenge_id`` with."""
    path = tmp_path / "tags.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, challenge_id INT, value TEXT)")
    conn.close()
    with connect(f"sqlite:///{path}") as db:
        report = advise(db, ["SELECT tags.value FROM tags WHERE ? = tags.challenge_id"])
    (trial,) = report.advice[0].trials
    assert trial.time_before_ms is None and "SEARCH tags USING INDEX" in trial.plan_after
    assert "not timed, as tags has no row with a challenge_id but NULL" in trial.note


def test_placeholders_under_one_alias_in_both_halves_of_a_union_find_their_own_tables(
    tmp_path: Path,
) -> None:
    """Django names the table in each half of a UNION ``U0``: each placeholder takes the most
    frequent value of its own half's table."""
    path = tmp_path / "union.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE a (id INTEGER PRIMARY KEY, x INT)")
    conn.execute("CREATE TABLE b (id INTEGER PRIMARY KEY, y INT)")
    conn.executemany(
        "INSERT INTO a VALUES (?, ?)", ((i, 3 if i % 2 else i) for i in range(1, 5001))
    )
    conn.executemany(
        "INSERT INTO b VALUES (?, ?)", ((i, 9 if i % 2 else i) for i in range(1, 5001))
    )
    conn.commit()
    conn.close()
    sql = "SELECT U0.id FROM a U0 WHERE U0.x = ? UNION SELECT U0.id FROM b U0 WHERE U0.y = ?"
    with connect(f"sqlite:///{path}") as db:
        binding = db.binding(sql)
    assert binding is not None and binding.values == (3, 9)
    assert "a.x's most frequent value (3), b.y's most frequent value (9)" in binding.note
