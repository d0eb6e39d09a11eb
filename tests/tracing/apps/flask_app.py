"""A tiny Flask app with the patterns the trace rules look for; it knows nothing of tracing.

DB: a SQLite file named by $APP_DB (created and seeded on first start).
"""

import os
import sqlite3
import time

from flask import Flask, g, jsonify

app = Flask(__name__)
DB = os.environ.get("APP_DB", "app.db")


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB, timeout=30)
    return g.db


@app.teardown_appcontext
def close(exc):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def seed():
    conn = sqlite3.connect(DB)
    conn.executescript("""
        CREATE TABLE IF NOT EXISTS author (id INTEGER PRIMARY KEY, name TEXT);
        CREATE TABLE IF NOT EXISTS book (id INTEGER PRIMARY KEY, author_id INTEGER, title TEXT);
        CREATE TABLE IF NOT EXISTS counter (name TEXT PRIMARY KEY, hits INTEGER);
        CREATE TABLE IF NOT EXISTS ping (id INTEGER PRIMARY KEY, name TEXT, at REAL);
        CREATE TABLE IF NOT EXISTS job (name TEXT PRIMARY KEY, slug TEXT, tags TEXT, kind TEXT,
            timeout REAL, grace REAL, status TEXT, n_pings INTEGER, last_ping REAL);
    """)
    if conn.execute("SELECT COUNT(*) FROM author").fetchone()[0] == 0:
        conn.executemany("INSERT INTO author VALUES (?, ?)", [(i, f"a{i}") for i in range(1, 13)])
        conn.executemany(
            "INSERT INTO book VALUES (?, ?, ?)", [(i, 1 + i % 12, f"b{i}") for i in range(1, 200)]
        )
        conn.execute("INSERT INTO counter VALUES ('visits', 0)")
    conn.commit()
    conn.close()


seed()


@app.get("/healthz")
def healthz():
    return "ok"


@app.get("/authors")
def authors():
    """N+1: one query for the authors, then one per author for their books."""
    rows = db().execute("SELECT id, name FROM author ORDER BY id").fetchall()
    out = []
    for author_id, name in rows:
        books = db().execute("SELECT title FROM book WHERE author_id = ?", (author_id,)).fetchall()
        out.append({"name": name, "books": [b[0] for b in books]})
    return jsonify(out)


@app.get("/books/<int:page>")
def books(page):
    """The page query, then a COUNT over the same query."""
    query = "SELECT id, title FROM book WHERE author_id > 2 ORDER BY id"
    rows = db().execute(query + " LIMIT 10 OFFSET ?", (page * 10,)).fetchall()
    total = db().execute(f"SELECT COUNT(*) FROM ({query})").fetchone()[0]
    return jsonify({"total": total, "rows": rows})


@app.get("/visit")
def visit():
    """A read-only page that writes and commits on every request."""
    conn = db()
    conn.execute("UPDATE counter SET hits = hits + 1 WHERE name = 'visits'")
    conn.commit()
    return jsonify(conn.execute("SELECT hits FROM counter").fetchone()[0])


@app.get("/ping/<name>")
def ping(name):
    """A GET whose purpose is the write (a cron job's ping): it records the ping."""
    conn = db()
    conn.execute("INSERT INTO ping (name, at) VALUES (?, ?)", (name, time.time()))
    # Every column written back, as an ORM's save() without update_fields does.
    conn.execute(
        "UPDATE job SET slug = ?, tags = ?, kind = ?, timeout = ?, grace = ?, status = ?, "
        "n_pings = n_pings + 1, last_ping = ? WHERE name = ?",
        (name, "", "simple", 60.0, 5.0, "up", time.time(), name),
    )
    conn.commit()
    return "OK"


@app.get("/slow")
def slow():
    time.sleep(float(os.environ.get("APP_SLOW_S", "0.15")))
    return "slow"


@app.get("/fast")
def fast():
    return "fast"


@app.get("/locked")
def locked():
    """Holds SQLite's write lock for a while: requests serialise on it, whatever the workers."""
    conn = db()
    conn.isolation_level = None
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE counter SET hits = hits + 1 WHERE name = 'visits'")
    time.sleep(float(os.environ.get("APP_LOCK_S", "0.03")))
    conn.execute("COMMIT")
    return "locked"


@app.get("/crash-if-traced")
def crash_if_traced():
    return "ok"


class _Entry:
    """A WSGI layer in front of the app, outside the framework (and so outside its request
    span), that costs APP_ENTRY_S per request: transport as the scaling probe sees it."""

    def __init__(self, inner):
        self.inner = inner

    def __call__(self, environ, start_response):
        time.sleep(float(os.environ.get("APP_ENTRY_S", "0")))
        return self.inner(environ, start_response)


entry = _Entry(app)


if os.environ.get("APP_CRASH_UNDER_TRACING") and "PERFAGENT_TRACE_DIR" in os.environ:
    raise RuntimeError("this app refuses to run instrumented")
