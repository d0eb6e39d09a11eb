"""Where a benchmark's extra time went: profile it on both sides, diff the hot spots.

Callables are profiled with cProfile (deterministic, so every share difference is
real work, not sampling noise) over repeated calls: ``_profile_loop.py`` calls the
benchmark until ``profile_min_s`` has passed. Commands are sampled with py-spy.
Only functions of the repository are listed; the standard library and builtins are
where the time lands, not where a fix goes.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from pydantic import BaseModel, Field

from perfagent.tools.bench.models import BenchSpec
from perfagent.tools.profile import (
    CpuProfile,
    HotSpot,
    diff_profiles,
    profile_callable,
    record_command,
)
from perfagent.tools.review.models import ReviewSettings, SlowerFunction
from perfagent.tools.sandbox import scrubbed_env

LOOP_MODULE = "_perfagent_review_loop"


class ProfileOutcome(BaseModel):
    functions: list[SlowerFunction] = Field(default_factory=list)
    files: list[str] = Field(default_factory=list, description="profile files written")
    base: CpuProfile | None = None
    head: CpuProfile | None = None


def profile_side(
    spec: BenchSpec, out_dir: Path, settings: ReviewSettings, *, timeout_s: float | None = None
) -> CpuProfile:
    """One side's profile of one benchmark (raises the profiler's PerfagentError)."""
    timeout_s = timeout_s or settings.profile_timeout_s
    if spec.command:
        from perfagent.tools.bench.runner import spec_env

        return record_command(
            spec.command, out_dir=out_dir, cwd=spec.cwd, env=spec_env(spec), timeout_s=timeout_s
        )
    with tempfile.TemporaryDirectory(prefix="perfagent-review-loop-") as scratch:
        shutil.copy(
            Path(__file__).with_name("_profile_loop.py"), Path(scratch) / f"{LOOP_MODULE}.py"
        )
        paths = [scratch, *filter(None, [spec.env.get("PYTHONPATH")])]
        env = scrubbed_env(
            {
                **spec.env,
                "PYTHONPATH": ":".join(paths),
                "PERFAGENT_REVIEW_TARGET": spec.callable or "",
                "PERFAGENT_REVIEW_MIN_S": str(settings.profile_min_s),
            }
        )
        return profile_callable(
            f"{LOOP_MODULE}:run",
            out_dir=out_dir,
            cwd=spec.cwd,
            env=env,
            timeout_s=timeout_s,
            trace_memory=False,
            python=spec.python,
        )


def _inside(file: str) -> bool:
    """A path the diff made relative to the worktree: the repository's own code."""
    return not file.startswith(("/", "<", "~")) and not file.startswith("..")


def slower_functions(
    benchmark: str,
    base: CpuProfile,
    head: CpuProfile,
    *,
    base_root: Path,
    head_root: Path,
    min_share_change_pct: float,
    target: str | None = None,
) -> list[SlowerFunction]:
    """The repository's functions whose self share grew in head, largest growth first. Pure.

    >>> from perfagent.tools.profile.models import HotSpot
    >>> def prof(root, **shares):
    ...     spots = [HotSpot(function=f, file=f"{root}/shop/{f}.py", line=3, self_pct=p,
    ...                      total_pct=p, self_samples=int(p * 100), total_samples=int(p * 100),
    ...                      calls=10)
    ...              for f, p in shares.items()]
    ...     return CpuProfile(source="cprofile", duration_s=1.0, samples=10000, sample_unit="us",
    ...                       hotspots=spots)
    >>> rows = slower_functions("quote", prof("/b", _price=80.0, _normalise=20.0),
    ...                         prof("/h", _price=60.0, _normalise=40.0), base_root=Path("/b"),
    ...                         head_root=Path("/h"), min_share_change_pct=2.0)
    >>> [(r.function, r.location, r.base_share_pct, r.head_share_pct) for r in rows]
    [('_normalise', 'shop/_normalise.py:3', 20.0, 40.0)]
    """
    diff = diff_profiles(
        base,
        head,
        min_change_pct=min_share_change_pct,
        base_root=str(base_root),
        head_root=str(head_root),
        limit=None,
    )
    old, new = _index(base, base_root), _index(head, head_root)
    out = []
    for change in diff.slower:
        if not change.significant or not _inside(change.file):
            continue
        key = (change.function, change.file)
        spot = new.get(key) or old.get(key)
        out.append(
            SlowerFunction(
                benchmark=benchmark,
                function=change.function,
                file=change.file,
                line=spot.line if spot else None,
                base_share_pct=change.base_self_pct,
                head_share_pct=change.head_self_pct,
                delta_pct=change.delta_pct,
                base_calls=_per_call(old.get(key), base, target, base_root),
                head_calls=_per_call(new.get(key), head, target, head_root),
                status=change.status,
                profiler={"cprofile": "cProfile"}.get(head.source, head.source),
            )
        )
    return out


def _index(profile: CpuProfile, root: Path) -> dict[tuple[str, str], HotSpot]:
    out: dict[tuple[str, str], HotSpot] = {}
    for spot in profile.hotspots:
        path = Path(spot.file)
        rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else spot.file
        out.setdefault((spot.function, rel), spot)
    return out


def _per_call(
    spot: HotSpot | None, profile: CpuProfile, target: str | None, root: Path
) -> float | None:
    """Calls of ``spot`` per call of the benchmark callable ``target`` (cProfile counts calls)."""
    if spot is None or spot.calls is None or not target:
        return None
    module, _, attr = target.partition(":")
    stem = module.replace(".", "/")
    for candidate in profile.hotspots:
        if candidate.function != attr.rsplit(".", 1)[-1] or not candidate.calls:
            continue
        file = Path(candidate.file).as_posix()
        if file.endswith((f"/{stem}.py", f"/{stem}/__init__.py")):
            return round(spot.calls / candidate.calls, 2)
    return None


def profile_benchmark(
    benchmark: str,
    base: BenchSpec,
    head: BenchSpec,
    *,
    base_root: Path,
    head_root: Path,
    out_dir: Path,
    settings: ReviewSettings,
    timeout_s: float | None = None,
) -> ProfileOutcome:
    """Profile ``benchmark`` at base and at head and list what got slower (may raise
    PerfagentError).

    ``timeout_s`` bounds each side's profile (the review's budget); default: ``profile_timeout_s``.
    """
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in benchmark)
    profiles = [
        profile_side(spec, out_dir / f"{safe}-{side}", settings, timeout_s=timeout_s)
        for side, spec in (("base", base), ("head", head))
    ]
    functions = slower_functions(
        benchmark,
        profiles[0],
        profiles[1],
        base_root=base_root,
        head_root=head_root,
        min_share_change_pct=settings.min_share_change_pct,
        target=head.callable,
    )
    files = [p.pstats_file or p.speedscope_json or "" for p in profiles]
    return ProfileOutcome(
        functions=functions, files=[f for f in files if f], base=profiles[0], head=profiles[1]
    )
