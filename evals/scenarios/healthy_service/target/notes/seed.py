"""The notes schema and its seed data: 3,000 users, 150,000 notes, indexed for their reads."""

from __future__ import annotations

import random
import sqlite3

SCHEMA = """
CREATE TABLE notes (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, title TEXT NOT NULL,
                    body TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX notes_user_updated ON notes (user_id, updated_at);
"""
N_USERS, N_NOTES = 3_000, 150_000


def fill(db: sqlite3.Connection, *, notes: int = N_NOTES) -> None:
    rng = random.Random(17)
    db.executemany("INSERT INTO notes VALUES (?, ?, ?, ?, ?)",
                   ((i, rng.randint(1, N_USERS), f"note {i}", f"remember item {i} " * rng.randint(1, 6),
                     f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00")
                    for i in range(1, notes + 1)))
