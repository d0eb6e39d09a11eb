"""The catalogue's schema and its seed data: 2,000 products with their descriptions."""

from __future__ import annotations

import random
import sqlite3

SCHEMA = """
CREATE TABLE products (id INTEGER PRIMARY KEY, sku TEXT NOT NULL, name TEXT NOT NULL,
                       price_cents INTEGER NOT NULL, description TEXT NOT NULL);
"""
WORDS = ["sturdy", "light", "waterproof", "classic", "recycled", "compact", "soft", "bright", "quiet",
         "durable", "warm", "breathable", "foldable", "handmade", "organic"]


def fill(db: sqlite3.Connection, *, products: int = 2_000) -> None:
    rng = random.Random(13)
    db.executemany("INSERT INTO products VALUES (?, ?, ?, ?, ?)",
                   ((i, f"SKU-{i:06d}", f"product {i}", rng.randint(300, 90_000),
                     " ".join(rng.choice(WORDS) for _ in range(40)).capitalize() + ".")
                    for i in range(1, products + 1)))
