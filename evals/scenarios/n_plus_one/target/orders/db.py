"""PostgreSQL access: one connection per worker thread, and a query log.

ORDERS_DSN names the database (default: the local server's ``test`` database);
ORDERS_QUERY_LOG names a JSON-lines file that gets one line per query executed,
``{"sql", "duration_ms", "request_id"}``, as an APM's query log would hold it.
``python -m orders.db`` creates and fills the tables when they are missing.
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

DSN = os.environ.get("ORDERS_DSN", "postgresql://postgres@127.0.0.1:5432/test")
request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)
_local = threading.local()
_log_lock = threading.Lock()
_log = None

SCHEMA = """
CREATE TABLE eval_n1_products (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price_cents INTEGER NOT NULL);
CREATE TABLE eval_n1_orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL,
                             created_at TIMESTAMP NOT NULL, status TEXT NOT NULL);
CREATE TABLE eval_n1_items (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES eval_n1_orders(id),
                            product_id INTEGER NOT NULL REFERENCES eval_n1_products(id),
                            qty INTEGER NOT NULL, price_cents INTEGER NOT NULL);
CREATE INDEX eval_n1_items_order ON eval_n1_items (order_id);
"""
N_PRODUCTS, N_ORDERS = 2_000, 30_000


class Rows(list):
    def fetchall(self) -> list:
        return list(self)

    def fetchone(self):
        return self[0] if self else None


class Connection:
    """A psycopg connection whose ``execute`` returns the rows, each query timed into the log."""

    def __init__(self) -> None:
        self._conn = psycopg.connect(DSN, autocommit=True, row_factory=dict_row)

    def execute(self, sql: str, params: tuple = ()) -> Rows:
        start = time.perf_counter()
        cursor = self._conn.execute(sql, params)
        rows = Rows(cursor.fetchall() if cursor.description else [])
        _write_log(sql, params, (time.perf_counter() - start) * 1000)
        return rows


def conn() -> Connection:
    """This thread's connection (FastAPI runs sync endpoints on a pool of threads)."""
    if not hasattr(_local, "conn"):
        _local.conn = Connection()
    return _local.conn


def _write_log(sql: str, params: tuple, elapsed_ms: float) -> None:
    global _log
    path = os.environ.get("ORDERS_QUERY_LOG")
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
    """Create and fill the tables unless they are there (the same data every time)."""
    with psycopg.connect(DSN, autocommit=True) as c:
        if c.execute("SELECT to_regclass('eval_n1_items')").fetchone()[0]:
            return
        rng = random.Random(11)
        with c.transaction():
            c.execute("DROP TABLE IF EXISTS eval_n1_items, eval_n1_orders, eval_n1_products")
            c.execute(SCHEMA)
            with c.cursor() as cur:
                with cur.copy("COPY eval_n1_products (id, name, price_cents) FROM STDIN") as copy:
                    for i in range(1, N_PRODUCTS + 1):
                        copy.write_row((i, f"product {i}", rng.randint(200, 20_000)))
                with cur.copy("COPY eval_n1_orders (id, customer_id, created_at, status) FROM STDIN") as copy:
                    for i in range(1, N_ORDERS + 1):
                        copy.write_row((i, rng.randint(1, 3_000), "2026-01-01 00:00:00+00:00",
                                        rng.choice(["paid", "shipped", "delivered"])))
                item = 0
                with cur.copy("COPY eval_n1_items (id, order_id, product_id, qty, price_cents) FROM STDIN") as copy:
                    for order in range(1, N_ORDERS + 1):
                        for _ in range(rng.randint(1, 5)):
                            item += 1
                            copy.write_row((item, order, rng.randint(1, N_PRODUCTS), rng.randint(1, 4),
                                            rng.randint(200, 20_000)))
            c.execute("ANALYZE eval_n1_products; ANALYZE eval_n1_orders; ANALYZE eval_n1_items")


if __name__ == "__main__":
    ensure()
