"""The cart's HTTP API (FastAPI). Run: ``python -m sessions --port 8000``.

    GET  /cart          the cart; a request without a session cookie starts a session
    POST /cart/items    adds an item to the cart
    GET  /work?ms=N     waits N ms (a request that is in flight long enough to be cut)
    GET  /serial?ms=N   holds the process's one lock for N ms: a replica serves one at a time,
                        so capacity grows only with replicas (for the replica sweep)
    GET  /healthz       ready

Sessions live in this process's memory, so a replica that did not start a session
answers its cookie with 401, as an app that lost the user's login would: the cart
works behind a load balancer only with session affinity. ``SESSIONS_STORE=redis://...``
keeps them in Redis instead (stateless: any replica serves any request).
``SESSIONS_UNGRACEFUL=1`` makes the process exit at once on SIGTERM, dropping the
requests in flight: the counter-example of a graceful shutdown.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import signal
import threading
import time

from fastapi import FastAPI, HTTPException, Request, Response

COOKIE = "sid"
REPLICA = os.environ.get("PERFAGENT_REPLICA", "local")


class MemoryStore:
    def __init__(self) -> None:
        self._carts: dict[str, list[str]] = {}
        self._lock = threading.Lock()

    def get(self, sid: str) -> list[str] | None:
        with self._lock:
            cart = self._carts.get(sid)
            return None if cart is None else list(cart)

    def put(self, sid: str, cart: list[str]) -> None:
        with self._lock:
            self._carts[sid] = list(cart)


class RedisStore:
    def __init__(self, url: str) -> None:
        import redis

        self._redis = redis.Redis.from_url(url)
        self._prefix = f"sessions:{os.environ.get('PERFAGENT_NAMESPACE', 'local')}:"

    def get(self, sid: str) -> list[str] | None:
        raw = self._redis.get(self._prefix + sid)
        return None if raw is None else json.loads(raw)

    def put(self, sid: str, cart: list[str]) -> None:
        self._redis.set(self._prefix + sid, json.dumps(cart), ex=600)


def _store():
    url = os.environ.get("SESSIONS_STORE", "memory")
    return RedisStore(url) if url.startswith("redis://") else MemoryStore()


@contextlib.asynccontextmanager
async def lifespan(_app: FastAPI):
    if os.environ.get("SESSIONS_UNGRACEFUL") == "1":
        # After uvicorn installed its own handlers: exit now, whatever is in flight.
        signal.signal(signal.SIGTERM, lambda *_: os._exit(1))
    yield


app = FastAPI(title="sessions", lifespan=lifespan)
store = _store()


def _cart(request: Request, response: Response) -> tuple[str, list[str]]:
    sid = request.cookies.get(COOKIE)
    if sid is None:
        sid = secrets.token_hex(8)
        store.put(sid, [])
        response.set_cookie(COOKIE, sid, httponly=True)
        return sid, []
    cart = store.get(sid)
    if cart is None:
        raise HTTPException(401, "no such session here: sign in again")
    return sid, cart


@app.get("/healthz")
def healthz() -> dict:
    return {"ok": True, "replica": REPLICA}


@app.get("/cart")
def cart(request: Request, response: Response) -> dict:
    _, items = _cart(request, response)
    return {"items": len(items), "replica": REPLICA}


@app.post("/cart/items")
def add_item(request: Request, response: Response) -> dict:
    sid, items = _cart(request, response)
    items.append(f"item-{len(items) + 1}")
    store.put(sid, items)
    return {"items": len(items), "replica": REPLICA}


_serial = threading.Lock()


@app.get("/serial")
def serial(ms: int = 20) -> dict:
    with _serial:
        time.sleep(min(ms, 10_000) / 1000)
    return {"held_ms": ms, "replica": REPLICA}


@app.get("/work")
async def work(ms: int = 100) -> dict:
    await asyncio.sleep(min(ms, 10_000) / 1000)
    return {"slept_ms": ms, "replica": REPLICA}
