"""Deliverable 8: the frontend — asset audit (sizes, compression, caching, minification),
lab Web Vitals in headless Chromium with the target's budgets asserted as Lighthouse CI
does, and what each measured frontend change did to the bytes the page loads.

The Web Vitals come from the browser trials of this engagement (agent/frontend_trial.py):
the unchanged page's runs of the first one; nothing is measured while rendering.
"""

from __future__ import annotations

from pathlib import Path

from perfagent.agent.deliverables import Rendered, nothing, write
from perfagent.agent.deliverables.markdown import page
from perfagent.agent.state import EngagementState
from perfagent.tools.frontend.budgets import check, from_budgets
from perfagent.tools.frontend.models import PageVitals
from perfagent.tools.frontend.vitals import THRESHOLDS
from perfagent.tools.units import format_bytes

LABELS = {
    "lcp_ms": "LCP",
    "cls": "CLS",
    "fcp_ms": "FCP",
    "ttfb_ms": "TTFB",
    "tbt_ms": "TBT (lab stand-in for INP)",
}


def render(state: EngagementState, folder: Path) -> Rendered:
    audit = state.frontend
    if audit is None:
        return nothing(
            folder,
            "frontend",
            "Frontend optimizations",
            "no frontend in this target ([frontend] is not in its spec)",
        )
    trials = [
        (state.candidates.get(cid), v) for cid, v in state.validations.items() if v.vitals_before
    ]
    data: dict = {"audit": audit, "vitals": None, "assertions": [], "changes": []}
    vitals = trials[0][1].vitals_before if trials else state.page_vitals  # the unchanged page
    assertions = []
    if vitals is not None:
        assertions = check(
            vitals,
            from_budgets(
                lcp_ms=state.spec.budgets.frontend.lcp_ms,
                cls=state.spec.budgets.frontend.cls,
                inp_ms=state.spec.budgets.frontend.inp_ms,
            ),
        )
        data.update(vitals=vitals, assertions=assertions)
    data["changes"] += [
        {"candidate": v.candidate_id, "kept": v.kept, "verdict": v.verdict} for _, v in trials
    ]
    markdown = page(
        "frontend.md.j2",
        audit=audit,
        source=Path(audit.source).name or audit.source,
        assets=[_asset_row(a) for a in audit.assets[:15]],
        **_vitals(vitals),
        assertions=assertions,
        changes=[
            _change_row(candidate.title if candidate else v.candidate_id, v)
            for candidate, v in trials
        ],
        why="no frontend change was measured in a browser in this engagement"
        + (": see 5-before-after for why each was not" if state.candidates else ""),
    )
    return write(folder, "frontend", markdown, data)


def _vitals(vitals: PageVitals | None) -> dict:
    """The unchanged page's Web Vitals as the page shows them: its first run (for the
    elements that shifted), a row per metric measured, a row per resource type (most bytes
    first)."""
    if vitals is None:
        return {"vitals": None, "first": None, "vital_rows": [], "type_rows": []}
    by_type = sorted(vitals.by_type.items(), key=lambda kv: -kv[1].transfer_bytes)
    return {
        "vitals": vitals,
        "first": vitals.runs[0] if vitals.runs else None,
        "vital_rows": [
            _vital_row(vitals, metric, label)
            for metric, label in LABELS.items()
            if getattr(vitals, metric) is not None
        ],
        "type_rows": [
            [kind, t.requests, format_bytes(t.transfer_bytes), format_bytes(t.decoded_bytes)]
            for kind, t in by_type
        ],
    }


def _vital_row(page: PageVitals, metric: str, label: str) -> list[str]:
    s = getattr(page, metric)
    unit = "" if metric == "cls" else " ms"
    fmt = (lambda x: f"{x:.3f}") if metric == "cls" else (lambda x: f"{x:,.0f}")
    good, poor = THRESHOLDS[metric]
    return [
        label,
        f"{fmt(s.median)}{unit}",
        f"{fmt(s.low)}–{fmt(s.high)}{unit}",
        page.ratings.get(metric, "–"),
        f"{fmt(good)}{unit}",
        f"{fmt(poor)}{unit}",
    ]


def _asset_row(a) -> list[str]:
    minified = "–" if a.minified is None else "yes" if a.minified else "no"
    return [
        a.path,
        format_bytes(a.raw_bytes),
        format_bytes(a.gzip_bytes),
        format_bytes(a.brotli_bytes),
        minified,
        "yes" if a.hashed_name else "no",
    ]


def _change_row(title: str, v) -> list[str]:
    a, b = v.vitals_before, v.vitals_after
    types = []
    for kind in sorted(set(a.by_type) | set(b.by_type)):
        x = a.by_type.get(kind).transfer_bytes if kind in a.by_type else 0
        y = b.by_type.get(kind).transfer_bytes if kind in b.by_type else 0
        if x != y:
            types.append(f"{kind} {format_bytes(x)} → {format_bytes(y)}")
    lcp = (
        f"{a.lcp_ms.median:,.0f} → {b.lcp_ms.median:,.0f} ms"
        if a.lcp_ms and b and b.lcp_ms
        else "–"
    )
    after = format_bytes(b.transfer_bytes.median) if b else "–"
    repeat = (
        f"{format_bytes(a.repeat_transfer_bytes.median)} → "
        f"{format_bytes(b.repeat_transfer_bytes.median)}"
        if a.repeat_transfer_bytes and b and b.repeat_transfer_bytes
        else "–"
    )
    before = format_bytes(a.transfer_bytes.median)
    return [
        title,
        "kept" if v.kept else v.verdict,
        f"{before} → {after}",
        "; ".join(types) or "no change",
        repeat,
        lcp,
    ]
