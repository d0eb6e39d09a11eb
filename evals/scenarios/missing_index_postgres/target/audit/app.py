"""The audit-trail API (FastAPI). Run: uvicorn audit.app:app --port 8000"""

from __future__ import annotations

import uuid

from fastapi import FastAPI, HTTPException

from audit import db
from audit.db import conn

app = FastAPI(title="audit")


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


@app.get("/api/accounts/{account_id}/events")
def account_events(account_id: int, limit: int = 25) -> list[dict]:
    """An account's latest events, newest first."""
    return conn().execute(
        "SELECT id, actor, action, at FROM eval_mi_events WHERE account_id = %s ORDER BY at DESC LIMIT %s",
        (account_id, limit))


@app.get("/api/events/{event_id}")
def event(event_id: int) -> dict:
    rows = conn().execute("SELECT id, account_id, actor, action, at FROM eval_mi_events WHERE id = %s",
                          (event_id,))
    if not rows:
        raise HTTPException(404, "no such event")
    return rows[0]
