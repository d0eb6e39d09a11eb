"""One code candidate, tried for real: worktree, correctness gate, speed gate, branch.

    1. a worktree of the target's HEAD on a new branch ``perfagent/<run-id>/<candidate>``
       (tools.codeedit) — the user's working tree and branch are never touched;
    2. the edit applied (search/replace blocks or a diff); a block that does not match
       rejects the candidate with the lines expected and the lines found;
    3. the correctness gate: the target's setup and its own tests, sandboxed;
    4. the speed gate against a detached worktree of the same commit without the edit:
       the finding's benchmark with ``compare`` (interleaved fresh processes, bootstrap
       interval), or the service from both trees under alternating load rounds (with the
       shared cache's hit rate when the edit is a Redis response cache); a change whose
       gain is bytes (``measure == "bytes"``) is loaded from both trees in headless
       Chromium instead (agent/frontend_trial.py), and gated on no new page error;
    5. kept only when ``faster`` beyond the engagement's minimum effect (5%: the noise
       floor Codeflash uses) and nothing measured got slower; a kept edit is committed
       on its branch with the measured gain in the message and exported as a patch.

The worktrees are removed whatever happens; a branch survives only with a commit.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Literal

from perfagent.agent.state import Candidate, Combined, EngagementState, Finding, Validation
from perfagent.tools.errors import InputError, PerfagentError, TargetError
from perfagent.tools.loadtest.compare import LoadComparison, MetricChange
from perfagent.tools.loadtest.results import LoadResult


def slug(candidate: Candidate) -> str:
    """A branch- and file-safe name; a long id keeps its start and gets a hash of the whole, so
    two candidates of one long finding never share a branch.

    >>> slug(Candidate(id="cand:cpu:quote:table:memoize", finding_id="f", kind="code", title="t",
    ...                change=""))
    'cpu-quote-table-memoize'
    >>> a, b = (slug(Candidate(id=f"cand:frontend:unminified:{'x' * 70}:{r}", finding_id="f",
    ...                        kind="code", title="t", change=""))
    ...         for r in ("minify_assets", "compression"))
    >>> a != b and len(a) <= 60
    True
    """
    import hashlib

    text = "".join(ch if ch.isalnum() else "-" for ch in candidate.id.removeprefix("cand:").lower())
    name = "-".join(part for part in text.split("-") if part)
    if len(name) <= 60:
        return name
    return f"{name[:51].rstrip('-')}-{hashlib.sha256(candidate.id.encode()).hexdigest()[:8]}"


def validate_edit(
    state: EngagementState, candidate: Candidate, finding: Finding
) -> tuple[Validation, dict]:
    from perfagent.tools.codeedit import (
        apply_edit,
        candidate_worktree,
        commit,
        export_patch,
    )

    if candidate.edit is None:
        raise InputError("the candidate carries no edit to apply")
    if state.tests_before not in (None, "passed"):
        return _rejected(candidate, "correctness gate", state.tests_before), {}
    spec, name = state.spec, slug(candidate)
    branch = _fresh_branch(spec.root, f"perfagent/{state.run_id}/{name}")
    notes: list[str] = []
    with candidate_worktree(spec.root, branch=branch) as tree:
        try:
            changed = apply_edit(tree.target_root, candidate.edit)
        except PerfagentError as exc:
            return _rejected(candidate, "edit", f"the edit does not apply to HEAD: {exc}"), {}
        checks = _gate(spec, tree.target_root)
        if not checks.ok:
            last = checks.output.strip().splitlines()[-1:] or [""]
            return _rejected(
                candidate,
                "correctness gate",
                f"with the edit applied, {checks.reason} {last[0][:200]}".strip(),
            ), {}
        notes.append(
            f"the target's tests passed with the edit applied ({checks.seconds:.1f} s)"
            if spec.target.test
            else "the target declares no test command: no correctness gate ran"
        )
        extra: dict = {}
        with _base_tree(state, tree.base_sha) as base_root:
            if candidate.measure == "bench" and candidate.benchmark:
                changes, method = _bench(state, candidate.benchmark, base_root, tree.target_root)
            elif candidate.measure == "bytes":  # lighter pages and responses, seen by a browser
                from perfagent.agent.frontend_trial import byte_rounds

                changes, method, extra = byte_rounds(
                    state, candidate, base_root, tree.target_root, name
                )
            elif spec.has_service:
                from perfagent.tools.cache.redis_stats import hit_rate
                from perfagent.tools.recipes import declared

                recipe = declared(candidate.recipe)
                redis = spec.cache.redis if recipe and recipe.shared_cache else None
                with (
                    hit_rate(redis, source=f"the validation load rounds of “{candidate.title}”")
                    if redis
                    else contextlib.nullcontext()
                ) as cache:  # the shared cache's hit rate
                    changes, method = load_rounds(
                        state,
                        base_root,
                        tree.target_root,
                        name,
                        settled=lambda c: _judge(candidate, c)[0] != "inconclusive",
                    )
                extra = {"cache_hit_rate": cache.result} if cache and cache.result else {}
                notes += [f"no cache hit rate: {cache.error}"] if cache and cache.error else []
            else:
                raise TargetError(
                    "nothing can measure this candidate: "
                    "no benchmark names it and there is no service"
                )
        verdict, kept, why = extra.pop("bytes_verdict", None) or _judge(candidate, changes)
        notes.append(why)
        result = Validation(
            candidate_id=candidate.id,
            method=method,
            verdict=verdict,
            kept=kept,
            changes=changes,
            notes=notes,
            **extra,
        )
        if not kept:
            return result, {}
        headline = (
            f"Measured: {why}" if candidate.measure == "bytes" else _headline(changes, candidate)
        )
        message = (
            f"perfagent: {candidate.title}\n\n{headline}\n\n{method}; {notes[0]}.\n"
            f"Finding: {finding.evidence}\nRecipe: {candidate.recipe or 'rules'}\n"
        )
        commit(tree, message, paths=changed)
        patch = export_patch(
            tree, Path(state.report_dir) / "5-before-after" / "patches" / f"{name}.patch"
        )
    return result, {"branch": branch, "patch": str(patch)}


MIGRATION_KIND = {
    "alembic": "an Alembic revision",
    "django": "a Django migration",
    "sql": "a SQL file",
}
MIGRATE_TIMEOUT_S = 180.0  # the app's migrate command on a copy of the database
CombinedVerdict = Literal["faster", "slower", "unchanged", "inconclusive"]


def combinable(state: EngagementState) -> list[Candidate]:
    """The kept changes that have a branch (code edits and migrations), in the order they were
    validated: what :func:`combine_kept` puts on one branch."""
    return [
        c
        for cid in state.validations
        if (c := state.candidates.get(cid)) is not None and c.status == "kept" and c.branch
    ]


def combine_kept(state: EngagementState) -> Combined:
    """Every kept change on one new branch ``perfagent/<run-id>/combined`` from the target's
    HEAD, each branch's commit replayed in the order they were validated (one that conflicts
    with those before it is left out, with the reason), gated by the target's tests, and
    measured against HEAD: load rounds when the target has a service (the effect a user of the
    service sees), and each benchmark a kept change was measured on. The branch and its patch
    stay only when the tests pass: merging it is merging them all."""
    from perfagent.tools.codeedit import candidate_worktree, commit, export_patch, pick
    from perfagent.tools.codeedit.migrations import chain

    spec, kept = state.spec, combinable(state)
    by_branch = {c.branch: c.id for c in kept if c.branch}
    branch = _fresh_branch(spec.root, f"perfagent/{state.run_id}/combined")
    with candidate_worktree(spec.root, branch=branch) as tree:
        applied, skipped = pick(tree, list(by_branch))
        result = Combined(
            candidates=[by_branch[b] for b in applied],
            skipped={by_branch[b]: why for b, why in skipped.items()},
        )
        if len(applied) < 2:
            result.notes.append(
                f"{len(applied)} of the {len(kept)} kept changes apply together: nothing to combine"
            )
            drop = len(applied) > 0
        else:
            chained = chain(tree.target_root, f"perfagent run {state.run_id}")
            if chained:  # revisions kept one by one are sibling heads on one branch
                commit(tree, "perfagent: the kept migrations in one chain", paths=chained)
                result.notes.append(
                    f"{len(chained) + 1} kept migrations were each written after the app's head: "
                    "on this branch the later ones follow the one before, so the app's migrate "
                    "command sees one head"
                )
            checks = _gate(spec, tree.target_root)
            together = f"all {len(applied)} changes"
            result.tests = (
                f"The target's tests passed with {together} ({checks.seconds:.1f} s)"
                if checks.ok and spec.target.test
                else "The target declares no test command: no correctness gate ran"
                if checks.ok
                else f"With {together}, {checks.reason}: "
                + (checks.output.strip().splitlines()[-1:] or [""])[0][:200]
            )
            drop = not checks.ok
            involved: set[str] = set()
            result.notes += overlaps(state, result.candidates, involved)
            if checks.ok:
                _measure_combined(state, kept, applied, tree, result)
                for cid in (c for c in result.candidates if c in involved):
                    result.notes.append(_on_top(state, kept, applied, cid, tree))
                result.branch = branch
                patch = Path(state.report_dir) / "5-before-after" / "patches" / "combined.patch"
                result.patch = str(export_patch(tree, patch))
    if drop:  # commits were picked, but the combination is not one to merge
        _fresh_branch(spec.root, branch)
    return result


def overlaps(state: EngagementState, ids: list[str], involved: set[str] | None = None) -> list[str]:
    """A sentence per pair of kept changes that act on the same rows or requests: one endpoint,
    or a table one indexes or queries and the other's statement reads. Each was judged against
    the unchanged target, not on top of the other, so only the combination measures them
    together: an index can take away the gain of a rewrite that avoided the scan it fixes."""
    from itertools import combinations

    from perfagent.tools.sql.parse import parse_query

    involved = involved if involved is not None else set()
    touches: dict[str, set[str]] = {}
    for cid in ids:
        candidate = state.candidates[cid]
        finding = next((f for f in state.findings if f.id == candidate.finding_id), None)
        detail = finding.detail if finding is not None else None
        keys = {
            f"endpoint `{e}`" for e in (candidate.endpoint, getattr(detail, "endpoint", None)) if e
        }
        table = getattr(detail, "table", None)
        keys |= {f"table `{table}`"} if isinstance(table, str) and table else set()
        query = getattr(detail, "query", None)
        if isinstance(query, str) and query:
            with contextlib.suppress(PerfagentError, ValueError):
                keys |= {f"table `{t}`" for t in parse_query(query).tables}
        touches[cid] = keys
    notes = []
    for a, b in combinations(ids, 2):
        shared = sorted(touches[a] & touches[b])
        if shared:
            involved.update((a, b))
            notes.append(
                f"{state.candidates[a].title} and {state.candidates[b].title} both act on "
                f"{', '.join(shared)}: each was judged against the unchanged target, not on top "
                "of the other (one can take away the other's gain), so each is measured again "
                "with the others in"
            )
    return notes


def _measure_combined(
    state: EngagementState, kept: list[Candidate], applied: list[str], tree, result: Combined
) -> None:
    benches = list(
        dict.fromkeys(
            c.benchmark
            for c in kept
            if c.branch in applied and c.measure == "bench" and c.benchmark
        )
    )
    methods: list[str] = []
    indexes = _indexes(kept, applied)
    with _base_tree(state, tree.base_sha) as base_root:
        if state.spec.has_service:
            with _server_copies(state, [], indexes, result.notes) as envs:
                changes, method = load_rounds(
                    state,
                    base_root,
                    tree.target_root,
                    "combined",
                    settled=lambda c: overall_verdict(c) != "inconclusive",
                    envs=envs,
                )
            result.changes += changes
            methods.append(method)
        for name in benches:
            changes, method = _bench(state, name, base_root, tree.target_root)
            result.changes += changes
            methods.append(method)
    result.method = "; ".join(methods) or "nothing measures these changes together"
    result.verdict = overall_verdict(result.changes)


def _indexes(kept: list[Candidate], applied: list[str]) -> list[Candidate]:
    return [c for c in kept if c.branch in applied and c.finding_id.startswith("index:")]


def _on_top(
    state: EngagementState, kept: list[Candidate], applied: list[str], cid: str, tree
) -> str:
    """One kept change measured on top of the others it shares rows with: the combination
    without it (before) against the combination (after), its indexes on copies the same way.
    Each change's own verdict was against the unchanged target; this one says whether it still
    helps once the others are in (an index can make a rewrite that avoided its scan slower)."""
    from perfagent.tools.codeedit import candidate_worktree, pick

    candidate = state.candidates[cid]
    others = [b for b in applied if b != candidate.branch]
    name = f"perfagent/{state.run_id}/without-{cid.split(':')[-1]}"[:120]
    name = "".join(ch if ch.isalnum() or ch in "/-_." else "-" for ch in name)
    branch = _fresh_branch(state.spec.root, name)
    try:
        with candidate_worktree(state.spec.root, branch=branch) as minus:
            done, left = pick(minus, others)
            setup = _gate(state.spec, minus.target_root, test=False)
            if left or not setup.ok:
                return (
                    f"{candidate.title} on top of the others: not measured (the others alone "
                    + (
                        "do not apply together)"
                        if left
                        else f"fail the target's setup: {setup.reason})"
                    )
                )
            notes: list[str] = []
            indexes = _indexes(kept, applied)
            before = [c for c in indexes if c.id != cid]
            with _server_copies(state, before, indexes, notes) as envs:
                changes, _ = load_rounds(
                    state,
                    minus.target_root,
                    tree.target_root,
                    f"on-top-{branch.rsplit('/', 1)[-1]}",
                    settled=lambda c: _judge(candidate, c)[0] != "inconclusive",
                    envs=envs,
                )
    except PerfagentError as exc:
        return f"{candidate.title} on top of the others: not measured ({exc})"
    finally:
        _fresh_branch(state.spec.root, branch)
    verdict, _, why = _judge(candidate, changes)
    why = why.split(": not kept")[0]  # the change stays kept: this is about merging it
    advice = {
        "slower": " — it takes away from the others' gain: merge the others without it",
        "inconclusive": "",
        "unchanged": " — it adds nothing once the others are in",
    }.get(verdict, "")
    return f"{candidate.title} on top of the other kept changes: {verdict} ({why}){advice}"


@contextlib.contextmanager
def indexed_copies(
    state: EngagementState, url: str, tags: tuple[str, str], ddls: tuple[list[str], list[str]]
) -> Iterator[tuple[dict[str, str], dict[str, str]]]:
    """Two copies of the server database at ``url`` (the user's database is never changed):
    PostgreSQL by ``CREATE DATABASE … TEMPLATE`` (tools.sql.pg_copy), MariaDB/MySQL table by
    table on the same server (tools.sql.mysql_copy). The ``ddls`` of each side run on its copy
    (``CONCURRENTLY`` dropped: nobody else uses a copy), both analysed (PostgreSQL: the whole
    copy; MariaDB: ``ANALYZE TABLE`` on each table either side's DDL touches); yields the
    [service] env variables that point the before and the after service at its copy. Raises when
    no copy can be made or the env names the database nowhere: the caller says what that means
    for its measurement."""
    from perfagent.agent.service import service_env
    from perfagent.tools.sql.server_copy import copier, ddl_tables

    copies_of = copier(url)
    env = service_env(state, Path(state.report_dir))
    # the run in each copy's name: a copy is dropped before it is made, and another
    # engagement's trial on the same server must not drop this one's mid-measurement
    tags = (f"{tags[0]}-{state.run_id}", f"{tags[1]}-{state.run_id}")
    with copies_of.database_copies(url, tags) as copies:
        urls = (copies[tags[0]], copies[tags[1]])
        envs = (
            copies_of.point_env(env, url, urls[0]),
            copies_of.point_env(env, url, urls[1]),
        )
        if not envs[0]:
            raise InputError(
                "the service's [service] env names the database nowhere perfagent can point "
                "at a copy (a URL with its name, or a *_DB / *_NAME variable)"
            )
        touched = tuple(ddl_tables([*ddls[0], *ddls[1]]))
        for copy, side in zip(urls, ddls, strict=True):
            copies_of.run_ddl(copy, side, tables=touched)
        yield envs


@contextlib.contextmanager
def _server_copies(
    state: EngagementState, before_indexes: list[Candidate], indexes: list[Candidate], notes
) -> Iterator[tuple[dict[str, str], dict[str, str]]]:
    """Kept indexes on a PostgreSQL or MariaDB/MySQL server take part in the combination the way
    each was trialled (:func:`indexed_copies`): every kept index on the after copy,
    ``before_indexes`` on the before copy. A migration file on the branch creates nothing while
    the service runs, so without the copies the combination would measure the code changes
    only; when no copy can be made, a note says so and the sides run as they are."""
    from perfagent.agent.database import server_url
    from perfagent.tools.sql.db import parse_url
    from perfagent.tools.sql.server_copy import is_server

    url = server_url(state) if indexes or before_indexes else ""
    if not is_server(url):
        yield ({}, {})
        return
    import psycopg

    ddls = ([c.change for c in before_indexes], [c.change for c in indexes])
    stack = contextlib.ExitStack()
    try:
        envs = stack.enter_context(
            indexed_copies(state, url, ("combined-before", "combined-after"), ddls)
        )
    except (PerfagentError, psycopg.Error) as exc:
        notes.append(f"the kept indexes were not part of the measurement: {exc}")
        yield ({}, {})
        return
    without = f"with {len(before_indexes)} of them" if before_indexes else "without them"
    notes.append(
        f"{len(indexes)} kept index(es) created on a copy of {parse_url(url).database} "
        f"for the after side, the before side on another copy {without} "
        f"({', '.join(sorted(envs[0]))} pointed at each)"
    )
    with stack:
        yield envs


def overall_verdict(changes: list[MetricChange]) -> CombinedVerdict:
    """A verdict from the whole service's p50/p95 and each benchmark's time (a combination of
    kept changes, an index tried on copies of a server database):
    slower if any is, else faster if any is, unchanged if all are, else inconclusive.

    >>> def m(metric, verdict, scope="all"):
    ...     return MetricChange(metric=metric, scope=scope, before=1, after=1, ratio=1,
    ...                         ci_low=1, ci_high=1, p_value=1, n_before=1, n_after=1,
    ...                         verdict=verdict, why="")
    >>> overall_verdict([m("p50_ms", "faster"), m("p95_ms", "unchanged"), m("rps", "slower")])
    'faster'
    >>> overall_verdict([m("time_s", "slower", "benchmark b"), m("p50_ms", "faster")])
    'slower'
    >>> overall_verdict([m("p50_ms", "inconclusive", "GET /x")])
    'inconclusive'
    """
    relevant = [c.verdict for c in changes if c.metric == "time_s" or whole_service(c)]
    if "slower" in relevant:
        return "slower"
    if failing_on_both(changes) is not None:
        return "inconclusive"
    if "faster" in relevant:
        return "faster"
    return "unchanged" if relevant and set(relevant) == {"unchanged"} else "inconclusive"


def _gate(spec, root: Path, *, test: bool = True):
    """The target's setup and (with ``test``) its own tests in ``root``, as its spec says."""
    from perfagent.tools.codeedit import run_checks

    return run_checks(
        root,
        setup=spec.target.setup or None,
        test=(spec.target.test or None) if test else None,
        timeout_s=spec.target.test_timeout_s,
        env=spec.command_env(),
    )


def _fresh_branch(root: str | Path, branch: str) -> str:
    """``branch``, once what a killed earlier attempt of this run left under that name is gone.

    ``perfagent/<run-id>/<candidate>`` belongs to this run alone, and the checkpoint says the
    candidate is not validated yet: a branch of that name, and a worktree still holding it, are
    from an attempt that was killed (SIGKILL leaves no ``finally``). The resumed run measures
    the candidate again and commits it again."""
    from perfagent.tools.codeedit.gitcmd import git
    from perfagent.tools.codeedit.worktree import locate

    top, _ = locate(root)
    listing = git(top, "worktree", "list", "--porcelain", check=False).stdout.decode(
        errors="replace"
    )
    for block in listing.split("\n\n"):
        lines = block.splitlines()
        if lines and f"branch refs/heads/{branch}" in lines:
            git(
                top,
                "worktree",
                "remove",
                "--force",
                lines[0].removeprefix("worktree "),
                check=False,
            )
    git(top, "worktree", "prune", check=False)
    git(top, "update-ref", "-d", f"refs/heads/{branch}", check=False)
    return branch


def _repo(path: str | Path) -> Path | None:
    """The top of the git working tree the target lives in (it may be a subfolder), or None."""
    from perfagent.tools.codeedit.gitcmd import GitFailed, repository

    try:
        return repository(path).top
    except GitFailed:
        return None


def _rejected(candidate: Candidate, gate: str, why: str) -> Validation:
    return Validation(
        candidate_id=candidate.id,
        method=f"stopped at the {gate}",
        verdict="failed",
        kept=False,
        notes=[why],
    )


@contextlib.contextmanager
def _base_tree(state: EngagementState, sha: str) -> Iterator[Path]:
    """The same commit without the edit, set up the same way: what the edit is measured against."""
    from perfagent.tools.bench.gitref import worktree

    top = _repo(state.spec.root)
    if top is None:
        raise InputError(f"{state.spec.root} is not in a git repository: code candidates need one")
    rel = Path(state.spec.root).resolve().relative_to(top.resolve())
    with worktree(top, sha, prefix="perfagent-base-") as path:
        root = path / rel
        checks = _gate(state.spec, root, test=False)
        if not checks.ok:
            raise TargetError(
                f"the target's setup failed on the unchanged commit: {checks.output.strip()[-200:]}"
            )
        yield root


def _bench(
    state: EngagementState, benchmark: str, base: Path, after: Path
) -> tuple[list[MetricChange], str]:
    from perfagent.tools.bench import compare

    entry = next((b for b in state.spec.benchmarks if b.name == benchmark), None)
    if entry is None:
        raise InputError(f"benchmark {benchmark!r} is not in the spec")
    result = compare(
        entry.bench_spec(base, state.spec.command_env()),
        entry.bench_spec(after, state.spec.command_env()),
        mode="time",
        min_effect=state.settings.min_effect,
        samples=max(6, state.settings.bench_samples),
        max_time_s=state.settings.compare_max_s,
    )
    metric = MetricChange(
        metric="time_s",
        scope=f"benchmark {entry.name}",
        before=result.a.summary.median,
        after=result.b.summary.median,
        ratio=result.ratio,
        ci_low=result.ci_low,
        ci_high=result.ci_high,
        p_value=result.p_value,
        n_before=result.a.summary.n,
        n_after=result.b.summary.n,
        verdict=result.verdict,
        why=result.reason,
    )
    method = (
        f"benchmark {entry.name!r} on both worktrees, interleaved fresh processes "
        f"({result.a.summary.n} samples each, {result.elapsed_s:.0f} s)"
    )
    return [metric], method


def load_rounds(
    state: EngagementState,
    before: Path,
    after: Path,
    name: str,
    settled: Callable[[list[MetricChange]], bool] | None = None,
    envs: tuple[dict[str, str], dict[str, str]] = ({}, {}),
) -> tuple[list[MetricChange], str]:
    """The service started from both trees at once, the same load sent to each in
    alternating rounds (tools.loadtest.compare); query logs go to the report's folder.

    ``settled(changes)``: the verdict these changes give is not "inconclusive"; until it
    is, a round more at a time, up to ``validate_max_rounds`` and within what is left of
    ``optimize_budget_s``. ``envs``: variables the before and the after service get on top
    of [service] env (each its own copy of a server database)."""
    from perfagent.agent.service import load_spec, running
    from perfagent.tools.loadtest.compare import compare_load

    out = Path(state.report_dir) / "5-before-after" / name
    settings = state.settings
    users, arrival = open_loop(state)

    def side(label: str, root: Path, env: dict[str, str]):
        return running(
            state, log_name=f"trial-{name}-{label}.log", root=root, run_dir=out / label, env=env
        )

    with side("before", before, envs[0]) as a, side("after", after, envs[1]) as b:
        arrival, lowered = sustainable(
            state, [(a.base_url, a.pid), (b.base_url, b.pid)], users, arrival, out / "calibration"
        )
        comparison = compare_load(
            lambda host: load_spec(state).plan(
                "run",
                host=host,
                users=users,
                arrival_rps=arrival,
                duration_s=settings.validate_round_s,
            ),
            a.base_url,
            b.base_url,
            rounds=settings.validate_rounds,
            min_effect=settings.min_effect,
            before_pid=a.pid,
            after_pid=b.pid,
            max_rounds=settings.validate_max_rounds or 2 * settings.validate_rounds,
            settled=settled,
            budget_s=max(settings.optimize_budget_s - state.validate_spent_s, 0.0),
        )
    method = (
        f"the service from both trees at once, {comparison.rounds} alternating load rounds of "
        f"{comparison.round_s:.0f} s per side{_added(comparison)}, {users} users"
        + (
            f", open loop at {arrival:g} requests/s (a constant arrival rate: a faster endpoint "
            "does not queue the others); changes per endpoint"
            if arrival
            else ""
        )
        + lowered
    )
    return comparison.changes, method


CARRIED = 0.6  # a side whose best second answers less than this share of the offered rate queues
CALIBRATION_S = 4.0
MAX_CALIBRATIONS = 3


def steady_rps(result: LoadResult) -> float:
    """Successful answers per second at the round's best: the busiest second before the last
    (which is cut short). A short round's seconds are uneven — the users' logins leave the
    first empty (an argon2 login per user on fastapi-template), a busy machine's load
    generator catches up in bursts — but a service that cannot keep up answers the offered
    rate in none of them. A round of one second falls back to its average.

    >>> from perfagent.tools.loadtest.results import LatencySummary, SecondStats
    >>> def run(counts):
    ...     history = [SecondStats(t_s=t, users=8, requests=n, failures=0, rps=n)
    ...                for t, n in enumerate(counts)]
    ...     agg = LatencySummary(name="all", requests=sum(counts), failures=0, error_rate=0,
    ...                          rps=sum(counts) / len(counts))
    ...     return LoadResult(kind="run", host="h", started_wall=0, duration_s=len(counts),
    ...                       aggregate=agg, endpoints=[], history=history)
    >>> steady_rps(run([0, 67, 119, 118, 166])), steady_rps(run([0, 40]))
    (119.0, 20.0)
    """
    answered = [s for s in result.history if s.requests > s.failures]
    seconds = [(s.requests - s.failures) / result.history_step_s for s in answered[:-1]]
    if seconds:
        return float(max(seconds))
    return result.aggregate.rps * (1.0 - result.aggregate.error_rate)


def sustainable(
    state: EngagementState,
    sides: list[tuple[str, int | None]],
    users: int,
    arrival: float | None,
    out: Path,
) -> tuple[float | None, str]:
    """The open-loop rate both sides carry now: the baseline's 70% was measured at another
    moment (on a shared machine the same app carried 8 and 43 requests/s in two runs), and a
    rate a service cannot answer measures its queue, not the change. A short round on each
    side (``(base URL, pid)``) at the planned rate — which also warms both alike; while either
    answers under 60% of the offered rate in its best second, the rate becomes 70% of the
    lesser answer (up to three tries). Returns the rate and, when it was lowered, the
    sentence the method adds."""
    from perfagent.agent.service import load_spec
    from perfagent.tools.loadtest.run_load import run_load

    if not arrival or state.spec.load and state.spec.load.load.arrival_rps:
        return arrival, ""  # closed loop, or the user's own rate: theirs to choose
    planned, first_short = arrival, None
    for attempt in range(1, MAX_CALIBRATIONS + 1):
        answered = []
        for label, (host, pid) in zip(("before", "after"), sides, strict=False):
            plan = load_spec(state).plan(
                "run",
                host=host,
                users=users,
                arrival_rps=arrival,
                duration_s=min(CALIBRATION_S, state.settings.validate_round_s),
            )
            result = run_load(plan, server_pid=pid, out_dir=out / f"{label}-{attempt}")
            answered.append(steady_rps(result))
        carried = min(answered)
        if carried >= CARRIED * arrival:
            break
        first_short = first_short if first_short is not None else carried
        arrival = max(round(0.7 * carried, 1), 0.1)
    if first_short is None:
        return arrival, ""
    return arrival, (
        f"; the baseline's rate ({planned:g} requests/s) was more than the services answered "
        f"when the rounds began ({first_short:.1f}/s), so the rounds ran at {arrival:g}/s"
    )


def _added(comparison: LoadComparison) -> str:
    """What the method says of rounds added after the first look, and why they stopped.

    >>> _added(LoadComparison(rounds=2, round_s=3, looks=[2], stopped="settled"))
    ''
    >>> _added(LoadComparison(rounds=4, round_s=3, looks=[2, 3, 4], stopped="settled"))
    ' (2 added until the verdict settled; each look at part of the 5%)'
    >>> _added(LoadComparison(rounds=4, round_s=3, looks=[2, 3, 4], stopped="max_rounds"))
    ' (2 added while the verdict was inconclusive, up to the maximum)'
    """
    added = comparison.rounds - comparison.looks[0] if comparison.looks else 0
    if not added:
        return ""
    why = {
        "settled": "until the verdict settled; each look at part of the 5%",
        "max_rounds": "while the verdict was inconclusive, up to the maximum",
        "budget": "while the verdict was inconclusive, until the validation time budget",
    }[comparison.stopped]
    return f" ({added} added {why})"


def open_loop(state: EngagementState) -> tuple[int, float | None]:
    """Users and arrival rate of the validation rounds: the spec's ``[load] arrival_rps``, else
    70% of what the baseline carried, sent by twice the baseline's users (so each has room to
    keep pace)."""
    users = state.settings.load_users or 10
    spec_rate = state.spec.load.load.arrival_rps if state.spec.load else None
    if spec_rate:
        return users, spec_rate
    baseline = state.load.get("baseline")
    if baseline is None or not baseline.aggregate.rps:
        return users, None
    ok_rps = baseline.aggregate.rps * (1.0 - baseline.aggregate.error_rate)
    return 2 * users, round(0.7 * ok_rps, 1) or None


def whole_service(c: MetricChange) -> bool:
    """A change that judges the service as a whole: the p50 or p95 of all requests, or more
    requests failing anywhere (a change whose requests fail)."""
    if c.metric == "error_rate":
        return c.verdict == "slower"
    return c.scope == "all" and c.metric in ("p50_ms", "p95_ms")


MOSTLY_FAILING = 0.5  # a failed share of requests on both sides that measures nothing


def failing_on_both(changes: list[MetricChange]) -> MetricChange | None:
    """The whole service's failed share when most requests failed on both sides: latencies of
    error answers, which judge nothing (an app user without grants on a database copy)."""
    failing = next((c for c in changes if (c.scope, c.metric) == ("all", "error_rate")), None)
    if failing is not None and min(failing.before, failing.after) >= MOSTLY_FAILING:
        return failing
    return None


def _judge(candidate: Candidate, changes: list[MetricChange]) -> tuple[str, bool, str]:
    """Faster where the finding is, and not slower overall."""
    if candidate.measure == "bench":
        primary = [c for c in changes if c.metric == "time_s"]
    else:
        scope = _scope(candidate, changes)
        primary = [c for c in changes if c.scope == scope and c.metric in ("p50_ms", "p95_ms")]
    # the whole service slower: beyond the minimum effect, or with the interval wholly above 1
    overall_slower = [
        c
        for c in changes
        if c.scope == "all"
        and c.metric in ("p50_ms", "p95_ms")
        and (c.verdict == "slower" or c.ci_low > 1.0 and c.verdict != "inconclusive")
    ]
    if overall_slower:
        return (
            "slower",
            False,
            "slower overall: " + "; ".join(f"{c.metric} {c.why}" for c in overall_slower),
        )
    failed = [c for c in changes if c.metric == "error_rate" and c.verdict == "slower"]
    if failed:
        worst = next((c for c in failed if c.scope == "all"), failed[0])
        return "slower", False, f"more requests failed with the change: {worst.why}"
    failing = failing_on_both(changes)
    if failing is not None:
        return (
            "inconclusive",
            False,
            f"most requests failed on both sides ({failing.why}): the latencies are of error "
            "answers, not of the page; see the trial's service logs",
        )
    faster = [c for c in primary if c.verdict == "faster"]
    if faster:
        return (
            "faster",
            True,
            f"faster where the finding is: {faster[0].scope} {faster[0].metric} {faster[0].why}",
        )
    if any(c.verdict == "slower" for c in primary):
        return "slower", False, "slower where the finding is"
    if primary and all(c.verdict == "unchanged" for c in primary):
        return (
            "unchanged",
            False,
            "no measurable change where the finding is: not kept (no false wins)",
        )
    return (
        "inconclusive",
        False,
        (
            "the interval straddles the minimum effect where the finding is: not kept"
            if primary
            else "nothing measured the finding's scope"
        ),
    )


def _scope(candidate: Candidate, changes: list[MetricChange]) -> str:
    if candidate.endpoint:
        for c in changes:
            if c.scope == candidate.endpoint or c.scope.endswith(" " + candidate.endpoint):
                return c.scope
    return "all"


def _headline(changes: list[MetricChange], candidate: Candidate) -> str:
    scope = "benchmark" if candidate.measure == "bench" else _scope(candidate, changes)
    for c in changes:
        if c.verdict == "faster" and (c.scope == scope or c.scope.startswith(scope)):
            return (
                f"Measured: {c.scope} {c.metric} {c.before:.4g} -> {c.after:.4g} "
                f"({(c.ratio - 1) * 100:+.1f}%, 95% CI [{(c.ci_low - 1) * 100:+.1f}%, "
                f"{(c.ci_high - 1) * 100:+.1f}%], p={c.p_value:.2g}, n={c.n_before}/{c.n_after})"
            )
    return "Measured: faster"


def commit_migration(state: EngagementState, candidate: Candidate, validation: Validation) -> dict:
    """A kept index as the app's own migration on its own branch, with a patch: mergeable like
    an edit.

    An Alembic revision when the repo uses Alembic / Flask-Migrate, a Django migration for Django,
    ``migrations/<slug>.sql`` otherwise (tools/codeedit/migrations.py), each with the measured
    figures. Outside a git repository nothing is committed and the DDL stays in the report.
    """
    from perfagent.tools.codeedit import candidate_worktree, commit, export_patch
    from perfagent.tools.codeedit.migrations import detect, parse_index, render

    if _repo(state.spec.root) is None:
        return {}  # not a git repository: the DDL stays in the report
    name = slug(candidate)
    query = next((c for c in validation.changes if c.metric == "query_ms"), None)
    figures = (
        (
            f"-- measured: query {query.before:.3f} ms -> {query.after:.3f} ms "
            f"({(query.ratio - 1) * 100:+.1f}%, 95% CI [{(query.ci_low - 1) * 100:+.1f}%, "
            f"{(query.ci_high - 1) * 100:+.1f}%], n={query.n_before}/{query.n_after})\n"
        )
        if query
        else ""
    )
    branch = _fresh_branch(state.spec.root, f"perfagent/{state.run_id}/{name}")
    with candidate_worktree(state.spec.root, branch=branch) as tree:
        parsed = parse_index(candidate.change)
        style = detect(tree.target_root, table=parsed[1] if parsed else "")
        dialect = (state.spec.database.dialect or "") if state.spec.database else ""
        migration = render(
            style,
            slug=name,
            ddl=candidate.change,
            title=candidate.title,
            comment=f"{candidate.title} (perfagent run {state.run_id})\n"
            f"{figures.removeprefix('-- ')}",
            dialect=dialect,
        )
        rel = migration.path
        (tree.target_root / rel).parent.mkdir(parents=True, exist_ok=True)
        (tree.target_root / rel).write_text(migration.text)
        if style.command:
            validation.notes.append(
                f"the index is {MIGRATION_KIND[style.kind]} ({rel}): apply it with "
                f"`{style.command}`"
            )
        at = len(validation.notes)
        checks = _gate(state.spec, tree.target_root)
        if not checks.ok:  # a new .sql file should break nothing; if it does, it is not offered
            validation.notes.append(
                f"the migration branch was not made: with the file added, {checks.reason}"
            )
            return {}
        validation.notes.append("the target's tests pass on the migration branch")
        commit(
            tree,
            f"perfagent: {candidate.title}\n\n{figures.removeprefix('-- ').strip()}\n\n"
            f"{validation.method}.\n",
            paths=[rel],
        )
        patch = export_patch(
            tree, Path(state.report_dir) / "5-before-after" / "patches" / f"{name}.patch"
        )
        if style.command:  # after the commit: what the command leaves in the tree is not kept
            validation.notes.insert(  # right after the note that names the command
                at, _applied_on_copy(state, tree.target_root, migration, candidate.change)
            )
    return {"branch": branch, "patch": str(patch)}


def _applied_on_copy(state: EngagementState, root: Path, migration, ddl: str) -> str:
    """The migration's own command run in the branch's worktree against a copy of the database,
    and what it left there (tools/codeedit/migration_check.py), in one sentence. The copy is
    reached through the service's env (the variables naming the database pointed at it) and any
    ``alembic.ini`` naming it; a SQLite file inside the target is copied to its place in the
    worktree. Never raises: the kept verdict and the branch stand whatever the command does."""
    import re
    import sqlite3
    import tempfile

    import psycopg
    import pymysql

    from perfagent.agent.database import database_spec, server_url, sqlite_relative
    from perfagent.tools.codeedit.migration_check import (
        MigrationCheck,
        check_migration,
        copy_kind,
        database_copy,
        names_database,
        point,
        point_alembic_ini,
    )
    from perfagent.tools.codeedit.migrations import parse_index

    style, command = migration.style, migration.style.command
    parsed = parse_index(ddl)
    skipped = MigrationCheck(outcome="skipped", command=command, ddl=ddl)
    if parsed is None:
        return skipped.model_copy(
            update={"why": "the change is not a plain CREATE INDEX"}
        ).sentence()
    env: dict[str, str] = {}
    try:
        url = server_url(state)
        if state.spec.has_service:  # the variables through which the app finds its database
            from perfagent.agent.service import service_env

            env = service_env(state, Path(state.report_dir) / "5-before-after" / "migrate")
    except PerfagentError as exc:  # e.g. a ${VAR} of [service] env not set
        return skipped.model_copy(update={"why": str(exc)}).sentence()
    env = {**state.spec.command_env(), **env}
    inside = sqlite_relative(url)
    if inside:  # the file's own place in the worktree, which the relative URL names
        url = f"sqlite:///{Path(state.spec.root).resolve() / url.removeprefix('sqlite:///')}"
    if copy_kind(url) not in ("sqlite", "postgresql", "mysql"):
        why = (
            "perfagent copies SQLite, PostgreSQL and MariaDB/MySQL databases only, not "
            f"{copy_kind(url)}"
        )
        return skipped.model_copy(update={"why": why}).sentence()
    revision = re.search(r"^revision = '([^']+)'", migration.text, re.MULTILINE)
    try:
        with (
            tempfile.TemporaryDirectory(prefix="perfagent-migrate-") as folder,
            database_copy(
                url,
                Path(folder),
                into=root / database_spec(state).url.removeprefix("sqlite:///") if inside else None,
            ) as copy_url,
        ):
            pointed = point(env, url, copy_url)
            inis = point_alembic_ini(root, url, copy_url) if style.kind == "alembic" else []
            named = None if inside else names_database(root, url)
            if named is not None:
                why = (
                    f"{named} names the database itself, so the command might open it whatever "
                    "the environment says; the user's database is not risked"
                )
                return skipped.model_copy(update={"why": why}).sentence()
            if not (pointed or inis or inside):
                why = (
                    "the target declares no way to reach its database that perfagent can point "
                    "at a copy (no [service] env variable or alembic.ini names it), so the "
                    "user's database is not risked"
                )
                return skipped.model_copy(update={"why": why}).sentence()
            result = check_migration(
                root,
                command=command,
                env={**env, **pointed},
                copy_url=copy_url,
                index=parsed[0],
                ddl=ddl,
                revision=(revision.group(1) if revision else Path(migration.path).stem),
                django_app=style.app_label if style.kind == "django" else None,
                timeout_s=min(state.spec.target.test_timeout_s, MIGRATE_TIMEOUT_S),
            )
            if copy_kind(url) == "sqlite":  # a friendlier name than the copy's file
                result.database = Path(url.removeprefix("sqlite:///")).name
            else:
                result.database = url.rsplit("/", 1)[-1].split("?")[0]
    except (PerfagentError, OSError, sqlite3.Error, psycopg.Error, pymysql.MySQLError) as exc:
        return skipped.model_copy(update={"why": str(exc)}).sentence()
    return result.sentence()
