"""A GET whose traces show a write is never advised for caching, shared or per user: the
caching page lists it as not cached with the reason, and the response-cache and cache-header
recipes decline it. healthchecks' ping endpoint (``GET /ping/<uuid>`` records a ping) was listed
under per-user caching; here its shape runs for real: the tests' Django app traced under
gunicorn, its spans read by the write_on_get rule, the rest from the recorded shop state."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from perfagent.agent.cache_scope import endpoint_scope
from perfagent.agent.deliverables.caching import build_plan, render
from perfagent.agent.findings import collect
from perfagent.agent.reasoner.rules import recipe_target
from perfagent.agent.state import EngagementState
from perfagent.tools.loadtest.auth import parse_auth
from perfagent.tools.recipes import by_name
from perfagent.tools.tracing.summary import report
from tests.tracing.conftest import gunicorn, run_traced

FIXTURE = Path(__file__).resolve().parents[1] / "engagement" / "fixtures" / "shop-state.json"
CODE = uuid.UUID("0b1c5e6a-2f3d-4e5f-8a9b-0c1d2e3f4a5b")
PING = f"/ping/{CODE}"


@pytest.fixture(scope="module")
def traced(tmp_path_factory):
    """The Django app's spans: two pings (each inserts a row), two listings (reads only)."""
    tmp = tmp_path_factory.mktemp("write_on_get")
    paths = (PING, "/authors/") * 2
    with run_traced(tmp, gunicorn("djapp.wsgi:application"), paths=paths) as (_, tracer):
        pass
    traces = tracer.collect()
    assert traces.note is None, traces.note
    return report(traces)


def _state(reports: Path, traced) -> EngagementState:
    """The recorded shop state, its two slowest endpoints renamed to the Django app's ping and
    listing (spec, baseline load, budgets and probes alike), logged in as healthchecks was."""
    text = (
        FIXTURE.read_text()
        .replace("{reports}", str(reports))
        .replace("{work}", "/work-copy")
        .replace("{root}", "/target-root")
        .replace("/api/orders/recent?limit=50", PING)
        .replace("/api/customers/42/orders", "/authors/")
    )
    state = EngagementState.model_validate_json(text)
    state.spec.load.service.auth = parse_auth(
        {"kind": "form", "path": "/login", "fields": {"email": "a", "password": "${PW}"}}
    )
    state.traces = traced
    return state


def test_the_traces_show_the_ping_writes(traced):
    (found,) = [f for f in traced.findings if f.rule == "write_on_get"]
    assert found.endpoint == "GET /ping/<uuid:code>" and found.detail["purpose_write"]


def test_a_get_that_writes_is_not_cached_at_all(tmp_path, traced):
    state = _state(tmp_path, traced)
    scope = endpoint_scope(state, f"GET {PING}")
    assert scope.scope == "none"
    assert scope.reason.startswith(
        "it writes: GET /ping/<uuid:code> records something on every request "
        "(`INSERT INTO ping (code) VALUES"
    )
    assert scope.reason.endswith("2 traced requests); a cached answer would skip the write")
    # The read-only listing stays per user (the load is logged in), and so does an unknown path.
    assert endpoint_scope(state, "GET /authors/").scope == "per_user"
    assert endpoint_scope(state, "GET /ping/not/a/uuid").scope == "per_user"

    plan, _ = build_plan(state)
    mine = [i for i in plan.items if i.what.startswith(f"`GET {PING}`")]
    assert {i.layer for i in mine} == {"L1", "L3"}  # probed, and over its budget under load
    assert all(
        i.invalidation == "not cached" and "per user" not in i.what and "keyed" not in i.what
        for i in mine
    )
    listing = [i for i in plan.items if i.what.startswith("`GET /authors/`")]
    assert listing and all("per user" in i.what for i in listing)

    written = render(state, tmp_path / "3-caching")
    page = next(Path(p).read_text() for p in written if p.endswith("README.md"))
    assert f"| `GET {PING}` | not cached | it writes: GET /ping/<uuid:code> records" in page
    assert f"| `GET {PING}` response body: not cached |" in page


def test_the_cache_recipes_decline_a_get_that_writes(tmp_path, traced):
    state = _state(tmp_path, traced)
    (slow,) = [f for f in collect(state) if f.kind == "latency" and f.endpoint == f"GET {PING}"]
    target = recipe_target(slow, state)
    assert target.extra["cache_scope"] == "none"
    for name in ("response_cache", "cache_headers"):
        declined = by_name(name).attempt(tmp_path, target)
        assert str(declined).startswith("its answer must not be cached at all: it writes: GET"), (
            name
        )
