"""The scorer: one engagement's state against its scenario. Pure: the runner does the I/O
(re-running the target's tests on each kept branch, checking the deliverables) and hands
the facts in.

Per seeded problem:

- **detected** — a finding that names it (its kind, and its place in the finding's id,
  location or title; for a hot spot, the hot function itself) is among the top 3 of the
  ranked plan. Phases without a prioritize step (testing) rank nothing; their findings are
  ranked here with the rules reasoner's pure function, and the result says so.
- **fixed** — a candidate for such a finding was kept, its validation says ``faster``,
  the target's tests pass on its branch (re-run by the runner, not taken from the
  engagement), and its speedup (before/after of the figure that decided) reaches the
  scenario's ``min_speedup``. Problems without ``min_speedup`` expect no fix.

False alarms: on a healthy target every finding; elsewhere the findings that match one of
the scenario's ``[[must_not_flag]]``.

>>> from perfagent.agent.state import make_finding
>>> f = make_finding(id="cpu:b:load_rows", kind="cpu_hotspot",
...                  title="load_rows takes 80% of b's CPU time", location="app/rows.py:3",
...                  evidence="e", source="cprofile", detail={"function": "load_rows"})
>>> names(Match(kind=["cpu_hotspot"], function="attach_customers"), f)
False
>>> names(Match(kind=["cpu_hotspot"], function="load_rows"), f)
True
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from perfagent.agent.finding_kinds import CpuHotspot
from perfagent.agent.state import Candidate, EngagementState, Finding, RankedItem, Validation
from perfagent.evals.scenario import Match, Problem, Scenario

TOP = 3
# The figure a kept change is judged on, in the order validate decides: a query's time for an
# index, a benchmark's time for a benchmarked edit, the endpoint's (or the service's) latency.
PRIMARY_METRICS = ("query_ms", "time_s", "p50_ms", "p95_ms")


class ProblemScore(BaseModel):
    title: str
    detected: bool
    rank: int | None = Field(None, description="the best rank of a finding naming it, if any")
    finding_id: str | None = None
    fix_expected: bool
    fixed: bool | None = Field(None, description="None when no fix is expected")
    speedup: float | None = Field(None, description="before/after of the deciding figure")
    candidate: str | None = None
    why: str = Field("", description="one sentence: what decided detected and fixed")


class LlmTotals(BaseModel):
    requests: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float | None = 0.0
    fell_back: list[str] = Field(default_factory=list, description="'step: reason' per fallback")


class CaseResult(BaseModel):
    """result.json of one case: enough to resume (it is done) and to rebuild the summary."""

    name: str
    area: str
    phase: str
    healthy: bool
    reasoner: str
    status: Literal["scored", "failed"] = "scored"
    error: str = ""
    run_id: str = ""
    ranked_by: str = "plan"
    top: list[str] = Field(default_factory=list, description="the top findings, 'rank. id'")
    problems: list[ProblemScore] = Field(default_factory=list)
    detected: bool | None = None
    fixed: bool | None = None
    speedup: float | None = None
    false_alarms: list[str] = Field(default_factory=list)
    kept: list[str] = Field(default_factory=list, description="candidates kept, with their speedup")
    deliverables_ok: bool = False
    deliverables_problems: list[str] = Field(default_factory=list)
    step_errors: list[str] = Field(default_factory=list)
    wall_s: float = 0.0
    engagement_s: float = 0.0
    llm: LlmTotals = Field(default_factory=LlmTotals)
    digest: str = Field("", description="of the scenario's files")
    target_digest: str = Field(
        "", description="of the target's files (what recorded measurements hold)"
    )
    code_version: str = ""
    finished_at: str = ""
    report: str = ""


def names(match: Match, finding: Finding) -> bool:
    """Does ``finding`` name what ``match`` describes?"""
    if finding.kind not in match.kind:
        return False
    if match.function is not None and isinstance(finding, CpuHotspot):
        function = finding.detail.function or ""
        if function.rpartition(".")[2] != match.function:
            return False
    if not match.where:
        return True
    text = " ".join((finding.id, finding.location or "", finding.title)).lower()
    return any(place.lower() in text for place in match.where)


def ranking(state: EngagementState) -> tuple[list[RankedItem], dict[str, Finding], str]:
    """The ranked findings, each finding by id, and who ranked them."""
    if "prioritize" in state.steps:
        return state.plan, {f.id: f for f in state.findings}, "plan"
    from perfagent.agent import findings as measured
    from perfagent.agent.reasoner import rules

    found = measured.collect(state)
    return (
        rules.prioritize(found),
        {f.id: f for f in found},
        (
            "scorer: this phase has no prioritize step, so the measured findings were ranked "
            "with the rules reasoner's prioritize"
        ),
    )


def speedup(candidate: Candidate, validation: Validation) -> float | None:
    """before/after of the figure validate decided on (1/ratio; 4.0 = four times faster)."""
    scope = _scope(candidate, validation)
    for metric in PRIMARY_METRICS:
        for c in validation.changes:
            if (
                c.metric == metric
                and (metric in ("query_ms", "time_s") or c.scope == scope)
                and c.ratio > 0
            ):
                return round(1 / c.ratio, 3)
    return None


def _scope(candidate: Candidate, validation: Validation) -> str:
    if candidate.endpoint:
        for c in validation.changes:
            if c.scope == candidate.endpoint or c.scope.endswith(" " + candidate.endpoint):
                return c.scope
    return "all"


def score_problem(
    problem: Problem,
    state: EngagementState,
    plan: list[RankedItem],
    by_id: dict[str, Finding],
    tests_green: dict[str, bool],
) -> ProblemScore:
    ranks = [
        item.rank
        for item in plan
        if item.finding_id in by_id and names(problem, by_id[item.finding_id])
    ]
    rank = min(ranks) if ranks else None
    finding_id = next((i.finding_id for i in plan if i.rank == rank), None) if rank else None
    detected = rank is not None and rank <= TOP
    seen = (
        f"named at rank {rank} by {finding_id}"
        if rank
        else "no finding names it"
        + (f" (top: {', '.join(i.finding_id for i in plan[:TOP])})" if plan else "")
    )
    score = ProblemScore(
        title=problem.title,
        detected=detected,
        rank=rank,
        finding_id=finding_id,
        fix_expected=problem.min_speedup is not None,
        why=seen,
    )
    if problem.min_speedup is None:
        return score
    fixed, best, candidate, why = _fix(problem, state, tests_green)
    return score.model_copy(
        update={"fixed": fixed, "speedup": best, "candidate": candidate, "why": f"{seen}; {why}"}
    )


def _fix(
    problem: Problem, state: EngagementState, tests_green: dict[str, bool]
) -> tuple[bool, float | None, str | None, str]:
    findings = {f.id: f for f in state.findings}
    mine = [
        c
        for c in state.candidates.values()
        if (c.finding_id in findings and names(problem, findings[c.finding_id]))
        or _fix_shape(problem, c)
    ]
    if not mine:
        return False, None, None, "no candidate was proposed for it"
    kept = [c for c in mine if c.status == "kept"]
    if not kept:
        c = mine[0]
        return (
            False,
            None,
            c.id,
            f"not fixed: {c.id} {c.status} ({(c.reason or 'no reason given')[:160]})",
        )
    outcomes = [_outcome(problem, c, state.validations.get(c.id), tests_green) for c in kept]
    fixed = [o for o in outcomes if o[0]]
    measured = [o for o in outcomes if o[1] is not None]
    return max(fixed or measured or outcomes, key=lambda o: o[1] or 0.0)


def _outcome(
    problem: Problem, c: Candidate, validation: Validation | None, tests_green: dict[str, bool]
) -> tuple[bool, float | None, str, str]:
    """One kept candidate against the problem: fixed?, its speedup, its id, why."""
    value = speedup(c, validation) if validation else None
    if validation is None or validation.verdict != "faster" or value is None:
        return False, None, c.id, f"not fixed: {c.id} was kept without a faster verdict"
    if not tests_green.get(c.branch or ""):
        return (
            False,
            value,
            c.id,
            (
                f"not fixed: the target's tests do not pass on {c.branch}"
                if c.branch in tests_green
                else f"not fixed: {c.id} left no branch to test"
            ),
        )
    if value < (problem.min_speedup or 0):
        return (
            False,
            value,
            c.id,
            f"not fixed: {c.id} is {value:.2f}x, under the {problem.min_speedup:g}x asked",
        )
    return True, value, c.id, f"fixed by {c.id}: {value:.2f}x, tests pass on {c.branch}"


def _fix_shape(problem: Problem, candidate: Candidate) -> bool:
    """A candidate made by one of the problem's fix recipes that edits the problem's file."""
    if (
        candidate.recipe not in problem.fix_recipes
        or candidate.edit is None
        or problem.file is None
    ):
        return False
    return any(block.path == problem.file for block in candidate.edit.blocks)


def false_alarms(
    scenario: Scenario, plan: list[RankedItem], by_id: dict[str, Finding]
) -> list[str]:
    alarms = []
    for item in plan:
        finding = by_id.get(item.finding_id)
        if finding is None:
            continue
        if scenario.healthy:
            alarms.append(f"{finding.id}: flagged on a healthy target (rank {item.rank})")
            continue
        for rule in scenario.must_not_flag:
            if names(rule, finding):
                alarms.append(
                    f"{finding.id}: must not be flagged ({rule.why or 'the scenario says so'})"
                )
                break
    return alarms


def llm_totals(state: EngagementState) -> LlmTotals:
    from perfagent.tools.llm.record import total

    usage, cost = total(state.llm)
    return LlmTotals(
        requests=sum(r.requests for r in state.llm),
        input_tokens=usage.input_tokens
        + usage.cache_read_input_tokens
        + usage.cache_creation_input_tokens,
        output_tokens=usage.output_tokens,
        cost_usd=cost,
        fell_back=[f"{r.step}: {r.reason}" for r in state.llm if r.fell_back],
    )


def score_case(
    scenario: Scenario,
    state: EngagementState,
    *,
    reasoner: str,
    tests_green: dict[str, bool],
    deliverables_problems: list[str],
    wall_s: float,
) -> CaseResult:
    """Score one finished engagement. ``tests_green``: branch → the target's tests pass there."""
    plan, by_id, ranked_by = ranking(state)
    problems = [score_problem(p, state, plan, by_id, tests_green) for p in scenario.problem]
    fixes = [p for p in problems if p.fix_expected]
    speedups = [p.speedup for p in problems if p.speedup is not None]
    kept = []
    for c in state.candidates.values():
        if c.status == "kept":
            validation = state.validations.get(c.id)
            value = speedup(c, validation) if validation else None
            kept.append(f"{c.id}" + (f": {value:.2f}x" if value else ""))
    return CaseResult(
        name=scenario.name,
        area=scenario.area,
        phase=scenario.phase,
        healthy=scenario.healthy,
        reasoner=reasoner,
        run_id=state.run_id,
        ranked_by=ranked_by,
        top=[f"{i.rank}. {i.finding_id}" for i in plan[:TOP]],
        problems=problems,
        detected=all(p.detected for p in problems) if problems else None,
        fixed=all(p.fixed for p in fixes) if fixes else None,
        speedup=max(speedups) if speedups else None,
        false_alarms=false_alarms(scenario, plan, by_id),
        kept=kept,
        deliverables_ok=not deliverables_problems,
        deliverables_problems=deliverables_problems,
        step_errors=[f"{e.step}: {e.message[:200]}" for e in state.errors],
        wall_s=round(wall_s, 1),
        engagement_s=round(sum(r.duration_s for r in state.log), 1),
        llm=llm_totals(state),
    )


def failed_case(scenario: Scenario, *, reasoner: str, error: str, wall_s: float) -> CaseResult:
    """A case whose engagement could not run to the end: nothing detected, nothing fixed."""
    problems = [
        ProblemScore(
            title=p.title,
            detected=False,
            fix_expected=p.min_speedup is not None,
            fixed=False if p.min_speedup is not None else None,
            why=f"the engagement failed: {error[:200]}",
        )
        for p in scenario.problem
    ]
    return CaseResult(
        name=scenario.name,
        area=scenario.area,
        phase=scenario.phase,
        healthy=scenario.healthy,
        reasoner=reasoner,
        status="failed",
        error=error,
        problems=problems,
        detected=False if problems else None,
        fixed=False if any(p.fix_expected for p in problems) else None,
        wall_s=round(wall_s, 1),
    )
