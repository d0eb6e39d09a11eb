"""Deliverable 8: the frontend — asset audit (sizes, compression, caching, minification),
lab Web Vitals in headless Chromium with the target's budgets asserted as Lighthouse CI
does, and what each measured frontend change did to the bytes the page loads.

The Web Vitals come from the browser trials of this engagement (agent/frontend_trial.py):
the unchanged page's runs of the first one; nothing is measured while rendering.
"""

from __future__ import annotations

from pathlib import Path

from perfagent.agent.deliverables import Rendered, nothing, write
from perfagent.agent.deliverables.markdown import table
from perfagent.agent.state import EngagementState
from perfagent.tools.frontend.budgets import check, from_budgets
from perfagent.tools.frontend.models import PageVitals
from perfagent.tools.frontend.vitals import THRESHOLDS
from perfagent.tools.units import format_bytes

CHANGES = [
    "change",
    "verdict",
    "page bytes, cold",
    "by type",
    "page bytes, repeat view",
    "LCP median",
]
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
    budget = audit.bundle_budget_bytes
    lines = [
        "# Frontend optimizations",
        "",
        f"Audit of `{Path(audit.source).name or audit.source}`.",
        "",
        f"JS + CSS, brotli-compressed: **{format_bytes(audit.bundle_bytes)}**"
        + (
            f" against a budget of {format_bytes(budget)} "
            f"({'within' if audit.within_budget else 'over'})."
            if budget
            else "."
        ),
        "",
        *table(
            ["asset", "raw", "gzip", "brotli", "minified", "hashed name"],
            [_asset_row(a) for a in audit.assets[:15]],
            align="lrrrll",
        ),
    ]
    lines += ["", "## Findings", ""]
    for f in audit.findings:
        saving = f" (saves {format_bytes(f.saving_bytes)})" if f.saving_bytes else ""
        lines.append(f"- **{f.severity}** {f.message}{saving}. Fix: {f.fix}")
    trials = [
        (state.candidates.get(cid), v) for cid, v in state.validations.items() if v.vitals_before
    ]
    data: dict = {"audit": audit, "vitals": None, "assertions": [], "changes": []}
    page = trials[0][1].vitals_before if trials else state.page_vitals  # the unchanged page
    if page is not None:
        assertions = check(
            page,
            from_budgets(
                lcp_ms=state.spec.budgets.frontend.lcp_ms,
                cls=state.spec.budgets.frontend.cls,
                inp_ms=state.spec.budgets.frontend.inp_ms,
            ),
        )
        data.update(vitals=page, assertions=assertions)
        lines += vitals_section(page) + ["## Budgets, asserted as Lighthouse CI does", ""]
        lines += [
            f"- **{'pass' if a.passed else 'FAIL' if a.level == 'error' else 'warn'}** ({a.level}) "
            f"{a.message}"
            for a in assertions
        ] + [""]
    why = "no frontend change was measured in a browser in this engagement" + (
        ": see 5-before-after for why each was not" if state.candidates else ""
    )
    if trials:
        lines += [
            "## Measured changes",
            "",
            (
                "Bytes are exact; the LCP is on loopback, where a change shows "
                "the CPU it costs, not the transfer time it saves on a real network."
            ),
            "",
        ]
        rows = [
            _change_row(candidate.title if candidate else v.candidate_id, v)
            for candidate, v in trials
        ]
        lines += table(CHANGES, rows, align="llrlrr")
        data["changes"] += [
            {"candidate": v.candidate_id, "kept": v.kept, "verdict": v.verdict} for _, v in trials
        ]
        lines.append("")
    elif page is not None:
        lines += [f"Measured at baseline; {why}.", ""]
    else:
        lines += [
            "",
            "## Web Vitals",
            "",
            (f"Not measured: {why}. `perfagent frontend vitals URL` measures a page on its own."),
            "",
        ]
    return write(folder, "frontend", "\n".join(lines), data)


def vitals_section(page: PageVitals) -> list[str]:
    first = page.runs[0] if page.runs else None
    lines = [
        "",
        "## Web Vitals (lab, headless Chromium)",
        "",
        (
            f"`{page.url}`, {len(page.runs)} runs in fresh contexts (cold cache), throttling: "
            f"{page.throttle}. Median, with the lowest and highest run; thresholds good / poor "
            "as Lighthouse rates them."
        ),
        "",
        *table(
            ["metric", "median", "runs", "rating", "good ≤", "poor >"],
            [
                _vital_row(page, metric, label)
                for metric, label in LABELS.items()
                if getattr(page, metric) is not None
            ],
            align="lrrlrr",
        ),
    ]
    lines += [
        "",
        f"LCP element: `{page.lcp_element or 'none reported'}`"
        + (f" ({page.lcp_url})" if page.lcp_url else "")
        + ".",
    ]
    if first and first.shift_sources:
        lines.append(f"Elements that shifted: {', '.join(f'`{s}`' for s in first.shift_sources)}.")
    if page.render_blocking:
        lines.append(
            "Render-blocking requests: " + ", ".join(f"`{u}`" for u in page.render_blocking) + "."
        )
    by_type = sorted(page.by_type.items(), key=lambda kv: -kv[1].transfer_bytes)
    rows = [
        [kind, t.requests, format_bytes(t.transfer_bytes), format_bytes(t.decoded_bytes)]
        for kind, t in by_type
    ]
    lines += [
        "",
        *table(["resource type", "requests", "transferred", "decoded"], rows, align="lrrr"),
    ]
    if page.errors:
        lines += ["", "Errors the page showed: " + "; ".join(page.errors[:5]) + "."]
    return lines + [""]


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
