"""Deliverable 3 rendered from a recorded engagement of examples/shop (fixtures/state.json:
a construction-phase run, trimmed, paths made relative).

The page is compared with fixtures/caching.golden.md; after an intended change, rewrite
it with ``PERFAGENT_UPDATE_GOLDEN=1 pytest tests/cache``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import redis

from perfagent.agent.deliverables.caching import render
from perfagent.agent.state import EngagementState
from perfagent.tools.cache import CachePlan, HitRate
from perfagent.tools.sql.models import QueryClass

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = FIXTURES / "caching.golden.md"


@pytest.fixture
def state() -> EngagementState:
    return EngagementState.model_validate_json((FIXTURES / "state.json").read_text())


def section(page: str, heading: str) -> str:
    return page.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]


def with_writes(state: EngagementState, *classes: QueryClass) -> EngagementState:
    db = state.database
    analysis = db.analysis.model_copy(update={"classes": [*db.analysis.classes, *classes]})
    return state.model_copy(update={"database": db.model_copy(update={"analysis": analysis})})


def test_recorded_engagement(state, tmp_path):
    rendered = render(state, tmp_path)
    assert set(rendered) == {
        str(tmp_path / n) for n in ("README.md", "caching.json", "invalidation.py")
    }
    page = (tmp_path / "README.md").read_text()
    # L2: the pure, recomputed shipping table, with its profile's figures.
    l2 = section(page, "L2")
    assert "`shipping_table()`" in l2 and "called 6 times, 78.2% of the time" in l2
    # L1: the catalog sends no Cache-Control; its 5 MB body is quoted from the probe.
    catalog = next(
        line for line in section(page, "L1").splitlines() if line.startswith("| `GET /api/catalog`")
    )
    assert "**no Cache-Control header**" in catalog and "5,256,669 bytes" in catalog
    assert "private, max-age=60" in catalog
    # The TTL follows from the measured traffic: no write among 12,360 reads of products in
    # the 10 s baseline, so the staleness tolerance (60 s) is the TTL.
    traffic = section(page, "Read/write traffic per table")
    assert "| `products` | 12,360 | 0 | 1,234.6 | 0.0 | 0.0% | 60 s | no |" in traffic
    assert "12,360 reads and 0 writes in 10.0 s: no write while measured" in traffic
    assert "`GET /api/catalog` response body" in section(page, "L3")
    assert "CREATE INDEX orders_customer_id_created_at_idx" in section(page, "L4")
    monitoring = section(page, "Hit-rate monitoring")
    assert (
        "rate(redis_keyspace_hits_total[5m]) / (rate(redis_keyspace_hits_total[5m]) + "
        "rate(redis_keyspace_misses_total[5m]))" in monitoring
    )
    assert "No hit rate was measured in this engagement" in monitoring

    plan = CachePlan.model_validate_json((tmp_path / "caching.json").read_text())
    assert plan.ttls["products"].ttl_s == 60 and plan.window_s == pytest.approx(10.011)
    assert {i.layer for i in plan.items} == {"L1", "L2", "L3", "L4"}

    if os.environ.get("PERFAGENT_UPDATE_GOLDEN"):
        GOLDEN.write_text(page)
    assert page == GOLDEN.read_text()


def test_ttl_follows_measured_writes(state, tmp_path):
    """Five order updates in the 10 s window: a write every 2 s, inside the 60 s tolerance."""
    state = with_writes(
        state,
        QueryClass(
            fingerprint="update orders set status = ? where id = ?",
            fingerprint_id="w1",
            calls=5,
            sample="UPDATE orders SET status = 'paid' WHERE id = 100000",
            total_ms=3.0,
        ),
    )
    render(state, tmp_path)
    page = (tmp_path / "README.md").read_text()
    assert "| `orders` | 201 | 5 | 20.1 | 0.5 | 2.4% | 2 s | yes |" in page
    assert "one write every 2.0 s on average, more often than the 60 s staleness tolerance" in page
    l3 = section(page, "L3")
    assert "| 2 s |" in l3 and "bound by `orders`" in l3
    code = (tmp_path / "invalidation.py").read_text()
    assert '    "orders": 2,\n' in code and '    "products": 60,\n' in code
    # Browsers cannot be told about writes: revalidate instead of a max-age.
    assert "Cache-Control: no-cache; ETag" in section(page, "L1").split("static")[0]


def test_generated_file_runs_against_redis(state, tmp_path, redis_url, monkeypatch):
    render(state, tmp_path)
    code = (tmp_path / "invalidation.py").read_text()
    prefix = f"perfagent-test:{uuid.uuid4().hex[:12]}:"
    code = code.replace('PREFIX = "shop:cache:"', f'PREFIX = "{prefix}"')
    module = {"__name__": "invalidation"}
    monkeypatch.setenv("CACHE_REDIS_URL", redis_url)
    try:
        exec(compile(code, "invalidation.py", "exec"), module)  # noqa: S102 - generated here
        catalog = module["cached"]("products")(lambda: [{"id": 1, "name": "glove"}])
        assert catalog() == catalog() == [{"id": 1, "name": "glove"}]
        assert module["invalidate"]("products") == 1
        assert (module["stats"]["hits"], module["stats"]["misses"]) == (1, 1)
    finally:
        client = redis.Redis.from_url(redis_url)
        keys = list(client.scan_iter(match=prefix + "*"))
        if keys:
            client.delete(*keys)


def test_generated_file_is_lint_clean(state, tmp_path):
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed")
    render(state, tmp_path)
    config = Path(__file__).resolve().parents[2] / "pyproject.toml"  # the project's own rules
    target = tmp_path / "invalidation.py"
    done = subprocess.run(
        [ruff, "check", "--config", str(config), str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout


def test_measured_hit_rate_is_quoted(state, tmp_path):
    measured = HitRate(
        url="redis://127.0.0.1:6379/0",
        window_s=10.0,
        hits=930,
        misses=70,
        hit_rate=0.93,
        evictions=0,
        expirations=12,
        used_memory_bytes=2_097_152,
    )
    render(state.model_copy(update={"cache_hit_rate": measured}), tmp_path)
    monitoring = section((tmp_path / "README.md").read_text(), "Hit-rate monitoring")
    assert "over 10 s: **93.0%** (930 hits, 70 misses), 0 evictions, 12 expirations" in monitoring
    assert "Alert below 83%: 10 points under the measured 93.0%" in monitoring
    assert "< 0.83 and" in monitoring


def test_nothing_measured(state, tmp_path):
    spec = state.spec.model_copy(
        update={"load": None, "benchmarks": [], "database": None, "frontend": None}
    )
    bare = EngagementState(run_id="r", spec=spec)
    render(bare, tmp_path)
    page = (tmp_path / "README.md").read_text()
    assert page.startswith("# Caching implementation\n\nNothing to report: no read path")
    assert "no [service]" in page and not (tmp_path / "invalidation.py").exists()


def test_without_a_query_log(state, tmp_path):
    """No database measured: TTLs stand at the tolerance and every write must invalidate."""
    render(state.model_copy(update={"database": None}), tmp_path)
    page = (tmp_path / "README.md").read_text()
    assert "No query log was measured" in page
    assert "Nothing to cache here: no query log was analysed." in section(page, "L4")
    catalog = next(
        line for line in section(page, "L1").splitlines() if line.startswith("| `GET /api/catalog`")
    )
    assert "Cache-Control: no-cache; ETag" in catalog
    assert '@cached("<each table it reads>")' in section(page, "L3")
