"""Records the benchmark instrument takes and returns. All serialize to JSON and back."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, model_validator

from perfagent.tools.errors import InputError

Verdict = Literal["faster", "slower", "unchanged", "inconclusive"]
Mode = Literal["time", "instructions"]
RequestedMode = Literal["time", "instructions", "auto"]


class BenchSpec(BaseModel):
    """One benchmark: a shell command or a Python callable ``module:function``."""

    name: str = ""
    command: str | None = None
    callable: str | None = Field(
        default=None, description="`module:function`, called with no arguments"
    )
    cwd: str | None = None
    env: dict[str, str] = Field(default_factory=dict)
    python: str | None = Field(default=None, description="interpreter for callables; default: ours")
    timeout_s: float = 120.0
    metric: str | None = Field(
        default=None,
        description="regex whose first group (or match) is the "
        "figure a command prints, compared instead of its wall time; lower is better",
    )

    @model_validator(mode="after")
    def _one_target(self) -> BenchSpec:
        if bool(self.command) == bool(self.callable):
            raise ValueError("give exactly one of `command` or `callable`")
        if self.metric and self.callable:
            raise ValueError("--metric reads what a command prints; a callable is timed")
        if self.metric:
            import re

            try:
                re.compile(self.metric)
            except re.error as exc:
                raise ValueError(f"metric {self.metric!r} is not a valid regex: {exc}") from None
        if self.callable and ":" not in self.callable:
            raise ValueError(f"callable {self.callable!r} must look like module:function")
        if not self.name:
            self.name = self.command or self.callable or ""
        return self

    @classmethod
    def parse(cls, target: str, **kwargs) -> BenchSpec:
        """A target as typed on the command line: ``pkg.mod:func`` is a callable, else a command.

        >>> BenchSpec.parse("shop.bench:checkout").callable
        'shop.bench:checkout'
        >>> BenchSpec.parse("python -c 'pass'").command
        "python -c 'pass'"
        """
        target = target.strip()
        if not target:
            raise InputError(
                "the benchmark target is empty: give a shell command or module:function"
            )
        looks_callable = (
            " " not in target
            and ":" in target
            and "/" not in target
            and all(
                part.replace("_", "a").replace(".", "a").isalnum() for part in target.split(":", 1)
            )
        )
        if looks_callable:
            return cls(callable=target, **kwargs)
        return cls(command=target, **kwargs)


class Sample(BaseModel):
    """One timed sample from one fresh process: per-loop figures."""

    wall_s: float = Field(description="wall time per loop")
    cpu_s: float = Field(description="CPU time (user+system) per loop")
    peak_rss_bytes: int
    loops: int
    instructions: float | None = Field(
        default=None, description="instructions per loop (callgrind)"
    )
    censored: bool = Field(
        default=False, description="cut short by the time budget: the value is a lower bound"
    )
    process_s: float | None = Field(
        default=None, description="wall time of the sample's process(es), start-up included"
    )


class Summary(BaseModel):
    """Descriptive statistics of one set of values (seconds or instructions)."""

    n: int
    min: float
    max: float
    mean: float
    median: float
    stdev: float
    mad: float
    p50: float
    p95: float
    p99: float
    cv: float = Field(description="coefficient of variation, stdev / mean")
    outliers: list[int] = Field(default_factory=list, description="indices outside Tukey fences")


class BenchResult(BaseModel):
    """A benchmark run: its samples and their summary."""

    spec: BenchSpec
    mode: Mode = "time"
    loops: int
    warmups: int
    samples: list[Sample]
    summary: Summary
    cpu_summary: Summary | None = None
    peak_rss_bytes: int
    elapsed_s: float


class Comparison(BaseModel):
    """B against A: ratio of medians (B/A; above 1 means B takes longer) and a verdict."""

    a: BenchResult
    b: BenchResult
    mode: Mode
    ratio: float
    ci_low: float
    ci_high: float
    confidence: float = 0.95
    p_value: float
    min_effect: float
    verdict: Verdict
    reason: str
    elapsed_s: float
    notes: list[str] = Field(
        default_factory=list
    )  # e.g. why auto mode went on to count instructions
    max_time_s: float | None = Field(
        default=None, description="the budget the whole comparison ran under"
    )
    looks: list[int] = Field(
        default_factory=list, description="samples per side at each look at the data"
    )

    @property
    def change_pct(self) -> float:
        return (self.ratio - 1.0) * 100.0
