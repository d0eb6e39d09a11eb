"""SQLite behind the seam: the file is opened read-only; index trials run on a copy of it."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import time
from pathlib import Path

from perfagent.tools.errors import InputError, TargetTimeout
from perfagent.tools.sql.db import Database, DatabaseURL, Trial, median_ms
from perfagent.tools.sql.parse import parse_query
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

    def _run(self, conn: sqlite3.Connection, sql: str, params: tuple = ()) -> list[tuple]:
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

    def _plan(self, conn: sqlite3.Connection, sql: str) -> Plan:
        tables = parse_query(sql, "sqlite").tables
        sizes = {}
        for table in tables:
            with contextlib.suppress(InputError):
                sizes[table] = self._count(conn, table)
        return parse_sqlite_rows(self._run(conn, f"EXPLAIN QUERY PLAN {sql}"), table_rows=sizes)

    def _count(self, conn: sqlite3.Connection, table: str) -> int:
        return int(self._run(conn, f"SELECT count(*) FROM {_quote(table)}")[0][0])

    def explain(self, sql: str, *, analyze: bool = False) -> Plan:
        ensure_explainable(sql, "sqlite")
        plan = self._plan(self.conn, sql)
        if analyze:
            # SQLite has no EXPLAIN ANALYZE: run the query on the read-only handle and time it.
            plan.execution_ms = round(median_ms(lambda: self._run(self.conn, sql), repeats=3), 3)
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
        with tempfile.TemporaryDirectory(prefix="perfagent-sqlite-") as tmp:
            copy_path = Path(tmp) / "copy.db"
            copy = sqlite3.connect(copy_path)
            try:
                self.conn.backup(copy)
                copy.close()
                copy = self._open(copy_path, read_only=False)
                before = self._plan(copy, sql)
                t_before = median_ms(lambda: self._run(copy, sql), repeats=3)
                cols = ", ".join(_quote(c) for c in columns)
                self._run(copy, f"CREATE INDEX perfagent_trial ON {_quote(table)} ({cols})")
                after = self._plan(copy, sql)
                t_after = median_ms(lambda: self._run(copy, sql), repeats=3)
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
        )

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
