"""``review_change``: base..head of a repository in, a measured ``Review`` and its files out.

    clone (mirror, temporary) ─► worktrees of base and head ─► each side's perfagent.toml
      ─► setup + compare every benchmark (tools.bench) ─► profile what got slower
         (tools.profile) ─► SQL (tools.sql) and anti-patterns (tools.recipes + rules) in
         the lines the diff adds ─► review.md, review.sarif, review.json

Bad input that leaves nothing to review (a source that is not a repository, an unknown
ref, an unwritable ``out_dir``) raises :class:`tools.errors.InputError`; everything
else that goes wrong (no spec, a broken spec, a failing setup, a crashing benchmark,
a profiler that cannot run) is a sentence in the review, and the rest still runs.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import TypeVar

from perfagent.tools.bench.gitref import committed, worktree
from perfagent.tools.bench.target import pythonpath
from perfagent.tools.errors import InputError, PerfagentError
from perfagent.tools.review import markdown
from perfagent.tools.review.antipatterns import python_findings
from perfagent.tools.review.benchmarks import SideTree, compare_sides
from perfagent.tools.review.diff import FileChange, changed_files
from perfagent.tools.review.explain import (
    changed_functions,
    culprit,
    sentence,
    touched_functions,
    undecided,
)
from perfagent.tools.review.hotspots import profile_benchmark
from perfagent.tools.review.models import Artifacts, BenchmarkRow, Review, ReviewSettings, Side
from perfagent.tools.review.sarif import sarif
from perfagent.tools.review.source import clone, diff_text, redact
from perfagent.tools.review.spec import GIVEN, given_benchmarks, read_spec
from perfagent.tools.review.sql_changes import sql_findings
from perfagent.tools.review.verdict import counts, headline, overall

NO_SPEC = (
    "no benchmarks declared: neither side has a perfagent.toml (or [tool.perfagent] in "
    "pyproject.toml) with [[benchmark]] entries, so nothing was measured and only the "
    "diff was analysed"
)


def _out_dir(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot write the review to {path}: {exc.strerror or exc}") from None
    return path


def _subdir(text: str) -> str:
    sub = PurePosixPath(text.strip("/")) if text else PurePosixPath(".")
    if sub.is_absolute() or ".." in sub.parts:
        raise InputError(f"subdir {text!r} must be a folder inside the repository")
    return "" if str(sub) == "." else str(sub)


def _side(name: str, tree: Path, subdir: str, settings: ReviewSettings) -> SideTree:
    root = (tree / subdir).resolve()
    side = SideTree(name=name, top=tree, root=root)
    if not root.is_dir():
        return side
    try:
        side.spec = read_spec(root, python=settings.python)
    except InputError as exc:
        side.broken = f"at {name}, {exc}"
    if settings.benchmarks:  # --bench: the same benchmarks on both sides, no committed spec needed
        side.broken = "" if side.spec is None else side.broken
        side.spec = given_benchmarks(settings, root, side.spec)
    if side.spec:  # each side imports its own worktree's code first (tools.bench.target)
        side.spec.benchmarks = [
            b.model_copy(
                update={
                    "env": {
                        **b.env,
                        "PYTHONPATH": pythonpath(tree, tree, "", b.env.get("PYTHONPATH", "")),
                    }
                }
            )
            for b in side.spec.benchmarks
        ]
    return side


def _to_profile(row: BenchmarkRow, which: str) -> bool:
    if row.status != "compared" or which == "none":
        return False
    return {"slower": row.verdict == "slower", "changed": row.verdict != "unchanged", "all": True}[
        which
    ]


T = TypeVar("T")


def _guarded(what: str, notes: list[str], step: Callable[[], T]) -> T | None:
    """What ``step`` returns; None (and a note) when it raised."""
    try:
        return step()
    except Exception as exc:  # noqa: BLE001 - one analysis's bug must not sink a measured review
        notes.append(f"the {what} failed ({type(exc).__name__}: {exc}); please report it")
        return None


def _profile(
    rows: list[BenchmarkRow],
    base: SideTree,
    head: SideTree,
    out_dir: Path,
    settings: ReviewSettings,
    say: Callable[[str], None],
    notes: list[str],
    *,
    touched,
    deadline: float | None,
):
    """Profiles of the benchmarks ``settings.profile`` selects: (slower functions, changed
    functions, files)."""
    slower, changed, files = [], [], []
    chosen = [row for row in rows if _to_profile(row, settings.profile)]
    for i, row in enumerate(chosen):
        timeout = min(settings.profile_timeout_s, settings.max_time_s / 2)
        if deadline is not None:
            left = deadline - time.perf_counter()
            if left < 2.0:
                notes.append(
                    f"{row.name} was not profiled: the review's {settings.budget_s:g} s budget "
                    "ran out"
                )
                continue
            timeout = min(timeout, left / (2 * (len(chosen) - i)))
        say(f"profiling {row.name} on base and head")
        base_bench, head_bench = base.benchmark(row.name), head.benchmark(row.name)
        assert base_bench is not None and head_bench is not None  # a compared row ran on both sides
        try:
            outcome = profile_benchmark(
                row.name,
                base_bench,
                head_bench,
                base_root=base.top,
                head_root=head.top,
                out_dir=out_dir / "profiles",
                settings=settings,
                timeout_s=timeout,
            )
        except PerfagentError as exc:
            notes.append(f"could not profile {row.name}: {exc}")
            continue
        if not outcome.functions and row.verdict == "slower":
            notes.append(
                f"the profiles of {row.name} show no function of the repository whose "
                f"share grew by {settings.min_share_change_pct:g} points or more: the extra "
                "time is spread thin or spent in libraries"
            )
        if (
            row.verdict == "slower"
        ):  # on any other verdict a grown share is the noise of two profiles
            slower += outcome.functions
        files += outcome.files
        if outcome.base and outcome.head:
            changed += changed_functions(
                row.name,
                outcome.base,
                outcome.head,
                touched,
                base_root=base.top,
                head_root=head.top,
                base_median_s=row.base_median,
                head_median_s=row.head_median,
            )
    return slower, changed, files


def _lead(rows: list[BenchmarkRow], changed, verdict: str) -> str:
    """The changed function behind the overall verdict, in one sentence ("" when none
    explains it). Without a verdict (inconclusive), the changed function whose share of a
    benchmark moved most between the two profiles ("" when the profiles saw none). "unchanged"
    is a verdict of its own, and what two profiles of one speed differ by is their noise: no
    lead."""
    if verdict == "unchanged":
        return ""
    if verdict not in ("faster", "slower"):
        seen = [f for f in changed if f.base_total_pct or f.head_total_pct]
        moved = max(seen, key=lambda f: abs(f.head_total_pct - f.base_total_pct), default=None)
        return undecided(moved, verdict) if moved else ""
    for row in sorted(
        (r for r in rows if r.verdict == verdict), key=lambda r: -abs((r.ratio or 1) - 1)
    ):
        found = culprit([f for f in changed if f.benchmark == row.name], verdict)
        if found:
            return sentence(found, verdict)
    return ""


def _analyse(base: SideTree, head: SideTree, changes: list[FileChange], notes: list[str]):
    """Findings in what the change adds: SQL (tools.sql rules), then Python anti-patterns."""
    dialect = next((s.spec.dialect for s in (head, base) if s.spec and s.spec.dialect), None)
    findings = _guarded("SQL check", notes, lambda: sql_findings(head.top, changes, dialect)) or []
    found, skipped = _guarded(
        "anti-pattern scan", notes, lambda: python_findings(base.top, head.top, changes)
    ) or ([], [])
    notes += skipped
    return sorted(findings + found, key=lambda f: (f.file, f.line, f.rule))


def review_change(
    source: str | Path,
    base: str,
    head: str,
    *,
    out_dir: Path,
    settings: ReviewSettings | None = None,
    progress: Callable[[str], None] | None = None,
) -> Review:
    """Review ``base..head`` of ``source`` for performance; write review.md/.sarif/.json in
    ``out_dir``."""
    settings = settings or ReviewSettings()
    say = progress or (lambda _message: None)
    out_dir = _out_dir(Path(out_dir))
    subdir = _subdir(settings.subdir)
    started = time.perf_counter()
    deadline = started + settings.budget_s if settings.budget_s else None
    timings: dict[str, float] = {}
    notes: list[str] = []

    def lap(stage: str, since: float) -> float:
        now = time.perf_counter()
        timings[stage] = round(now - since, 3)
        return now

    shown = redact(str(source))
    say(f"cloning {shown}")
    with clone(source, base, head) as repo, contextlib.ExitStack() as stack:
        say(f"base {base} is {repo.base_sha[:7]}, head {head} is {repo.head_sha[:7]}")
        trees = [
            stack.enter_context(
                worktree(repo.path, sha, prefix=f"perfagent-review-{name}-")
            ).resolve()
            for name, sha in (("base", repo.base_sha), ("head", repo.head_sha))
        ]
        changes = changed_files(diff_text(repo.path, repo.base_sha, repo.head_sha))
        t = lap("checkout", started)

        base_side, head_side = (
            _side(name, tree, subdir, settings)
            for name, tree in zip(("base", "head"), trees, strict=True)
        )
        declared = any(s.spec and s.spec.benchmarks for s in (base_side, head_side))
        if settings.benchmarks and declared:
            notes += carry_given(source, base_side, head_side, repo)
        rows = (
            compare_sides(base_side, head_side, settings, say, deadline=deadline)
            if declared
            else []
        )
        notes += [s.broken for s in (base_side, head_side) if s.broken]  # bad spec, failed setup
        if not declared and not notes:
            notes.append(NO_SPEC)
        t = lap("benchmarks", t)

        touched = touched_functions(trees[1], trees[0], changes)
        slower, changed, profiles = _profile(
            rows,
            base_side,
            head_side,
            out_dir,
            settings,
            say,
            notes,
            touched=touched,
            deadline=deadline,
        )
        t = lap("profile", t)

        say("checking the SQL and Python the change adds")
        findings = _analyse(base_side, head_side, changes, notes)
        lap("analysis", t)

    verdict = overall(rows)
    review = Review(
        source=shown,
        base=Side(ref=base, sha=repo.base_sha),
        head=Side(ref=head, sha=repo.head_sha),
        headline=headline(rows, declared=declared),
        verdict=verdict,
        counts=counts(rows),
        benchmarks=rows,
        slower_functions=slower,
        changed_functions=changed,
        lead=_lead(rows, changed, verdict),
        findings=findings,
        notes=notes,
        changed_files=[c.path for c in changes],
        spec_file=(
            str(PurePosixPath(subdir) / head_side.spec.source)
            if head_side.spec and head_side.spec.source != GIVEN
            else None
        ),
        settings=settings,
        artifacts=Artifacts(
            markdown=str(out_dir / "review.md"),
            sarif=str(out_dir / "review.sarif"),
            review_json=str(out_dir / "review.json"),
            profiles=profiles,
        ),
    )
    timings["total"] = round(time.perf_counter() - started, 3)
    review.timings_s = timings
    say(f"writing {out_dir / 'review.md'}")
    write(review, out_dir)
    say(review.headline)
    return review


def carry_given(source, base: SideTree, head: SideTree, repo) -> list[str]:
    """A --bench file not committed at a side (or outside the repository) runs on both sides:
    the user's copy, when the source is a local checkout."""
    from perfagent.tools.bench.target import carry

    local = Path(str(source))
    if not local.is_dir() or base.spec is None or head.spec is None:
        return []
    shas = {"base": repo.base_sha, "head": repo.head_sha}
    trees = {"base": base.top, "head": head.top}

    def at_side(rel: str, side: str) -> bool:
        return committed(local, shas[side], rel)  # else the user's copy runs on both sides

    notes: list[str] = []
    for spec in (base.spec, head.spec):
        carried = []
        for bench in spec.benchmarks:
            fixed, said = carry(bench, local.resolve(), trees, at_side)
            carried.append(fixed)
            notes += [n for n in said if n not in notes]
        spec.benchmarks = carried
    return notes


def write(review: Review, out_dir: Path) -> None:
    """Render the three files from the record."""
    try:
        (out_dir / "review.md").write_text(markdown.render(review), encoding="utf-8")
        (out_dir / "review.sarif").write_text(json.dumps(sarif(review), indent=2), encoding="utf-8")
        (out_dir / "review.json").write_text(review.model_dump_json(indent=2), encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write the review to {out_dir}: {exc.strerror or exc}") from None
