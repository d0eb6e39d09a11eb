"""Which function the change made faster or slower: the profiles of both sides, crossed
with the functions whose lines the diff touched. Pure, apart from reading the head files.

A function's time per benchmark call is its *total* share (its own code and what it
calls: a rewrite that drops a ``re.match`` moves time out of the standard library, not
out of the function's own lines) times the benchmark's median. The function that
explains the verdict is the changed one whose time moved most in the verdict's direction.

>>> from perfagent.tools.profile.models import CpuProfile, HotSpot
>>> def prof(root, **total):
...     spots = [HotSpot(function=f, file=f"{root}/shop/pricing.py", line=n, self_pct=p / 2,
...                      total_pct=p, self_samples=1, total_samples=1)
...              for n, (f, p) in enumerate(total.items(), start=1)]
...     return CpuProfile(source="cprofile", duration_s=1.0, samples=100, sample_unit="us",
...                       hotspots=spots)
>>> touched = {"shop/pricing.py": {"_normalise": (1, 4)}}
>>> rows = changed_functions("quote", prof("/b", _normalise=20.0, _price=70.0),
...     prof("/h", _normalise=50.0, _price=45.0), touched,
...     base_root=Path("/b"), head_root=Path("/h"), base_median_s=0.010, head_median_s=0.014)
>>> r = rows[0]
>>> (r.function, r.base_total_pct, r.head_total_pct, round(r.ratio, 2), r.profiler)
('_normalise', 20.0, 50.0, 3.5, 'cProfile')
>>> sentence(r, "slower")
'This change makes `_normalise` 3.5x slower (`shop/pricing.py:1`, changed by this diff):
20.0% → 50.0% of `quote`'
"""

from __future__ import annotations

import ast
import math
from pathlib import Path

from perfagent.tools.profile.models import CpuProfile, HotSpot
from perfagent.tools.review.antipatterns import functions
from perfagent.tools.review.diff import FileChange
from perfagent.tools.review.models import ChangedFunction

LABELS = {"cprofile": "cProfile", "py-spy": "py-spy"}
Touched = dict[
    str, dict[str, tuple[int, int]]
]  # file -> qualified name -> (first, last) line at head


def touched_functions(head_root: Path, base_root: Path, changes: list[FileChange]) -> Touched:
    """The functions (methods too, by qualified name) whose lines the change added, rewrote or
    removed, in the head's files; for a file the change deleted lines of only, the base's too."""
    out: Touched = {}
    for change in changes:
        if not change.path.endswith(".py"):
            continue
        lines = change.added | change.removed_at
        spans = _spans(head_root / change.path)
        hit = {
            name: span
            for name, span in spans.items()
            if any(span[0] <= n <= span[1] for n in lines)
        }
        if change.old_path and change.removed:  # a function removed whole is only at base
            for name, span in _spans(base_root / change.old_path).items():
                if name not in spans and any(span[0] <= n <= span[1] for n in change.removed):
                    hit[name] = span
        if hit:
            out[change.path] = hit
    return out


def _spans(path: Path) -> dict[str, tuple[int, int]]:
    try:
        tree = ast.parse(path.read_text(encoding="utf-8", errors="replace"))
    except (OSError, SyntaxError, ValueError):
        return {}
    out = {}
    for name, node in functions(tree):
        first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
        out[name] = (first, node.end_lineno or node.lineno)
    return out


def _find(
    profile: CpuProfile, root: Path, file: str, name: str, span: tuple[int, int]
) -> HotSpot | None:
    """The profile's entry for ``name`` in ``file``: py-spy qualifies methods, cProfile does not."""
    short = name.rsplit(".", 1)[-1]
    best = None
    for spot in profile.hotspots:
        path = Path(spot.file)
        rel = (
            path.relative_to(root).as_posix()
            if path.is_absolute() and path.is_relative_to(root)
            else spot.file
        )
        if (
            rel != file
            or spot.function not in (name, short)
            and not spot.function.endswith(f".{short}")
        ):
            continue
        if spot.line is not None and span[0] <= spot.line <= span[1]:
            return spot
        best = best or spot
    return best


def changed_functions(
    benchmark: str,
    base: CpuProfile,
    head: CpuProfile,
    touched: Touched,
    *,
    base_root: Path,
    head_root: Path,
    base_median_s: float | None,
    head_median_s: float | None,
) -> list[ChangedFunction]:
    """Every touched function found in either profile, the largest change in time first."""
    out = []
    for file, spans in touched.items():
        for name, span in spans.items():
            old, new = (
                _find(base, base_root, file, name, span),
                _find(head, head_root, file, name, span),
            )
            if old is None and new is None:
                continue
            b_pct, h_pct = (old.total_pct if old else 0.0), (new.total_pct if new else 0.0)
            b_s = b_pct / 100 * base_median_s if base_median_s else None
            h_s = h_pct / 100 * head_median_s if head_median_s else None
            ratio = (
                (h_s / b_s if b_s and h_s else None) if base_median_s and head_median_s else None
            )
            out.append(
                ChangedFunction(
                    benchmark=benchmark,
                    function=name,
                    file=file,
                    line=found.line if (found := new or old) else span[0],
                    base_total_pct=round(b_pct, 2),
                    head_total_pct=round(h_pct, 2),
                    base_self_pct=round(old.self_pct, 2) if old else 0.0,
                    head_self_pct=round(new.self_pct, 2) if new else 0.0,
                    base_s=b_s,
                    head_s=h_s,
                    ratio=ratio,
                    profiler=LABELS.get(head.source, head.source),
                )
            )
    return sorted(out, key=lambda f: -_weight(f))


def _weight(f: ChangedFunction) -> float:
    if f.base_s is not None and f.head_s is not None:
        return abs(f.head_s - f.base_s)
    return abs(f.head_total_pct - f.base_total_pct) / 1e6


def culprit(functions: list[ChangedFunction], verdict: str | None) -> ChangedFunction | None:
    """The changed function that moved most in the verdict's direction (any, if no verdict)."""
    sign = {"slower": 1, "faster": -1}.get(verdict or "", 0)
    for f in functions:
        delta = (
            (f.head_s - f.base_s)
            if f.base_s is not None and f.head_s is not None
            else f.head_total_pct - f.base_total_pct
        )
        if sign == 0 or delta * sign > 0:
            return f
    return None


def sentence(f: ChangedFunction, verdict: str | None) -> str:
    """``This change makes `f` 2.1x faster (`file:line`, changed by this diff): 80% → 40%
    of `bench```."""
    where = f"`{f.file}:{f.line}`" if f.line else f"`{f.file}`"
    if f.ratio and f.ratio > 0 and math.isfinite(f.ratio):
        factor = f.ratio if f.ratio >= 1 else 1 / f.ratio
        how = f"{factor:.1f}x {'slower' if f.ratio >= 1 else 'faster'}"
    elif f.base_total_pct == 0:
        how = "slower (new in the profile)"
    elif f.head_total_pct == 0:
        how = "faster (gone from the profile)"
    else:
        how = verdict or "different"
    return (
        f"This change makes `{f.function}` {how} ({where}, changed by this diff): "
        f"{f.base_total_pct:.1f}% → {f.head_total_pct:.1f}% of `{f.benchmark}`"
    )


def undecided(f: ChangedFunction, verdict: str) -> str:
    """When no benchmark is called faster or slower: the changed function whose share moved
    most, as both profiles saw it (a fact of the profiles, not a verdict).

    >>> row = ChangedFunction(benchmark="bench", function="Tree.walk", file="t.py", line=3,
    ...                       base_total_pct=22.0, head_total_pct=4.0)
    >>> undecided(row, "inconclusive")
    'No benchmark is called faster or slower (inconclusive); of the functions this diff
    changed, `Tree.walk` (`t.py:3`) moved most in the profiles: 22.0% → 4.0% of `bench`'
    """
    where = f"`{f.file}:{f.line}`" if f.line else f"`{f.file}`"
    return (
        f"No benchmark is called faster or slower ({verdict}); of the functions this diff "
        f"changed, `{f.function}` ({where}) moved most in the profiles: "
        f"{f.base_total_pct:.1f}% → {f.head_total_pct:.1f}% of `{f.benchmark}`"
    )
