"""Deliverable 4: recommendations ranked by impact and effort, with the reasons."""

from __future__ import annotations

from pathlib import Path

from agent.deliverables import Rendered, nothing, write
from agent.state import EngagementState


def render(state: EngagementState, folder: Path) -> Rendered:
    if not state.plan:
        why = "no finding passed the thresholds" if "prioritize" in state.steps else "the phase has no prioritize step"
        return nothing(folder, "recommendations", "Optimization recommendations", why)
    by_id = {f.id: f for f in state.findings}
    lines = ["# Optimization recommendations", "", "Ranked by ROI = measured impact × confidence ÷ effort.", "",
             "| # | recommendation | where | impact | effort | confidence | ROI |", "|---:|---|---|---:|---|---:|---:|"]
    for item in state.plan:
        where = by_id[item.finding_id].location or "–"
        lines.append(f"| {item.rank} | {item.title} | {where} | {item.impact_pct:.1f}% | {item.effort} | "
                     f"{item.confidence:.0%} | {item.roi:.1f} |")
    lines += ["", "## Why", ""]
    for item in state.plan:
        lines.append(f"{item.rank}. **{item.title}** — expected gain {item.expected_gain}.")
        lines += [f"   - {reason}" for reason in item.reasons]
    return write(folder, "recommendations", "\n".join(lines), {"plan": state.plan, "findings": state.findings})
