"""Which steps each SDLC phase runs (seed, "SDLC Phase Context").

elaboration   budgets and a baseline; the monitoring plan
construction  baseline, profile, prioritize, optimize ⇄ validate, the monitoring plan
testing       baseline plus stress, spike and soak tests, checked against the budgets,
              with the breaking point (all in the baseline step)
transition    baseline plus a stress test for capacity; monitoring, caching/CDN and
              autoscaling guidance
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypeVar

from perfagent.agent.state import Phase, StepName

Edge = TypeVar("Edge", bound=StepName)

PHASE_STEPS: dict[Phase, tuple[StepName, ...]] = {
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

# The load tests the baseline step runs in each phase, beyond the baseline load.
PhaseLoad = Literal["stress", "spike", "soak"]
PHASE_LOADS: dict[Phase, tuple[PhaseLoad, ...]] = {
    "elaboration": (),
    "construction": (),
    "testing": ("stress", "spike", "soak"),
    "transition": ("stress",),
}


def next_step(steps: list[StepName], current: StepName) -> StepName:
    """The step after ``current`` in this engagement's plan.

    >>> next_step(["baseline", "profile", "report"], "baseline")
    'profile'
    >>> next_step(["baseline", "report"], "report")
    'report'
    """
    index = steps.index(current)
    return steps[min(index + 1, len(steps) - 1)]


def next_along(steps: list[StepName], current: StepName, edges: Sequence[Edge]) -> Edge:
    """:func:`next_step`, as one of the graph's ``edges`` out of ``current`` (a router's type).

    >>> next_along(["baseline", "monitor", "report"], "baseline", ("profile", "monitor", "report"))
    'monitor'
    >>> next_along(["baseline", "monitor", "report"], "baseline", ("profile", "report"))
    Traceback (most recent call last):
    ...
    ValueError: the graph has no edge from baseline to monitor (the plan: baseline, monitor, report)
    """
    following = next_step(steps, current)
    for edge in edges:
        if edge == following:
            return edge
    raise ValueError(
        f"the graph has no edge from {current} to {following} (the plan: {', '.join(steps)})"
    )
