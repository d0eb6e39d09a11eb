"""MariaDB and MySQL behind the seam (PyMySQL).

Reads run in START TRANSACTION READ ONLY ... ROLLBACK.

Index trials never touch the real table: the table is copied into a session-private
TEMPORARY table (invisible to other sessions, gone when we disconnect), the index is
tried there, and the copy is dropped. A table too large to copy is not tried.

A statement recorded with placeholders and no values (a request trace of PyMySQL: ``%s``,
``%(name)s``) is planned and timed with representative values (tools/sql/binding.py) written
into it as literals: EXPLAIN cannot take a placeholder, and MariaDB's optimizer reads the
values (``col = NULL`` is an "Impossible WHERE"), so the plan binds them too when there are;
NULLs stand in only when a placeholder has no column to take a value from, and then the
statement is planned, not timed.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pymysql
from sqlglot import exp

from perfagent.tools.errors import InputError, ServiceError, TargetTimeout
from perfagent.tools.sql.binding import most_frequent_sql, placeholders_said, representative
from perfagent.tools.sql.db import Database, DatabaseURL, Trial, median_ms, unreachable
from perfagent.tools.sql.parse import parameters, parse_query
from perfagent.tools.sql.plans.model import Plan
from perfagent.tools.sql.plans.mysql import parse_mysql_json
from perfagent.tools.sql.safety import ensure_explainable

MAX_TRIAL_COPY_ROWS = 2_000_000
_TIMEOUT_CODES = {1969, 3024}  # MariaDB max_statement_time, MySQL max_execution_time


def _quote(name: str) -> str:
    return ".".join("`" + part.replace("`", "``") + "`" for part in name.split("."))


@dataclass
class Bound:
    """A statement recorded without its values, written out with values: ``plan`` to EXPLAIN
    (NULLs where a placeholder has no representative value), ``timed`` to run and time (None
    when one has none), and the note that says which values they are."""

    tree: exp.Expr  # placeholders renamed (parse.parameters); tables may be swapped for copies
    plan_values: dict[str, object]
    timed_values: dict[str, object] | None
    note: str


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
        bound = self.binding(sql)
        if bound is not None:
            values = bound.timed_values if analyze else bound.plan_values
            if values is None:
                raise InputError(
                    f"the query cannot be timed without its values ({bound.note}); "
                    "substitute values first"
                )
            sql = self._written(bound.tree, values)
        with self._read_only():
            return self._explain(sql, analyze=analyze)

    def binding(self, sql: str) -> Bound | None:
        """Representative values for a statement's placeholders (tools/sql/binding.py), to plan
        and time it with; None for a statement without placeholders."""
        query, params = parameters(sql, "mysql")
        if query is None or not params:
            return None
        values, timed_with, missing = representative(
            query, params, self.columns, self._most_frequent
        )
        key = {p.index: p.name or f"perfagent_p{p.index}" for p in params}
        said = placeholders_said(len(params))
        if missing:
            nulls = {key[p.index]: values.get(p.index) for p in params}
            found = [p for p in params if values.get(p.index) is not None]
            how = (
                "planned with the values found and NULLs for the rest"
                if found
                else "planned with NULLs standing in"
            )
            note = f"{said}: {how}; not timed, as {missing}: the plans alone judge it"
            return Bound(query.tree, nulls, None, note)
        named = {key[p.index]: values[p.index] for p in params}
        note = f"{said}: planned and timed with {', '.join(timed_with)}"
        return Bound(query.tree, named, named, note)

    def _written(self, tree: exp.Expr, values: dict[str, object]) -> str:
        """The statement with each placeholder replaced by its value, escaped by PyMySQL."""
        out = tree.copy()
        for node in list(out.find_all(exp.Placeholder)):
            name = str(node.this) if node.this else ""
            if name in values:
                node.replace(exp.var(self.conn.escape(values[name])))
        return out.sql(dialect="mysql")

    def _most_frequent(self, table: str, column: str, count: int) -> list[object]:
        """The column's ``count`` most frequent values but NULL, over its first SAMPLE_ROWS
        rows: one GROUP BY, bounded, read-only, under the statement timeout."""
        rows = self.query(self._timed(most_frequent_sql(_quote(table), _quote(column), count)))
        return [r[0] for r in rows]

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
        bound = self.binding(sql)  # read from the real table, before the copy
        tree = (bound.tree if bound is not None else parse_query(sql, "mysql").tree).copy()
        for node in tree.find_all(exp.Table):
            if node.name == table:
                alias = node.alias or table
                node.replace(exp.to_table(scratch).as_(alias) if alias else exp.to_table(scratch))
        timed_sql: str | None
        if bound is None:
            plan_sql = timed_sql = tree.sql(dialect="mysql")
        else:
            plan_sql = self._written(tree, bound.plan_values)
            timed = bound.timed_values
            timed_sql = self._written(tree, timed) if timed is not None else None
        t_before = t_after = None
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
                before = self._explain(plan_sql, analyze=False)
                if timed_sql is not None:
                    run = self._timed(timed_sql)
                    t_before = median_ms(lambda: self._raw(run), repeats=3)
                self._raw(f"ALTER TABLE {_quote(scratch)} ADD INDEX ({index_cols})")
                self._raw(f"ANALYZE TABLE {_quote(scratch)}")
                after = self._explain(plan_sql, analyze=False)
                if timed_sql is not None:
                    run = self._timed(timed_sql)
                    t_after = median_ms(lambda: self._raw(run), repeats=3)
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
            note=bound.note if bound is not None else "",
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
