"""PostgreSQL access: one connection per worker thread, and a query log.

AUDIT_DSN names the database (default: the local server's ``test`` database);
AUDIT_QUERY_LOG names a JSON-lines file that gets one line per query executed,
``{"sql", "duration_ms", "request_id"}``, as an APM's query log would hold it.
``python -m audit.db`` creates and fills the table when it is missing.
"""

from __future__ import annotations

import contextvars
import json
import os
import random
import threading
import time

import psycopg
from psycopg.rows import dict_row

DSN = os.environ.get("AUDIT_DSN", "postgresql://postgres@127.0.0.1:5432/test")
request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)
_local = threading.local()
_log_lock = threading.Lock()
_log = None

SCHEMA = """
CREATE TABLE eval_mi_events (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    at TIMESTAMP NOT NULL
);
"""
N_ACCOUNTS, N_EVENTS = 2_000, 300_000
ACTIONS = ["login", "logout", "invite", "export", "delete", "update"]


class Connection:
    """A psycopg connection whose ``execute`` returns the rows, each query timed into the log."""

    def __init__(self) -> None:
        self._conn = psycopg.connect(DSN, autocommit=True, row_factory=dict_row)

    def execute(self, sql: str, params: tuple = ()) -> list[dict]:
        start = time.perf_counter()
        cursor = self._conn.execute(sql, params)
        rows = cursor.fetchall() if cursor.description else []
        _write_log(sql, params, (time.perf_counter() - start) * 1000)
        return rows


def conn() -> Connection:
    """This thread's connection (FastAPI runs sync endpoints on a pool of threads)."""
    if not hasattr(_local, "conn"):
        _local.conn = Connection()
    return _local.conn


def _write_log(sql: str, params: tuple, elapsed_ms: float) -> None:
    global _log
    path = os.environ.get("AUDIT_QUERY_LOG")
    if not path:
        return
    for value in params:
        literal = str(value) if isinstance(value, (int, float)) else "'" + str(value).replace("'", "''") + "'"
        sql = sql.replace("%s", literal, 1)
    line = json.dumps({"sql": " ".join(sql.split()), "duration_ms": round(elapsed_ms, 3),
                       "request_id": request_id.get()})
    with _log_lock:
        if _log is None:
            _log = open(path, "a", buffering=1)  # noqa: SIM115 - lives as long as the service
        _log.write(line + "\n")


def ensure() -> None:
    """Create and fill the table unless it is there (the same data every time)."""
    with psycopg.connect(DSN, autocommit=True) as c:
        if c.execute("SELECT to_regclass('eval_mi_events')").fetchone()[0]:
            return
        rng = random.Random(3)
        with c.transaction():
            c.execute(SCHEMA)
            with c.cursor() as cur, cur.copy("COPY eval_mi_events (id, account_id, actor, action, at) "
                                             "FROM STDIN") as copy:
                for i in range(1, N_EVENTS + 1):
                    copy.write_row((i, rng.randint(1, N_ACCOUNTS), f"user{rng.randint(1, 9_000)}",
                                    rng.choice(ACTIONS), (f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
                                    f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00")))
        c.execute("ANALYZE eval_mi_events")


if __name__ == "__main__":
    ensure()
