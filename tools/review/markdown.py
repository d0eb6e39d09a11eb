"""``review.md``: the sticky pull-request comment, rendered from the ``Review`` record only
(its wording and layout: templates/review.md.j2; this module makes the table cells).

The first line is a hidden marker, so a bot finds its own comment and edits it in place.
"""

from __future__ import annotations

from perfagent.tools.markdown import cell_text
from perfagent.tools.markdown import render as render_page
from perfagent.tools.review.models import BenchmarkRow, Review, ReviewFinding
from perfagent.tools.units import format_count, format_seconds

MARKER = "<!-- perfagent-review -->"
ICONS = {"slower": "🔴", "faster": "🟢", "unchanged": "⚪", "inconclusive": "❔"}
HEAD_ICONS = {"slower": "⚠️", "faster": "🚀", "unchanged": "✅", "inconclusive": "❔"}
LEVEL_ICONS = {"error": "🛑", "warning": "⚠️", "note": "ℹ️"}
MAX_ROWS = 50


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell.

    >>> cell("a | b\\nc")
    'a \\\\| b c'
    """
    return cell_text(" ".join(str(text).split()))


def value(row: BenchmarkRow, median: float | None) -> str:
    """A per-call figure with its unit.

    >>> value(BenchmarkRow(name="q", status="compared", unit="instructions"), 5_761_282.4)
    '5.76M instr'
    >>> value(BenchmarkRow(name="q", status="compared"), 0.000372)
    '372 µs'
    """
    if median is None:
        return "–"
    return f"{format_count(median)} instr" if row.unit == "instructions" else format_seconds(median)


def change(row: BenchmarkRow) -> str:
    """``+31.2% [+30.9%, +31.5%]``: the change and its 95% interval."""
    if row.ratio is None:
        return "–"
    text = f"{(row.ratio - 1) * 100:+.1f}%"
    if row.ci_low is not None and row.ci_high is not None and abs(row.ci_high) != float("inf"):
        text += f" [{(row.ci_low - 1) * 100:+.1f}%, {(row.ci_high - 1) * 100:+.1f}%]"
    return text


def _verdict_cell(row: BenchmarkRow) -> str:
    if row.status == "compared":
        return f"{ICONS[row.verdict or 'inconclusive']} {row.verdict}"
    return {"new": "🆕 new", "removed": "➖ removed", "failed": "💥 failed"}[row.status]


def _benchmark_row(row: BenchmarkRow) -> list[str]:
    return [
        f"`{cell(row.name)}`",
        value(row, row.base_median),
        value(row, row.head_median),
        change(row),
        _verdict_cell(row),
    ]


def _changed_row(f) -> list[str]:
    where = f"{f.file}:{f.line}" if f.line else f.file
    per_call = "–"
    if f.ratio:
        per_call = f"{f.ratio:.2f}x" + (
            " (slower)" if f.ratio > 1 else " (faster)" if f.ratio < 1 else ""
        )
    return [
        f"`{cell(f.benchmark)}`",
        f"`{cell(f.function)}`",
        f"`{cell(where)}`",
        f"{f.base_total_pct:.1f}% → {f.head_total_pct:.1f}%",
        per_call,
    ]


def _profilers(rows) -> str:
    return " and ".join(sorted({r.profiler for r in rows})) or "cProfile"


def _slower_row(f) -> list[str]:
    calls = (
        f"{f.base_calls:g} → {f.head_calls:g}"
        if f.base_calls is not None and f.head_calls is not None
        else "–"
    )
    return [
        f"`{cell(f.benchmark)}`",
        f"`{cell(f.function)}`",
        f"`{cell(f.location)}`",
        f"{f.base_share_pct:.1f}% → {f.head_share_pct:.1f}% (+{f.delta_pct:.1f} pts)",
        calls,
    ]


def _finding(f: ReviewFinding) -> list[str]:
    what = cell(f.message)
    if f.evidence:
        what += f" <br>`{cell(f.evidence)[:160]}`"
    if f.suggestion:
        what += f" <br>Fix: {cell(f.suggestion)[:300]}"
    return [LEVEL_ICONS[f.level], f"`{cell(f.file)}:{f.line}`", f"`{f.rule_id}`", what]


def render(review: Review) -> str:
    """The whole comment (templates/review.md.j2)."""
    return render_page(
        "perfagent.tools.review",
        "review.md.j2",
        review=review,
        marker=MARKER,
        head_icon=HEAD_ICONS[review.verdict],
        cell=cell,
        benchmark_rows=[_benchmark_row(row) for row in review.benchmarks[:MAX_ROWS]],
        more=len(review.benchmarks) - MAX_ROWS,
        modes=sorted({r.unit for r in review.benchmarks if r.status == "compared"}),
        problems=[
            r
            for r in review.benchmarks
            if r.status in ("failed", "new", "removed") or r.verdict == "inconclusive"
        ],
        changed_rows=[_changed_row(f) for f in review.changed_functions[:MAX_ROWS]],
        changed_profilers=_profilers(review.changed_functions),
        slower_rows=[_slower_row(f) for f in review.slower_functions[:MAX_ROWS]],
        slower_profilers=_profilers(review.slower_functions),
        finding_rows=[_finding(f) for f in review.findings[:MAX_ROWS]],
    )
