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


def interleaved_ms(
    before: Database, after: Database, sql: str, *, pairs: int = 30
) -> tuple[list[float], list[float]]:
    """Milliseconds of ``pairs`` runs of ``sql`` on each database, alternating which goes first."""
    ensure_explainable(sql, before.dialect)
    databases = dict(zip(SIDES, (before, after), strict=True))
    times: dict[str, list[float]] = {side: [] for side in SIDES}
    for database in databases.values():  # one untimed run each: page cache and statement cache warm
        database.query(sql)
    for i in range(pairs):
        for side in SIDES if i % 2 == 0 else SIDES[::-1]:
            with stopwatch() as elapsed:
                databases[side].query(sql)
            times[side].append(elapsed[0])
    return times["before"], times["after"]
