"""Password hashing in a profile is a deliberate cost with capacity advice, never a hot spot
to speed up: no cpu_hotspot finding, no impact share to rank it by, no candidate change."""

from __future__ import annotations

from pathlib import Path

from perfagent.agent.deliverables.recommendations import render
from perfagent.agent.findings import (
    collect,
    cpu_findings,
    security_findings,
    service_cpu_findings,
)
from perfagent.agent.reasoner.rules import prioritize, propose
from perfagent.agent.state import EngagementState, NamedProfile
from perfagent.tools.profile.models import CpuProfile, HotSpot
from perfagent.tools.tracing.models import TraceReport
from perfagent.tools.tracing.service_profile import split_by_view

FIXTURE = Path(__file__).parent / "fixtures" / "shop-state.json"


def _state(tmp_path: Path) -> EngagementState:
    text = (
        FIXTURE.read_text()
        .replace("{reports}", str(tmp_path))
        .replace("{work}", "/work-copy")
        .replace("{root}", "/target-root")
    )
    state = EngagementState.model_validate_json(text)
    root = state.spec.root
    spots = [
        HotSpot(
            function="hash_password",
            file=f"{root}/app/auth.py",
            line=12,
            self_pct=70.0,
            total_pct=71.0,
            self_samples=700,
            total_samples=710,
            calls=40,
        ),
        HotSpot(
            function="pbkdf2_hmac",
            file="<built-in>",
            line=None,
            self_pct=69.0,
            total_pct=69.0,
            self_samples=690,
            total_samples=690,
            calls=40,
        ),
        HotSpot(
            function="render_feed",
            file=f"{root}/app/views.py",
            line=30,
            self_pct=20.0,
            total_pct=25.0,
            self_samples=200,
            total_samples=250,
            calls=400,
        ),
    ]
    state.profiles = {
        "login": NamedProfile(
            name="login",
            profile=CpuProfile(
                source="cprofile", duration_s=2.0, samples=1000, sample_unit="us", hotspots=spots
            ),
        )
    }
    return state


def test_password_hashing_is_a_deliberate_cost_not_a_hot_spot(tmp_path):
    state = _state(tmp_path)
    assert [f.detail.function for f in cpu_findings(state)] == ["render_feed"]
    [cost] = security_findings(state)
    assert cost.kind == "security_cost" and cost.impact_share_pct is None and cost.detail.deliberate
    assert "do not speed it up" in cost.title and "keep the work factor" in cost.detail.advice
    assert (
        "rate-limit the login endpoint" in cost.detail.advice
        and "passwords/s" in cost.detail.advice
    )
    assert propose(cost, root=tmp_path, state=state) == []  # nothing to try
    ranked = prioritize(collect(state))
    assert (
        ranked[-1].finding_id == cost.id and ranked[-1].roi == 0
    )  # never ranked as an opportunity
    state.findings, state.plan = collect(state), ranked
    page = next(
        Path(p).read_text() for p in render(state, tmp_path / "4") if p.endswith("README.md")
    )
    assert "## Deliberate costs: plan capacity, do not speed up" in page


def test_a_login_view_hashing_under_load_is_a_deliberate_cost(tmp_path):
    """A service with no [[benchmark]] (full-stack-fastapi-template): py-spy's recording under
    load puts the login's argon2 verify in the login view. It is a security cost with capacity
    advice, never "speed up verify_password by hand"; the other view stays a hot spot."""
    state = _state(tmp_path)
    state.profiles = {}
    root, lib = tmp_path / "repo", "/srv/venv/lib/python3.14/site-packages"
    endpoint = f"_run_sync_endpoint ({lib}/fastapi/routing.py:240)"
    login = [
        f"login_access_token ({root}/backend/app/api/routes/login.py:23)",
        f"authenticate ({root}/backend/app/crud.py:45)",
        f"verify_password ({root}/backend/app/core/security.py:29)",
        f"PasswordHasher.verify ({lib}/argon2/_password_hasher.py:215)",
        f"verify_secret ({lib}/argon2/low_level.py:163)",
    ]
    items = [
        f"read_items ({root}/backend/app/api/routes/items.py:13)",
        f"Cursor.execute ({lib}/psycopg/cursor.py:97)",
    ]
    collapsed = "\n".join(
        ";".join(['process 7:"python -m uvicorn"', endpoint, *frames]) + f" {n}"
        for frames, n in ((login, 300), (items, 700))
    )
    state.traces = TraceReport(service_profile=split_by_view(collapsed, root))
    found = service_cpu_findings(state)
    [cost] = [f for f in found if f.kind == "security_cost"]
    assert cost.impact_share_pct is None and "do not speed it up" in cost.title
    assert cost.target.path == "backend/app/core/security.py" and "argon2" not in cost.title
    assert "keep the work factor" in cost.detail.advice
    assert [f.detail.function for f in found if f.kind == "cpu_hotspot"] == ["read_items"]
    assert propose(cost, root=tmp_path, state=state) == []
