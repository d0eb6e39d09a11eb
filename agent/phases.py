"""Which steps each SDLC phase runs (seed, "SDLC Phase Context").

    elaboration   budgets and a baseline; the monitoring plan
    construction  baseline, profile, prioritize, optimize ⇄ validate, the monitoring plan
    testing       baseline plus stress, spike and soak tests, checked against the budgets,
                  with the breaking point (all in the baseline step)
    transition    baseline plus a stress test for capacity; monitoring, caching/CDN and
                  autoscaling guidance
"""

from __future__ import annotations

from agent.state import Phase, StepName

PHASE_STEPS: dict[Phase, tuple[StepName, ...]] = {
    "elaboration": ("baseline", "monitor", "report"),
    "construction": ("baseline", "profile", "prioritize", "optimize", "validate", "monitor", "report"),
    "testing": ("baseline", "report"),
    "transition": ("baseline", "monitor", "report"),
}

# The load tests the baseline step runs in each phase, beyond the baseline load.
PHASE_LOADS: dict[Phase, tuple[str, ...]] = {
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
