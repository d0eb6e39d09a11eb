"""Step 5, validate: measure the candidate optimize chose against the baseline, interleaved.

A code edit (agent/trial.py) is applied in a git worktree on its own branch, gated
by the target's own tests, then measured against a worktree of the same commit
without it; kept edits are committed on their branch and exported as a patch. With
``approve`` the graph pauses first until a person approves or rejects the edit.

An index is created on a copy of a SQLite database inside a copy of the target;
then (1) the query is timed on both copies in alternating order (30 pairs) and
(2) when the target has a service, the service runs from both copies at once and
the same load goes to each in alternating rounds (tools.loadtest.compare). A change
is kept only when the query is ``faster`` and no endpoint metric got ``slower``. A SQLite
file outside the target (CTFd's, seeded beside its clone) is copied twice instead, the index
in one copy, and the service run from the target against each (its [service] env variables
that name the file pointed at a copy); the user's file is only read.
An index on a PostgreSQL or MariaDB/MySQL server is never created on the user's database: with a
service, it is created on a copy of the database (PostgreSQL: CREATE DATABASE … TEMPLATE;
MariaDB/MySQL: each table's structure and rows copied into a new database), and the service is run
against that copy and against a second copy without it (its [service] env pointed at each)
under alternating load rounds. Without a service, or when no copy can be made, the plan and
time come from the advisor's rolled-back trial.

When the loop ends with two or more kept changes on branches, validate runs once more to
put them together on one branch, gated by the target's tests and measured against the
unchanged commit (``EngagementState.combined``): what merging them all does.
"""

from __future__ import annotations

from pathlib import Path

from perfagent.agent import workspace
from perfagent.agent.database import server_url, sqlite_relative
from perfagent.agent.finding_kinds import Finding, Index, IndexTrial
from perfagent.agent.state import Candidate, Combined, EngagementState, StepError, Validation
from perfagent.agent.steps import Loop, StepSpec, step
from perfagent.tools.errors import InputError, PerfagentError
from perfagent.tools.loadtest.compare import MetricChange, change
from perfagent.tools.sql.server_copy import is_server
from perfagent.tools.sql.sqlite_copy import create_index, interleaved_ms

QUERY_PAIRS = 30


@step("validate")
def validate(state: EngagementState) -> dict:
    cid = state.current_candidate
    candidate = state.candidates.get(cid) if cid else None
    if candidate is None or candidate.status != "proposed":
        if to_combine(state):
            return _combine(state)
        return {"current_candidate": None, "_summary": "nothing to validate"}
    if candidate.needs_code_edit and state.settings.approve:
        decision = _ask(candidate)
        if not decision.get("approve"):
            why = "rejected by the reviewer" + (
                f": {decision['reason']}" if decision.get("reason") else ""
            )
            rejected = candidate.model_copy(update={"status": "rejected", "reason": why})
            return {
                "candidates": {cid: rejected},
                "current_candidate": None,
                "_summary": f"{candidate.title}: {why}",
            }
    errors: list[StepError] = []
    try:
        if candidate.needs_code_edit:
            from perfagent.agent.trial import validate_edit

            result, updates = validate_edit(state, candidate, by_id(state, candidate.finding_id))
        else:
            result, updates = (
                validate_index(state, candidate, by_id(state, candidate.finding_id)),
                {},
            )
            if result.kept:
                from perfagent.agent.trial import commit_migration

                updates = commit_migration(state, candidate, result)
    except PerfagentError as exc:
        errors.append(
            StepError(step="validate", kind=type(exc).__name__, message=f"{candidate.title}: {exc}")
        )
        result, updates = (
            Validation(
                candidate_id=cid, method="failed", verdict="failed", kept=False, notes=[str(exc)]
            ),
            {},
        )
    status = (
        "kept"
        if result.kept
        else ("inconclusive" if result.verdict == "inconclusive" else "rejected")
    )
    done = candidate.model_copy(update={"status": status, "reason": _reason(result), **updates})
    hit = result.cache_hit_rate  # the latest window with lookups is the one deliverable 3 quotes
    measured = {"cache_hit_rate": hit} if hit and hit.lookups else {}
    return {
        "candidates": {cid: done},
        "validations": {cid: result},
        "errors": errors,
        "current_candidate": None,
        "_summary": f"{candidate.title}: {status} ({done.reason[:120]})",
        **measured,
    }


def chosen(state: EngagementState) -> bool:
    """validate runs with the candidate optimize chose, or — once optimize has none left — to
    measure the kept changes together; otherwise the plan goes on past it."""
    return bool(state.current_candidate) or to_combine(state)


def to_combine(state: EngagementState) -> bool:
    """Two or more kept changes with branches, none still waiting, and not combined yet."""
    from perfagent.agent.trial import combinable

    return (
        state.combined is None
        and not state.current_candidate
        and not any(c.status == "proposed" for c in state.candidates.values())
        and len(combinable(state)) >= 2
    )


def _combine(state: EngagementState) -> dict:
    """The kept changes on one branch, tested and measured together (agent/trial.py)."""
    from perfagent.agent.trial import combine_kept

    try:
        combined = combine_kept(state)
    except PerfagentError as exc:
        combined = Combined(notes=[f"the kept changes could not be combined: {exc}"])
        return {
            "combined": combined,
            "errors": [StepError(step="validate", kind=type(exc).__name__, message=str(exc))],
            "_summary": combined.notes[0],
        }
    n = len(combined.candidates)
    summary = (
        f"{n} kept changes together on {combined.branch}: {combined.verdict}"
        if combined.branch
        else (combined.notes or [combined.tests])[0]
    )
    return {"combined": combined, "_summary": summary}


def waiting(state: EngagementState) -> bool:
    """Back to optimize while a measurable candidate is still waiting (the loop), or once more
    when the kept changes are to be combined: optimize, with none left, hands back to validate
    for that."""
    return any(
        c.status == "proposed" and c.measurable for c in state.candidates.values()
    ) or to_combine(state)


STEP = StepSpec(
    name="validate",
    run=validate,
    order=50,
    phases=("construction",),
    runs_if=chosen,
    loop=Loop(to="optimize", again=waiting),
)


def by_id(state: EngagementState, finding_id: str) -> Finding:
    return next(f for f in state.findings if f.id == finding_id)


def _ask(candidate: Candidate) -> dict:
    """Pause the graph until a person approves or rejects this edit (``perfagent decide``)."""
    from langgraph.types import interrupt

    blocks = candidate.edit.blocks if candidate.edit else []
    answer = interrupt(
        {
            "candidate": candidate.id,
            "title": candidate.title,
            "rationale": candidate.rationale,
            "files": sorted({b.path for b in blocks}),
            "edit": [{"path": b.path, "search": b.search, "replace": b.replace} for b in blocks],
        }
    )
    if isinstance(answer, bool):
        return {"approve": answer}
    return (
        answer
        if isinstance(answer, dict)
        else {"approve": str(answer).lower() in ("y", "yes", "approve")}
    )


def _reason(v: Validation) -> str:
    """The sentence that decided: the query's verdict for an index, the gate's for an edit."""
    primary = next((c for c in v.changes if c.metric == "query_ms"), None)
    if primary is None:
        return v.notes[-1] if v.notes else v.verdict
    if not v.kept and v.verdict == "slower":
        return next((n for n in v.notes if n.startswith("slower")), v.verdict)
    return f"query {primary.verdict}: {primary.why}"


def validate_index(state: EngagementState, candidate: Candidate, finding: Finding) -> Validation:
    if not isinstance(finding, Index) or not finding.detail.query:
        raise InputError("the index finding carries no query to time")
    url = server_url(state)
    slug = "".join(ch if ch.isalnum() else "-" for ch in finding.detail.table or "index")[:40]
    if sqlite_relative(url):
        rel = url.removeprefix("sqlite:///")
        before_root = workspace.target(state)
        after_root = workspace.variant(state, f"validate-{slug}")
        create_index(after_root / rel, candidate.change)
        return _sqlite_trial(
            state,
            candidate,
            finding,
            slug,
            dbs=(before_root / rel, after_root / rel),
            roots=(before_root, after_root),
        )
    if url.startswith("sqlite:////"):  # CTFd's database, seeded beside the clone
        return _on_file_copies(
            state, candidate, finding, Path(url.removeprefix("sqlite:///")), slug
        )
    if is_server(url) and state.spec.has_service:
        return _on_server_copies(state, candidate, finding, url, slug)
    if is_server(url):
        return _advisor_only(
            candidate,
            finding,
            "the database is a server and the target declares no [service] to run against a "
            "copy of it",
        )
    return _advisor_only(candidate, finding)


def _on_file_copies(
    state: EngagementState, candidate: Candidate, finding: Index, path: Path, slug: str
) -> Validation:
    """An index on a SQLite file outside the target (the target's copies do not carry it):
    tried on two copies of the file made with SQLite's backup API, the index in one; the
    query timed on both, and the service run against each (the [service] env variables that
    name the file pointed at a copy). The user's file is only read."""
    import tempfile

    from perfagent.agent.service import service_env
    from perfagent.tools.sql.sqlite_copy import copy_database, point_sqlite_env

    env = service_env(state, Path(state.report_dir)) if state.spec.has_service else {}
    with tempfile.TemporaryDirectory(prefix=f"perfagent-index-{slug}-") as folder:
        dbs = (Path(folder) / f"before-{path.name}", Path(folder) / f"after-{path.name}")
        envs = (point_sqlite_env(env, path, dbs[0]), point_sqlite_env(env, path, dbs[1]))
        if env and not envs[0]:
            return _advisor_only(
                candidate,
                finding,
                f"the database is a SQLite file outside the target ({path}) that the service's "
                "[service] env names nowhere perfagent can point at a copy",
            )
        try:
            for db in dbs:
                copy_database(path, db)
            create_index(dbs[1], candidate.change)
        except PerfagentError as exc:
            return _advisor_only(
                candidate, finding, f"no trial on copies of the SQLite file {path}: {exc}"
            )
        root = workspace.target(state)
        pointed = f"; {', '.join(sorted(envs[0]))} pointed at each copy" if envs[0] else ""
        return _sqlite_trial(
            state,
            candidate,
            finding,
            slug,
            dbs=dbs,
            roots=(root, root),
            envs=envs,
            copied=f"the index created on a copy of {path} (outside the target), the other copy "
            f"without it{pointed}",
        )


def _sqlite_trial(
    state: EngagementState,
    candidate: Candidate,
    finding: Index,
    slug: str,
    *,
    dbs: tuple[Path, Path],
    roots: tuple[Path, Path],
    envs: tuple[dict[str, str], dict[str, str]] = ({}, {}),
    copied: str = "",
) -> Validation:
    """The query timed on the copy without the index and the copy with it, then (with a
    service) load rounds against both; kept when the query is faster and nothing got slower."""
    query = finding.detail.query or ""
    notes = [copied] if copied else []
    try:
        timing: MetricChange | None = _interleaved_query(
            dbs[0], dbs[1], query, state.settings.min_effect
        )
    except InputError as exc:  # recorded without values, and no column to take one from
        timing = None
        notes.append(f"{exc}; the load rounds decide")
    plan_before, plan_after = _plans(dbs, query)
    changes = [timing] if timing is not None else []
    if timing is not None:
        notes.append(f"query timed {QUERY_PAIRS} times on each copy, alternating which goes first")
    if state.spec.has_service:
        from perfagent.agent.trial import load_rounds

        load_changes, method = load_rounds(
            state, roots[0], roots[1], f"index-{slug}", settled=_service_settled, envs=envs
        )
        changes += load_changes
        notes.append(f"{method}, one sample per endpoint per second")
    # a regression is the service as a whole getting slower; one endpoint's per-second
    # samples over a few rounds are too noisy to veto a 99% faster query on their own
    from perfagent.agent.trial import overall_verdict, whole_service

    regressions = [c for c in changes if c.verdict == "slower" and whole_service(c)]
    if regressions:
        notes.append(
            "slower under load: " + "; ".join(f"{c.scope} {c.metric} {c.why}" for c in regressions)
        )
    decided = timing.verdict if timing is not None else overall_verdict(changes)
    kept = decided == "faster" and not regressions
    verdict = "slower" if regressions else decided
    return Validation(
        candidate_id=candidate.id,
        method="index on a copy of the SQLite database; "
        "interleaved query timings" + (" and load rounds" if state.spec.has_service else ""),
        verdict=verdict,
        kept=kept,
        changes=changes,
        plan_before=plan_before,
        plan_after=plan_after,
        notes=notes,
    )


def _service_settled(changes: list[MetricChange]) -> bool:
    """The load rounds of an index can stop once the whole service's p50 and p95 have a
    verdict: they only decide whether the service got slower (the query timing decides the
    rest)."""
    return not any(
        c.verdict == "inconclusive"
        for c in changes
        if c.scope == "all" and c.metric in ("p50_ms", "p95_ms")
    )


def _interleaved_query(
    before_db: Path, after_db: Path, query: str, min_effect: float
) -> MetricChange:
    """The query on both copies through the database seam, alternating which goes first."""
    from perfagent.tools.sql import db as sqldb

    with (
        sqldb.connect(f"sqlite:///{before_db}") as before,
        sqldb.connect(f"sqlite:///{after_db}") as after,
    ):
        times_before, times_after = interleaved_ms(before, after, query, pairs=QUERY_PAIRS)
    return change("query_ms", query[:80], times_before, times_after, min_effect=min_effect)


def _plans(dbs: tuple[Path, Path], query: str) -> tuple[str, str]:
    from perfagent.tools.sql import db as sqldb

    plans = []
    for db in dbs:
        with sqldb.connect(f"sqlite:///{db}") as database:
            plans.append(database.explain(query).text())
    return plans[0], plans[1]


def _on_server_copies(
    state: EngagementState, candidate: Candidate, finding: Index, url: str, slug: str
) -> Validation:
    """An index on a PostgreSQL or MariaDB/MySQL server, tried on two copies of its database
    (tools.sql.pg_copy, tools.sql.mysql_copy: the user's database is never changed): the index
    on one, the service run against each (its [service] env pointed at the copy) under
    alternating load rounds. Kept when the service got faster (p50 or p95, overall) and nothing
    got slower overall. When no copy can be made or the service's environment names the
    database nowhere, the advisor's rolled-back trial stands, with the reason."""
    import psycopg

    from perfagent.agent.trial import (
        failing_on_both,
        indexed_copies,
        load_rounds,
        overall_verdict,
        whole_service,
    )
    from perfagent.tools.sql.db import parse_url

    source = parse_url(url)
    server, how = (
        ("PostgreSQL", "CREATE DATABASE … TEMPLATE")
        if source.scheme == "postgresql"
        else ("MariaDB/MySQL", "each table's CREATE TABLE and rows copied on the same server")
    )

    tags = (f"{slug}-before", f"{slug}-after")
    try:
        with indexed_copies(state, url, tags, ([], [candidate.change])) as envs:
            changes, method = load_rounds(
                state,
                workspace.target(state),
                workspace.target(state),
                f"index-{slug}",
                settled=_service_settled,
                envs=envs,
            )
    except (PerfagentError, psycopg.Error) as exc:
        reason = str(exc).strip().rstrip(".").replace("\n", " ")
        return _advisor_only(candidate, finding, f"no trial on copies of the database ({reason})")
    overall = [c for c in changes if whole_service(c)]  # what overall_verdict counts
    verdict = overall_verdict(changes)
    kept = verdict == "faster"
    notes = [
        f"the index created on a copy of {source.database} "
        f"({how}), the service run against that copy and against another "
        f"copy without it; {', '.join(sorted(envs[0]))} pointed at each copy",
        f"{method}, one sample per endpoint per second",
    ]
    why = [c for c in overall if c.verdict == verdict] if kept or verdict == "slower" else overall
    failing = failing_on_both(changes)
    notes.append(
        (
            f"most requests failed on both sides ({failing.why}): not judged on error answers"
            if failing is not None
            else ""
        )
        or "; ".join(f"{c.scope} {c.metric} {c.verdict}: {c.why}" for c in why)
        or "no overall latency was measured"
    )
    return Validation(
        candidate_id=candidate.id,
        method=f"index on a copy of the {server} database; load rounds against both copies",
        verdict=verdict,
        kept=kept,
        changes=changes,
        notes=notes,
    )


def _advisor_only(
    candidate: Candidate,
    finding: Finding,
    why: str = "the database is a server: perfagent does not create indexes on it for a load test",
) -> Validation:
    d = finding.detail if isinstance(finding, Index) else IndexTrial()
    notes = [
        f"{why}; the figures are the advisor's trial inside a rolled-back transaction (median "
        "of 5, no interval)"
    ]
    if d.time_before_ms is not None and d.time_after_ms is not None:
        notes.append(f"query time {d.time_before_ms:.2f} ms -> {d.time_after_ms:.2f} ms")
    return Validation(
        candidate_id=candidate.id,
        method="advisor trial (rolled back)",
        verdict="inconclusive",
        kept=False,
        notes=notes,
    )
