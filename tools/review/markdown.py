"""``review.md``: the sticky pull-request comment, rendered from the ``Review`` record only.

The first line is a hidden marker, so a bot finds its own comment and edits it in place.
"""

from __future__ import annotations

from perfagent.tools.markdown import table
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
    return " ".join(str(text).split()).replace("|", "\\|")


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


def _benchmarks(review: Review) -> list[str]:
    rows = [
        [
            f"`{cell(row.name)}`",
            value(row, row.base_median),
            value(row, row.head_median),
            change(row),
            _verdict_cell(row),
        ]
        for row in review.benchmarks[:MAX_ROWS]
    ]
    lines = table(["Benchmark", "base", "head", "change (95% CI)", "verdict"], rows, align="lrrrl")
    if len(review.benchmarks) > MAX_ROWS:
        lines.append(f"\n…and {len(review.benchmarks) - MAX_ROWS} more in review.json")
    modes = {r.unit for r in review.benchmarks if r.status == "compared"}
    how = {
        "instructions": "instruction counts (callgrind: CPU work only, repeatable on a busy "
        "machine)",
        "seconds": "wall time in fresh processes",
    }
    if modes:
        lines.append("")
        lines.append(
            f"Measured by {' and '.join(how[m] for m in sorted(modes))}, base and head "
            f"interleaved; a change is called when its whole interval is beyond "
            f"±{review.settings.min_effect * 100:g}% (95%, or wider where the comparison looked at "
            "its samples more than once: each look spends part of the 5%)."
        )
    problems = [
        r
        for r in review.benchmarks
        if r.status in ("failed", "new", "removed") or r.verdict == "inconclusive"
    ]
    if problems:
        lines.append("")
    for row in problems:
        lines.append(f"- `{cell(row.name)}`: {cell(row.reason)}")
    return lines


def _changed(review: Review) -> list[str]:
    lines = [
        "### Functions this change touched",
        "",
        (
            f"Their time, callees included, as a share of the benchmark's run "
            f"({_profilers(review.changed_functions)}), base → head, and per benchmark call."
        ),
        "",
        *table(
            ["Benchmark", "Function", "Where", "share of time", "per call"],
            [_changed_row(f) for f in review.changed_functions[:MAX_ROWS]],
        ),
    ]
    return lines


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


def _functions(review: Review) -> list[str]:
    lines = [
        "### Functions that got slower",
        "",
        (
            f"Self time as a share of the benchmark's run "
            f"({_profilers(review.slower_functions)}), base → head."
        ),
        "",
        *table(
            ["Benchmark", "Function", "Where", "share of time", "calls per call"],
            [_slower_row(f) for f in review.slower_functions[:MAX_ROWS]],
        ),
    ]
    return lines


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
    """The whole comment."""
    c = review.counts
    lines = [
        MARKER,
        f"## {HEAD_ICONS[review.verdict]} {review.lead or review.headline}",
        "",
        *([f"{review.headline}.", ""] if review.lead else []),
        f"Comparing head `{cell(review.head.ref)}` (`{review.head.sha[:7]}`) with base "
        f"`{cell(review.base.ref)}` (`{review.base.sha[:7]}`): **{c.regressed} regressed**, "
        f"**{c.improved} improved**, {c.unchanged} unchanged, {c.inconclusive} inconclusive"
        + "".join(
            f", {n} {label}"
            for n, label in ((c.failed, "failed"), (c.new, "new"), (c.removed, "removed"))
            if n
        )
        + ".",
        "",
    ]
    if review.benchmarks:
        lines += _benchmarks(review) + [""]
    if review.changed_functions:
        lines += _changed(review) + [""]
    if review.slower_functions:
        lines += _functions(review) + [""]
    if review.findings:
        lines += [
            f"### Findings in the diff ({len(review.findings)})",
            "",
            *table(
                ["", "Where", "Rule", "What"], [_finding(f) for f in review.findings[:MAX_ROWS]]
            ),
            "",
        ]
    else:
        lines += ["No SQL or Python performance anti-patterns in the lines this change adds.", ""]
    if review.notes:
        lines += ["**Notes**", ""] + [f"- {cell(n)}" for n in review.notes] + [""]
    total = review.timings_s.get("total", 0.0)
    lines.append(
        f"<sub>perfagent review · {len(review.changed_files)} files changed · "
        f"took {total:.0f} s · details in review.json and review.sarif</sub>"
    )
    return "\n".join(lines) + "\n"
