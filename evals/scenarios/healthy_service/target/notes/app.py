"""The notes API (FastAPI). Run: uvicorn notes.app:app --port 8000"""

from __future__ import annotations

import uuid

from fastapi import FastAPI, HTTPException
from fastapi.middleware.gzip import GZipMiddleware

from notes import db
from notes.db import conn

app = FastAPI(title="notes")
app.add_middleware(GZipMiddleware, minimum_size=1024)


@app.middleware("http")
async def tag_queries(request, call_next):
    """Tag every query with the request it serves, for the query log."""
    token = db.request_id.set(request.headers.get("x-request-id") or uuid.uuid4().hex)
    try:
        return await call_next(request)
    finally:
        db.request_id.reset(token)


@app.get("/healthz")
def healthz() -> dict:
    return {"ok": True}


@app.get("/api/users/{user_id}/notes")
def user_notes(user_id: int, limit: int = 20) -> list[dict]:
    """A user's most recently updated notes (titles only), newest first."""
    rows = conn().execute("SELECT id, title, updated_at FROM notes WHERE user_id = ? "
                          "ORDER BY updated_at DESC LIMIT ?", (user_id, min(limit, 100)))
    return [dict(r) for r in rows]


@app.get("/api/notes/{note_id}")
def note(note_id: int) -> dict:
    rows = conn().execute("SELECT id, user_id, title, body, updated_at FROM notes WHERE id = ?", (note_id,))
    if not rows:
        raise HTTPException(404, "no such note")
    return dict(rows[0])
