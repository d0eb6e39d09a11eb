"""PostgreSQL access through a small pool, and the invoice table.

BILLING_DSN names the database (default: the local server's ``test`` database).
``python -m billing.db`` creates and fills the table when it is missing.
"""

from __future__ import annotations

import os
import queue
import random
import threading

import psycopg
from psycopg.rows import dict_row

DSN = os.environ.get("BILLING_DSN", "postgresql://postgres@127.0.0.1:5432/test")
POOL_SIZE, POOL_TIMEOUT_S = 5, 1.0
N_CUSTOMERS, N_INVOICES = 3_000, 60_000


class PoolExhausted(Exception):
    pass


class Pool:
    """A fixed set of connections, lent to one request at a time."""

    def __init__(self, size: int, timeout_s: float) -> None:
        self.size, self.timeout_s = size, timeout_s
        self._idle: queue.Queue = queue.Queue()
        self._made = 0
        self._lock = threading.Lock()

    def acquire(self) -> psycopg.Connection:
        with self._lock:
            make = self._idle.empty() and self._made < self.size
            self._made += make
        if make:
            return psycopg.connect(DSN, autocommit=True, row_factory=dict_row)
        try:
            return self._idle.get(timeout=self.timeout_s)
        except queue.Empty:
            raise PoolExhausted(f"no connection free within {self.timeout_s:g} s "
                                f"({self.size} of {self.size} in use)") from None

    def release(self, conn: psycopg.Connection) -> None:
        self._idle.put(conn)


pool = Pool(POOL_SIZE, POOL_TIMEOUT_S)


def ensure() -> None:
    """Create and fill the table unless it is there (the same data every time)."""
    with psycopg.connect(DSN, autocommit=True) as c:
        if c.execute("SELECT to_regclass('eval_pool_invoices')").fetchone()[0]:
            return
        rng = random.Random(8)
        with c.transaction():
            c.execute("CREATE TABLE eval_pool_invoices (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, "
                      "issued_on DATE NOT NULL, total_cents INTEGER NOT NULL, status TEXT NOT NULL)")
            with c.cursor() as cur, cur.copy("COPY eval_pool_invoices FROM STDIN") as copy:
                for i in range(1, N_INVOICES + 1):
                    copy.write_row((i, rng.randint(1, N_CUSTOMERS),
                                    f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                                    rng.randint(1_000, 500_000), rng.choice(["open", "paid", "void"])))
            c.execute("CREATE INDEX eval_pool_invoices_customer ON eval_pool_invoices (customer_id, issued_on)")
        c.execute("ANALYZE eval_pool_invoices")


if __name__ == "__main__":
    ensure()
