"""Step 3, prioritize: findings from the measurements, ranked by the reasoner."""

from __future__ import annotations

from perfagent.agent import findings as measured
from perfagent.agent.reasoner import connect
from perfagent.agent.reasoner import prioritize as rank
from perfagent.agent.state import EngagementState
from perfagent.agent.steps import StepSpec, step


@step("prioritize")
def prioritize(state: EngagementState) -> dict:
    found = measured.collect(state)
    llm, records = connect(state.settings), []
    if llm is not None:
        from perfagent.agent.reasoner import claude

        ranked, record = claude.prioritize(found, llm=llm)  # the rules ranking when it falls back
        records.append(record)
    else:
        ranked = rank(found)
    plan = ranked[: state.settings.max_findings]
    return {
        "findings": found,
        "plan": plan,
        "llm": records,
        "_summary": f"{len(found)} finding(s), top: {plan[0].title if plan else 'none'}",
    }


# monitor straight after prioritize: a plan that ranks findings without optimizing (no phase's)
STEP = StepSpec(
    name="prioritize", run=prioritize, order=30, phases=("construction",), edges=("monitor",)
)
