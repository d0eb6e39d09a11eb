"""The connection seam: a URL in, a ``Database`` out; every driver error is mapped here.

Everything that touches a server goes through a Database. Reads run in a read-only
transaction that is always rolled back, under a statement timeout; index trials run
in a rolled-back transaction (PostgreSQL), on a copy of the file (SQLite) or on a
session-private TEMPORARY copy of the table (MariaDB/MySQL). Nothing is ever committed.

>>> parse_url("postgresql://app:secret@db:5433/shop").safe
'postgresql://app@db:5433/shop'
>>> parse_url("sqlite:///data/app.db").database
'data/app.db'
>>> parse_url("oracle://x")
Traceback (most recent call last):
perfagent.tools.errors.InputError: database URL scheme 'oracle' is not supported; use postgresql://,
mysql://, mariadb:// or sqlite:///path
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Self
from urllib.parse import unquote, urlsplit

from perfagent.tools.errors import InputError, ServiceError
from perfagent.tools.sql.plans.model import Plan

DEFAULT_TIMEOUT_MS = 30_000
CONNECT_TIMEOUT_S = 5


@dataclass(frozen=True)
class DatabaseURL:
    scheme: str  # postgresql | mysql | sqlite
    host: str = ""
    port: int | None = None
    user: str | None = None
    password: str | None = None
    database: str = ""

    @property
    def safe(self) -> str:
        """The URL without its password, fit for messages and reports."""
        if self.scheme == "sqlite":
            return f"sqlite:///{self.database}"
        user = f"{self.user}@" if self.user else ""
        port = f":{self.port}" if self.port else ""
        return f"{self.scheme}://{user}{self.host}{port}/{self.database}"


_SCHEMES = {
    "postgresql": "postgresql",
    "postgres": "postgresql",
    "mysql": "mysql",
    "mariadb": "mysql",
    "sqlite": "sqlite",
    "sqlite3": "sqlite",
}


def parse_url(url: str) -> DatabaseURL:
    parts = urlsplit(url)
    scheme = _SCHEMES.get(parts.scheme.split("+")[0].lower())
    if scheme is None:
        raise InputError(
            f"database URL scheme {parts.scheme or url!r} is not supported; use postgresql://, "
            "mysql://, mariadb:// or sqlite:///path"
        )
    if scheme == "sqlite":
        path = url.split("://", 1)[1] if "://" in url else ""
        path = path.removeprefix("/")
        if not path:
            raise InputError(f"the SQLite URL {url!r} names no file; use sqlite:///path/to/file.db")
        return DatabaseURL(scheme="sqlite", database=unquote(path))
    try:
        port = parts.port
    except ValueError:
        shown = parts._replace(netloc=parts.netloc.rsplit("@", 1)[-1]).geturl()  # no password
        raise InputError(
            f"the database URL {shown!r} has an invalid port (a password with / # ? or @ must "
            "be percent-encoded)"
        ) from None
    return DatabaseURL(
        scheme=scheme,
        host=parts.hostname or "127.0.0.1",
        port=port,
        user=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        database=parts.path.lstrip("/"),
    )


@dataclass
class Trial:
    """Before/after plans of one index trial, measured by the database seam."""

    before: Plan
    after: Plan
    method: str
    time_before_ms: float | None = None
    time_after_ms: float | None = None
    note: str = ""  # how a statement recorded without its values was planned and timed


class Database:
    """The seam. Subclasses: PostgresDatabase, MySQLDatabase, SQLiteDatabase."""

    dialect: str = ""
    flavor: str = ""

    def __init__(self, url: DatabaseURL, *, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
        self.url = url
        self.safe_url = url.safe
        self.timeout_ms = timeout_ms

    # Catalog reads and plans -------------------------------------------------
    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        raise NotImplementedError

    def explain(self, sql: str, *, analyze: bool = False) -> Plan:
        raise NotImplementedError

    def columns(self, table: str) -> list[str]:
        raise NotImplementedError

    def indexes(self, table: str) -> list[list[str]]:
        """Column lists of the table's indexes, leading column first."""
        raise NotImplementedError

    def unique_indexes(self, table: str) -> list[list[str]]:
        """Column lists of the table's unique indexes (the primary key among them): an equality
        on all of one's columns matches at most one row."""
        raise NotImplementedError

    def table_rows(self, table: str) -> int:
        raise NotImplementedError

    def try_index(self, sql: str, table: str, columns: list[str]) -> Trial:
        raise NotImplementedError

    def pool_facts(self) -> dict[str, int]:
        """max_connections and connections_in_use, when the server reports them."""
        return {}

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect(url: str, *, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> Database:
    """Open the database a URL names; an unreachable server is one clear ServiceError.

    >>> connect("postgresql://nobody@127.0.0.1:1/none")
    Traceback (most recent call last):
    perfagent.tools.errors.ServiceError: cannot connect to postgresql://nobody@127.0.0.1:1/none: ...
    """
    parsed = parse_url(url)
    if parsed.scheme == "postgresql":
        from perfagent.tools.sql.db_postgres import PostgresDatabase

        return PostgresDatabase(parsed, timeout_ms=timeout_ms)
    if parsed.scheme == "mysql":
        from perfagent.tools.sql.db_mysql import MySQLDatabase

        return MySQLDatabase(parsed, timeout_ms=timeout_ms)
    from perfagent.tools.sql.db_sqlite import SQLiteDatabase

    return SQLiteDatabase(parsed, timeout_ms=timeout_ms)


def unreachable(url: DatabaseURL, reason: str) -> ServiceError:
    reason = " ".join(reason.split())
    if len(reason) > 160:
        reason = reason[:157] + "..."
    return ServiceError(
        f"cannot connect to {url.safe}: {reason}; check the URL and that the server is running"
    )


@contextlib.contextmanager
def stopwatch() -> Iterator[list[float]]:
    """Yields a one-item list that holds the elapsed milliseconds once the block ends."""
    box = [0.0]
    start = time.perf_counter()
    try:
        yield box
    finally:
        box[0] = (time.perf_counter() - start) * 1000.0


def median_ms(run, repeats: int = 5) -> float:
    """Median wall time of ``run()`` over ``repeats`` calls after one warm-up."""
    run()
    samples = []
    for _ in range(repeats):
        with stopwatch() as elapsed:
            run()
        samples.append(elapsed[0])
    samples.sort()
    return samples[len(samples) // 2]
