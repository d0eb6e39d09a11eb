"""examples/shop with the Redis response cache the engagement proposes for /api/catalog:
its own tests pass with the cache and with Redis down, and the hit rate of real traffic
on the running shop comes from Redis INFO deltas."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import redis

from perfagent.agent.spec import load_target
from perfagent.tools.cache.redis_stats import hit_rate
from perfagent.tools.codeedit import apply_edit
from perfagent.tools.loadtest import Service
from perfagent.tools.recipes import RecipeTarget, by_name

SHOP = Path(__file__).resolve().parents[2] / "examples" / "shop"
SERVICE_DB = 2  # neither the shop's service (0) nor its tests (1), so no key is shared


@pytest.fixture(scope="module")
def cached_shop(tmp_path_factory) -> Path:
    spec = load_target(SHOP)
    assert spec.cache.redis == "redis://127.0.0.1:6379/0"  # the spec names a shared cache
    root = tmp_path_factory.mktemp("shop") / "shop"
    shutil.copytree(
        SHOP, root, ignore=shutil.ignore_patterns("*.db", "__pycache__", ".pytest_cache")
    )
    target = RecipeTarget(
        kind="payload",
        endpoint="/api/catalog",
        extra={"ttl_s": int(spec.cache.staleness_s), "redis_url": spec.cache.redis},
    )
    proposal = by_name("response_cache").propose(root, target)
    assert proposal is not None and "in Redis" in proposal.title
    apply_edit(root, proposal.edit)
    return root


def _shop_tests(root: Path, redis_url: str, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SHOP_", "CACHE_"))}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        cwd=root,
        env={**env, "CACHE_REDIS_URL": redis_url},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_shops_tests_pass_with_the_cache_and_without_redis(cached_shop: Path, redis_url: str):
    live = _shop_tests(
        cached_shop, "redis://127.0.0.1:6379/1"
    )  # as the spec's test command sets it
    assert live.returncode == 0, live.stdout[-2000:]
    down = _shop_tests(
        cached_shop, "redis://127.0.0.1:1/0", "-k", "catalog or static"
    )  # nothing on port 1
    assert down.returncode == 0 and "2 passed" in down.stdout, down.stdout[-2000:]


def test_traffic_on_the_cached_endpoint_gives_a_measured_hit_rate(
    cached_shop: Path, redis_url: str
):
    url = f"redis://127.0.0.1:6379/{SERVICE_DB}"
    client = redis.Redis.from_url(url)
    for key in client.scan_iter(
        "perfagent:cache:catalog:*"
    ):  # a cold cache: the first request misses
        client.delete(key)
    subprocess.run(
        [sys.executable, "-m", "shop.db"],
        cwd=cached_shop,
        check=True,
        capture_output=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("SHOP_")}
        | {"SHOP_SCALE": "0.05"},
    )
    env = {"CACHE_REDIS_URL": url, "SHOP_SCALE": "0.05"}
    with Service(
        "python -m uvicorn shop.app:app --host 127.0.0.1 --port {port}",
        ready="/healthz",
        cwd=cached_shop,
        env=env,
    ) as svc:
        first = httpx.get(f"{svc.base_url}/api/catalog").json()
        with hit_rate(url, source="20 requests to GET /api/catalog") as window:
            bodies = [httpx.get(f"{svc.base_url}/api/catalog").json() for _ in range(20)]
    assert all(body == first for body in bodies)  # a hit answers what the database did
    measured = window.result
    assert window.error is None and measured.source == "20 requests to GET /api/catalog"
    # INFO counters are server-wide: other clients of this Redis may add lookups, never remove ours
    assert measured.hits >= 20 and measured.hit_rate > 0.5, measured
    stored = [k for k in client.scan_iter("perfagent:cache:catalog:*") if not k.endswith(b":keys")]
    assert (
        len(stored) == 1 and 0 < client.ttl(stored[0]) <= 60
    )  # the TTL chosen: [cache] staleness_s
