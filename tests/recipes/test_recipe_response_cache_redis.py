"""response_cache with ``redis_url``: the cache lives in a real Redis (127.0.0.1:6379)."""

from __future__ import annotations

import socket
import uuid

import pytest
import redis
from fastapi.testclient import TestClient

from perfagent.tools.cache.redis_stats import hit_rate
from perfagent.tools.recipes.base import Decline, RecipeTarget
from perfagent.tools.recipes.response_cache import response_cache

APP = '''\
import datetime
from decimal import Decimal

from fastapi import FastAPI, Query
from pydantic import BaseModel, Field

app = FastAPI()
CALLS = []
DATA = {{"n": 0}}
AT = datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.timezone.utc)


class Stock(BaseModel):
    sku: str
    count: int
    since: datetime.date
    price: Decimal = Field(alias="priceEur")
    tags: list[str] = []


@app.get("/api/items")
def {items}(limit: int = Query(10, ge=1), tag: str | None = None) -> list[dict]:
    """Items, slowly."""
    CALLS.append((limit, tag))
    return [{{"i": i, "tag": tag, "n": DATA["n"], "pair": (i, -i), "at": AT,
             "price": Decimal("1.50"), "age": datetime.timedelta(seconds=i)}}
            for i in range(limit)]


@app.get("/api/stock/{{sku}}")
def {stock}(sku: str) -> Stock:
    CALLS.append(sku)
    if sku == "missing":
        raise ValueError("no such sku")
    return Stock(sku=sku, count=DATA["n"], since=AT.date(), priceEur=Decimal("9.90"), tags=["a"])


@app.get("/api/raw")
def {raw}(n: int = 1):
    CALLS.append(("raw", n))
    return {{"at": AT, "price": Decimal("1.50"), "age": datetime.timedelta(seconds=n)}}
'''


@pytest.fixture
def names(redis_url):
    """Route function names unique to this test (the keys are perfagent:cache:<name>:...),
    and every key under them deleted afterwards."""
    token = uuid.uuid4().hex[:10]
    out = {"items": f"items_{token}", "stock": f"stock_{token}", "raw": f"raw_{token}"}
    yield out
    client = redis.Redis.from_url(redis_url)
    for name in out.values():
        for key in client.scan_iter(f"perfagent:cache:{name}:*"):
            client.delete(key)
    client.close()


@pytest.fixture
def client(redis_url):
    c = redis.Redis.from_url(redis_url)
    yield c
    c.close()


def _cached_app(tmp_path, helpers, names, url, **extra):
    helpers.write(tmp_path, "main.py", APP.format(**names))
    before = helpers.load(tmp_path / "main.py")
    for endpoint in ("/api/items?limit=3", "/api/stock/x1", "/api/raw"):
        proposal = response_cache(
            tmp_path,
            RecipeTarget(endpoint=endpoint, extra={"redis_url": url, "ttl_s": 30, **extra}),
        )
        helpers.apply(tmp_path, proposal)
    return before, helpers.load(tmp_path / "main.py")


def test_miss_hit_clear(tmp_path, helpers, names, redis_url, client, monkeypatch):
    monkeypatch.delenv("CACHE_REDIS_URL", raising=False)
    before, after = _cached_app(tmp_path, helpers, names, redis_url)
    text = (tmp_path / "main.py").read_text()
    assert (
        "import pydantic_core\nimport redis\n"
        "from fastapi import FastAPI, Query, Request, Response\n"
    ) in text
    assert "from fastapi.encoders import jsonable_encoder\n" in text  # for /api/raw
    assert (
        "payload = json.dumps(pydantic_core.to_jsonable_python(value, by_alias=True), "
        "ensure_ascii=False"
    ) in text
    assert "payload = json.dumps(jsonable_encoder(value), ensure_ascii=False" in text
    assert (
        'return Response(hit, media_type="application/json")' in text
    )  # the stored bytes, not re-encoded
    old, new = TestClient(before.app), TestClient(after.app)
    urls = (
        "/api/items?limit=3",
        "/api/items?limit=3&tag=x",
        "/api/items?limit=3",
        "/api/stock/x1",
        "/api/stock/x1",
        "/api/items?limit=0",
        "/api/raw",
        "/api/raw",
    )
    for url in urls:  # dates, decimals, durations, aliases: the same bytes from the cache
        a, b = old.get(url), new.get(url)
        assert (a.status_code, a.content) == (b.status_code, b.content)
    # repeats and the 422 never ran the body
    assert after.CALLS == [(3, None), (3, "x"), "x1", ("raw", 1)]
    assert new.get("/api/raw").json()["at"].endswith("+00:00")  # jsonable_encoder's format
    assert new.get("/api/items?limit=3").json()[0]["at"].endswith("Z")  # pydantic's
    assert new.get("/openapi.json").json() == old.get("/openapi.json").json()

    items = f"perfagent:cache:{names['items']}:"
    listed = client.lrange(items + "keys", 0, -1)
    assert len(listed) == 2 and all(k.startswith(items.encode()) for k in listed)
    assert 0 < client.ttl(listed[0]) <= 30 and 0 < client.ttl(items + "keys") <= 30
    assert getattr(after, f"_{names['items']}_cache_key")(3, None) == listed[0].decode()

    after.DATA["n"] = 1  # a write: stale until the cache is cleared
    assert new.get("/api/items?limit=3").json()[0]["n"] == 0
    assert new.get("/api/stock/x1").json()["count"] == 0
    getattr(after, f"_{names['items']}_cache_clear")()
    assert not client.exists(*listed) and not client.exists(items + "keys")
    assert new.get("/api/items?limit=3").json()[0]["n"] == 1  # a miss: the body ran again
    assert after.CALLS[-1] == (3, None)
    assert new.get("/api/stock/x1").json()["count"] == 0  # the other endpoint's cache stays

    with pytest.raises(ValueError, match="no such sku"):  # errors are not cached
        new.get("/api/stock/missing")
    assert not client.exists(getattr(after, f"_{names['stock']}_cache_key")("missing"))


def test_only_the_lookup_counts_in_redis_hit_rate(tmp_path, helpers, names, redis_url, monkeypatch):
    """Store (SET, RPUSH, EXPIRE) and clear (LPOP, DEL) are writes: INFO's keyspace hits and
    misses count the endpoint's lookups only, so the measured hit rate is the cache's."""
    monkeypatch.delenv("CACHE_REDIS_URL", raising=False)
    _, after = _cached_app(tmp_path, helpers, names, redis_url)
    new = TestClient(after.app)
    with hit_rate(redis_url) as window:
        new.get("/api/items?limit=2")
        new.get("/api/items?limit=2")
        getattr(after, f"_{names['items']}_cache_clear")()
        new.get("/api/items?limit=2")
    assert after.CALLS == [(2, None), (2, None)]  # miss, hit, (clear), miss
    assert (window.result.hits, window.result.misses) == (1, 2)


def test_redis_down_answers_uncached(tmp_path, helpers, names, redis_url, monkeypatch):
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    before, _ = _cached_app(tmp_path, helpers, names, redis_url)
    monkeypatch.setenv("CACHE_REDIS_URL", f"redis://127.0.0.1:{port}/0")
    after = helpers.load(tmp_path / "main.py")
    old, new = TestClient(before.app), TestClient(after.app)
    for url in ("/api/items?limit=2", "/api/items?limit=2", "/api/stock/a"):
        a, b = old.get(url), new.get(url)
        assert (a.status_code, a.content) == (b.status_code, b.content)
    assert after.CALLS == [(2, None), (2, None), "a"]  # every request ran the body
    getattr(after, f"_{names['items']}_cache_clear")()  # does not raise either


def test_past_max_entries_everything_listed_is_dropped(
    tmp_path, helpers, names, redis_url, client, monkeypatch
):
    monkeypatch.delenv("CACHE_REDIS_URL", raising=False)
    _, after = _cached_app(tmp_path, helpers, names, redis_url, max_entries=2)
    new = TestClient(after.app)
    key = getattr(after, f"_{names['items']}_cache_key")
    for limit in (1, 2):
        new.get(f"/api/items?limit={limit}")
    assert client.exists(key(1, None), key(2, None)) == 2
    new.get("/api/items?limit=3")  # the third listed key: all three are dropped
    assert client.exists(key(1, None), key(2, None), key(3, None)) == 0
    new.get("/api/items?limit=1")
    assert client.exists(key(1, None)) == 1


ROUTE = (
    "from fastapi import FastAPI, Response\nfrom pydantic import BaseModel\n"
    "import dataclasses, pathlib\n\napp = FastAPI()\n\n\n{route}\n"
)
DECLINES = {
    "async": ("@app.get('/x')\nasync def x() -> dict:\n    return {}", "async"),
    "bytes": ("@app.get('/x')\ndef x() -> bytes:\n    return b''", "returns bytes"),
    "response": ("@app.get('/x')\ndef x() -> Response:\n    return make()", "returns Response"),
    "set of bytes": (
        "@app.get('/x')\ndef x() -> dict[str, set[bytes]]:\n    return {}",
        "not JSON data",
    ),
    "dataclass": (
        (
            "@dataclasses.dataclass\nclass D:\n    a: int\n\n\n"
            "@app.get('/x')\ndef x() -> D:\n    return D(1)"
        ),
        "returns D",
    ),
    "unannotated name": ("@app.get('/x')\ndef x():\n    return ROWS", "cannot tell"),
    "model with a path": (
        (
            "class M(BaseModel):\n    at: pathlib.Path\n\n\n"
            "@app.get('/x')\ndef x() -> M:\n    return M(at=HERE)"
        ),
        "returns M",
    ),
    "model with a validator": (
        (
            "class M(BaseModel):\n    a: int\n\n    @field_validator('a')"
            "\n    def v(cls, a):\n        return a + 1\n\n\n"
            "@app.get('/x')\ndef x() -> M:\n    return M(a=1)"
        ),
        "returns M",
    ),
    "pydantic 1": ("@app.get('/x')\ndef x() -> dict:\n    return {}", "pins pydantic 1"),
    "strict model": (
        (
            "class M(BaseModel, strict=True):\n    a: int\n\n\n"
            "@app.get('/x')\ndef x() -> M:\n    return M(a=1)"
        ),
        "returns M",
    ),
    "exclude unset": (
        ("@app.get('/x', response_model_exclude_unset=True)\ndef x() -> dict:\n    return {}"),
        "response_model_exclude_unset",
    ),
}


@pytest.mark.parametrize("case", sorted(DECLINES))
def test_declines(case, tmp_path, helpers):
    route, reason = DECLINES[case]
    helpers.write(tmp_path, "main.py", ROUTE.format(route=route))
    if case == "pydantic 1":
        helpers.write(tmp_path, "requirements.txt", "fastapi==0.99\npydantic<2\n")
    with pytest.raises(Decline, match=reason):
        response_cache(
            tmp_path, RecipeTarget(endpoint="/x", extra={"redis_url": "redis://127.0.0.1:6379/0"})
        )


def test_declines_bad_options(tmp_path, helpers):
    helpers.write(
        tmp_path, "main.py", ROUTE.format(route="@app.get('/x')\ndef x() -> dict:\n    return {}")
    )
    for extra, reason in (
        ({"redis_url": "http://x"}, "redis_url must be"),
        ({"redis_url": "redis://h", "ttl_s": 1.5}, "whole seconds"),
    ):
        with pytest.raises(Decline, match=reason):
            response_cache(tmp_path, RecipeTarget(endpoint="/x", extra=extra))
    # unannotated, but visibly JSON: accepted
    helpers.write(
        tmp_path, "main.py", ROUTE.format(route="@app.get('/x')\ndef x():\n    return {'a': 1}")
    )
    assert response_cache(tmp_path, RecipeTarget(endpoint="/x", extra={"redis_url": "redis://h"}))
