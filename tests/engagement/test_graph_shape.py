"""The graph and the phase plans, as main drew them by hand before the steps declared
themselves (agent/graph.py's routers and agent/phases.py's PHASE_STEPS at 8ca238c; this
file passes there unchanged). Built from the declarations now, they must stay these: the
nodes, every edge (the optimize ⇄ validate loop included), the routers' names (LangGraph
names the branches after them) and each router's choice in every phase."""

from __future__ import annotations

import pytest

from perfagent.agent.graph import build
from perfagent.agent.phases import PHASE_STEPS
from perfagent.agent.state import Candidate, EngagementState

PLANS = {
    "elaboration": ("baseline", "monitor", "report"),
    "construction": (
        "baseline",
        "profile",
        "prioritize",
        "optimize",
        "validate",
        "monitor",
        "report",
    ),
    "testing": ("baseline", "report"),
    "transition": ("baseline", "monitor", "report"),
}

NODES = [
    "__start__",
    "baseline",
    "profile",
    "prioritize",
    "optimize",
    "validate",
    "monitor",
    "report",
    "__end__",
]

# (source, target, conditional)
EDGES = {
    ("__start__", "baseline", False),
    ("baseline", "profile", True),
    ("baseline", "prioritize", True),
    ("baseline", "monitor", True),
    ("baseline", "report", True),
    ("profile", "prioritize", True),
    ("profile", "report", True),
    ("prioritize", "optimize", True),
    ("prioritize", "monitor", True),
    ("prioritize", "report", True),
    ("optimize", "validate", True),
    ("optimize", "monitor", True),
    ("optimize", "report", True),
    ("validate", "optimize", True),
    ("validate", "monitor", True),
    ("validate", "report", True),
    ("monitor", "report", True),
    ("report", "__end__", False),
}


def _candidate(status: str) -> Candidate:
    return Candidate(
        id="c1",
        finding_id="f1",
        kind="index",
        title="an index",
        change="CREATE INDEX ...",
        needs_code_edit=False,
        status=status,
    )  # an index: measurable with no edit


# current_candidate, candidates: optimize chose one or not; one still waits or not
SITUATIONS = {
    "nothing proposed": (None, {}),
    "one chosen, waiting": ("c1", {"c1": _candidate("proposed")}),
    "one chosen, measured": ("c1", {"c1": _candidate("kept")}),
    "none chosen, one waiting": (None, {"c1": _candidate("proposed")}),
}

# Where each router goes that does not simply follow the plan.
LOOP = {
    "nothing proposed": {"optimize": "monitor", "validate": "monitor"},
    "one chosen, waiting": {"optimize": "validate", "validate": "optimize"},
    "one chosen, measured": {"optimize": "validate", "validate": "monitor"},
    "none chosen, one waiting": {"optimize": "monitor", "validate": "optimize"},
}


def test_each_phase_plans_the_same_steps():
    assert PHASE_STEPS == PLANS
    assert list(PHASE_STEPS) == list(PLANS)


def test_the_graph_has_the_same_nodes_and_edges():
    drawn = build().get_graph()
    assert list(drawn.nodes) == NODES
    assert {(e.source, e.target, e.conditional) for e in drawn.edges} == EDGES


def test_the_routers_keep_their_names():
    branches = build().builder.branches
    assert {source: list(by_name) for source, by_name in branches.items()} == {
        step: [f"after_{step}"] for step in NODES[1:-2]
    }


@pytest.mark.parametrize("situation", list(SITUATIONS))
@pytest.mark.parametrize("phase", list(PLANS))
def test_each_router_chooses_the_same_step(phase: str, situation: str):
    plan = list(PLANS[phase])
    current, candidates = SITUATIONS[situation]
    state = EngagementState.model_construct(
        steps=plan, current_candidate=current, candidates=candidates
    )
    branches = build().builder.branches
    chosen = {}
    for step in plan[:-1]:
        (branch,) = branches[step].values()
        chosen[step] = branch.path.invoke(state)
    expected = {step: plan[plan.index(step) + 1] for step in plan[:-1]}
    if phase == "construction":
        expected.update(LOOP[situation])
    assert chosen == expected
