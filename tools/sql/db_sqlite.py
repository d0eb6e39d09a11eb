"""SQLite behind the seam: the file is opened read-only; index trials run on a copy of it."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import time
from pathlib import Path

from perfagent.tools.errors import InputError, TargetTimeout
from perfagent.tools.sql.binding import (
    Binding,
    Params,
    bind,
    most_frequent_sql,
    placeholders_said,
    representative,
)
from perfagent.tools.sql.db import Database, DatabaseURL, Trial, median_ms
from perfagent.tools.sql.parse import parameters, parse_query
from perfagent.tools.sql.plans.model import Plan
from perfagent.tools.sql.plans.sqlite import parse_sqlite_rows
from perfagent.tools.sql.safety import ensure_explainable


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class SQLiteDatabase(Database):
    dialect = "sqlite"
    flavor = "SQLite"

    def __init__(self, url: DatabaseURL, *, timeout_ms: int) -> None:
        super().__init__(url, timeout_ms=timeout_ms)
        self._deadline = [0.0]
        self.path = Path(url.database)
        if not self.path.is_file():
            raise InputError(f"SQLite database file {self.path} does not exist")
        self.conn = self._open(self.path, read_only=True)

    def _open(self, path: Path, *, read_only: bool) -> sqlite3.Connection:
        try:
            uri = f"file:{path}?mode={'ro' if read_only else 'rw'}"
            conn = sqlite3.connect(uri, uri=True, timeout=5)
        except sqlite3.Error as exc:
            raise InputError(f"cannot open SQLite database {path}: {exc}") from None
        # One deadline shared by every handle: _run sets it, the progress handler enforces it.
        conn.set_progress_handler(self._past_deadline, 10_000)
        return conn

    def _past_deadline(self) -> int:
        return 1 if self._deadline[0] and time.monotonic() > self._deadline[0] else 0

    def _run(self, conn: sqlite3.Connection, sql: str, params: Params = ()) -> list[tuple]:
        self._deadline[0] = time.monotonic() + self.timeout_ms / 1000
        try:
            return conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                raise TargetTimeout(
                    f"the statement ran past the {self.timeout_ms} ms timeout "
                    f"on {self.safe_url} and was interrupted"
                ) from None
            raise InputError(f"SQLite rejected the statement: {exc}") from None
        except sqlite3.Error as exc:
            raise InputError(f"SQLite rejected the statement: {exc}") from None
        finally:
            self._deadline[0] = 0.0

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        return self._run(self.conn, sql, params)

    def _plan(self, conn: sqlite3.Connection, sql: str, binding: Binding | None = None) -> Plan:
        """EXPLAIN QUERY PLAN of ``sql``. A statement with placeholders and no values (request
        traces record them so) is planned with NULL for each: SQLite plans a statement before
        its values are bound, as PostgreSQL's generic plan does, so NULLs stand in for them."""
        tables = parse_query(sql, "sqlite").tables
        sizes = {}
        for table in tables:
            with contextlib.suppress(InputError):
                sizes[table] = self._count(conn, table)
        params = binding.nulls if binding is not None else ()
        rows = self._run(conn, f"EXPLAIN QUERY PLAN {sql}", params)
        return parse_sqlite_rows(rows, table_rows=sizes)

    def binding(self, sql: str) -> Binding | None:
        """NULLs to plan a statement with placeholders, and representative values to time it
        with: a placeholder compared to a column (``col = ?``, ``col IN (?, ...)``,
        ``col > ?`` ...) takes that column's most frequent value (its next most frequent ones
        along an IN list), ``LIMIT ?`` a page of rows and ``OFFSET ?`` the first. A
        placeholder compared to no column (``SELECT ? + 1``) has no such value: the statement
        is planned and not timed. None for a statement without placeholders."""
        query, params = parameters(sql, "sqlite")
        if query is None or not params:
            return None
        count = len(params)
        nulls = bind(params, {p.index: None for p in params})
        said = f"{placeholders_said(count)}: planned without " + (
            "them, NULLs standing in" if count > 1 else "it, a NULL standing in"
        )
        values, timed_with, missing = representative(
            query, params, self.columns, self._most_frequent
        )
        if missing:
            return Binding(
                nulls=nulls,
                values=None,
                note=f"{said}; not timed, as {missing}: the plans alone judge it",
            )
        return Binding(
            nulls=nulls,
            values=bind(params, values),
            note=f"{said}, and timed with {', '.join(timed_with)}",
        )

    def _most_frequent(self, table: str, column: str, count: int) -> list[object]:
        """The column's ``count`` most frequent values but NULL, over its first SAMPLE_ROWS
        rows: one GROUP BY, bounded."""
        rows = self._run(self.conn, most_frequent_sql(_quote(table), _quote(column), count))
        return [r[0] for r in rows]

    def _count(self, conn: sqlite3.Connection, table: str) -> int:
        return int(self._run(conn, f"SELECT count(*) FROM {_quote(table)}")[0][0])

    def explain(self, sql: str, *, analyze: bool = False) -> Plan:
        ensure_explainable(sql, "sqlite")
        binding = self.binding(sql)
        plan = self._plan(self.conn, sql, binding)
        if analyze:
            if binding is not None and binding.values is None:
                raise InputError(
                    "the query cannot be timed: it was recorded without values and a placeholder "
                    "of it is compared to no column with values to take one from; substitute "
                    "values first"
                )
            params = binding.values if binding is not None and binding.values else ()
            # SQLite has no EXPLAIN ANALYZE: run the query on the read-only handle and time it.
            plan.execution_ms = round(
                median_ms(lambda: self._run(self.conn, sql, params), repeats=3), 3
            )
            plan.analyzed = True
        return plan

    def columns(self, table: str) -> list[str]:
        return [r[1] for r in self.query(f"PRAGMA table_info({_quote(table)})")]

    def indexes(self, table: str) -> list[list[str]]:
        return self._indexes(table, unique=False)

    def unique_indexes(self, table: str) -> list[list[str]]:
        return self._indexes(table, unique=True)

    def _indexes(self, table: str, *, unique: bool) -> list[list[str]]:
        out = []
        keys = [r for r in self.query(f"PRAGMA table_info({_quote(table)})") if r[5]]
        if len(keys) == 1 and str(keys[0][2]).upper() == "INTEGER":
            out.append([keys[0][1]])  # INTEGER PRIMARY KEY is the rowid: the table's own index
        for row in self.query(f"PRAGMA index_list({_quote(table)})"):
            if len(row) > 4 and row[4]:
                continue  # partial index
            if unique and not row[2]:
                continue
            cols = [r[2] for r in self.query(f"PRAGMA index_info({_quote(row[1])})")]
            if cols and all(cols):
                out.append(cols)
        return out

    def table_rows(self, table: str) -> int:
        return self._count(self.conn, table)

    def try_index(self, sql: str, table: str, columns: list[str]) -> Trial:
        ensure_explainable(sql, "sqlite")
        binding = self.binding(sql)
        timed = binding is None or binding.values is not None
        params = binding.values if binding is not None and binding.values else ()
        t_before = t_after = None
        with tempfile.TemporaryDirectory(prefix="perfagent-sqlite-") as tmp:
            copy_path = Path(tmp) / "copy.db"
            copy = sqlite3.connect(copy_path)
            try:
                self.conn.backup(copy)
                copy.close()
                copy = self._open(copy_path, read_only=False)
                before = self._plan(copy, sql, binding)
                if timed:
                    t_before = median_ms(lambda: self._run(copy, sql, params), repeats=3)
                cols = ", ".join(_quote(c) for c in columns)
                self._run(copy, f"CREATE INDEX perfagent_trial ON {_quote(table)} ({cols})")
                after = self._plan(copy, sql, binding)
                if timed:
                    t_after = median_ms(lambda: self._run(copy, sql, params), repeats=3)
            finally:
                copy.close()
                with contextlib.suppress(OSError):
                    os.unlink(copy_path)
        return Trial(
            before=before,
            after=after,
            method="copy of the database file",
            time_before_ms=t_before,
            time_after_ms=t_after,
            note=binding.note if binding is not None else "",
        )

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
