"""The routers' edges cover every phase's plan (agent/graph.py, agent/phases.py)."""

from __future__ import annotations

import pytest

from perfagent.agent.graph import router
from perfagent.agent.phases import PHASE_STEPS, next_step
from perfagent.agent.state import EngagementState
from perfagent.agent.steps import declared

ROUTERS = {spec.name: router(spec, declared()) for spec in declared()[:-1]}


@pytest.mark.parametrize("phase", list(PHASE_STEPS))
def test_each_planned_step_routes_to_the_next_planned_step(phase: str) -> None:
    steps = list(PHASE_STEPS[phase])
    state = EngagementState.model_construct(
        steps=steps
    )  # no candidate: optimize moves past validate
    for step in steps[:-1]:
        after = "validate" if step == "optimize" and "validate" in steps else step
        assert ROUTERS[step](state) == next_step(steps, after), (phase, step)


def test_a_plan_the_graph_has_no_edge_for_says_so() -> None:
    state = EngagementState.model_construct(steps=["baseline", "profile", "monitor", "report"])
    with pytest.raises(ValueError, match="the graph has no edge from profile to monitor"):
        ROUTERS["profile"](state)
