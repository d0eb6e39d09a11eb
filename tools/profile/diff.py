"""Two profiles → the functions that got slower or faster (for PR reviews). Pure.

Functions are matched by name and file (lines move between commits); files under
``base_root`` / ``head_root`` (two worktrees of one repository) are compared by
their path inside the root. A change is the difference in *self share*, in
percentage points; for two sampling profiles a two-proportion z-test says whether
it is larger than sampling noise.

>>> from perfagent.tools.profile.models import CpuProfile, HotSpot
>>> def prof(**shares):
...     spots = [HotSpot(function=f, file="app.py", line=1, self_pct=p, total_pct=p,
...                      self_samples=int(p * 10), total_samples=int(p * 10))
...              for f, p in shares.items()]
...     return CpuProfile(source="py-spy", duration_s=10.0, samples=1000, hotspots=spots)
>>> d = diff_profiles(prof(parse=50.0, render=50.0), prof(parse=20.0, render=70.0, cache=10.0))
>>> [(c.function, c.delta_pct, c.significant) for c in d.slower]
[('render', 20.0, True), ('cache', 10.0, True)]
>>> [(c.function, c.delta_pct) for c in d.faster]
[('parse', -30.0)]
"""

from __future__ import annotations

import math
from pathlib import Path

from pydantic import BaseModel, Field

from perfagent.tools.profile.models import CpuProfile, HotSpot

Z_SIGNIFICANT = 2.58  # two-sided 1%: a table of many functions tests many hypotheses


class FunctionChange(BaseModel):
    """One function whose self share moved between base and head."""

    function: str
    file: str
    base_self_pct: float
    head_self_pct: float
    delta_pct: float  # head - base, percentage points of self share
    base_total_pct: float
    head_total_pct: float
    base_self_s: float  # self share times run duration: an estimate of seconds in the function
    head_self_s: float
    significant: bool  # beyond sampling noise (always True for two deterministic profiles)
    status: str  # "changed" | "new" (absent from base) | "gone" (absent from head)


class ProfileDiff(BaseModel):
    """Functions that took a larger share (slower) or smaller share (faster) in head."""

    base_target: str | None
    head_target: str | None
    base_duration_s: float
    head_duration_s: float
    min_change_pct: float
    slower: list[FunctionChange] = Field(default_factory=list)
    faster: list[FunctionChange] = Field(default_factory=list)

    @property
    def duration_ratio(self) -> float:
        return self.head_duration_s / self.base_duration_s if self.base_duration_s else math.inf


def _relative(file: str, root: str | None) -> str:
    if root:
        try:
            return Path(file).relative_to(root).as_posix()
        except ValueError:
            return file
    return file


def _index(profile: CpuProfile, root: str | None) -> dict[tuple[str, str], HotSpot]:
    index: dict[tuple[str, str], HotSpot] = {}
    for spot in profile.hotspots:
        key = (spot.function, _relative(spot.file, root))
        if key in index and spot.self_samples <= index[key].self_samples:
            continue  # two files mapped to one key: keep the heavier
        index[key] = spot
    return index


def _significant(p1: float, n1: int, p2: float, n2: int) -> bool:
    """Two-proportion z-test on self shares (fractions) from n1 and n2 samples."""
    if n1 <= 0 or n2 <= 0:
        return False
    pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if se == 0:
        return p1 != p2
    return abs(p2 - p1) / se >= Z_SIGNIFICANT


def diff_profiles(
    base: CpuProfile,
    head: CpuProfile,
    *,
    min_change_pct: float = 1.0,
    base_root: str | None = None,
    head_root: str | None = None,
    limit: int | None = 20,
) -> ProfileDiff:
    """List functions whose self share changed by at least ``min_change_pct`` points.

    ``slower`` is sorted by the largest increase first, ``faster`` by the largest
    decrease; each keeps at most ``limit`` rows.
    """
    old = _index(base, base_root)
    new = _index(head, head_root)
    sampled = base.sample_unit == head.sample_unit == "sample"
    changes = []
    for key in old.keys() | new.keys():
        a, b = old.get(key), new.get(key)
        a_self = a.self_pct if a else 0.0
        b_self = b.self_pct if b else 0.0
        delta = round(b_self - a_self, 3)
        if abs(delta) < min_change_pct:
            continue
        significant = (
            _significant(a_self / 100, base.samples, b_self / 100, head.samples)
            if sampled
            else True
        )
        changes.append(
            FunctionChange(
                function=key[0],
                file=key[1],
                base_self_pct=a_self,
                head_self_pct=b_self,
                delta_pct=delta,
                base_total_pct=a.total_pct if a else 0.0,
                head_total_pct=b.total_pct if b else 0.0,
                base_self_s=round(a_self / 100 * base.duration_s, 6),
                head_self_s=round(b_self / 100 * head.duration_s, 6),
                significant=significant,
                status="new" if a is None else "gone" if b is None else "changed",
            )
        )
    slower = sorted(
        (c for c in changes if c.delta_pct > 0), key=lambda c: (-c.delta_pct, c.function)
    )
    faster = sorted(
        (c for c in changes if c.delta_pct < 0), key=lambda c: (c.delta_pct, c.function)
    )
    return ProfileDiff(
        base_target=base.target,
        head_target=head.target,
        base_duration_s=base.duration_s,
        head_duration_s=head.duration_s,
        min_change_pct=min_change_pct,
        slower=slower[:limit] if limit is not None else slower,
        faster=faster[:limit] if limit is not None else faster,
    )
