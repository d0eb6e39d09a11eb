"""MariaDB and MySQL behind the seam (PyMySQL).

Reads run in START TRANSACTION READ ONLY ... ROLLBACK.

Index trials never touch the real table: the table is copied into a session-private
TEMPORARY table (invisible to other sessions, gone when we disconnect), the index is
tried there, and the copy is dropped. A table too large to copy is not tried.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator

import pymysql
from sqlglot import exp

from perfagent.tools.errors import InputError, ServiceError, TargetTimeout
from perfagent.tools.sql.db import Database, DatabaseURL, Trial, median_ms, unreachable
from perfagent.tools.sql.parse import parse_query
from perfagent.tools.sql.plans.model import Plan
from perfagent.tools.sql.plans.mysql import parse_mysql_json
from perfagent.tools.sql.safety import ensure_explainable

MAX_TRIAL_COPY_ROWS = 2_000_000
_TIMEOUT_CODES = {1969, 3024}  # MariaDB max_statement_time, MySQL max_execution_time


def _quote(name: str) -> str:
    return ".".join("`" + part.replace("`", "``") + "`" for part in name.split("."))


class MySQLDatabase(Database):
    dialect = "mysql"

    def __init__(self, url: DatabaseURL, *, timeout_ms: int) -> None:
        super().__init__(url, timeout_ms=timeout_ms)
        try:
            self.conn = pymysql.connect(
                host=url.host,
                port=url.port or 3306,
                user=url.user or "root",
                password=url.password or "",
                database=url.database or None,
                connect_timeout=5,
                autocommit=False,
                charset="utf8mb4",
            )
        except pymysql.MySQLError as exc:
            raise unreachable(url, str(exc.args[-1]) if exc.args else str(exc)) from None
        version = self._raw("SELECT VERSION()")[0][0]
        self.mariadb = "mariadb" in version.lower()
        self.flavor = "MariaDB" if self.mariadb else "MySQL"

    def _map(self, exc: pymysql.MySQLError) -> Exception:
        code = exc.args[0] if exc.args else 0
        message = exc.args[1] if len(exc.args) > 1 else str(exc)
        if code in _TIMEOUT_CODES:
            return TargetTimeout(
                f"the statement ran past the {self.timeout_ms} ms timeout on "
                f"{self.safe_url} and was stopped"
            )
        if isinstance(exc, pymysql.OperationalError) and code in (2003, 2006, 2013):
            return ServiceError(f"lost the connection to {self.safe_url}: {message}")
        return InputError(f"{self.flavor} rejected the statement: {message}")

    def _raw(self, sql: str, params: tuple | None = None) -> list[tuple]:
        with self.conn.cursor() as cur:
            cur.execute(sql, params)
            return list(cur.fetchall()) if cur.description else []

    def _timed(self, sql: str) -> str:
        """Wrap a SELECT / EXPLAIN / ANALYZE statement in the server's statement timeout."""
        if self.mariadb:
            return f"SET STATEMENT max_statement_time={self.timeout_ms / 1000:g} FOR {sql}"
        return sql

    @contextlib.contextmanager
    def _read_only(self) -> Iterator[None]:
        try:
            if not self.mariadb:
                self._raw("SET SESSION max_execution_time = %s", (int(self.timeout_ms),))
            self._raw("START TRANSACTION READ ONLY")
            try:
                yield
            finally:
                self.conn.rollback()
        except pymysql.MySQLError as exc:
            raise self._map(exc) from None

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._read_only():
            return self._raw(sql, params or None)

    def _explain(self, sql: str, *, analyze: bool) -> Plan:
        if analyze and not self.mariadb:
            raise InputError(
                "MySQL's EXPLAIN ANALYZE prints only a text tree; run explain "
                "without --analyze, or use MariaDB"
            )
        verb = "ANALYZE FORMAT=JSON" if analyze else "EXPLAIN FORMAT=JSON"
        return parse_mysql_json(self._raw(self._timed(f"{verb} {sql}"))[0][0])

    def explain(self, sql: str, *, analyze: bool = False) -> Plan:
        ensure_explainable(sql, "mysql")
        with self._read_only():
            return self._explain(sql, analyze=analyze)

    def columns(self, table: str) -> list[str]:
        rows = self.query(
            "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
            "AND TABLE_NAME = %s ORDER BY ORDINAL_POSITION",
            (table,),
        )
        return [r[0] for r in rows]

    def indexes(self, table: str) -> list[list[str]]:
        return self._indexes(table, unique=False)

    def unique_indexes(self, table: str) -> list[list[str]]:
        return self._indexes(table, unique=True)

    def _indexes(self, table: str, *, unique: bool) -> list[list[str]]:
        rows = self.query(
            "SELECT INDEX_NAME, COLUMN_NAME, NON_UNIQUE, SUB_PART "
            "FROM information_schema.STATISTICS "
            "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = %s "
            "ORDER BY INDEX_NAME, SEQ_IN_INDEX",
            (table,),
        )
        found: dict[str, list[str]] = {}
        partly: set[str] = set()  # unique on an expression or a column prefix: not on the column
        for name, column, non_unique, sub_part in rows:
            if unique and int(non_unique):
                continue
            if column is None or sub_part is not None:
                partly.add(name)
            if column is not None:
                found.setdefault(name, []).append(column)
        return [cols for name, cols in found.items() if not (unique and name in partly)]

    def table_rows(self, table: str) -> int:
        rows = self.query(
            "SELECT TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
            "AND TABLE_NAME = %s",
            (table,),
        )
        return int(rows[0][0] or 0) if rows else 0

    def try_index(self, sql: str, table: str, columns: list[str]) -> Trial:
        ensure_explainable(sql, "mysql")
        rows = self.table_rows(table)
        if rows > MAX_TRIAL_COPY_ROWS:
            raise InputError(
                f"{table} has about {rows:,} rows, too many to copy for a safe index trial "
                f"(limit {MAX_TRIAL_COPY_ROWS:,})"
            )
        scratch = f"perfagent_scratch_{uuid.uuid4().hex[:12]}"
        tree = parse_query(sql, "mysql").tree.copy()
        for node in tree.find_all(exp.Table):
            if node.name == table:
                alias = node.alias or table
                node.replace(exp.to_table(scratch).as_(alias) if alias else exp.to_table(scratch))
        scratch_sql = tree.sql(dialect="mysql")
        index_cols = ", ".join(_quote(c) for c in columns)
        try:
            # READ COMMITTED: INSERT ... SELECT then reads a snapshot instead of share-locking
            # the source rows (which would hold up the application's writes while we copy).
            self._raw("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED")
            # TEMPORARY: private to this session, dropped with it, invisible to everyone else.
            self._raw(f"CREATE TEMPORARY TABLE {_quote(scratch)} LIKE {_quote(table)}")
            try:
                self._raw(
                    self._timed(f"INSERT INTO {_quote(scratch)} SELECT * FROM {_quote(table)}")
                )
                self._raw(f"ANALYZE TABLE {_quote(scratch)}")
                before = self._explain(scratch_sql, analyze=False)
                t_before = median_ms(lambda: self._raw(self._timed(scratch_sql)), repeats=3)
                self._raw(f"ALTER TABLE {_quote(scratch)} ADD INDEX ({index_cols})")
                self._raw(f"ANALYZE TABLE {_quote(scratch)}")
                after = self._explain(scratch_sql, analyze=False)
                t_after = median_ms(lambda: self._raw(self._timed(scratch_sql)), repeats=3)
            finally:
                self._raw(f"DROP TEMPORARY TABLE IF EXISTS {_quote(scratch)}")
                self.conn.rollback()
        except pymysql.MySQLError as exc:
            raise self._map(exc) from None
        return Trial(
            before=before,
            after=after,
            method="temporary copy of the table",
            time_before_ms=t_before,
            time_after_ms=t_after,
        )

    def pool_facts(self) -> dict[str, int]:
        rows = self.query(
            "SELECT @@max_connections, (SELECT COUNT(*) FROM information_schema.PROCESSLIST)"
        )
        return {
            "max_connections": int(rows[0][0]),
            "connections_in_use": int(rows[0][1]),
            "reserved_connections": 1,
        }

    def close(self) -> None:
        with contextlib.suppress(pymysql.MySQLError):
            self.conn.rollback()
            self.conn.close()
