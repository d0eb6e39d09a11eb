"""The engagement graph, as in DESIGN.md:

    baseline ─► profile ─► prioritize ─► optimize ⇄ validate ─► monitor ─► report

Every phase starts at baseline and ends at report; the routers skip the steps the
phase does not plan. Their return types list the edges.

Each node runs through :func:`_node`: a step that returns while the process is being
stopped by a signal is not checkpointed (what it saw while its processes were being
killed is not a measurement), so a resume runs it again; and the kill tests' crash
points (:mod:`agent.crashpoint`) sit at its start, middle and end.
"""

from __future__ import annotations

import functools
from typing import Literal

from langgraph.graph import END, START, StateGraph

from perfagent.agent import crashpoint
from perfagent.agent.phases import next_along
from perfagent.agent.state import EngagementState, StepName
from perfagent.agent.steps import Step
from perfagent.agent.steps.baseline import baseline
from perfagent.agent.steps.monitor import monitor
from perfagent.agent.steps.optimize import optimize
from perfagent.agent.steps.prioritize import prioritize
from perfagent.agent.steps.profile import profile
from perfagent.agent.steps.report import report
from perfagent.agent.steps.validate import validate
from perfagent.tools.sandbox import teardown


def after_baseline(state: EngagementState) -> Literal["profile", "prioritize", "monitor", "report"]:
    return next_along(state.steps, "baseline", ("profile", "prioritize", "monitor", "report"))


def after_profile(state: EngagementState) -> Literal["prioritize", "report"]:
    return next_along(state.steps, "profile", ("prioritize", "report"))


def after_prioritize(state: EngagementState) -> Literal["optimize", "monitor", "report"]:
    return next_along(state.steps, "prioritize", ("optimize", "monitor", "report"))


def after_optimize(state: EngagementState) -> Literal["validate", "monitor", "report"]:
    """To validate with the candidate optimize chose; past it when none is left."""
    if state.current_candidate and "validate" in state.steps:
        return "validate"
    current: StepName = "validate" if "validate" in state.steps else "optimize"
    return next_along(state.steps, current, ("validate", "monitor", "report"))


def after_validate(state: EngagementState) -> Literal["optimize", "monitor", "report"]:
    """Back to optimize while a measurable candidate is still waiting (the loop)."""
    waiting = any(c.status == "proposed" and c.measurable for c in state.candidates.values())
    if waiting and "optimize" in state.steps:
        return "optimize"
    return next_along(state.steps, "validate", ("optimize", "monitor", "report"))


def after_monitor(state: EngagementState) -> Literal["report"]:
    return next_along(state.steps, "monitor", ("report",))


def _node(name: str, step: Step) -> Step:
    @functools.wraps(step)
    def run(state: EngagementState) -> dict:
        with crashpoint.around(name):
            update = step(state)
        teardown.check()  # Interrupted: a step that saw a stopping signal is not checkpointed
        crashpoint.reached(name, "end")
        return update

    return run


def build(checkpointer=None):
    graph = StateGraph(EngagementState)
    for name, step in (
        ("baseline", baseline),
        ("profile", profile),
        ("prioritize", prioritize),
        ("optimize", optimize),
        ("validate", validate),
        ("monitor", monitor),
        ("report", report),
    ):
        graph.add_node(name, _node(name, step))
    graph.add_edge(START, "baseline")
    graph.add_conditional_edges("baseline", after_baseline)
    graph.add_conditional_edges("profile", after_profile)
    graph.add_conditional_edges("prioritize", after_prioritize)
    graph.add_conditional_edges("optimize", after_optimize)
    graph.add_conditional_edges("validate", after_validate)
    graph.add_conditional_edges("monitor", after_monitor)
    graph.add_edge("report", END)
    return graph.compile(checkpointer=checkpointer)
