"""response_cache never serves one user's answer to another: two logged-in users (a session
cookie, a bearer token) each get their own feed from the cache, in process and in Redis."""

from __future__ import annotations

import uuid

import pytest
import redis
from fastapi.testclient import TestClient

from perfagent.tools.recipes.base import Decline, RecipeTarget
from perfagent.tools.recipes.response_cache import response_cache

# The dangerous shape: the route reads the user from a context variable a middleware sets,
# so nothing in its signature says its answer depends on who asks.
APP = """\
import contextvars

from fastapi import FastAPI

app = FastAPI()
CURRENT_USER = contextvars.ContextVar("user", default="anonymous")
CALLS = []


@app.middleware("http")
async def who(request, call_next):
    token = (request.cookies.get("session") or request.headers.get("x-api-key")
             or request.headers.get("authorization", "").removeprefix("Bearer "))
    CURRENT_USER.set({{"s-alice": "alice", "s-bob": "bob"}}.get(token, "anonymous"))
    return await call_next(request)


@app.get("/api/feed")
def {feed}(limit: int = 2) -> list[str]:
    user = CURRENT_USER.get()
    CALLS.append(user)
    return [f"{{user}}'s post {{i}}" for i in range(limit)]
"""


@pytest.fixture
def feed_name(redis_url):
    name = f"feed_{uuid.uuid4().hex[:10]}"
    yield name
    client = redis.Redis.from_url(redis_url)
    for key in client.scan_iter(f"perfagent:cache:{name}:*"):
        client.delete(key)
    client.close()


@pytest.mark.parametrize("variant", ["in process", "redis"])
def test_two_users_never_share_a_cached_feed(tmp_path, helpers, feed_name, redis_url, variant):
    helpers.write(tmp_path, "main.py", APP.format(feed=feed_name))
    extra = {"ttl_s": 30} | ({"redis_url": redis_url} if variant == "redis" else {})
    proposal = response_cache(tmp_path, RecipeTarget(endpoint="/api/feed", extra=extra))
    helpers.apply(tmp_path, proposal)
    app = helpers.load(tmp_path / "main.py")
    client = TestClient(app.app)
    alice = {"cookies": {"session": "s-alice"}}
    bob = {"headers": {"Authorization": "Bearer s-bob"}}
    for who, kw in [("alice", alice), ("bob", bob), ("alice", alice), ("bob", bob)]:
        client.cookies.clear()
        if "cookies" in kw:
            client.cookies.update(kw["cookies"])
        answer = client.get("/api/feed", headers=kw.get("headers"))
        assert answer.json() == [f"{who}'s post 0", f"{who}'s post 1"], (variant, who)
    client.cookies.clear()
    assert client.get("/api/feed").json()[0] == "anonymous's post 0"
    assert client.get("/api/feed").json()[0] == "anonymous's post 0"
    # each user's repeat was a hit of their own entry; anonymous requests share one
    assert app.CALLS == ["alice", "bob", "anonymous"]
    assert (
        "per user" in proposal.rationale.lower()
        or "never across users" in proposal.rationale.lower()
    )
    assert app.app.openapi()["paths"]["/api/feed"]["get"]["parameters"][0]["name"] == "limit"
    assert (
        len(app.app.openapi()["paths"]["/api/feed"]["get"]["parameters"]) == 1
    )  # Request is not a parameter


def test_an_answer_that_sets_a_cookie_is_not_cached(tmp_path, helpers, feed_name):
    helpers.write(tmp_path, "main.py", APP.format(feed=feed_name))
    target = RecipeTarget(
        endpoint="/api/feed",
        extra={"cache_scope": "none", "cache_scope_reason": "its response sets a cookie"},
    )
    with pytest.raises(Decline, match="not be cached at all: its response sets a cookie"):
        response_cache(tmp_path, target)


def test_a_static_login_header_is_part_of_the_key(tmp_path, helpers, feed_name):
    helpers.write(tmp_path, "main.py", APP.format(feed=feed_name))
    target = RecipeTarget(endpoint="/api/feed", extra={"credential_headers": ["X-Api-Key"]})
    helpers.apply(tmp_path, response_cache(tmp_path, target))
    app = helpers.load(tmp_path / "main.py")
    client = TestClient(app.app)
    for who in ("alice", "bob", "alice"):
        assert (
            client.get("/api/feed", headers={"X-Api-Key": f"s-{who}"}).json()[0]
            == f"{who}'s post 0"
        )
    assert app.CALLS == ["alice", "bob"]
    with pytest.raises(Decline, match="credential_headers"):
        response_cache(
            tmp_path, RecipeTarget(endpoint="/api/feed", extra={"credential_headers": "X-Api-Key"})
        )
