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

from tools.bench.gitref import worktree
from tools.errors import InputError, PerfagentError
from tools.review import markdown
from tools.review.antipatterns import python_findings
from tools.review.benchmarks import SideTree, compare_sides
from tools.review.diff import FileChange, changed_files
from tools.review.hotspots import profile_benchmark
from tools.review.models import Artifacts, BenchmarkRow, Review, ReviewSettings, Side
from tools.review.sarif import sarif
from tools.review.source import clone, diff_text, redact
from tools.review.spec import read_spec
from tools.review.sql_changes import sql_findings
from tools.review.verdict import counts, headline, overall

NO_SPEC = ("no benchmarks declared: neither side has a perfagent.toml (or [tool.perfagent] in "
           "pyproject.toml) with [[benchmark]] entries, so nothing was measured and only the "
           "diff was analysed")


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
    return side


def _to_profile(row: BenchmarkRow, which: str) -> bool:
    if row.status != "compared" or which == "none":
        return False
    return {"slower": row.verdict == "slower", "changed": row.verdict != "unchanged",
            "all": True}[which]


def _guarded(what: str, notes: list[str], step: Callable[[], list]) -> list:
    try:
        return step()
    except Exception as exc:  # noqa: BLE001 - one analysis's bug must not sink a measured review
        notes.append(f"the {what} failed ({type(exc).__name__}: {exc}); please report it")
        return []


def _profile(rows: list[BenchmarkRow], base: SideTree, head: SideTree, out_dir: Path,
             settings: ReviewSettings, say: Callable[[str], None], notes: list[str]):
    """Profiles of the benchmarks ``settings.profile`` selects: (slower functions, files)."""
    slower, files = [], []
    for row in rows:
        if not _to_profile(row, settings.profile):
            continue
        say(f"profiling {row.name} on base and head")
        try:
            outcome = profile_benchmark(
                row.name, base.benchmark(row.name), head.benchmark(row.name),
                base_root=base.top, head_root=head.top, out_dir=out_dir / "profiles",
                settings=settings)
        except PerfagentError as exc:
            notes.append(f"could not profile {row.name}: {exc}")
            continue
        if not outcome.functions and row.verdict == "slower":
            notes.append(f"the profiles of {row.name} show no function of the repository whose "
                         f"share grew by {settings.min_share_change_pct:g} points or more: the extra "
                         "time is spread thin or spent in libraries")
        slower += outcome.functions
        files += outcome.files
    return slower, files


def _analyse(base: SideTree, head: SideTree, changes: list[FileChange], notes: list[str]):
    """Findings in what the change adds: SQL (tools.sql rules), then Python anti-patterns."""
    dialect = next((s.spec.dialect for s in (head, base) if s.spec and s.spec.dialect), None)
    findings = _guarded("SQL check", notes, lambda: sql_findings(head.top, changes, dialect))
    found, skipped = _guarded("anti-pattern scan", notes,
                              lambda: python_findings(base.top, head.top, changes)) or ([], [])
    notes += skipped
    return sorted(findings + found, key=lambda f: (f.file, f.line, f.rule))


def review_change(source: str | Path, base: str, head: str, *, out_dir: Path,
                  settings: ReviewSettings | None = None,
                  progress: Callable[[str], None] | None = None) -> Review:
    """Review ``base..head`` of ``source`` for performance; write review.md/.sarif/.json in ``out_dir``."""
    settings = settings or ReviewSettings()
    say = progress or (lambda _message: None)
    out_dir = _out_dir(Path(out_dir))
    subdir = _subdir(settings.subdir)
    started = time.perf_counter()
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
        trees = [stack.enter_context(worktree(repo.repo, sha, prefix=f"perfagent-review-{name}-")).resolve()
                 for name, sha in (("base", repo.base_sha), ("head", repo.head_sha))]
        changes = changed_files(diff_text(repo.path, repo.base_sha, repo.head_sha))
        t = lap("checkout", started)

        base_side, head_side = (_side(name, tree, subdir, settings)
                                for name, tree in zip(("base", "head"), trees, strict=True))
        declared = any(s.spec and s.spec.benchmarks for s in (base_side, head_side))
        rows = compare_sides(base_side, head_side, settings, say) if declared else []
        notes += [s.broken for s in (base_side, head_side) if s.broken]  # bad spec, failed setup
        if not declared and not notes:
            notes.append(NO_SPEC)
        t = lap("benchmarks", t)

        slower, profiles = _profile(rows, base_side, head_side, out_dir, settings, say, notes)
        t = lap("profile", t)

        say("checking the SQL and Python the change adds")
        findings = _analyse(base_side, head_side, changes, notes)
        lap("analysis", t)

    review = Review(
        source=shown, base=Side(ref=base, sha=repo.base_sha), head=Side(ref=head, sha=repo.head_sha),
        headline=headline(rows, declared=declared), verdict=overall(rows), counts=counts(rows),
        benchmarks=rows, slower_functions=slower, findings=findings, notes=notes,
        changed_files=[c.path for c in changes],
        spec_file=str(PurePosixPath(subdir) / head_side.spec.source) if head_side.spec else None,
        settings=settings,
        artifacts=Artifacts(markdown=str(out_dir / "review.md"), sarif=str(out_dir / "review.sarif"),
                            review_json=str(out_dir / "review.json"), profiles=profiles),
    )
    timings["total"] = round(time.perf_counter() - started, 3)
    review.timings_s = timings
    say(f"writing {out_dir / 'review.md'}")
    write(review, out_dir)
    say(review.headline)
    return review


def write(review: Review, out_dir: Path) -> None:
    """Render the three files from the record."""
    try:
        (out_dir / "review.md").write_text(markdown.render(review), encoding="utf-8")
        (out_dir / "review.sarif").write_text(json.dumps(sarif(review), indent=2), encoding="utf-8")
        (out_dir / "review.json").write_text(review.model_dump_json(indent=2), encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write the review to {out_dir}: {exc.strerror or exc}") from None
