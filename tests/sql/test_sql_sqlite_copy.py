"""An index validated on a copy of a SQLite file: created in the copy only, then the query timed
on both files interleaved, through the seam's guards (read-only, one SELECT, a timeout)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from perfagent.tools.errors import InputError, TargetTimeout
from perfagent.tools.sql.db import connect
from perfagent.tools.sql.parse import QueryRefused
from perfagent.tools.sql.sqlite_copy import create_index, interleaved_ms

T = "instr_orders"
QUERY = f"SELECT id, total FROM {T} WHERE customer_id = 4242"


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    before = tmp_path / "before.db"
    with sqlite3.connect(before) as conn:
        conn.execute(f"CREATE TABLE {T} (id INTEGER PRIMARY KEY, customer_id INT, total REAL)")
        conn.executemany(
            f"INSERT INTO {T} VALUES (?, ?, ?)", ((i, i % 5000, i % 97) for i in range(1, 50_001))
        )
    conn.close()
    after = tmp_path / "after.db"
    shutil.copyfile(before, after)
    return before, after


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_index_goes_into_the_copy_only_and_times_faster(files: tuple[Path, Path]) -> None:
    before, after = files
    untouched = _sha(before)
    create_index(after, f"CREATE INDEX {T}_customer ON {T} (customer_id)")
    with connect(f"sqlite:///{before}") as a, connect(f"sqlite:///{after}") as b:
        slow, fast = interleaved_ms(a, b, QUERY, pairs=6)
        plans = a.explain(QUERY).text(), b.explain(QUERY).text()
    assert "USING INDEX" not in plans[0] and "USING INDEX" in plans[1]
    assert len(slow) == len(fast) == 6
    assert sorted(fast)[3] < sorted(slow)[3]  # a scan of 50,000 rows against an index lookup
    assert _sha(before) == untouched


def test_a_rejected_index_is_one_sentence(files: tuple[Path, Path]) -> None:
    with pytest.raises(InputError) as caught:
        create_index(files[1], f"CREATE INDEX x ON {T} (no_such_column)")
    assert str(caught.value) == (
        f"SQLite rejected 'CREATE INDEX x ON {T} (no_such_column)' in "
        "after.db: no such column: no_such_column"
    )


def test_only_a_read_only_select_is_timed(files: tuple[Path, Path]) -> None:
    before, after = files
    with (
        connect(f"sqlite:///{before}") as a,
        connect(f"sqlite:///{after}") as b,
        pytest.raises(QueryRefused),
    ):
        interleaved_ms(a, b, f"DELETE FROM {T}", pairs=2)
    with connect(f"sqlite:///{after}") as b:
        assert b.table_rows(T) == 50_000


def test_a_query_past_the_timeout_is_interrupted(files: tuple[Path, Path]) -> None:
    before, after = files
    endless = (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
    )
    with (
        connect(f"sqlite:///{before}", timeout_ms=200) as a,
        connect(f"sqlite:///{after}", timeout_ms=200) as b,
        pytest.raises(TargetTimeout, match="200 ms timeout"),
    ):
        interleaved_ms(a, b, endless, pairs=2)
