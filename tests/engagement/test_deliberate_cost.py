"""Password hashing in a profile is a deliberate cost with capacity advice, never a hot spot
to speed up: no cpu_hotspot finding, no impact share to rank it by, no candidate change."""

from __future__ import annotations

from pathlib import Path

from perfagent.agent.deliverables.recommendations import render
from perfagent.agent.findings import collect, cpu_findings, security_findings
from perfagent.agent.reasoner.rules import prioritize, propose
from perfagent.agent.state import EngagementState, NamedProfile
from perfagent.tools.profile.models import CpuProfile, HotSpot

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
