"""Which steps each SDLC phase runs (seed, "SDLC Phase Context").

    elaboration   budgets and a baseline; the monitoring plan
    construction  baseline, profile, prioritize (optimize and validate follow), monitor
    testing       baseline and the load tests, validation against budgets
    transition    baseline, monitoring, caching/CDN and scaling guidance
"""

from __future__ import annotations

from agent.state import Phase, StepName

# The steps built so far; optimize/validate and the load tests join the
# plans as they land (issue 5 onwards), and each phase then runs its full list.
PHASE_STEPS: dict[Phase, tuple[StepName, ...]] = {
    "elaboration": ("baseline", "monitor", "report"),
    "construction": ("baseline", "profile", "prioritize", "monitor", "report"),
    "testing": ("baseline", "report"),
    "transition": ("baseline", "monitor", "report"),
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
