"""Step 4, optimize: the reasoner proposes candidates for the ranked plan, best first.

A candidate that needs no code edit (an index, applied to a copy of the database) is
measured by validate; code and configuration candidates are recorded with their
evidence and validated once they are applied in a worktree (the optimize loop).
"""

from __future__ import annotations

from agent.reasoner import propose
from agent.state import Candidate, EngagementState
from agent.steps import step


@step("optimize")
def optimize(state: EngagementState) -> dict:
    by_id = {f.id: f for f in state.findings}
    candidates: dict[str, Candidate] = {}
    for item in state.plan:
        finding = by_id.get(item.finding_id)
        for candidate in propose(finding) if finding else []:
            if candidate.id in state.candidates:  # proposed before a resume: keep its status
                continue
            candidates.setdefault(candidate.id, candidate)
    measurable = sum(1 for c in candidates.values() if not c.needs_code_edit)
    return {"candidates": candidates,
            "_summary": f"{len(candidates)} candidate(s), {measurable} measurable without a code edit"}
