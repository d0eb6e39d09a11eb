"""The routers' typed edges cover every phase's plan (agent/graph.py, agent/phases.py)."""

from __future__ import annotations

import pytest

from perfagent.agent.graph import (
    after_baseline,
    after_monitor,
    after_optimize,
    after_prioritize,
    after_profile,
    after_validate,
)
from perfagent.agent.phases import PHASE_STEPS, next_step
from perfagent.agent.state import EngagementState

ROUTERS = {
    "baseline": after_baseline,
    "profile": after_profile,
    "prioritize": after_prioritize,
    "optimize": after_optimize,
    "validate": after_validate,
    "monitor": after_monitor,
}


@pytest.mark.parametrize("phase", list(PHASE_STEPS))
def test_each_planned_step_routes_to_the_next_planned_step(phase: str) -> None:
    steps = list(PHASE_STEPS[phase])
    state = EngagementState.model_construct(
        steps=steps
    )  # no candidate: optimize moves past validate
    for step in steps[:-1]:
        after = "validate" if step == "optimize" and "validate" in steps else step
        assert ROUTERS[step](state) == next_step(steps, after), (phase, step)
