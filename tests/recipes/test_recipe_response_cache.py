"""response_cache: an in-process TTL cache for a read-only GET endpoint."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from perfagent.tools.recipes.base import Decline, RecipeTarget
from perfagent.tools.recipes.response_cache import response_cache

APP = '''\
from fastapi import FastAPI, Query

app = FastAPI()
CALLS = []
DATA = {"n": 0}


@app.get("/api/items")
def items(limit: int = Query(10, ge=1), tag: str | None = None) -> list[dict]:
    """Items, slowly."""
    CALLS.append((limit, tag))
    return [{"i": i, "tag": tag, "n": DATA["n"]} for i in range(limit)]


@app.get("/api/items/{item_id}")
async def item(item_id: int) -> dict:
    CALLS.append(item_id)
    if item_id < 0:
        raise ValueError("negative")
    return {"id": item_id, "n": DATA["n"]}
'''


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


def test_repeated_requests_are_served_from_memory(tmp_path, helpers):
    helpers.write(tmp_path, "main.py", APP)
    before = helpers.load(tmp_path / "main.py")
    proposal = response_cache(
        tmp_path, RecipeTarget(endpoint="/api/items?limit=3", extra={"ttl_s": 30})
    )
    helpers.apply(tmp_path, proposal)
    proposal2 = response_cache(tmp_path, RecipeTarget(endpoint="GET /api/items/5"))
    helpers.apply(tmp_path, proposal2)
    after = helpers.load(tmp_path / "main.py")
    clock = FakeClock()
    after.time = clock  # the module's clock seam: `time.monotonic()`
    old, new = TestClient(before.app), TestClient(after.app)
    for url in (
        "/api/items?limit=3",
        "/api/items?limit=3&tag=x",
        "/api/items?limit=3",
        "/api/items/4",
        "/api/items/4",
        "/api/items?limit=0",
    ):
        a, b = old.get(url), new.get(url)
        assert (a.status_code, a.json()) == (b.status_code, b.json())
    assert after.CALLS == [(3, None), (3, "x"), 4]  # repeats and the 422 never ran the body
    assert new.get("/openapi.json").json() == old.get("/openapi.json").json()

    after.DATA["n"] = 1  # a write: stale until the TTL passes or the cache is cleared
    assert new.get("/api/items?limit=3").json()[0]["n"] == 0
    clock.now += 31
    assert new.get("/api/items?limit=3").json()[0]["n"] == 1
    assert new.get("/api/items/4").json()["n"] == 0  # the other endpoint's TTL is 60 s
    after._item_cache_clear()
    assert new.get("/api/items/4").json()["n"] == 1
    assert "never mutate it" in (tmp_path / "main.py").read_text()


def test_shop_catalog(shop, helpers):
    proposal = response_cache(shop, RecipeTarget(kind="latency", endpoint="/api/catalog"))
    helpers.apply(shop, proposal)
    text = (shop / "shop" / "app.py").read_text()
    assert "import threading\nimport time\n" in text
    assert "def _catalog_cache_clear() -> None:" in text
    assert "    value = _catalog_uncached()\n" in text
    assert "FastAPI only serializes it" in proposal.rationale


ROUTE = "from fastapi import {imports}\n\napp = FastAPI()\n\n\n{route}\n"
DECLINES = {
    "request": (
        ROUTE.format(
            imports="FastAPI, Request",
            route=("@app.get('/x')\ndef x(request: Request) -> dict:\n    return {}"),
        ),
        "not a plain",
    ),
    "depends": (
        ROUTE.format(
            imports="FastAPI, Depends",
            route=(
                "@app.get('/x')\ndef x(user: str = Depends(lambda: 'u')) -> dict:\n    return {}"
            ),
        ),
        "Depends",
    ),
    "header": (
        ROUTE.format(
            imports="FastAPI, Header",
            route=("@app.get('/x')\ndef x(token: str = Header('')) -> dict:\n    return {}"),
        ),
        "Header",
    ),
    "post": (
        ROUTE.format(imports="FastAPI", route=("@app.post('/x')\ndef x() -> dict:\n    return {}")),
        "non-GET",
    ),
    "get and post": (
        ROUTE.format(
            imports="FastAPI",
            route=("@app.post('/x')\n@app.get('/x')\ndef x() -> dict:\n    return {}"),
        ),
        "non-GET",
    ),
    "writes": (
        ROUTE.format(
            imports="FastAPI",
            route=(
                "@app.get('/x')\ndef x() -> dict:\n    db.execute('UPDATE t SET a = 1')\n"
                "    return {}"
            ),
        ),
        "write statement",
    ),
    "response object": (
        ROUTE.format(
            imports="FastAPI", route=("@app.get('/x')\ndef x():\n    return FileResponse('a')")
        ),
        "FileResponse",
    ),
    "list query": (
        ROUTE.format(
            imports="FastAPI, Query",
            route=("@app.get('/x')\ndef x(ids: list[int] = Query([])) -> dict:\n    return {}"),
        ),
        "not a plain",
    ),
    "no route": (
        ROUTE.format(imports="FastAPI", route=("@app.get('/y')\ndef y() -> dict:\n    return {}")),
        "no @app.get route",
    ),
}


@pytest.mark.parametrize("case", sorted(DECLINES))
def test_declines(case, tmp_path, helpers):
    source, reason = DECLINES[case]
    helpers.write(tmp_path, "main.py", source)
    with pytest.raises(Decline, match=reason):
        response_cache(tmp_path, RecipeTarget(endpoint="/x"))
