"""Step 5, validate: measure each candidate against the baseline, interleaved.

An index is created on a copy of a SQLite database inside a copy of the target;
then (1) the query is timed on both copies in alternating order (30 pairs) and
(2) when the target has a service, the service runs from both copies at once and
the same load goes to each in alternating rounds (tools.loadtest.compare). A change
is kept only when the query is ``faster`` and no endpoint metric got ``slower``.
Indexes on a database server are not created for a load test (that would change
the user's database): their plan and time come from the advisor's rolled-back trial.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from agent import workspace
from agent.database import database_url, sqlite_relative
from agent.state import Candidate, EngagementState, Finding, StepError, Validation
from agent.steps import step
from tools.errors import InputError, PerfagentError
from tools.loadtest.compare import MetricChange, change

QUERY_PAIRS = 30
NOT_APPLIED = ("a code or configuration change: perfagent proposes it with the evidence; applying "
               "edits in a worktree and validating them is not built yet")


@step("validate")
def validate(state: EngagementState) -> dict:
    by_id = {f.id: f for f in state.findings}
    candidates: dict[str, Candidate] = {}
    validations: dict[str, Validation] = {}
    errors: list[StepError] = []
    for cid, candidate in state.candidates.items():
        if cid in state.validations or candidate.status != "proposed":
            continue  # validated before a resume
        if candidate.needs_code_edit:
            candidates[cid] = candidate.model_copy(update={"status": "not_validated", "reason": NOT_APPLIED})
            continue
        try:
            result = validate_index(state, candidate, by_id[candidate.finding_id])
        except PerfagentError as exc:
            errors.append(StepError(step="validate", kind=type(exc).__name__, message=f"{candidate.title}: {exc}"))
            result = Validation(candidate_id=cid, method="failed", verdict="failed", kept=False, notes=[str(exc)])
        validations[cid] = result
        status = "kept" if result.kept else ("inconclusive" if result.verdict == "inconclusive" else "rejected")
        candidates[cid] = candidate.model_copy(update={"status": status, "reason": _reason(result)})
    kept = sum(1 for c in candidates.values() if c.status == "kept")
    return {"candidates": candidates, "validations": validations, "errors": errors,
            "_summary": f"{len(validations)} measured, {kept} kept"}


def _reason(v: Validation) -> str:
    primary = next((c for c in v.changes if c.metric == "query_ms"), None)
    if primary is None:
        return v.notes[0] if v.notes else v.verdict
    return f"query {primary.verdict}: {primary.why}"


def validate_index(state: EngagementState, candidate: Candidate, finding: Finding) -> Validation:
    query = finding.detail.get("query")
    if not query:
        raise InputError("the index finding carries no query to time")
    url = state.spec.database.url
    if not sqlite_relative(url):
        return _advisor_only(candidate, finding)
    rel = url.removeprefix("sqlite:///")
    slug = "".join(ch if ch.isalnum() else "-" for ch in finding.detail.get("table", "index"))[:40]
    before_root = workspace.target(state)
    after_root = workspace.variant(state, f"validate-{slug}")
    before_db, after_db = before_root / rel, after_root / rel
    with sqlite3.connect(after_db) as conn:
        conn.execute(candidate.change)
    timing = _interleaved_query(before_db, after_db, query, state.settings.min_effect)
    plan_before, plan_after = _plans(state, before_root, after_root, query)
    changes = [timing]
    notes = [f"query timed {QUERY_PAIRS} times on each copy, alternating which goes first"]
    if state.spec.has_service:
        changes += _interleaved_load(state, before_root, after_root, slug, notes)
    regressions = [c for c in changes if c.metric != "query_ms" and c.verdict == "slower"]
    if regressions:
        notes.append("slower under load: " + "; ".join(f"{c.scope} {c.metric} {c.why}" for c in regressions))
    kept = timing.verdict == "faster" and not regressions
    verdict = "slower" if regressions else timing.verdict
    return Validation(candidate_id=candidate.id, method="index on a copy of the SQLite database; "
                      "interleaved query timings" + (" and load rounds" if state.spec.has_service else ""),
                      verdict=verdict, kept=kept, changes=changes, plan_before=plan_before,
                      plan_after=plan_after, notes=notes)


def _interleaved_query(before_db: Path, after_db: Path, query: str, min_effect: float) -> MetricChange:
    def open_ro(path: Path) -> sqlite3.Connection:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    times: dict[str, list[float]] = {"before": [], "after": []}
    conns = {"before": open_ro(before_db), "after": open_ro(after_db)}
    try:
        for conn in conns.values():  # one untimed run each: page cache and statement cache warm
            conn.execute(query).fetchall()
        for i in range(QUERY_PAIRS):
            for side in (("before", "after") if i % 2 == 0 else ("after", "before")):
                start = time.perf_counter()
                conns[side].execute(query).fetchall()
                times[side].append((time.perf_counter() - start) * 1000)
    except sqlite3.Error as exc:
        raise InputError(f"timing the query failed: {exc}") from None
    finally:
        for conn in conns.values():
            conn.close()
    return change("query_ms", query[:80], times["before"], times["after"], min_effect=min_effect)


def _plans(state: EngagementState, before_root: Path, after_root: Path, query: str) -> tuple[str, str]:
    from tools.sql import db as sqldb

    plans = []
    for root in (before_root, after_root):
        with sqldb.connect(database_url(state, root)) as database:
            plans.append(database.explain(query).text())
    return plans[0], plans[1]


def _interleaved_load(state: EngagementState, before_root: Path, after_root: Path, slug: str,
                      notes: list[str]) -> list[MetricChange]:
    from agent.service import running
    from tools.loadtest.compare import compare_load

    out = Path(state.report_dir) / "5-before-after" / slug
    settings = state.settings
    with running(state, log_name=f"validate-{slug}-before.log", root=before_root, run_dir=out / "before") as a, \
            running(state, log_name=f"validate-{slug}-after.log", root=after_root, run_dir=out / "after") as b:
        comparison = compare_load(
            lambda host: state.spec.load.plan("run", host=host, users=settings.load_users,
                                              duration_s=settings.validate_round_s),
            a.base_url, b.base_url, rounds=settings.validate_rounds, min_effect=settings.min_effect,
            before_pid=a.pid, after_pid=b.pid,
        )
    notes.append(f"the service ran from both copies at once; {comparison.rounds} rounds of "
                 f"{comparison.round_s:.0f} s each side, {settings.load_users} users, order alternating; "
                 "one sample per endpoint per second")
    return comparison.changes


def _advisor_only(candidate: Candidate, finding: Finding) -> Validation:
    d = finding.detail
    notes = [("the database is a server: perfagent does not create indexes on it for a load test; the "
              "figures are the advisor's trial inside a rolled-back transaction (median of 5, no interval)")]
    if d.get("time_before_ms") is not None and d.get("time_after_ms") is not None:
        notes.append(f"query time {d['time_before_ms']:.2f} ms -> {d['time_after_ms']:.2f} ms")
    return Validation(candidate_id=candidate.id, method="advisor trial (rolled back)", verdict="inconclusive",
                      kept=False, notes=notes)
