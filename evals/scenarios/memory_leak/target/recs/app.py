"""The recommendations API (FastAPI). Run: uvicorn recs.app:app --port 8000"""

from __future__ import annotations

import random
import uuid

from fastapi import FastAPI, Request

app = FastAPI(title="recs")

CATALOGUE = [{"id": i, "name": f"item {i}", "tags": [f"tag{i % 17}", f"tag{i % 5}"], "score": (i * 37) % 101}
             for i in range(1, 5_001)]
# Answers by request id, so a client that retries (same X-Request-ID) gets the same list.
_answers: dict[str, list[dict]] = {}


@app.get("/healthz")
def healthz() -> dict:
    return {"ok": True}


@app.get("/api/recommendations")
def recommendations(request: Request, user: int, count: int = 50) -> list[dict]:
    """``count`` items for ``user``: the same user always gets the same ones."""
    key = request.headers.get("x-request-id") or uuid.uuid4().hex
    if key in _answers:
        return _answers[key]
    rng = random.Random(user)
    picked = [dict(item, reason=f"because you liked item {rng.randint(1, 5_000)}")
              for item in rng.sample(CATALOGUE, min(count, 200))]
    _answers[key] = picked
    return picked
