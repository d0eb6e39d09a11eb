"""Deliverable 8: frontend asset audit: sizes, compression, caching, minification."""

from __future__ import annotations

from pathlib import Path

from agent.deliverables import Rendered, nothing, write
from agent.state import EngagementState
from tools.units import format_bytes


def render(state: EngagementState, folder: Path) -> Rendered:
    audit = state.frontend
    if audit is None:
        return nothing(folder, "frontend", "Frontend optimizations", "no frontend in this target ([frontend] is not in its spec)")
    budget = audit.bundle_budget_bytes
    lines = ["# Frontend optimizations", "", f"Audit of `{Path(audit.source).name or audit.source}`.", "",
             f"JS + CSS, brotli-compressed: **{format_bytes(audit.bundle_bytes)}**"
             + (f" against a budget of {format_bytes(budget)} ({'within' if audit.within_budget else 'over'})." if budget else "."),
             "", "| asset | raw | gzip | brotli | minified | hashed name |", "|---|---:|---:|---:|---|---|"]
    for a in audit.assets[:15]:
        lines.append(f"| {a.path} | {format_bytes(a.raw_bytes)} | {format_bytes(a.gzip_bytes)} | "
                     f"{format_bytes(a.brotli_bytes)} | {'–' if a.minified is None else 'yes' if a.minified else 'no'} | "
                     f"{'yes' if a.hashed_name else 'no'} |")
    lines += ["", "## Findings", ""]
    for f in audit.findings:
        saving = f" (saves {format_bytes(f.saving_bytes)})" if f.saving_bytes else ""
        lines.append(f"- **{f.severity}** {f.message}{saving}. Fix: {f.fix}")
    return write(folder, "frontend", "\n".join(lines), audit)
