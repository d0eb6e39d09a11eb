"""cache_headers: Cache-Control on a read-only FastAPI GET endpoint's responses."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from perfagent.tools.recipes.base import Decline, RecipeTarget
from perfagent.tools.recipes.cache_headers import cache_headers

APP = '''\
from fastapi import (
    FastAPI,
    HTTPException,
    Query,
)

app = FastAPI()
ITEMS = [{"id": i, "name": f"item {i}"} for i in range(5)]


@app.get("/api/items")
def items(
    limit: int = Query(10, ge=1),
    tag: str | None = None,
) -> list[dict]:
    """Items, filtered."""
    return [dict(item, tag=tag) for item in ITEMS[:limit]]


@app.get("/api/items/{item_id}")
async def item(item_id: int) -> dict:
    # an unknown id is a 404, with no cache header
    if item_id >= len(ITEMS):
        raise HTTPException(404, "no such item")
    return ITEMS[item_id]
'''


def _edited(tmp_path, helpers, endpoint, **extra):
    helpers.write(tmp_path, "main.py", APP)
    before = helpers.load(tmp_path / "main.py")
    helpers.apply(tmp_path, cache_headers(tmp_path, RecipeTarget(endpoint=endpoint, extra=extra)))
    return before, helpers.load(tmp_path / "main.py")


def test_private_header_same_body_same_openapi(tmp_path, helpers):
    before, after = _edited(tmp_path, helpers, "/api/items?limit=2", ttl_s=120)
    text = (tmp_path / "main.py").read_text()
    assert "    Query,\n    Response,\n)\n" in text
    assert (
        "def items(\n    response: Response,\n    limit: int = Query(10, ge=1),\n"
        '    tag: str | None = None,\n) -> list[dict]:\n    """Items, filtered."""\n'
        '    response.headers["Cache-Control"] = "private, max-age=120"\n'
    ) in text
    old, new = TestClient(before.app), TestClient(after.app)
    for url in ("/api/items", "/api/items?limit=2&tag=x", "/api/items?limit=0"):
        a, b = old.get(url), new.get(url)
        assert (a.status_code, a.content) == (b.status_code, b.content)
        assert "cache-control" not in a.headers
    assert new.get("/api/items?limit=2").headers["cache-control"] == "private, max-age=120"
    assert "cache-control" not in new.get("/api/items?limit=0").headers  # 422: not cached
    assert "cache-control" not in new.get("/api/items/1").headers  # the other route: unchanged
    assert new.get("/openapi.json").json() == old.get("/openapi.json").json()


def test_shared_is_public_and_errors_have_no_header(tmp_path, helpers):
    before, after = _edited(tmp_path, helpers, "/api/items/3", shared=True)
    text = (tmp_path / "main.py").read_text()
    assert (
        "async def item(response: Response, item_id: int) -> dict:\n"
        '    response.headers["Cache-Control"] = "public, max-age=60"\n'
        "    # an unknown id is a 404, with no cache header\n"
        "    if item_id"
    ) in text
    old, new = TestClient(before.app), TestClient(after.app)
    for url in ("/api/items/3", "/api/items/9", "/api/items/x"):
        a, b = old.get(url), new.get(url)
        assert (a.status_code, a.content) == (b.status_code, b.content)
    assert new.get("/api/items/3").headers["cache-control"] == "public, max-age=60"
    assert "cache-control" not in new.get("/api/items/9").headers
    assert new.get("/openapi.json").json() == old.get("/openapi.json").json()
    with pytest.raises(Decline, match="item already mentions Cache-Control"):
        cache_headers(tmp_path, RecipeTarget(endpoint="/api/items/3"))  # not twice


def test_shop(shop, helpers):
    target = RecipeTarget(kind="payload", endpoint="/api/catalog")
    helpers.apply(shop, cache_headers(shop, target))
    text = (shop / "shop" / "app.py").read_text()
    assert "from fastapi import FastAPI, HTTPException, Response\n" in text
    assert "def catalog(response: Response) -> list[dict]:" in text
    with pytest.raises(Decline, match="catalog already mentions Cache-Control"):
        cache_headers(shop, target)  # not twice
    # its own header on another route does not stop a second one
    helpers.apply(shop, cache_headers(shop, RecipeTarget(endpoint="/api/quote?zone=2")))
    assert (shop / "shop" / "app.py").read_text().count('"Cache-Control"] = "private') == 2
    with pytest.raises(Decline, match="also called"):  # related_products calls product()
        cache_headers(shop, RecipeTarget(endpoint="/api/products/3"))
    with pytest.raises(Decline, match="FileResponse"):
        cache_headers(shop, RecipeTarget(endpoint="/static/app.js"))
    (shop / "shop" / "extra.py").write_text("CACHE_CONTROL = 'no-store'\n")
    assert cache_headers(shop, RecipeTarget(endpoint="/api/orders/recent"))  # other modules


ROUTE = "from fastapi import {imports}\n\napp = FastAPI()\n\n\n{route}\n"
DECLINES = {
    "request": (
        "FastAPI, Request",
        ("@app.get('/x')\ndef x(request: Request) -> dict:\n    return {}"),
        "already takes a connection",
    ),
    "response param": (
        "FastAPI, Response",
        ("@app.get('/x')\ndef x(r: Response) -> dict:\n    return {}"),
        "already takes a connection",
    ),
    "returns response": (
        "FastAPI, Response",
        ("@app.get('/x')\ndef x():\n    return Response('a')"),
        "builds a Response",
    ),
    "response annotation": (
        "FastAPI",
        ("@app.get('/x')\ndef x() -> JSONResponse:\n    return make()"),
        "returns a JSONResponse",
    ),
    "post": ("FastAPI", "@app.post('/x')\ndef x() -> dict:\n    return {}", "non-GET"),
    "get and put": (
        "FastAPI",
        ("@app.put('/x')\n@app.get('/x')\ndef x() -> dict:\n    return {}"),
        "non-GET",
    ),
    "header": (
        "FastAPI, Header",
        ("@app.get('/x')\ndef x(lang: str = Header('en')) -> dict:\n    return {}"),
        "comes from Header",
    ),
    "annotated cookie": (
        "FastAPI, Cookie",
        ("@app.get('/x')\ndef x(s: Annotated[str, Cookie()]) -> dict:\n    return {}"),
        "comes from Cookie",
    ),
    "writes": (
        "FastAPI",
        "@app.get('/x')\ndef x() -> dict:\n    db.commit()\n    return {}",
        "calls .commit()",
    ),
    "already set": (
        "FastAPI",
        (
            "@app.middleware('http')\nasync def mw(request, call_next):\n"
            "    r = await call_next(request)\n    r.headers['cache-control'] = 'no-store'"
            "\n    return r\n\n\n@app.get('/x')\ndef x() -> dict:\n    return {}"
        ),
        "already mentions cache-control",
    ),
    "called": (
        "FastAPI",
        (
            "@app.get('/x')\ndef x() -> dict:\n    return {}\n\n\n"
            "@app.get('/y')\ndef y() -> dict:\n    return x()"
        ),
        "also called",
    ),
    "one line body": ("FastAPI", "@app.get('/x')\ndef x() -> dict: return {}", "def line"),
    "decorated": (
        "FastAPI",
        ("@app.get('/x')\n@functools.cache\ndef x() -> dict:\n    return {}"),
        "decorators besides its routes",
    ),
    "kwargs": ("FastAPI", "@app.get('/x')\ndef x(**kw) -> dict:\n    return {}", "kwargs"),
    "response name taken": (
        "FastAPI",
        ("Response = dict\n\n\n@app.get('/x')\ndef x() -> dict:\n    return {}"),
        "`Response` means",
    ),
}


@pytest.mark.parametrize("case", sorted(DECLINES))
def test_declines(case, tmp_path, helpers):
    imports, route, reason = DECLINES[case]
    helpers.write(tmp_path, "main.py", ROUTE.format(imports=imports, route=route))
    with pytest.raises(Decline, match=reason):
        cache_headers(tmp_path, RecipeTarget(endpoint="/x"))


def test_declines_dependencies_when_shared_and_bad_ttl(tmp_path, helpers):
    helpers.write(
        tmp_path,
        "main.py",
        ROUTE.format(
            imports="Depends, FastAPI",
            route=(
                "@app.get('/x')\ndef x(user: str = Depends(lambda: 'u')) -> dict:\n    return {}"
            ),
        ),
    )
    with pytest.raises(Decline, match="dependency"):
        cache_headers(tmp_path, RecipeTarget(endpoint="/x", extra={"shared": True}))
    private = cache_headers(tmp_path, RecipeTarget(endpoint="/x", extra={"shared": "yes"}))
    assert "private" in private.title and "dependencies of x" in private.assumptions[-1]
    for ttl in (0, 1.5, "60", True):
        with pytest.raises(Decline, match="whole number of seconds"):
            cache_headers(tmp_path, RecipeTarget(endpoint="/x", extra={"ttl_s": ttl}))


def test_declines_a_route_called_from_another_module(tmp_path, helpers):
    helpers.write(
        tmp_path,
        "api/main.py",
        ROUTE.format(imports="FastAPI", route=("@app.get('/x')\ndef x() -> dict:\n    return {}")),
    )
    helpers.write(tmp_path, "api/other.py", "from api.main import x\n\nVALUE = x()\n")
    with pytest.raises(Decline, match="api/other.py may call x"):
        cache_headers(tmp_path, RecipeTarget(endpoint="/x"))
    helpers.write(tmp_path, "api/other.py", "from api import main\n\nVALUE = main.x()\n")
    with pytest.raises(Decline, match="api/other.py may call x"):
        cache_headers(tmp_path, RecipeTarget(endpoint="/x"))
    helpers.write(tmp_path, "api/other.py", "x = 1  # another x, not the route\n")
    assert cache_headers(tmp_path, RecipeTarget(endpoint="/x"))
