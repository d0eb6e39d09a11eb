"""PostgreSQL behind the seam (psycopg 3). Every transaction here ends in ROLLBACK."""

from __future__ import annotations

import contextlib
import re
import uuid
from collections.abc import Iterator

import psycopg
from psycopg import sql as pgsql

from perfagent.tools.errors import InputError, ServiceError, TargetTimeout
from perfagent.tools.sql.db import Database, DatabaseURL, Trial, unreachable
from perfagent.tools.sql.plans.model import Plan
from perfagent.tools.sql.plans.postgres import parse_postgres_json
from perfagent.tools.sql.safety import ensure_explainable

_PARAM = re.compile(r"\$(\d+)")
# The placeholders a client library sends (psycopg, psycopg2: %s, %(name)s; %% is a literal %):
# request traces record statements this way, without the values.
_CLIENT_PARAM = re.compile(r"%%|%\((\w+)\)s|%s")
# Without HypoPG a trial builds a real index inside the transaction, holding a SHARE lock
# (writes wait) while it builds; past this size that is not a safe thing to do to a server.
MAX_TRIAL_ROWS = 1_000_000


def _regclass(table: str) -> str:
    """A table name as to_regclass() reads it, every part quoted (names arrive case-folded)."""
    return ".".join('"' + part.replace('"', '""') + '"' for part in table.split("."))


def numbered_params(sql: str) -> str:
    """psycopg's ``%s`` / ``%(name)s`` placeholders as PostgreSQL's ``$n`` (one number per
    distinct name), so a statement recorded by a driver's trace span can be explained; a
    statement without them is returned as it is.

    >>> numbered_params("SELECT a FROM t WHERE b = %(b)s AND c LIKE 'x%%' AND d = %s OR e = %(b)s")
    "SELECT a FROM t WHERE b = $1 AND c LIKE 'x%' AND d = $2 OR e = $1"
    >>> numbered_params("SELECT a FROM t WHERE c LIKE 'x%'")
    "SELECT a FROM t WHERE c LIKE 'x%'"
    """
    if not re.search(r"%\(\w+\)s|%s", sql):
        return sql
    numbers: dict[str, int] = {}

    def one(match: re.Match) -> str:
        if match.group(0) == "%%":
            return "%"
        name = match.group(1) or f"#{len(numbers)}"
        return "$" + str(numbers.setdefault(name, len(numbers) + 1))

    return _CLIENT_PARAM.sub(one, sql)


def _fetch_plan(cur: psycopg.Cursor) -> Plan:
    """The plan an EXPLAIN (FORMAT JSON) just run on `cur` returned: one row, one cell."""
    row = cur.fetchone()
    if row is None:
        raise ServiceError("PostgreSQL returned no row for EXPLAIN, so there is no plan to read")
    return parse_postgres_json(row[0])


class PostgresDatabase(Database):
    dialect = "postgres"
    flavor = "PostgreSQL"

    def __init__(self, url: DatabaseURL, *, timeout_ms: int) -> None:
        super().__init__(url, timeout_ms=timeout_ms)
        try:
            self.conn = psycopg.connect(
                host=url.host,
                port=url.port or 5432,
                user=url.user,
                password=url.password,
                dbname=url.database or None,
                connect_timeout=5,
                autocommit=False,
                application_name="perfagent",
            )
        except psycopg.Error as exc:
            raise unreachable(url, str(exc).strip().splitlines()[-1]) from None
        self.server_version = self.conn.info.server_version

    @contextlib.contextmanager
    def _transaction(self, *, read_only: bool) -> Iterator[psycopg.Cursor]:
        """A transaction that is always rolled back, under statement and lock timeouts."""
        try:
            with self.conn.cursor() as cur:
                try:
                    if read_only:
                        cur.execute("SET TRANSACTION READ ONLY")
                    cur.execute(
                        pgsql.SQL("SET LOCAL statement_timeout = {}").format(
                            pgsql.Literal(f"{int(self.timeout_ms)}ms")
                        )
                    )
                    cur.execute("SET LOCAL lock_timeout = '2s'")
                    yield cur
                finally:
                    self.conn.rollback()
        except psycopg.errors.QueryCanceled:
            raise TargetTimeout(
                f"the statement ran past the {self.timeout_ms} ms statement timeout on "
                f"{self.safe_url} and was cancelled"
            ) from None
        except psycopg.OperationalError as exc:
            raise ServiceError(f"lost the connection to {self.safe_url}: {exc}".strip()) from None
        except psycopg.Error as exc:
            message = exc.diag.message_primary or str(exc).strip().splitlines()[0]
            raise InputError(f"PostgreSQL rejected the statement: {message}") from None

    def query(self, sql: str | pgsql.Composed, params: tuple = ()) -> list[tuple]:
        with self._transaction(read_only=True) as cur:
            cur.execute(sql, params or None)
            return cur.fetchall() if cur.description else []

    def _plan(self, cur: psycopg.Cursor, sql: str, *, analyze: bool) -> Plan:
        """EXPLAIN (FORMAT JSON) of ``sql`` on ``cur``. A statement with parameters and no
        values (``$1``, or a driver's ``%s``/``%(name)s``: pg_stat_statements and request
        traces record them so) gets its generic plan: GENERIC_PLAN on PostgreSQL 16+, before
        it the same plan from a prepared statement under ``plan_cache_mode =
        force_generic_plan`` (planned without the values, so NULLs stand in for them)."""
        sql = numbered_params(sql)
        options = ["FORMAT JSON"]
        if analyze:
            options += ["ANALYZE", "BUFFERS"]
        params = {int(n) for n in _PARAM.findall(sql)}
        if not params:
            cur.execute(f"EXPLAIN ({', '.join(options)}) {sql}")
            return _fetch_plan(cur)
        if analyze:
            raise InputError(
                "a query with $1-style parameters cannot be run by EXPLAIN "
                "ANALYZE; substitute values first"
            )
        if self.server_version >= 160000:
            cur.execute(f"EXPLAIN ({', '.join(options)}, GENERIC_PLAN) {sql}")
            return _fetch_plan(cur)
        if self.server_version < 120000:
            raise InputError(
                "the query has $1-style parameters, which PostgreSQL before 12 cannot plan "
                "without values; substitute values first"
            )
        name = pgsql.Identifier(f"perfagent_generic_{uuid.uuid4().hex[:12]}")
        cur.execute("SET LOCAL plan_cache_mode = force_generic_plan")
        cur.execute(pgsql.SQL("PREPARE {} AS ").format(name) + pgsql.SQL(sql))
        try:
            nulls = pgsql.SQL(", ").join([pgsql.NULL] * max(params))
            cur.execute(
                pgsql.SQL("EXPLAIN ({}) EXECUTE {}({})").format(
                    pgsql.SQL(", ".join(options)), name, nulls
                )
            )
            return _fetch_plan(cur)
        finally:
            cur.execute(pgsql.SQL("DEALLOCATE {}").format(name))

    def explain(self, sql: str, *, analyze: bool = False) -> Plan:
        ensure_explainable(sql, "postgres")
        with self._transaction(read_only=True) as cur:
            return self._plan(cur, sql, analyze=analyze)

    def columns(self, table: str) -> list[str]:
        rows = self.query(
            "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(%s) "
            "AND attnum > 0 AND NOT attisdropped ORDER BY attnum",
            (_regclass(table),),
        )
        return [r[0] for r in rows]

    def indexes(self, table: str) -> list[list[str]]:
        return self._indexes(table, unique=False)

    def unique_indexes(self, table: str) -> list[list[str]]:
        return self._indexes(table, unique=True)

    def _indexes(self, table: str, *, unique: bool) -> list[list[str]]:
        rows = self.query(
            "SELECT array(SELECT a.attname FROM unnest(i.indkey::int2[]) WITH ORDINALITY "
            "AS k(attnum, ord) JOIN pg_attribute a ON a.attrelid = i.indrelid "
            "AND a.attnum = k.attnum ORDER BY k.ord), i.indnkeyatts "
            "FROM pg_index i WHERE i.indrelid = to_regclass(%s) AND i.indpred IS NULL "
            "AND i.indisvalid AND (NOT %s OR (i.indisunique AND i.indexprs IS NULL))",
            (_regclass(table), unique),
        )
        # Unique on its key columns only: the INCLUDE columns after them are not part of it.
        return [list(r[0])[: r[1]] if unique else list(r[0]) for r in rows if r[0]]

    def table_rows(self, table: str) -> int:
        rows = self.query(
            "SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(%s)",
            (_regclass(table),),
        )
        if not rows:
            return 0
        if rows[0][0] >= 0:
            return int(rows[0][0])
        # Never analyzed: count, but stop at a million rows (that is "large" already).
        ident = pgsql.Identifier(*table.split("."))
        return int(
            self.query(
                pgsql.SQL("SELECT count(*) FROM (SELECT 1 FROM {} LIMIT 1000001) AS s").format(
                    ident
                )
            )[0][0]
        )

    def _has_hypopg(self) -> bool:
        return bool(self.query("SELECT 1 FROM pg_extension WHERE extname = 'hypopg'"))

    def try_index(self, sql: str, table: str, columns: list[str]) -> Trial:
        ensure_explainable(sql, "postgres")
        hypo = self._has_hypopg()
        if not hypo and (rows := self.table_rows(table)) > MAX_TRIAL_ROWS:
            raise InputError(
                f"{table} has about {rows:,} rows: building a trial index would block its "
                "writes for too long; install HypoPG for a hypothetical-index trial"
            )
        ident = pgsql.Identifier(*table.split("."))
        cols = pgsql.SQL(", ").join(pgsql.Identifier(c) for c in columns)
        with self._transaction(read_only=False) as cur:
            before = self._plan(cur, sql, analyze=False)
            if hypo:
                ddl = pgsql.SQL("CREATE INDEX ON {} ({})").format(ident, cols).as_string(cur)
                cur.execute("SELECT * FROM hypopg_create_index(%s)", (ddl,))
            else:
                name = pgsql.Identifier(f"perfagent_trial_{uuid.uuid4().hex[:12]}")
                cur.execute(pgsql.SQL("CREATE INDEX {} ON {} ({})").format(name, ident, cols))
            after = self._plan(cur, sql, analyze=False)
        return Trial(
            before=before, after=after, method="hypopg" if hypo else "transaction, rolled back"
        )

    def pool_facts(self) -> dict[str, int]:
        rows = self.query(
            "SELECT current_setting('max_connections')::int, "
            "current_setting('superuser_reserved_connections')::int, "
            "(SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')"
        )
        max_conn, reserved, in_use = rows[0]
        return {
            "max_connections": max_conn,
            "reserved_connections": reserved,
            "connections_in_use": in_use,
        }

    def close(self) -> None:
        with contextlib.suppress(psycopg.Error):
            self.conn.rollback()
            self.conn.close()
