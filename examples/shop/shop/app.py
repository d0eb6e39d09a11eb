"""The shop's HTTP API (FastAPI). Run: uvicorn shop.app:app --port 8000"""

from __future__ import annotations

import threading
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

from shop import db, pricing, recommend

STATIC = Path(__file__).resolve().parent.parent / "static"

app = FastAPI(title="shop")
_conn = None
_conn_lock = threading.Lock()


@app.middleware("http")
async def tag_queries(request, call_next):
    """Tag every query with the request it serves (for the query log's N+1 analysis)."""
    token = db.request_id.set(request.headers.get("x-request-id") or f"{id(request):x}-{request.url.path}")
    try:
        return await call_next(request)
    finally:
        db.request_id.reset(token)


def conn():
    global _conn
    if _conn is None:
        with _conn_lock:  # the first requests arrive together: seed (if needed) and connect once
            if _conn is None:
                _conn = db.connect(db.ensure())
    return _conn


@app.get("/healthz")
def healthz() -> dict:
    return {"ok": True}


@app.get("/api/products/{product_id}")
def product(product_id: int) -> dict:
    row = conn().execute("SELECT * FROM products WHERE id = ?", (product_id,)).fetchone()
    if row is None:
        raise HTTPException(404, "no such product")
    return dict(row)


@app.get("/api/orders/recent")
def recent_orders(limit: int = 50) -> list[dict]:
    """Seeded problem 1 (N+1): one query for the orders, then one per order and per item."""
    orders = conn().execute(
        "SELECT id, customer_id, created_at, status FROM orders ORDER BY id DESC LIMIT ?", (limit,)
    ).fetchall()
    result = []
    for order in orders:
        items = conn().execute(
            "SELECT product_id, qty, price_cents FROM order_items WHERE order_id = ?", (order["id"],)
        ).fetchall()
        lines = []
        for item in items:
            name = conn().execute("SELECT name FROM products WHERE id = ?", (item["product_id"],)).fetchone()
            lines.append({**dict(item), "name": name["name"]})
        result.append({**dict(order), "items": lines})
    return result


@app.get("/api/customers/{customer_id}/orders")
def customer_orders(customer_id: int) -> list[dict]:
    """Seeded problem 2: orders.customer_id has no index, so this scans every order."""
    rows = conn().execute(
        "SELECT id, created_at, status FROM orders WHERE customer_id = ? ORDER BY created_at DESC",
        (customer_id,),
    ).fetchall()
    return [dict(r) for r in rows]


@app.get("/api/products/{product_id}/related")
def related_products(product_id: int) -> list[dict]:
    """Seeded problem 3: recommend.related is quadratic in the category size."""
    item = product(product_id)
    candidates = [
        dict(r) for r in conn().execute(
            "SELECT id, name, category, price_cents FROM products WHERE category = ?", (item["category"],)
        )
    ]
    return recommend.related(product_id, candidates)


@app.get("/api/quote")
def quote(zone: int = 1, weight_g: int = 500) -> dict:
    """Seeded problem 4: the shipping table is recomputed on every call."""
    if not 1 <= zone <= 8:
        raise HTTPException(422, "zone must be between 1 and 8")
    return {"zone": zone, "weight_g": weight_g, "shipping_cents": pricing.quote_cents(zone, weight_g)}


@app.get("/api/catalog")
def catalog() -> list[dict]:
    """Seeded problem 5: every product with its description, uncompressed, uncached."""
    return [dict(r) for r in conn().execute("SELECT * FROM products ORDER BY id")]


@app.get("/static/{name}")
def static(name: str):
    """Seeded problem 6: the bundle is served as is: unminified, unhashed, no cache headers."""
    path = (STATIC / name).resolve()
    if path.parent != STATIC or not path.is_file():
        raise HTTPException(404, "not found")
    return FileResponse(path)


@app.get("/")
def index():
    return FileResponse(STATIC / "index.html")
