"""The records the profiler returns: hot spots, CPU profiles, allocations.

Both profilers (py-spy sampling and cProfile deterministic) land in one model, so
the agent, the diff and the deliverables never care which one ran.

>>> spot = HotSpot(function="work", file="app.py", line=3, self_pct=80.0, total_pct=90.0,
...                self_samples=80, total_samples=90)
>>> CpuProfile.model_validate_json(CpuProfile(source="py-spy", duration_s=1.0, samples=100,
...     hotspots=[spot]).model_dump_json()).hotspots[0].location
'app.py:3'
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from perfagent.tools.errors import InputError
from perfagent.tools.profile.resources import ResourceSeries


def prepare_out_dir(out_dir: str | Path) -> Path:
    """Create the output folder, or say in one sentence why it cannot be.

    >>> prepare_out_dir("/proc/perfagent-cannot-write-here")
    Traceback (most recent call last):
    ...
    perfagent.tools.errors.InputError: cannot write profiles to /proc/perfagent-cannot-write-here:
    ...
    """
    path = Path(out_dir)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot write profiles to {path}: {exc.strerror or exc}") from None
    return path


class HotSpot(BaseModel):
    """One function and its share of the profile.

    ``self_*`` counts time spent in the function's own code (it was the leaf frame);
    ``total_*`` counts time with the function anywhere on the stack, once per stack,
    so recursion does not inflate it past 100%.
    """

    function: str
    file: str
    line: int | None
    self_pct: float
    total_pct: float
    self_samples: int
    total_samples: int
    calls: int | None = None  # known only in deterministic (cProfile) mode
    # own-code view: the library call that took most of this function's own time ("re.match 80%")
    chain: str | None = None
    within_noise: bool = False  # sampled: this rank and the next could swap by chance

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}" if self.line is not None else self.file

    @property
    def key(self) -> str:
        """Identity across two profiles: the function and its file (lines move between commits)."""
        return f"{self.function} ({self.file})"


class LoopSite(BaseModel):
    """A project line inside nested loops of its function, and the share of the run spent at
    it, callees included (tools.profile.loops): where an O(n²) scan shows up when each call it
    makes is cheap."""

    function: str
    file: str
    line: int
    depth: int  # loops around the line in its function (a comprehension's ``for`` clauses count)
    total_pct: float
    samples: int
    callee: str  # what the line spent most of its samples in ("(the line itself)" for its own code)
    code: str = ""  # the line's text
    within_noise: bool = False  # this rank and the next could swap by chance

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}"


class Allocation(BaseModel):
    """A source line that still held memory when the traced run ended (tracemalloc)."""

    file: str
    line: int | None
    size_bytes: int
    count: int


class CpuProfile(BaseModel):
    """Where CPU time went in one run, from either profiler.

    For py-spy ``samples`` are stack samples; for cProfile they are microseconds of
    measured time (``sample_unit`` says which), so percentages compare across both.
    """

    source: Literal["py-spy", "cprofile"]
    duration_s: float
    samples: int
    sample_unit: Literal["sample", "us"] = "sample"
    hotspots: list[HotSpot] = Field(default_factory=list)
    flamegraph_svg: str | None = None
    speedscope_json: str | None = None
    collapsed: str | None = None
    pstats_file: str | None = None  # cProfile mode: the raw stats, for snakeviz and friends
    target: str | None = None  # the command, callable or "pid N" that was profiled
    rate_hz: int | None = None
    nonblocking: bool | None = None  # py-spy read stacks without pausing the target
    allocations: list[Allocation] = Field(default_factory=list)  # cProfile mode only
    traced_peak_bytes: int | None = None  # tracemalloc's peak, cProfile mode only
    resources: ResourceSeries | None = None  # the target watched while it was sampled, if asked
    # Project code only, library time charged to the nearest project caller (tools.profile.owncode).
    own_code: list[HotSpot] = Field(default_factory=list)
    # Sampled lines inside nested loops, heaviest first (py-spy only: cProfile has no lines).
    loops: list[LoopSite] = Field(default_factory=list)
    runs: int = 1  # recordings merged into this profile (more runs when one gave too few samples)

    def top(self, n: int = 10) -> list[HotSpot]:
        """The ``n`` functions with the largest self share (ties: total share, then name and
        file)."""
        return sorted(self.hotspots, key=lambda h: (-h.self_pct, -h.total_pct, h.function, h.file))[
            :n
        ]

    def top_own(self, n: int = 10) -> list[HotSpot]:
        """The ``n`` project functions with the largest own share (self + library time they
        drove)."""
        return self.own_code[:n]
