"""The dashboard API (FastAPI). Run: uvicorn dashboard.app:app --port 8000"""

from __future__ import annotations

import uuid

from fastapi import FastAPI, HTTPException

from dashboard import db
from dashboard.db import conn

app = FastAPI(title="dashboard")


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


@app.get("/api/stats/categories")
def category_totals() -> list[dict]:
    """Sales count, revenue and average ticket per category, best sellers first."""
    rows = conn().execute(
        "SELECT category, COUNT(*) AS sales, SUM(amount_cents) AS revenue_cents, "
        "ROUND(AVG(amount_cents)) AS average_cents FROM sales GROUP BY category ORDER BY revenue_cents DESC")
    return [dict(r) for r in rows]


@app.get("/api/sales/{sale_id}")
def sale(sale_id: int) -> dict:
    rows = conn().execute("SELECT id, category, region, amount_cents, sold_on FROM sales WHERE id = ?",
                          (sale_id,))
    if not rows:
        raise HTTPException(404, "no such sale")
    return dict(rows[0])
