"""Which steps each SDLC phase runs (seed, "SDLC Phase Context").

    elaboration   budgets and a baseline; the monitoring plan
    construction  baseline, profile, prioritize, optimize ⇄ validate, the monitoring plan
    testing       baseline plus stress, spike and soak tests, checked against the budgets,
                  with the breaking point (all in the baseline step)
    transition    baseline plus a stress test for capacity; monitoring, caching/CDN and
                  autoscaling guidance

``PHASE_STEPS`` is built from the steps' own declarations (agent/steps: each module's
``STEP`` names the phases that run it and its place in the order), on first use.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from perfagent.agent.state import Phase, StepName
from perfagent.agent.steps import EVERY_PHASE, StepSpec, declared

Plans = dict[Phase, tuple[StepName, ...]]

# The load tests the baseline step runs in each phase, beyond the baseline load.
PhaseLoad = Literal["stress", "spike", "soak"]
PHASE_LOADS: dict[Phase, tuple[PhaseLoad, ...]] = {
    "elaboration": (),
    "construction": (),
    "testing": ("stress", "spike", "soak"),
    "transition": ("stress",),
}


def plans(specs: Sequence[StepSpec]) -> Plans:
    """Each phase's steps, in the steps' order (``specs`` as :func:`agent.steps.checked` gives
    them).

    >>> from perfagent.agent.steps import StepSpec
    >>> run = lambda state: {}
    >>> plans([StepSpec(name="first", run=run, order=1, phases=EVERY_PHASE),
    ...        StepSpec(name="mine", run=run, order=2, phases=("testing",)),
    ...        StepSpec(name="last", run=run, order=3, phases=EVERY_PHASE)])["testing"]
    ('first', 'mine', 'last')
    """
    return {phase: tuple(s.name for s in specs if phase in s.phases) for phase in EVERY_PHASE}


def looping(specs: Sequence[StepSpec]) -> frozenset[StepName]:
    """The steps a plan may run more than once: each loop's two ends (optimize ⇄ validate)."""
    ends: set[StepName] = set()
    for spec in specs:
        if spec.loop:
            ends |= {spec.name, spec.loop.to}
    return frozenset(ends)


def __getattr__(name: str) -> Plans:
    """``PHASE_STEPS``: every phase's plan from the declared steps (found on first use: the
    steps import this module for ``PHASE_LOADS``)."""
    if name == "PHASE_STEPS":
        return plans(declared())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def next_step(steps: list[StepName], current: StepName) -> StepName:
    """The step after ``current`` in this engagement's plan.

    >>> next_step(["baseline", "profile", "report"], "baseline")
    'profile'
    >>> next_step(["baseline", "report"], "report")
    'report'
    """
    index = steps.index(current)
    return steps[min(index + 1, len(steps) - 1)]
