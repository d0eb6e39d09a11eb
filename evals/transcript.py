"""transcript.md: what happened in one case, for people — steps, ranking, candidates, score."""

from __future__ import annotations

from perfagent.agent.state import EngagementState
from perfagent.evals.score import CaseResult


def markdown(state: EngagementState, result: CaseResult) -> str:
    lines = [
        f"# {result.name} ({result.area}), --llm {result.reasoner}",
        "",
        f"Run `{state.run_id}`, phase {state.phase}; report: {result.report}",
        "",
        "## Steps",
        "",
    ]
    lines += [f"- {r.step} ({r.status}, {r.duration_s:.1f} s): {r.summary}" for r in state.log]
    lines += [f"- error in {e.step}: {e.message}" for e in state.errors]
    lines += ["", f"## Ranking ({result.ranked_by})", ""]
    from perfagent.evals.score import ranking

    plan, by_id, _ = ranking(state)
    for item in plan[:8]:
        finding = by_id.get(item.finding_id)
        where = f" — {finding.location}" if finding and finding.location else ""
        lines.append(f"{item.rank}. `{item.finding_id}`{where}: {item.title} (ROI {item.roi:.1f})")
    if len(plan) > 8:
        lines.append(f"… and {len(plan) - 8} more")
    if state.candidates:
        lines += ["", "## Candidates", ""]
        for c in state.candidates.values():
            v = state.validations.get(c.id)
            verdict = f", verdict {v.verdict}" if v else ""
            lines.append(
                f"- `{c.id}` ({c.recipe or c.kind}): **{c.status}**{verdict} — {c.reason[:200]}"
            )
    if state.llm:
        lines += ["", "## Reasoner", ""]
        lines += [f"- {r.summary()}" for r in state.llm]
    lines += ["", "## Score", ""]
    for p in result.problems:
        fixed = "" if p.fixed is None else f", fixed: {'yes' if p.fixed else 'no'}"
        lines.append(f"- {p.title}: detected: {'yes' if p.detected else 'no'}{fixed} — {p.why}")
    if result.healthy:
        lines.append("- healthy target: nothing should be flagged")
    lines.append(
        f"- false alarms: {len(result.false_alarms)}"
        + "".join(f"\n  - {a}" for a in result.false_alarms)
    )
    lines.append(
        "- deliverables: "
        f"{'valid' if result.deliverables_ok else '; '.join(result.deliverables_problems)}"
    )
    lines.append(f"- wall time {result.wall_s:.0f} s (steps {result.engagement_s:.0f} s)")
    return "\n".join(lines) + "\n"
