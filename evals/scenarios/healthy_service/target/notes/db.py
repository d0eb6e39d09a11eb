"""SQLite access: one connection per worker thread, and a query log.

NOTES_DB names the database file (default: notes.db beside the package);
NOTES_QUERY_LOG names a JSON-lines file that gets one line per query executed,
``{"sql", "duration_ms", "request_id"}``, as an APM's query log would hold it.
``python -m notes.db`` creates and fills the database (the same data every time).
"""

from __future__ import annotations

import contextvars
import json
import os
import sqlite3
import threading
import time
from pathlib import Path

from notes.seed import SCHEMA, fill

DEFAULT_DB = Path(__file__).resolve().parent.parent / "notes.db"
request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)
_local = threading.local()
_log_lock = threading.Lock()
_log = None


def db_path() -> Path:
    return Path(os.environ.get("NOTES_DB", str(DEFAULT_DB)))


class Connection:
    """A SQLite connection whose ``execute`` returns the rows, each query timed into the log."""

    def __init__(self, path: Path) -> None:
        self._conn = sqlite3.connect(path, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row

    def execute(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        start = time.perf_counter()
        rows = self._conn.execute(sql, params).fetchall()
        _write_log(sql, params, (time.perf_counter() - start) * 1000)
        return rows


def conn() -> Connection:
    """This thread's connection (FastAPI runs sync endpoints on a pool of threads)."""
    if not hasattr(_local, "conn"):
        _local.conn = Connection(db_path())
    return _local.conn


def _write_log(sql: str, params: tuple, elapsed_ms: float) -> None:
    global _log
    path = os.environ.get("NOTES_QUERY_LOG")
    if not path:
        return
    for value in params:
        literal = str(value) if isinstance(value, (int, float)) else "'" + str(value).replace("'", "''") + "'"
        sql = sql.replace("?", literal, 1)
    line = json.dumps({"sql": " ".join(sql.split()), "duration_ms": round(elapsed_ms, 3),
                       "request_id": request_id.get()})
    with _log_lock:
        if _log is None:
            _log = open(path, "a", buffering=1)  # noqa: SIM115 - lives as long as the service
        _log.write(line + "\n")


def create(path: Path | None = None) -> Path:
    path = path or db_path()
    path.unlink(missing_ok=True)
    with sqlite3.connect(path) as db:
        db.executescript(SCHEMA)
        fill(db)
        db.execute("ANALYZE")
    return path


if __name__ == "__main__":
    print(f"created {create()}")
