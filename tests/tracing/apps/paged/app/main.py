"""A FastAPI app whose routes live in a router module under a prefix (as the template's do)."""

from fastapi import FastAPI

from app.db import seed
from app.routes import router

seed()
app = FastAPI()
app.include_router(router, prefix="/api")


@app.get("/healthz")
def healthz() -> str:
    return "ok"
