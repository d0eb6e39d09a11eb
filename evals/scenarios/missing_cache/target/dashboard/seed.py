"""The dashboard's schema and its seed data: 100,000 sales over 12 categories."""

from __future__ import annotations

import random
import sqlite3

SCHEMA = """
CREATE TABLE sales (id INTEGER PRIMARY KEY, category TEXT NOT NULL, region TEXT NOT NULL,
                    amount_cents INTEGER NOT NULL, sold_on TEXT NOT NULL);
"""
CATEGORIES = ["books", "games", "garden", "kitchen", "music", "office", "outdoor", "pets", "shoes",
              "sports", "tools", "toys"]
N_SALES = 100_000


def fill(db: sqlite3.Connection, *, sales: int = N_SALES) -> None:
    rng = random.Random(21)
    db.executemany("INSERT INTO sales VALUES (?, ?, ?, ?, ?)",
                   ((i, rng.choice(CATEGORIES), rng.choice(["north", "south", "east", "west"]),
                     rng.randint(100, 50_000), f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
                    for i in range(1, sales + 1)))
