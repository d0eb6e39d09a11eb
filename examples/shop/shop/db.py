"""Schema and deterministic seed data on SQLite.

SHOP_DB names the database file (default: shop.db beside the package);
SHOP_SCALE shrinks the data for quick tests (1.0 = 100k orders);
SHOP_QUERY_LOG names a JSON-lines file that gets one line per query executed:
{"sql", "duration_ms", "request_id"} (what an APM's query log would hold).
"""

from __future__ import annotations

import contextvars
import json
import os
import random
import sqlite3
import threading
import time
from pathlib import Path

request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)


class LoggedConnection:
    """A connection whose ``execute`` appends each query, timed, to the query log."""

    def __init__(self, conn: sqlite3.Connection, log_path: str) -> None:
        self._conn = conn
        self._log = open(log_path, "a", buffering=1)  # noqa: SIM115 - lives as long as the app
        self._lock = threading.Lock()

    def execute(self, sql: str, params=()):
        start = time.perf_counter()
        cursor = self._conn.execute(sql, params)
        rows = cursor.fetchall()
        elapsed_ms = (time.perf_counter() - start) * 1000
        with self._lock:
            self._log.write(json.dumps({"sql": _inline(" ".join(sql.split()), params),
                                        "duration_ms": round(elapsed_ms, 3), "request_id": request_id.get()}) + "\n")
        return _Rows(rows)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def _inline(sql: str, params) -> str:
    """The statement with its parameters written in, as a database's own log shows it."""
    for value in params:
        literal = str(value) if isinstance(value, (int, float)) else "'" + str(value).replace("'", "''") + "'"
        sql = sql.replace("?", literal, 1)
    return sql


class _Rows(list):
    def fetchone(self):
        return self[0] if self else None

    def fetchall(self):
        return list(self)

DEFAULT_DB = Path(__file__).resolve().parent.parent / "shop.db"
CATEGORIES = ["shoes", "shirts", "hats", "bags", "socks", "coats", "belts", "gloves", "scarves", "watches"]

SCHEMA = """
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL, zone INTEGER NOT NULL);
CREATE TABLE products (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL,
    price_cents INTEGER NOT NULL, weight_g INTEGER NOT NULL, description TEXT NOT NULL
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id),
    created_at TEXT NOT NULL, status TEXT NOT NULL
);
CREATE TABLE order_items (
    id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id),
    product_id INTEGER NOT NULL REFERENCES products(id), qty INTEGER NOT NULL, price_cents INTEGER NOT NULL
);
CREATE INDEX idx_order_items_order ON order_items(order_id);
CREATE INDEX idx_products_category ON products(category);
-- Seeded problem: no index on orders(customer_id).
"""


def db_path() -> Path:
    return Path(os.environ.get("SHOP_DB", str(DEFAULT_DB)))


def scale() -> float:
    return float(os.environ.get("SHOP_SCALE", "1.0"))


def connect(path: Path | None = None) -> sqlite3.Connection:
    conn = sqlite3.connect(path or db_path(), check_same_thread=False)
    conn.row_factory = sqlite3.Row
    log = os.environ.get("SHOP_QUERY_LOG")
    return LoggedConnection(conn, log) if log else conn


def seed(path: Path | None = None, *, factor: float | None = None) -> Path:
    """Create and fill the database; the same factor always gives the same data."""
    path = path or db_path()
    factor = scale() if factor is None else factor
    if path.exists():
        path.unlink()
    rng = random.Random(42)
    n_customers, n_products = max(50, int(5000 * factor)), max(100, int(20000 * factor))
    n_orders = max(200, int(100_000 * factor))
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA)
    conn.executemany(
        "INSERT INTO customers VALUES (?, ?, ?, ?)",
        ((i, f"customer {i}", f"c{i}@shop.example", rng.randint(1, 8)) for i in range(1, n_customers + 1)),
    )
    conn.executemany(
        "INSERT INTO products VALUES (?, ?, ?, ?, ?, ?)",
        (
            (i, f"product {i}", CATEGORIES[i % len(CATEGORIES)], rng.randint(500, 20000),
             rng.randint(50, 3000), f"A fine {CATEGORIES[i % len(CATEGORIES)][:-1]} " + "lorem ipsum " * 12)
            for i in range(1, n_products + 1)
        ),
    )
    conn.executemany(
        "INSERT INTO orders VALUES (?, ?, ?, ?)",
        (
            (i, rng.randint(1, n_customers), f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}",
             rng.choice(["paid", "shipped", "delivered"]))
            for i in range(1, n_orders + 1)
        ),
    )
    items = []
    for order_id in range(1, n_orders + 1):
        for _ in range(rng.randint(1, 4)):
            product = rng.randint(1, n_products)
            items.append((order_id, product, rng.randint(1, 3), rng.randint(500, 20000)))
    conn.executemany("INSERT INTO order_items (order_id, product_id, qty, price_cents) VALUES (?, ?, ?, ?)", items)
    conn.commit()
    conn.close()
    return path


def ensure(path: Path | None = None) -> Path:
    path = path or db_path()
    if not path.exists():
        seed(path)
    return path


if __name__ == "__main__":
    print(f"seeded {seed()}")
