"""The helpdesk API (FastAPI). Run: uvicorn helpdesk.app:app --port 8000"""

from __future__ import annotations

import uuid

from fastapi import FastAPI, HTTPException

from helpdesk import db
from helpdesk.db import conn

app = FastAPI(title="helpdesk")


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


@app.get("/api/customers/{customer_id}/tickets")
def customer_tickets(customer_id: int, limit: int = 20) -> list[dict]:
    """A customer's latest tickets, newest first."""
    rows = conn().execute(
        "SELECT id, subject, status, opened_at FROM tickets WHERE customer_id = ? "
        "ORDER BY opened_at DESC LIMIT ?", (customer_id, limit))
    return [dict(r) for r in rows]


@app.get("/api/tickets/{ticket_id}")
def ticket(ticket_id: int) -> dict:
    rows = conn().execute("SELECT id, customer_id, subject, status, opened_at FROM tickets WHERE id = ?",
                          (ticket_id,))
    if not rows:
        raise HTTPException(404, "no such ticket")
    return dict(rows[0])
