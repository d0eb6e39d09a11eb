"""The catalogue API (FastAPI). Run: uvicorn catalog.app:app --port 8000"""

from __future__ import annotations

import uuid

from fastapi import FastAPI, HTTPException

from catalog import db
from catalog.db import conn

app = FastAPI(title="catalog")


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


@app.get("/api/export/products")
def export_products() -> list[dict]:
    """Every product with its description, for partners' nightly sync."""
    return [dict(r) for r in conn().execute("SELECT id, sku, name, price_cents, description FROM products "
                                            "ORDER BY id")]


@app.get("/api/products/{product_id}")
def product(product_id: int) -> dict:
    rows = conn().execute("SELECT id, sku, name, price_cents FROM products WHERE id = ?", (product_id,))
    if not rows:
        raise HTTPException(404, "no such product")
    return dict(rows[0])
