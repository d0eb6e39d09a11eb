"""Step 4, optimize: candidates for the ranked plan, then one at a time to validate.

On the first visit the reasoner proposes candidates for every finding of the plan,
best ROI first: an index (DDL, applied to a copy of the database), or a code edit
from an offline recipe (tools/recipes: memoize, list → set, hoisted invariant work,
compression, a response cache, a batched N+1), or — when no recipe can write the
change safely — a proposal in words with the reason, and with Claude, its edit for
each of the best-ranked hot spots the recipes declined. Each visit then picks the next
measurable candidate for validate; the graph loops optimize ⇄ validate until none
is left, ``max_candidates`` have been measured, or validation has used up
``optimize_budget_s``.
"""

from __future__ import annotations

from perfagent.agent.reasoner import connect, propose_plan
from perfagent.agent.state import Candidate, EngagementState
from perfagent.agent.steps import StepSpec, step

COST = {"query": 0, "bench": 1, "load": 2, "bytes": 2, "none": 3}


@step("optimize")
def optimize(state: EngagementState) -> dict:
    candidates = dict(state.candidates)
    update: dict = {}
    if not candidates:
        from perfagent.agent import workspace

        # the rules' candidates for every finding; Claude's edit for each top hot spot the
        # recipes declined
        candidates, records = propose_plan(
            state, root=workspace.target(state), llm=connect(state.settings)
        )
        changed = dict(candidates)
        update["llm"] = records
    else:
        changed = {}
    measured = sum(1 for c in candidates.values() if c.measurable and c.status != "proposed")
    waiting = [c for c in candidates.values() if c.status == "proposed"]
    for c in waiting:
        if not c.measurable:
            changed[c.id] = c.model_copy(
                update={
                    "status": "not_validated",
                    "reason": c.reason
                    or "no recipe could write this change safely; proposed in words",
                }
            )
    # (a candidate with an edit but measure "none" keeps its edit and the reason it was not
    # measured)
    measurable = [c for c in waiting if c.measurable]  # in plan order: best ROI first
    # Cheapest to measure first within that order: a query, then a benchmark, then load rounds,
    # so a small candidate budget is spent where a verdict comes fastest.
    nxt: Candidate | None = min(measurable, key=lambda c: COST[c.measure], default=None)
    spent = state.validate_spent_s
    over = None
    if measured >= state.settings.max_candidates:
        over = (
            f"over this engagement's budget of {state.settings.max_candidates} measured candidates"
        )
    elif spent >= state.settings.optimize_budget_s:
        over = (
            f"over this engagement's validation time budget ({spent:.0f} s spent of "
            f"{state.settings.optimize_budget_s:.0f} s)"
        )
    if nxt is not None and over:
        for c in waiting:
            if c.measurable:
                changed[c.id] = c.model_copy(update={"status": "not_validated", "reason": over})
        nxt = None
    update["candidates"] = changed
    update["current_candidate"] = nxt.id if nxt else None
    total = len(candidates)
    edits = sum(1 for c in candidates.values() if c.measurable)
    update["_summary"] = (
        f"next: {nxt.title}" if nxt else "nothing left to measure"
    ) + f" ({total} candidate(s), {edits} measurable, {measured} measured)"
    return update


STEP = StepSpec(name="optimize", run=optimize, order=40, phases=("construction",))
