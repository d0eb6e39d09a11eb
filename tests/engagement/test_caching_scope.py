"""The caching page never advises sharing a logged-in answer: with [service.auth] every endpoint
is cached per user (and says why), a response that sets a cookie is not cached at all, and the
response-cache recipe is told so. Rendered from the recorded shop state."""

from __future__ import annotations

import json
from pathlib import Path

from perfagent.agent.cache_scope import endpoint_scope
from perfagent.agent.deliverables.caching import build_plan, render
from perfagent.agent.state import EngagementState
from perfagent.tools.loadtest.auth import parse_auth

FIXTURE = Path(__file__).parent / "fixtures" / "shop-state.json"


def _state(reports: Path) -> EngagementState:
    text = (
        FIXTURE.read_text()
        .replace("{reports}", str(reports))
        .replace("{work}", "/work-copy")
        .replace("{root}", "/target-root")
    )
    return EngagementState.model_validate_json(text)


def test_without_credentials_a_response_is_shared(tmp_path):
    state = _state(tmp_path)
    plan, _ = build_plan(state)
    assert {s.scope for s in plan.scopes.values()} == {"shared"}
    assert any("keyed by path and query" in i.what for i in plan.items if i.layer == "L3")


def test_a_logged_in_load_makes_every_cache_per_user(tmp_path):
    state = _state(tmp_path)
    state.spec.load.service.auth = parse_auth(
        {"kind": "form", "path": "/login", "fields": {"username": "a", "password": "${PW}"}}
    )
    plan, _ = build_plan(state)
    assert {s.scope for s in plan.scopes.values()} == {"per_user"}
    l3 = [i for i in plan.items if i.layer == "L3"]
    assert l3 and all("per user" in i.what and "never shared between users" in i.what for i in l3)
    assert not any("keyed by path and query" == i.what.split(", ", 1)[-1] for i in l3)
    l1 = [i for i in plan.items if i.layer == "L1" and i.what.startswith("`GET")]
    assert l1 and all("private" in (i.directive or "") and "CDN" not in i.invalidation for i in l1)
    written = render(state, tmp_path / "3-caching")
    page = next(Path(p).read_text() for p in written if p.endswith("README.md"))
    assert (
        "## Shared or per user" in page
        and "| per user | requests carry a session (a form login" in page
    )


def test_a_response_that_sets_a_cookie_is_not_cached(tmp_path):
    state = _state(tmp_path)
    probe = state.payloads[0]
    state.payloads[0] = probe.model_copy(update={"set_cookie": True})
    plan, _ = build_plan(state)
    scope = plan.scopes[probe.endpoint]
    assert scope.scope == "none" and "sets a cookie" in scope.reason
    mine = [i for i in plan.items if i.what.startswith(f"`{probe.endpoint}`")]
    assert mine and all(i.invalidation == "not cached" for i in mine)
    assert endpoint_scope(state, probe.endpoint).scope == "none"


def test_vary_cookie_is_per_user(tmp_path):
    state = _state(tmp_path)
    state.payloads[1] = state.payloads[1].model_copy(update={"vary": "Accept-Encoding, Cookie"})
    assert endpoint_scope(state, state.payloads[1].endpoint).scope == "per_user"
    assert (
        json.loads(build_plan(state)[0].model_dump_json())["scopes"][state.payloads[1].endpoint][
            "scope"
        ]
        == "per_user"
    )
