"""An index validated on a copy of a SQLite file: the index created in the copy, then a query
timed on the original and the copy in alternating order.

The timing goes through the seam (``tools.sql.db``): both files are opened read-only, the
query must be one read-only SELECT / WITH statement (``tools.sql.safety``), and every run is
under the seam's statement timeout. Each side runs the query once untimed (page cache and
statement cache warm), then ``pairs`` timed runs each, the side that goes first alternating,
so drift over the run (a warming disk, a neighbour's load) falls on both sides alike.

Only :func:`create_index` writes, and only to a copy of the target made for the trial.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from perfagent.tools.errors import InputError
from perfagent.tools.sql.db import CONNECT_TIMEOUT_S, Database, stopwatch
from perfagent.tools.sql.safety import ensure_explainable

SIDES = ("before", "after")


def create_index(path: Path, ddl: str) -> None:
    """Run ``ddl`` in the SQLite file at ``path`` and commit: only ever a copy made for the trial.

    >>> import tempfile
    >>> copy = Path(tempfile.mkdtemp()) / "copy.db"
    >>> with contextlib.closing(sqlite3.connect(copy)) as conn:
    ...     _ = conn.execute("CREATE TABLE t (a INT)")
    >>> create_index(copy, "CREATE INDEX t_a ON t (a)")
    >>> create_index(copy, "CREATE INDEX t_b ON t (b)")
    Traceback (most recent call last):
    perfagent.tools.errors.InputError: SQLite rejected 'CREATE INDEX t_b ON t (b)' in copy.db: no
    such ...
    """
    try:
        with contextlib.closing(sqlite3.connect(path, timeout=CONNECT_TIMEOUT_S)) as conn, conn:
            conn.execute(ddl)  # the inner ``conn`` commits, then ``closing`` closes
    except sqlite3.Error as exc:
        raise InputError(f"SQLite rejected {ddl[:80]!r} in {path.name}: {exc}") from None


def copy_database(source: Path, dest: Path) -> None:
    """A consistent copy of the SQLite file at ``source`` written to ``dest`` (SQLite's backup
    API: a live writer's committed pages, its WAL included); ``source`` is opened read-only.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> with contextlib.closing(sqlite3.connect(folder / "app.db")) as conn, conn:
    ...     _ = conn.execute("CREATE TABLE t (a INT)")
    >>> copy_database(folder / "app.db", folder / "copy.db")
    >>> with contextlib.closing(sqlite3.connect(folder / "copy.db")) as conn:
    ...     conn.execute("SELECT name FROM sqlite_master").fetchall()
    [('t',)]
    """
    try:
        with (
            contextlib.closing(
                sqlite3.connect(
                    f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=CONNECT_TIMEOUT_S
                )
            ) as original,
            contextlib.closing(sqlite3.connect(dest)) as copy,
        ):
            original.backup(copy)
    except sqlite3.Error as exc:
        raise InputError(f"SQLite could not copy {source} to {dest.name}: {exc}") from None


def point_sqlite_env(env: dict[str, str], path: Path, copy: Path) -> dict[str, str]:
    """The variables of ``env`` that name the SQLite file at ``path`` (in a URL or bare), with
    ``copy`` in its place: what a service gets on top of its env to use the copy.

    >>> point_sqlite_env({"DATABASE_URL": "sqlite:////data/app.db", "SECRET_KEY": "k"},
    ...                  Path("/data/app.db"), Path("/tmp/x/after-app.db"))
    {'DATABASE_URL': 'sqlite:////tmp/x/after-app.db'}
    """
    return {
        key: value.replace(str(path), str(copy)) for key, value in env.items() if str(path) in value
    }


def interleaved_ms(
    before: Database, after: Database, sql: str, *, pairs: int = 30
) -> tuple[list[float], list[float]]:
    """Milliseconds of ``pairs`` runs of ``sql`` on each database, alternating which goes first.
    A statement recorded with placeholders and no values runs with the representative values
    the backend binds for timing (the column's most frequent value: ``binding``); when it has
    none, one sentence says the query cannot be timed."""
    ensure_explainable(sql, before.dialect)
    bind = getattr(before, "binding", None)
    bound = bind(sql) if bind is not None else None
    if bound is not None and bound.values is None:
        raise InputError(f"the query cannot be timed: {bound.note}")
    params = tuple(bound.values) if bound is not None and bound.values else ()
    databases = dict(zip(SIDES, (before, after), strict=True))
    times: dict[str, list[float]] = {side: [] for side in SIDES}
    for database in databases.values():  # one untimed run each: page cache and statement cache warm
        database.query(sql, params)
    for i in range(pairs):
        for side in SIDES if i % 2 == 0 else SIDES[::-1]:
            with stopwatch() as elapsed:
                databases[side].query(sql, params)
            times[side].append(elapsed[0])
    return times["before"], times["after"]
