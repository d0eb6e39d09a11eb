"""The helpdesk's schema and its seed data: 4,000 customers, 200,000 tickets."""

from __future__ import annotations

import random
import sqlite3

SCHEMA = """
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, plan TEXT NOT NULL);
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    subject TEXT NOT NULL,
    status TEXT NOT NULL,
    opened_at TEXT NOT NULL
);
"""
N_CUSTOMERS, N_TICKETS = 4_000, 200_000
STATUSES = ["open", "pending", "solved", "closed"]


def fill(db: sqlite3.Connection, *, tickets: int = N_TICKETS) -> None:
    rng = random.Random(5)
    db.executemany("INSERT INTO customers VALUES (?, ?, ?)",
                   ((i, f"customer {i}", rng.choice(["free", "team", "business"]))
                    for i in range(1, N_CUSTOMERS + 1)))
    db.executemany("INSERT INTO tickets VALUES (?, ?, ?, ?, ?)",
                   ((i, rng.randint(1, N_CUSTOMERS), f"ticket {i}: something is off", rng.choice(STATUSES),
                     f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00")
                    for i in range(1, tickets + 1)))
