"""A tiny FastAPI app (ASGI, under uvicorn) reading SQLite through the sqlite3 driver."""

import os
import sqlite3

from fastapi import FastAPI

app = FastAPI()
DB = os.environ.get("APP_DB", "fa.db")

with sqlite3.connect(DB) as _conn:
    _conn.execute("CREATE TABLE IF NOT EXISTS item (id INTEGER PRIMARY KEY, name TEXT)")
    _conn.executemany(
        "INSERT OR IGNORE INTO item VALUES (?, ?)", [(i, f"i{i}") for i in range(1, 20)]
    )


@app.get("/healthz")
def healthz():
    return "ok"


@app.get("/items/{item_id}")
def item(item_id: int):
    conn = sqlite3.connect(DB)
    try:
        for _ in range(6):
            conn.execute("SELECT name FROM item WHERE id = ?", (item_id,)).fetchone()
        return {"id": item_id}
    finally:
        conn.close()
