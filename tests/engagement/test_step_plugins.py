"""A step is its module: one that declares ``STEP`` joins the phase plans and the graph
(nodes, edges, routers) with no other file edited (agent/steps, agent/phases, agent/graph)."""

from __future__ import annotations

import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from perfagent.agent import phases
from perfagent.agent import steps as steps_package
from perfagent.agent.graph import build, edges
from perfagent.agent.state import EngagementState, Settings
from perfagent.agent.steps import EVERY_PHASE, StepSpec, checked, declared, discover, step

# An audit between validate and monitor, in construction and transition.
AUDIT = '''
    """Step 5½, audit: a step dropped in by a test."""

    from perfagent.agent.steps import StepSpec, step


    @step("audit")
    def audit(state):
        return {"_summary": "audited"}


    STEP = StepSpec(name="audit", run=audit, order=55, phases=("construction", "transition"))
'''


@pytest.fixture
def dropped_in(tmp_path: Path, monkeypatch) -> None:
    """agent/steps with one more module in it (a second folder on the package's path)."""
    (tmp_path / "audit.py").write_text(textwrap.dedent(AUDIT))
    monkeypatch.setattr(steps_package, "__path__", [*steps_package.__path__, str(tmp_path)])
    monkeypatch.setattr(steps_package, "_FOUND", None)
    monkeypatch.delitem(sys.modules, "perfagent.agent.steps.audit", raising=False)
    yield
    sys.modules.pop("perfagent.agent.steps.audit", None)


def test_a_dropped_in_step_joins_the_plans_of_its_phases(dropped_in):
    assert phases.PHASE_STEPS == {
        "elaboration": ("baseline", "monitor", "report"),
        "construction": (
            "baseline",
            "profile",
            "prioritize",
            "optimize",
            "validate",
            "audit",
            "monitor",
            "report",
        ),
        "testing": ("baseline", "report"),
        "transition": ("baseline", "audit", "monitor", "report"),
    }


def test_a_dropped_in_step_joins_the_graph_with_its_edges(dropped_in):
    drawn = {(e.source, e.target) for e in build().get_graph().edges}
    into = {source for source, target in drawn if target == "audit"}
    out = {target for source, target in drawn if source == "audit"}
    # baseline in transition; validate in construction; optimize past validate with no candidate
    assert into == {"baseline", "optimize", "validate"}
    assert out == {"monitor", "report"}


@pytest.mark.parametrize(
    ("phase", "after"), [("construction", "validate"), ("transition", "baseline")]
)
def test_the_routers_hand_over_to_the_dropped_in_step(dropped_in, phase: str, after: str):
    state = EngagementState.model_construct(
        steps=list(phases.PHASE_STEPS[phase]), current_candidate=None, candidates={}
    )
    branches = build().builder.branches
    (into,) = branches[after].values()
    (out,) = branches["audit"].values()
    assert (into.path.invoke(state), out.path.invoke(state)) == ("audit", "monitor")
    if phase == "construction":
        (past_validate,) = branches["optimize"].values()
        assert past_validate.path.invoke(state) == "audit"


def _stub(name: str):
    @step(name)
    def run(state: EngagementState) -> dict:
        return {}

    return run


@pytest.mark.parametrize("phase", EVERY_PHASE)
def test_the_graph_runs_a_step_given_through_the_registry_api(tmp_path: Path, phase: str):
    """``build(steps=...)``: the declared steps (stubbed, nothing measured) and one more, run in
    the phase's order through LangGraph."""
    audit = StepSpec(
        name="audit", run=_stub("audit"), order=55, phases=("construction", "transition")
    )
    specs = checked([*(replace(s, run=_stub(s.name)) for s in declared()), audit])
    target = tmp_path / "t"
    target.mkdir()
    (target / "perfagent.toml").write_text('[target]\nname = "t"\n[frontend]\nbuild = "."\n')
    from perfagent.agent.spec import load_target

    plan = phases.plans(specs)[phase]
    state = EngagementState(
        run_id=f"plugin-{phase}",
        spec=load_target(target),
        phase=phase,
        steps=list(plan),
        settings=Settings(report_dir=str(tmp_path / "r")),
    )
    out = build(steps=specs).invoke(state)
    final = out if isinstance(out, EngagementState) else EngagementState.model_validate(out)
    assert ("audit" in plan) == (phase in ("construction", "transition"))
    # nothing proposed (the stubs propose nothing): optimize goes on past validate
    assert [r.step for r in final.log] == [s for s in plan if s != "validate"]


def test_the_declared_steps_are_the_modules_of_agent_steps():
    names = [s.name for s in discover()]
    modules = sorted(
        p.stem
        for p in Path(steps_package.__file__).parent.glob("*.py")
        if not p.stem.startswith("_")
    )
    assert sorted(names) == modules
    assert edges(declared()[0], declared()) == ("profile", "prioritize", "monitor", "report")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda s: replace(s, order=10) if s.name == "profile" else s,
            "two steps declare one order",
        ),
        (
            lambda s: replace(s, phases=("testing",)) if s.name == "report" else s,
            "the last step, report, must run in every phase",
        ),
        (
            lambda s: replace(s, edges=("audit",)) if s.name == "monitor" else s,
            "the step monitor hands over to audit, which no step declares",
        ),
    ],
)
def test_declarations_that_do_not_fit_together_are_refused(change, message: str):
    with pytest.raises(ValueError, match=message):
        checked([change(s) for s in declared()])
