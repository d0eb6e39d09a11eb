"""The scorecard: totals over the cases, with the commit, reasoner and prompt versions.

>>> from perfagent.evals.score import CaseResult, ProblemScore
>>> a = CaseResult(name="a", area="x", phase="construction", healthy=False, reasoner="rules",
...                detected=True, fixed=True, speedup=4.0, wall_s=60, problems=[ProblemScore(
...                title="t", detected=True, fix_expected=True, fixed=True, speedup=4.0)])
>>> b = CaseResult(name="b", area="y", phase="construction", healthy=True, reasoner="rules",
...                false_alarms=["cpu:b:f: flagged on a healthy target (rank 1)"], wall_s=20)
>>> t = totals([a, b])
>>> (t.detection_rate, t.fix_rate, t.false_alarms, t.median_speedup_kept, t.median_wall_s)
(1.0, 1.0, 1, 4.0, 40.0)
"""

from __future__ import annotations

import statistics
from datetime import UTC, datetime

from pydantic import BaseModel, Field

from perfagent.evals.score import CaseResult


class Totals(BaseModel):
    cases: int
    failed: int = Field(description="cases whose engagement could not run to a score")
    seeded: int = Field(description="cases with seeded problems")
    detected: int
    detection_rate: float | None
    fix_expected: int
    fixed: int
    fix_rate: float | None
    false_alarms: int
    healthy: int
    healthy_clean: int = Field(description="healthy cases with no finding at all")
    kept_fixes: int = Field(
        description="fix-expected cases whose problem got a kept, faster change"
    )
    median_speedup_kept: float | None = Field(None, description="over the kept fixes")
    median_speedup_all: float | None = Field(
        None, description="over every fix-expected case, 1.0 where nothing faster was kept"
    )
    deliverables_valid: int
    wall_s: float
    median_wall_s: float | None
    requests: int
    input_tokens: int
    output_tokens: int
    cost_usd: float | None


class Summary(BaseModel):
    suite: str
    reasoner: str
    model: str | None = None
    commit: str
    dirty: bool
    code_version: str
    prompt_versions: dict[str, str]
    started_at: str
    finished_at: str = ""
    resumed: list[str] = Field(default_factory=list, description="cases whose earlier result stood")
    totals: Totals
    cases: list[CaseResult]
    notes: list[str] = Field(default_factory=list)


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def totals(cases: list[CaseResult]) -> Totals:
    scored = [c for c in cases if c.status == "scored"]
    seeded = [c for c in cases if not c.healthy]
    fixable = [c for c in cases if any(p.fix_expected for p in c.problems)]
    kept = [c.speedup for c in fixable if c.speedup is not None]
    every = [c.speedup or 1.0 for c in fixable]
    walls = [c.wall_s for c in cases]
    costs = [c.llm.cost_usd for c in scored]
    return Totals(
        cases=len(cases),
        failed=len(cases) - len(scored),
        seeded=len(seeded),
        detected=sum(1 for c in seeded if c.detected),
        detection_rate=_rate(sum(1 for c in seeded if c.detected), len(seeded)),
        fix_expected=len(fixable),
        fixed=sum(1 for c in fixable if c.fixed),
        fix_rate=_rate(sum(1 for c in fixable if c.fixed), len(fixable)),
        false_alarms=sum(len(c.false_alarms) for c in cases),
        healthy=sum(1 for c in cases if c.healthy),
        healthy_clean=sum(1 for c in scored if c.healthy and not c.false_alarms),
        kept_fixes=len(kept),
        median_speedup_kept=round(statistics.median(kept), 2) if kept else None,
        median_speedup_all=round(statistics.median(every), 2) if every else None,
        deliverables_valid=sum(1 for c in scored if c.deliverables_ok),
        wall_s=round(sum(walls), 1),
        median_wall_s=round(statistics.median(walls), 1) if walls else None,
        requests=sum(c.llm.requests for c in scored),
        input_tokens=sum(c.llm.input_tokens for c in scored),
        output_tokens=sum(c.llm.output_tokens for c in scored),
        cost_usd=None if any(c is None for c in costs) else round(sum(costs), 4),
    )


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _yes(value: bool | None) -> str:
    return "–" if value is None else ("yes" if value else "**no**")


def _pct(part: int, whole: int, rate: float | None) -> str:
    return f"{part}/{whole} ({rate:.0%})" if rate is not None else "–"


def _claude(reasoner: str, t: Totals) -> str:
    if reasoner == "rules":
        return "- Claude: not used (the rules reasoner)"
    cost = f"~${t.cost_usd:.4f} (list-price estimate)" if t.cost_usd is not None else "cost unknown"
    return (
        f"- Claude: {t.requests} request(s), {t.input_tokens:,} tokens in, "
        f"{t.output_tokens:,} out, {cost}"
    )


def markdown(summary: Summary) -> str:
    t = summary.totals
    head = [
        f"# Eval scorecard: --llm {summary.reasoner}",
        "",
        f"- suite: `{summary.suite}`",
        f"- commit: `{summary.commit[:12]}`"
        + (f" + uncommitted changes ({summary.code_version})" if summary.dirty else ""),
        f"- reasoner: {summary.reasoner}" + (f", model {summary.model}" if summary.model else ""),
        f"- prompts: {', '.join(summary.prompt_versions.values())}",
        f"- started {summary.started_at}, finished {summary.finished_at}"
        + (
            f"; {len(summary.resumed)} case(s) resumed from earlier results"
            if summary.resumed
            else ""
        ),
        "",
        "## Totals",
        "",
        "- detection rate (seeded problem in the top 3): "
        f"{_pct(t.detected, t.seeded, t.detection_rate)}",
        (
            f"- fix rate (kept, faster, tests green, at least the scenario's speedup): "
            f"{_pct(t.fixed, t.fix_expected, t.fix_rate)}"
        ),
        f"- false alarms: {t.false_alarms}; healthy targets with nothing flagged: "
        f"{t.healthy_clean}/{t.healthy}",
        (
            f"- median speedup: {t.median_speedup_kept or '–'}x over the {t.kept_fixes} kept "
            f"change(s) for a seeded problem; {t.median_speedup_all or '–'}x over all "
            f"{t.fix_expected} fix-expected cases (1.0x where nothing faster was kept)"
        ),
        f"- deliverables valid: {t.deliverables_valid}/{t.cases - t.failed}; failed cases: "
        f"{t.failed}",
        f"- time: {t.wall_s / 60:.1f} min in all, median {t.median_wall_s or 0:.0f} s per case",
        _claude(summary.reasoner, t),
        "",
        "## Cases",
        "",
        "| case | area | detected | fixed | speedup | false alarms | deliverables | time | "
        "tokens |",
        "|---|---|---|---|---:|---:|---|---:|---:|",
    ]
    rows = []
    for c in summary.cases:
        if c.status == "failed":
            rows.append(
                f"| {c.name} | {c.area} | failed: {c.error[:80]} | | | | | {c.wall_s:.0f} s | |"
            )
            continue
        detected = "healthy" if c.healthy else _yes(c.detected)
        rows.append(
            f"| {c.name} | {c.area} | {detected} | {_yes(c.fixed)} | "
            f"{f'{c.speedup:.2f}x' if c.speedup else '–'} | {len(c.false_alarms)} | "
            f"{'valid' if c.deliverables_ok else 'INVALID'} | {c.wall_s:.0f} s | "
            f"{c.llm.input_tokens + c.llm.output_tokens:,} |"
        )
    why = ["", "## Why", ""]
    for c in summary.cases:
        for p in c.problems:
            why.append(f"- **{c.name}** — {p.title}: {p.why}")
        why += [f"- **{c.name}** — false alarm: {a}" for a in c.false_alarms]
        why += [f"- **{c.name}** — {c.llm.fell_back[0]}" for _ in c.llm.fell_back[:1]]
    notes = ["", "## Notes", ""] + [f"- {n}" for n in summary.notes] if summary.notes else []
    return "\n".join(head + rows + why + notes) + "\n"
