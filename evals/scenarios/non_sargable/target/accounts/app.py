"""The accounts API (FastAPI). Run: uvicorn accounts.app:app --port 8000"""

from __future__ import annotations

import uuid

from fastapi import FastAPI, HTTPException

from accounts import db
from accounts.db import conn

app = FastAPI(title="accounts")


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


@app.get("/api/users/lookup")
def lookup(email: str) -> dict:
    """The user with this email address, whatever its case (emails are stored as typed)."""
    rows = conn().execute("SELECT id, email, name, plan FROM users WHERE lower(email) = ?", (email.lower(),))
    if not rows:
        raise HTTPException(404, "no such user")
    return dict(rows[0])


@app.get("/api/users/{user_id}")
def user(user_id: int) -> dict:
    rows = conn().execute("SELECT id, email, name, plan FROM users WHERE id = ?", (user_id,))
    if not rows:
        raise HTTPException(404, "no such user")
    return dict(rows[0])
