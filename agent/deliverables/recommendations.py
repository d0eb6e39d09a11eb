"""Deliverable 4: recommendations ranked by impact and effort, with the reasons."""

from __future__ import annotations

from pathlib import Path

from perfagent.agent.deliverables import Rendered, nothing, write
from perfagent.agent.deliverables.markdown import page
from perfagent.agent.finding_kinds import CpuHotspot, SecurityCost
from perfagent.agent.reasoner.plan import asked_about
from perfagent.agent.state import Candidate, EngagementState
from perfagent.tools.markdown import cell_text


def render(state: EngagementState, folder: Path) -> Rendered:
    if not state.plan:
        why = (
            "no finding passed the thresholds"
            if "prioritize" in state.steps
            else "the phase has no prioritize step"
        )
        return nothing(folder, "recommendations", "Optimization recommendations", why)
    by_id = {f.id: f for f in state.findings}
    rows = [
        [
            item.rank,
            item.title,
            by_id[item.finding_id].location or "–",
            f"{item.impact_pct:.1f}%",
            item.effort,
            f"{item.confidence:.0%}",
            f"{item.roi:.1f}",
        ]
        for item in state.plan
    ]
    by_finding: dict[str, list] = {}
    for c in state.candidates.values():
        by_finding.setdefault(c.finding_id, []).append(c)
    tried = [(item, c) for item in state.plan for c in by_finding.get(item.finding_id, [])]
    declined = [
        {
            "rank": item.rank,
            "finding": by_id[item.finding_id],
            "reasons": c.declined,
            "claude": claude_outcome(state, item.finding_id, by_finding[item.finding_id])
            if isinstance(by_id[item.finding_id], CpuHotspot)
            else None,
        }
        for item, c in tried
        if c.declined
    ]
    markdown = page(
        "recommendations.md.j2",
        plan=state.plan,
        rows=rows,
        # slow on purpose: capacity advice, never a speed-up (agent/deliberate.py)
        deliberate=[f for f in state.findings if isinstance(f, SecurityCost)],
        candidates=bool(by_finding),
        tried=[_tried(item.rank, c) for item, c in tried],
        declined=declined,
    )
    data = {
        "plan": state.plan,
        "findings": state.findings,
        "candidates": {k: c.model_dump(exclude={"edit"}) for k, c in state.candidates.items()},
    }
    return write(folder, "recommendations", markdown, data)


def claude_outcome(state: EngagementState, finding_id: str, candidates: list[Candidate]) -> str:
    """What Claude did for a hot spot the recipes declined: its edit and what became of it,
    or why it was not asked, or why its answer could not be used."""
    proposal = next((c for c in candidates if c.recipe == "claude"), None)
    if proposal is not None:
        return f"proposed an edit, **{proposal.title}**: {proposal.status.replace('_', ' ')}."
    if state.settings.llm == "rules":
        return (
            "not asked: the offline rules reasoner ran (`--llm claude` asks Claude for an edit "
            "here)."
        )
    record = next((r for r in state.llm if asked_about(r) == finding_id), None)
    if record is None:
        return (
            f"not asked: only the {state.settings.llm_propose_max} best-ranked hot spots the "
            "recipes declined are (`PERFAGENT_LLM_PROPOSE_MAX`)."
        )
    if record.fell_back:
        return f"asked, but its answer could not be used ({record.reason})."
    return "asked; its edit repeats a candidate of another finding."


def _tried(rank: int, c: Candidate) -> list[object]:
    how = (
        "Claude's edit"
        if c.recipe == "claude"
        else f"recipe `{c.recipe}`"
        if c.recipe
        else "DDL"
        if c.kind == "index"
        else "in words"
    )
    why = cell_text(c.reason)[:300]
    return [rank, c.title, how, f"**{c.status.replace('_', ' ')}**", why]
