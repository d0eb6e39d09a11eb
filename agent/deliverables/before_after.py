"""Deliverable 5: before/after metrics for every candidate that was measured.

Each metric is the ratio of medians after/before with its 95% bootstrap interval,
from interleaved measurements (tools.loadtest.compare); the verdict uses the
engagement's minimum effect. Candidates that were proposed but not measured are
listed with the reason, so nothing looks validated that was not.
"""

from __future__ import annotations

import os
from pathlib import Path

from perfagent.agent.deliverables import Rendered, nothing, write
from perfagent.agent.deliverables.markdown import page
from perfagent.agent.state import Candidate, EngagementState, Validation
from perfagent.tools.loadtest.compare import MetricChange

TITLE = "Before/after metrics"
UNITS = {"p50_ms": "ms", "p95_ms": "ms", "p99_ms": "ms", "query_ms": "ms", "rps": "req/s"}
BYTES = ("transfer_bytes", "repeat_transfer_bytes")  # from a browser: tools.frontend.compare
BROWSER = (*BYTES, "lcp_ms", "fcp_ms", "cls")


def _fmt(value: float, metric: str) -> str:
    from perfagent.tools.units import format_seconds

    if metric == "time_s":
        return format_seconds(value)
    if metric.endswith("_bytes"):
        from perfagent.tools.units import format_bytes

        return format_bytes(value)
    if metric == "cls":
        return f"{value:.3f}"
    if metric == "error_rate":
        return f"{value:.1%} failed"
    return f"{value:,.1f} req/s" if metric == "rps" else f"{value:,.2f} ms"


def _row(c: MetricChange) -> list[str]:
    pct = (c.ratio - 1) * 100
    interval = f"[{(c.ci_low - 1) * 100:+.1f}%, {(c.ci_high - 1) * 100:+.1f}%]"
    if c.metric == "error_rate":  # counts, not a ratio of medians: the change in points
        change, interval = f"{(c.after - c.before) * 100:+.1f} pts", "Fisher's exact test"
    else:
        change = f"{pct:+.1f}%"
    return [
        c.scope,
        c.metric,
        _fmt(c.before, c.metric),
        _fmt(c.after, c.metric),
        change,
        interval,
        f"{c.p_value:.3g}",
        f"{c.n_before}/{c.n_after}",
        f"**{_verdict(c)}**",
    ]


def _verdict(c: MetricChange) -> str:
    if c.metric.endswith("_bytes"):  # fewer bytes is the "faster" of a byte count
        return {"faster": "smaller", "slower": "larger"}.get(c.verdict, c.verdict)
    if c.metric == "error_rate":
        return {"slower": "more failures"}.get(c.verdict, c.verdict)
    return c.verdict


def chart(validation: Validation, stem: Path) -> str | None:
    """Before/after bars with the after side's interval, for the query and the endpoints."""
    from perfagent.tools.loadtest.plots import _pyplot

    rows = [
        c
        for c in validation.changes
        if c.metric in ("query_ms", "time_s", "p95_ms", *BYTES) and c.scope != "all"
    ]
    rows += [
        c
        for c in validation.changes
        if c.scope == "all" and c.metric in ("p50_ms", "p95_ms", "p99_ms")
    ]
    if not rows:
        return None
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(8, 0.5 * len(rows) + 1.5))
    labels = [f"{c.scope[:40]} {c.metric}" for c in rows]
    ys = range(len(rows))
    before = [1.0] * len(rows)
    after = [c.ratio for c in rows]
    err = [
        [max(0.0, c.ratio - c.ci_low) for c in rows],
        [max(0.0, c.ci_high - c.ratio) for c in rows],
    ]
    ax.barh([y + 0.2 for y in ys], before, height=0.4, label="before (= 1)", color="#999999")
    ax.barh(
        [y - 0.2 for y in ys],
        after,
        height=0.4,
        xerr=err,
        label="after / before, 95% CI",
        color="#2b7bba",
    )
    ax.set_yticks(list(ys), labels, fontsize=8)
    ax.axvline(1.0, color="black", linewidth=0.8)
    ax.set_xlabel("ratio to before (lower is faster)")
    ax.legend(fontsize=8)
    fig.tight_layout()
    stem.parent.mkdir(parents=True, exist_ok=True)
    path = stem.with_suffix(".svg")
    fig.savefig(path)
    plt.close(fig)
    return str(path)


def render(state: EngagementState, folder: Path) -> Rendered:
    if not state.candidates:
        why = (
            "this phase proposes no changes"
            if "optimize" not in state.steps
            else "no finding led to a candidate change"
        )
        return nothing(folder, "before-after", TITLE, why)
    rendered: Rendered = {}
    measured = [state.candidates[cid] for cid in state.validations if cid in state.candidates]
    sections = [_section(c, state.validations[c.id], folder, rendered) for c in measured]
    waiting = [c for c in state.candidates.values() if c.id not in state.validations]
    markdown = page(
        "before-after.md.j2",
        min_effect=state.settings.min_effect,
        sections=sections,
        combined=_combined(state, folder),
        waiting=[[c.title, c.kind, c.reason or c.status] for c in waiting],
    )
    data = {
        "validations": state.validations,
        "candidates": state.candidates,
        **({"combined": state.combined} if state.combined else {}),
    }
    rendered.update(write(folder, "before-after", markdown, data))
    return rendered


def _combined(state: EngagementState, folder: Path) -> dict | None:
    """What the page shows of the kept changes put together (None: they were not)."""
    c = state.combined
    if c is None:
        return None
    title = {cid: cand.title for cid, cand in state.candidates.items()}
    shown = [m for m in c.changes if m.scope == "all" or m.metric in ("time_s", "p95_ms")]
    return {
        "combined": c,
        "titles": [title.get(cid, cid) for cid in c.candidates],
        "skipped": [(title.get(cid, cid), why) for cid, why in c.skipped.items()],
        "patch": (Path(c.patch).name, os.path.relpath(c.patch, folder)) if c.patch else None,
        "rows": [_row(m) for m in shown],
        "more": len(c.changes) - len(shown),
    }


def _section(candidate: Candidate, v: Validation, folder: Path, rendered: Rendered) -> dict:
    """What the page shows of one measured candidate, beside the candidate and its validation:
    its patch (name, path relative to the page), the rows of the changes shown and how many
    more are only in the JSON file, and its chart (drawn here, added to ``rendered``)."""
    shown = [
        c
        for c in v.changes
        if c.scope == "all" or c.metric in ("query_ms", "time_s", "p95_ms", *BROWSER)
    ]
    slug = "".join(ch if ch.isalnum() else "-" for ch in candidate.id.removeprefix("cand:"))[:60]
    path = chart(v, folder / slug.strip("-"))
    if path:
        rendered[path] = "before/after chart"
    return {
        "candidate": candidate,
        "validation": v,
        "patch": (
            (Path(candidate.patch).name, os.path.relpath(candidate.patch, folder))
            if candidate.patch
            else None
        ),
        "rows": [_row(c) for c in shown],
        "more": len(v.changes) - len(shown),
        "chart": os.path.relpath(path, folder) if path else None,
    }
