"""The records a review returns and renders from: settings in, ``Review`` out. All JSON.

>>> row = BenchmarkRow(name="quote", status="compared", verdict="slower", ratio=1.31,
...                    ci_low=1.29, ci_high=1.33, unit="instructions")
>>> BenchmarkRow.model_validate_json(row.model_dump_json()).change_pct
31.0
>>> ReviewSettings(mode="fast")
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for ReviewSettings
...
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from perfagent.tools.bench.models import Comparison, RequestedMode, Verdict

RowStatus = Literal["compared", "new", "removed", "failed"]
FindingKind = Literal["sql", "python"]
Level = Literal["error", "warning", "note"]
ProfileWhich = Literal["slower", "changed", "all", "none"]


class ReviewSettings(BaseModel):
    """How hard to measure. The defaults suit a CI job; tests shrink them."""

    model_config = ConfigDict(extra="forbid")

    mode: RequestedMode = Field(
        "auto",
        description="time, instructions (callgrind), or auto: time first, then "
        "instruction counts when wall time is too noisy to call",
    )
    min_effect: float = Field(
        0.05,
        gt=0,
        lt=1,
        description="smallest change called faster/slower, as a fraction "
        "(0.05 = 5%); changes whose whole 95% interval is within it are 'unchanged'",
    )
    samples: int | None = Field(
        None,
        ge=2,
        description="samples per side to start with; "
        "default: the comparison's own (20 timed, 3 counted)",
    )
    max_samples: int | None = Field(None, ge=2, description="samples per side at most")
    max_time_s: float = Field(
        120.0,
        gt=0,
        description="budget per benchmark: its whole comparison, "
        "first samples included, and again for profiling its two sides",
    )
    budget_s: float | None = Field(
        None,
        gt=0,
        description="the whole review (setup, every benchmark, "
        "profiles); each stage gets what is left of it",
    )
    benchmarks: list[str] = Field(
        default_factory=list,
        description="benchmark commands (or module:function) "
        "run on both sides, in place of the spec's: no committed perfagent.toml needed",
    )
    min_sample_s: float = Field(0.1, gt=0, description="timed work per sample, at least")
    setup_timeout_s: float = Field(600.0, gt=0, description="per side, for [target] setup")
    profile: ProfileWhich = Field(
        "all",
        description="which benchmarks to profile on both sides: all (whatever the verdict: a "
        "speedup is explained too), the slower ones, every one whose verdict is not "
        "unchanged, or none",
    )
    profile_min_s: float = Field(0.2, gt=0, description="profiled work per side, at least")
    profile_timeout_s: float = Field(120.0, gt=0)
    min_share_change_pct: float = Field(
        2.0,
        ge=0,
        description="a function is listed when its share of the benchmark's "
        "time grew by at least this many percentage points",
    )
    subdir: str = Field("", description="the target's folder inside the repository")
    python: str | None = Field(None, description="interpreter for the target; default: ours")
    seed: int = 0


class BenchmarkRow(BaseModel):
    """One benchmark, base against head."""

    name: str
    status: RowStatus
    verdict: Verdict | None = None
    unit: Literal["seconds", "instructions"] = "seconds"
    base_median: float | None = Field(None, description="per call, in ``unit``")
    head_median: float | None = None
    ratio: float | None = Field(None, description="head / base; above 1 is slower")
    ci_low: float | None = None
    ci_high: float | None = None
    p_value: float | None = None
    reason: str = Field("", description="why the verdict, or why there is none: one sentence")
    comparison: Comparison | None = None

    @property
    def change_pct(self) -> float | None:
        return None if self.ratio is None else round((self.ratio - 1.0) * 100.0, 2)


class SlowerFunction(BaseModel):
    """A function of the target whose share of a benchmark's time grew in head."""

    benchmark: str
    function: str
    file: str = Field(description="relative to the repository")
    line: int | None = None
    base_share_pct: float = Field(description="self time, share of the benchmark's run")
    head_share_pct: float
    delta_pct: float = Field(description="percentage points")
    base_calls: float | None = Field(None, description="calls per call of the benchmark")
    head_calls: float | None = None
    status: str = Field(description="changed | new (absent from base)")
    profiler: str = Field("cProfile", description="cProfile or py-spy")

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


class ChangedFunction(BaseModel):
    """A function whose lines the diff touched, as both profiles saw it (total share: own code and callees)."""  # noqa: E501

    benchmark: str
    function: str = Field(description="qualified name at head (Class.method)")
    file: str = Field(description="relative to the repository")
    line: int | None = None
    base_total_pct: float
    head_total_pct: float
    base_self_pct: float = 0.0
    head_self_pct: float = 0.0
    base_s: float | None = Field(
        None, description="its time per benchmark call at base (share x median)"
    )
    head_s: float | None = None
    ratio: float | None = Field(None, description="head_s / base_s; above 1 is slower")
    profiler: str = "cProfile"


class ReviewFinding(BaseModel):
    """A risk the diff adds: a SQL anti-pattern or a Python performance anti-pattern."""

    kind: FindingKind
    rule: str
    level: Level = "warning"
    message: str
    file: str
    line: int
    evidence: str = ""
    suggestion: str = ""

    @property
    def rule_id(self) -> str:
        return f"{self.kind}/{self.rule}"


class PythonHit(BaseModel):
    """What one Python rule found in one function: where, and what to do about it."""

    rule: str
    line: int
    message: str
    evidence: str = ""
    suggestion: str = ""


class Side(BaseModel):
    ref: str
    sha: str


class Artifacts(BaseModel):
    """Paths of the files the review wrote."""

    markdown: str
    sarif: str
    review_json: str
    profiles: list[str] = Field(default_factory=list, description="pstats files, base and head")


class Counts(BaseModel):
    improved: int = 0
    regressed: int = 0
    unchanged: int = 0
    inconclusive: int = 0
    failed: int = 0
    new: int = 0
    removed: int = 0


class Review(BaseModel):
    """What ``base..head`` does to performance, measured, and the risks its diff adds."""

    source: str
    base: Side
    head: Side
    headline: str
    verdict: Verdict
    counts: Counts
    benchmarks: list[BenchmarkRow] = Field(default_factory=list)
    slower_functions: list[SlowerFunction] = Field(default_factory=list)
    changed_functions: list[ChangedFunction] = Field(
        default_factory=list,
        description="functions the diff touched, in the profiles of both sides",
    )
    lead: str = Field(
        "", description="the changed function that explains the verdict, in one sentence"
    )
    findings: list[ReviewFinding] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list, description="sentences: what could not be done")
    changed_files: list[str] = Field(default_factory=list)
    spec_file: str | None = Field(None, description="head's perfagent.toml, relative to the repo")
    settings: ReviewSettings
    artifacts: Artifacts | None = None
    timings_s: dict[str, float] = Field(default_factory=dict, description="stage -> seconds")
