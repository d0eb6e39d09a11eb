"""The order history API (FastAPI). Run: uvicorn orders.app:app --port 8000"""

from __future__ import annotations

import uuid

from fastapi import FastAPI, HTTPException

from orders import db
from orders.db import conn

app = FastAPI(title="orders")


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


@app.get("/api/orders/recent")
def recent_orders(limit: int = 50) -> list[dict]:
    """The latest orders, each with its lines and the product names."""
    orders = conn().execute(
        "SELECT id, customer_id, status FROM eval_n1_orders ORDER BY id DESC LIMIT %s", (limit,)
    ).fetchall()
    result = []
    for order in orders:
        lines = conn().execute(
            "SELECT i.product_id, p.name, i.qty, i.price_cents FROM eval_n1_items i "
            "JOIN eval_n1_products p ON p.id = i.product_id WHERE i.order_id = %s ORDER BY i.id",
            (order["id"],),
        ).fetchall()
        result.append({**dict(order), "lines": [dict(line) for line in lines]})
    return result


@app.get("/api/orders/{order_id}")
def one_order(order_id: int) -> dict:
    order = conn().execute(
        "SELECT id, customer_id, status FROM eval_n1_orders WHERE id = %s", (order_id,)
    ).fetchone()
    if order is None:
        raise HTTPException(404, "no such order")
    lines = conn().execute(
        "SELECT product_id, qty, price_cents FROM eval_n1_items WHERE order_id = %s ORDER BY id", (order_id,)
    ).fetchall()
    return {**dict(order), "lines": [dict(line) for line in lines]}
