"""The accounts schema and its seed data: 200,000 users, emails stored as they were typed."""

from __future__ import annotations

import random
import sqlite3

SCHEMA = """
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT NOT NULL, plan TEXT NOT NULL);
CREATE INDEX users_email ON users (email);
"""
N_USERS = 200_000


def fill(db: sqlite3.Connection) -> None:
    rng = random.Random(9)
    rows = []
    for i in range(1, N_USERS + 1):
        local = f"member{i}" if rng.random() < 0.5 else f"Member{i}"
        domain = rng.choice(["example.com", "Example.com", "mail.example.org"])
        rows.append((i, f"{local}@{domain}", f"member {i}", rng.choice(["free", "pro"])))
    db.executemany("INSERT INTO users VALUES (?, ?, ?, ?)", rows)
