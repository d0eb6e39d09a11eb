"""The engagement graph, as in DESIGN.md:

    baseline ─► profile ─► prioritize ─► optimize ⇄ validate ─► monitor ─► report

built from the steps' declarations (agent/steps: each module's ``STEP``): a node per step,
in their order; the first starts the graph and the last ends it. Every phase starts at
baseline and ends at report; the routers skip the steps the phase does not plan.

A router's edges (:func:`edges`) are derived, so a new step's module is enough: the step
after this one in each phase's plan that runs it (and the one after that, when a step may
be passed over: validate, without a candidate), its loop back (validate → optimize), the
last step (a plan may end after any step), and what it declares besides. They are given
to LangGraph as the router's path map, so they are drawn and checked as a ``Literal``
return type was (tests/engagement/test_graph_shape.py pins them).

Each node runs through :func:`_node`: a step that returns while the process is being
stopped by a signal is not checkpointed (what it saw while its processes were being
killed is not a measurement), so a resume runs it again; and the kill tests' crash
points (:mod:`agent.crashpoint`) sit at its start, middle and end.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from langgraph.graph import END, START, StateGraph

from perfagent.agent import crashpoint
from perfagent.agent.phases import plans
from perfagent.agent.state import EngagementState, StepName
from perfagent.agent.steps import Step, StepSpec, checked, declared
from perfagent.tools.sandbox import teardown

Router = Callable[[EngagementState], StepName]


def edges(spec: StepSpec, specs: Sequence[StepSpec]) -> tuple[StepName, ...]:
    """Every step ``spec`` may hand over to, in the steps' order (``specs`` as
    :func:`agent.steps.checked` gives them).

    >>> [edges(s, declared()) for s in declared() if s.name in ("optimize", "validate")]
    [('validate', 'monitor', 'report'), ('optimize', 'monitor', 'report')]
    """
    by_name = {s.name: s for s in specs}
    out = {*spec.edges, specs[-1].name, *([spec.loop.to] if spec.loop else [])}
    for plan in plans(specs).values():
        if spec.name in plan:
            for following in plan[plan.index(spec.name) + 1 :]:
                out.add(following)
                if by_name[following].runs_if is None:
                    break
    return tuple(s.name for s in specs if s.name in out)


def choose(spec: StepSpec, state: EngagementState, specs: Sequence[StepSpec]) -> StepName:
    """The step after ``spec`` for this state: back along its loop while the loop holds, else
    the next step of the engagement's plan that runs now (its ``runs_if``, if any, says yes)."""
    if spec.loop and spec.loop.to in state.steps and spec.loop.again(state):
        return spec.loop.to
    runs_if = {s.name: s.runs_if for s in specs}
    plan = state.steps
    for following in plan[plan.index(spec.name) + 1 :]:
        condition = runs_if.get(following)
        if condition is None or condition(state):
            return following
    return plan[-1]


def router(
    spec: StepSpec, specs: Sequence[StepSpec], allowed: Sequence[StepName] | None = None
) -> Router:
    """``after_<step>``: :func:`choose`, held to the graph's :func:`edges` out of the step
    (``allowed``, when the caller has them already)."""
    allowed = edges(spec, specs) if allowed is None else allowed

    def route(state: EngagementState) -> StepName:
        chosen = choose(spec, state, specs)
        if chosen not in allowed:
            raise ValueError(
                f"the graph has no edge from {spec.name} to {chosen} "
                f"(the plan: {', '.join(state.steps)})"
            )
        return chosen

    # LangGraph names the branch after it
    route.__name__ = route.__qualname__ = f"after_{spec.name}"
    return route


def _node(name: str, step: Step) -> Step:
    @functools.wraps(step)
    def run(state: EngagementState) -> dict:
        with crashpoint.around(name):
            update = step(state)
        teardown.check()  # Interrupted: a step that saw a stopping signal is not checkpointed
        crashpoint.reached(name, "end")
        return update

    return run


def build(checkpointer=None, *, steps: Sequence[StepSpec] | None = None):
    """The compiled graph of the declared steps (``steps``: these instead, e.g. in a test)."""
    specs = checked(steps) if steps is not None else declared()
    graph = StateGraph(EngagementState)
    for spec in specs:
        graph.add_node(spec.name, _node(spec.name, spec.run))
    graph.add_edge(START, specs[0].name)
    for spec in specs[:-1]:
        allowed = list(edges(spec, specs))
        graph.add_conditional_edges(spec.name, router(spec, specs, allowed), allowed)
    graph.add_edge(specs[-1].name, END)
    return graph.compile(checkpointer=checkpointer)
