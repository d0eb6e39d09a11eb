"""Copies of a MariaDB/MySQL database for a trial: an index is created on a copy, never on the
user's database, and the service is pointed at each copy by its own environment.

MariaDB has no ``CREATE DATABASE … TEMPLATE``: a copy is a new database on the same server (same
character set and collation) and, table by table, the source's own ``SHOW CREATE TABLE`` (keys,
foreign keys, engine and options as they are) and its rows (``INSERT … SELECT``, foreign key checks
off, READ COMMITTED so the source's rows are read from a snapshot, not share-locked against the
app's writes; generated columns are computed again). Views and triggers follow, their ``DEFINER``
left to the copying user and any ```source`.``-qualified name in them turned to the copy's; stored
routines and events are not copied. Users with privileges on the source database get the same on
the copy (the app may connect as its own user), revoked when it is dropped. The source is only
read. A database larger than :data:`MAX_COPY_BYTES` is not copied, and one the user may not copy
(no CREATE privilege, say) is refused with the server's reason, in one sentence. The copies are
dropped on exit, however it ends, their sessions killed first (as PostgreSQL's ``WITH (FORCE)``).

:func:`point_env` is tools/sql/server_copy.py's: a ``mysql+pymysql://…`` URL naming the
database, or a variable holding just its name (``MYSQL_DATABASE``, ``DB_NAME``).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

import pymysql

from perfagent.tools.errors import ServiceError
from perfagent.tools.sql.db import DatabaseURL, parse_url
from perfagent.tools.sql.server_copy import copy_name, ddl_tables, point_env, with_database

__all__ = ["MAX_COPY_BYTES", "database_copies", "point_env", "run_ddl"]

MAX_COPY_BYTES = 2 * 1024**3  # data + indexes as information_schema.TABLES reports them
_DEFINER = re.compile(r"\s+DEFINER\s*=\s*(`[^`]*`|'[^']*'|\S+)@(`[^`]*`|'[^']*'|\S+)", re.I)
# not written on insert: computed (generated) or kept by the server (MariaDB system versioning)
_NOT_WRITTEN = ("GENERATED", "ROW START", "ROW END")


def _q(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def _why(exc: pymysql.MySQLError) -> str:
    return str(exc.args[1] if len(exc.args) > 1 else exc).strip().rstrip(".")


def _connect(url: DatabaseURL, database: str | None = None) -> pymysql.connections.Connection:
    return pymysql.connect(
        host=url.host,
        port=url.port or 3306,
        user=url.user or "root",
        password=url.password or "",
        database=database,
        connect_timeout=10,
        autocommit=True,
        charset="utf8mb4",
    )


@contextlib.contextmanager
def database_copies(url: str, tags: tuple[str, ...]) -> Iterator[dict[str, str]]:
    """A copy of the MariaDB/MySQL database at ``url`` per tag (``tag → URL``), dropped on
    exit. Raises :class:`ServiceError` (one sentence) when a copy cannot be made."""
    source = parse_url(url)
    if source.scheme != "mysql":
        raise ServiceError(f"database copies are made of MariaDB/MySQL here, not {source.safe}")
    names = {tag: copy_name(source.database, tag) for tag in tags}
    made: list[str] = []
    try:
        try:
            with contextlib.closing(_connect(source)) as conn:
                _check_source(conn, source.database)
                for name in names.values():
                    _drop(conn, name)
                    made.append(name)  # before CREATE: a half-made copy is dropped too
                    _copy(conn, source.database, name)
        except (pymysql.MySQLError, ServiceError) as exc:
            why = str(exc) if isinstance(exc, ServiceError) else _why(exc)
            raise ServiceError(
                f"could not copy the database {source.database} for the trial: {why}"
            ) from None
        yield {tag: with_database(url, name) for tag, name in names.items()}
    finally:
        if made:
            with (
                contextlib.suppress(pymysql.MySQLError),
                contextlib.closing(_connect(source)) as conn,
            ):
                for name in made:
                    _drop(conn, name)


def _check_source(conn, database: str) -> None:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT COALESCE(SUM(DATA_LENGTH + INDEX_LENGTH), 0) FROM information_schema.TABLES "
            "WHERE TABLE_SCHEMA = %s",
            (database,),
        )
        size = int(cur.fetchone()[0])
        cur.execute("SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = %s", (database,))
        exists = cur.fetchone() is not None
    if not exists:
        raise ServiceError("the server has no such database (or this user may not see it)")
    if size > MAX_COPY_BYTES:
        raise ServiceError(
            f"it holds about {size / 1024**2:,.0f} MB, more than the "
            f"{MAX_COPY_BYTES / 1024**2:,.0f} MB perfagent copies row by row"
        )


def _copy(conn, source: str, dest: str) -> None:
    """``dest`` made as a copy of ``source``: tables and rows, then views, then triggers (after
    the rows, so they do not fire on the copying)."""
    with conn.cursor() as cur:
        cur.execute(
            "SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME "
            "FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = %s",
            (source,),
        )
        charset, collation = cur.fetchone()
        cur.execute(f"CREATE DATABASE {_q(dest)} CHARACTER SET {charset} COLLATE {collation}")
        # as mysqldump's output sets it: an id 0 stays 0, a value the column already holds is
        # not refused by a stricter mode than the one it was written under
        cur.execute(
            "SET SESSION foreign_key_checks = 0, unique_checks = 0, "
            "sql_mode = 'NO_AUTO_VALUE_ON_ZERO'"
        )
        cur.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED")
        cur.execute(
            "SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES "
            "WHERE TABLE_SCHEMA = %s ORDER BY TABLE_NAME",
            (source,),
        )
        objects = list(cur.fetchall())
        conn.select_db(dest)  # SHOW CREATE names same-database tables unqualified
        views = []
        for table, kind in objects:
            if kind == "VIEW":
                views.append(table)
            elif kind == "SEQUENCE":  # MariaDB
                cur.execute(f"SHOW CREATE SEQUENCE {_q(source)}.{_q(table)}")
                cur.execute(cur.fetchone()[1])
            else:
                cur.execute(f"SHOW CREATE TABLE {_q(source)}.{_q(table)}")
                cur.execute(cur.fetchone()[1])
                columns = _written_columns(cur, source, table)
                cur.execute(
                    f"INSERT INTO {_q(dest)}.{_q(table)} ({columns}) "
                    f"SELECT {columns} FROM {_q(source)}.{_q(table)}"
                )
        _views(cur, source, dest, views)
        cur.execute(
            "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = %s "
            "ORDER BY EVENT_OBJECT_TABLE, ACTION_ORDER",
            (source,),
        )
        for (trigger,) in list(cur.fetchall()):
            cur.execute(f"SHOW CREATE TRIGGER {_q(source)}.{_q(trigger)}")
            _, mode, text = cur.fetchone()[:3]
            cur.execute("SET SESSION sql_mode = %s", (mode,))  # the trigger keeps its own
            text = _DEFINER.sub("", text, count=1)
            cur.execute(text.replace(f"{_q(source)}.", f"{_q(dest)}."))
        _grant_like(cur, source, dest)
        conn.select_db(source)  # nothing else is done here: the copy is left to its user


def _written_columns(cur, source: str, table: str) -> str:
    cur.execute(
        "SELECT COLUMN_NAME, EXTRA FROM information_schema.COLUMNS "
        "WHERE TABLE_SCHEMA = %s AND TABLE_NAME = %s ORDER BY ORDINAL_POSITION",
        (source, table),
    )
    return ", ".join(
        _q(name)
        for name, extra in cur.fetchall()
        if not any(word in (extra or "").upper() for word in _NOT_WRITTEN)
    )


def _views(cur, source: str, dest: str, views: list[str]) -> None:
    """The views of ``source`` in ``dest``, their references to ``source`` turned to ``dest``;
    a view on another view waits for it (tried again while any is made)."""
    left: dict[str, str] = {}
    for view in views:
        cur.execute(f"SHOW CREATE VIEW {_q(source)}.{_q(view)}")
        text = _DEFINER.sub("", cur.fetchone()[1], count=1)
        left[view] = text.replace(f"{_q(source)}.", f"{_q(dest)}.")
    while left:
        failed: dict[str, pymysql.MySQLError] = {}
        for view, text in left.items():
            try:
                cur.execute(text)
            except pymysql.MySQLError as exc:
                failed[view] = exc
        if len(failed) == len(left):
            view, error = next(iter(failed.items()))
            raise ServiceError(f"the view {view} could not be made on the copy: {_why(error)}")
        left = {view: left[view] for view in failed}


def _pattern(name: str) -> str:
    """``name`` as GRANT reads a database name: ``_`` and ``%`` are wildcards there.

    >>> _pattern("ctfd_pa12ab_x")
    'ctfd\\\\_pa12ab\\\\_x'
    """
    return name.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%")


def _grant_like(cur, source: str, dest: str) -> None:
    """The users the source's database-level privileges name get the same on the copy: the
    service may connect as its own user (``GRANT ALL ON ctfd.*`` to ``ctfd``, as the MariaDB
    image's MYSQL_USER gets), and privileges in MariaDB follow the database's name. Table and
    column grants are not copied."""
    cur.execute(
        "SELECT GRANTEE, PRIVILEGE_TYPE, IS_GRANTABLE FROM information_schema.SCHEMA_PRIVILEGES "
        "WHERE TABLE_SCHEMA IN (%s, %s) ORDER BY GRANTEE",
        (source, _pattern(source)),
    )
    grants: dict[str, tuple[set[str], bool]] = {}
    for grantee, privilege, grantable in cur.fetchall():
        privileges, option = grants.get(grantee, (set(), False))
        grants[grantee] = (privileges | {privilege}, option or grantable == "YES")
    for grantee, (privileges, option) in grants.items():
        try:
            cur.execute(
                f"GRANT {', '.join(sorted(privileges))} ON {_q(_pattern(dest))}.* TO {grantee}"
                + (" WITH GRANT OPTION" if option else "")
            )
        except pymysql.MySQLError as exc:
            raise ServiceError(
                f"{grantee} may use {source} but could not be given the same on the copy "
                f"({_why(exc)})"
            ) from None


def _drop(conn, name: str) -> None:
    """``name`` dropped, any session still using it killed first (a service left running), and
    the privileges given on it revoked (MariaDB keeps them after DROP DATABASE)."""
    with conn.cursor() as cur:
        cur.execute(
            "SELECT DISTINCT GRANTEE FROM information_schema.SCHEMA_PRIVILEGES "
            "WHERE TABLE_SCHEMA = %s",
            (_pattern(name),),
        )
        for (grantee,) in list(cur.fetchall()):
            for what in ("ALL PRIVILEGES", "GRANT OPTION"):
                with contextlib.suppress(pymysql.MySQLError):
                    cur.execute(f"REVOKE {what} ON {_q(_pattern(name))}.* FROM {grantee}")
        cur.execute(
            "SELECT ID FROM information_schema.PROCESSLIST WHERE DB = %s AND ID <> CONNECTION_ID()",
            (name,),
        )
        for (session,) in list(cur.fetchall()):
            with contextlib.suppress(pymysql.MySQLError):
                cur.execute(f"KILL {int(session)}")
        cur.execute(f"DROP DATABASE IF EXISTS {_q(name)}")


def run_ddl(copy_url: str, ddls: list[str], *, tables: tuple[str, ...] = ()) -> None:
    """The DDL of one side run on its copy (PostgreSQL's ``CONCURRENTLY`` dropped: MariaDB has
    none; ``CREATE INDEX … ON t (cols)`` and ``ALTER TABLE t ADD INDEX`` both run), then
    ``ANALYZE TABLE`` on ``tables`` and on each table the DDL touches. A table named with its
    database is refused: on the copy it would still be the user's table."""
    copy = parse_url(copy_url)
    unread = [ddl for ddl in ddls if not ddl_tables([ddl])]
    if unread:  # a table perfagent cannot read off the DDL might be the user's database's
        raise ServiceError(
            f"the DDL {unread[0].strip()[:80]!r} names no table perfagent can read (CREATE "
            "INDEX … ON t or ALTER TABLE t): not run on the copy"
        )
    touched = tuple(dict.fromkeys((*tables, *ddl_tables(ddls))))
    qualified = [t for t in touched if "." in t]
    if qualified:
        raise ServiceError(
            f"the DDL names the table {qualified[0]} with its database, which would change the "
            "user's database rather than the copy: not run"
        )
    try:
        with contextlib.closing(_connect(copy, copy.database)) as conn, conn.cursor() as cur:
            for ddl in ddls:
                cur.execute(ddl.strip().rstrip(";").replace(" CONCURRENTLY", ""))
            for table in touched:
                cur.execute(f"ANALYZE TABLE {_q(table)}")
                cur.fetchall()
    except pymysql.MySQLError as exc:
        raise ServiceError(
            f"the DDL could not be run on the copy {copy.database}: {_why(exc)}"
        ) from None
