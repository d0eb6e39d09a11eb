"""The invoicing API (FastAPI). Run: uvicorn billing.app:app --port 8000"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from billing.db import PoolExhausted, pool

app = FastAPI(title="billing")


@app.exception_handler(PoolExhausted)
def busy(request: Request, exc: PoolExhausted) -> JSONResponse:
    return JSONResponse({"detail": f"the database is busy: {exc}"}, status_code=503)


@app.get("/healthz")
def healthz() -> dict:
    return {"ok": True}


@app.get("/api/customers/{customer_id}/invoices")
def customer_invoices(customer_id: int) -> list[dict]:
    """A customer's 20 latest invoices, newest first (none for a customer who has none)."""
    conn = pool.acquire()
    rows = conn.execute(
        "SELECT id, issued_on, total_cents, status FROM eval_pool_invoices WHERE customer_id = %s "
        "ORDER BY issued_on DESC, id DESC LIMIT 20", (customer_id,)).fetchall()
    if not rows:
        return []
    pool.release(conn)
    return rows
