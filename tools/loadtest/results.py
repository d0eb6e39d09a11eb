"""Result records: what the child measured (``RawRun``) and what we report (``LoadResult``).

Both are pydantic models that round-trip through JSON; reports and plots are
rendered from them, never from text.

>>> r = RawRun(started_wall=100.0, ended_wall=103.0, endpoints={"GET /": ["GET", "/"]})
>>> RawRun.model_validate_json(r.model_dump_json()) == r
True
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class SecondBucket(BaseModel):
    """Responses to one endpoint that completed within one time bucket (normally a second)."""

    t: int  # int(time.time()) of the completion, rounded down to the bucket width
    name: str
    requests: int = 0
    failures: int = 0
    hist: dict[str, int] = Field(default_factory=dict)


class StageMark(BaseModel):
    """The moment the shape switched to stage ``index`` (``users`` users)."""

    t_wall: float
    index: int
    users: int


class Tick(BaseModel):
    """One line the child streams on stdout per second, for the live view."""

    t_s: float
    users: int
    requests: int
    rps: float
    p95_ms: float | None = None
    failures: int = 0
    error_rate: float = 0.0
    total_requests: int = 0


class RawRun(BaseModel):
    """What the child process writes: per-second histograms, stage marks, errors, totals."""

    started_wall: float
    ended_wall: float
    interrupted: bool = False
    stopped_early: bool = False
    workers: int = 0
    bucket_s: int = 1  # width of the time buckets (coarser for long runs)
    endpoints: dict[str, list[str]] = Field(default_factory=dict)  # name -> [method, path]
    stages: list[StageMark] = Field(default_factory=list)
    buckets: list[SecondBucket] = Field(default_factory=list)
    errors: dict[str, int] = Field(default_factory=dict)  # "name: message" -> count
    locust_requests: dict[str, int] = Field(default_factory=dict)  # Locust's own counts
    locust_failures: dict[str, int] = Field(default_factory=dict)


class LatencySummary(BaseModel):
    """Counts, rate and percentiles of one endpoint (or all of them) over a window."""

    name: str
    method: str = ""
    path: str = ""
    requests: int
    failures: int
    error_rate: float
    rps: float
    p50_ms: float | None = None
    p90_ms: float | None = None
    p95_ms: float | None = None
    p99_ms: float | None = None
    max_ms: float | None = None
    too_few: list[str] = Field(
        default_factory=list,
        description="percentiles from too few responses to mean "
        "more than the maximum (tools/loadtest/analysis.py needed_requests)",
    )


class SecondStats(BaseModel):
    """All endpoints over one time bucket of the run (one second unless the run is long)."""

    t_s: int  # seconds since the start of the run (a coarse first bucket may start before it)
    users: int
    requests: int
    failures: int
    rps: float
    p50_ms: float | None = None
    p95_ms: float | None = None
    p99_ms: float | None = None


class BudgetCheck(BaseModel):
    """One percentile of one endpoint against its budget; margin > 0 means room left."""

    endpoint: str
    percentile: str  # "p50" | "p95" | "p99"
    budget_ms: float
    measured_ms: float | None
    margin_ms: float | None
    margin_pct: float | None
    ok: bool
    within_share: float | None = None  # share of the endpoint's responses at or under the budget


class StepResult(BaseModel):
    """One stress step (or spike stage): its user count and what the service did under it."""

    index: int
    users: int
    start_s: float
    duration_s: float
    rps: float  # every response, failures included
    ok_rps: float = 0.0  # successful responses only
    error_rate: float
    p95_ms: float | None = None
    broken: bool = False
    reason: str = ""


class StressReport(BaseModel):
    steps: list[StepResult]
    breaking_users: int | None = None  # first step that broke
    breaking_rps: float | None = None
    last_good_users: int | None = None
    last_good_rps: float | None = None
    reason: str = ""


class SpikeReport(BaseModel):
    stages: list[StepResult]
    baseline_p95_ms: float | None = None
    spike_p95_ms: float | None = None
    spike_error_rate: float = 0.0
    recovery_s: float | None = None  # None: did not recover before the run ended
    reason: str = ""


class ServerUsage(BaseModel):
    """The server process (and its children) during the run, sampled by tools.profile."""

    pid: int
    samples: int
    cpu_pct_mean: float | None = None
    cpu_pct_max: float | None = None
    rss_start_bytes: int | None = None
    rss_end_bytes: int | None = None
    peak_rss_bytes: int | None = None
    open_files_start: int | None = None
    open_files_end: int | None = None
    t_s: list[float] = Field(default_factory=list)
    rss_bytes: list[int] = Field(default_factory=list)
    open_files: list[int] = Field(default_factory=list)
    cpu_pct: list[float] = Field(default_factory=list)


class LeakReport(BaseModel):
    leaking: bool
    slope_bytes_per_s: float | None = None
    growth_bytes: int | None = None
    reason: str = ""


class AuthCounts(BaseModel):
    """Logins of the simulated users ([service.auth]), counted apart from the endpoints."""

    kind: str
    shared: bool = False  # one login before the load, carried by every user ([service.auth])
    logins: int = 0  # one per user, in on_start (the form's GET counted with it)
    relogins: int = 0  # after a 401, a redirect to the login page, or before a token expired
    expired: int = 0  # answers that said the session was over (each followed by a re-login)
    failures: int = 0  # logins the server refused
    errors: dict[str, int] = Field(default_factory=dict)


class LoadResult(BaseModel):
    """The load-test deliverable's machine file."""

    kind: str
    host: str
    started_wall: float
    duration_s: float
    interrupted: bool = False
    workers: int = 0
    aggregate: LatencySummary
    endpoints: list[LatencySummary]
    history: list[SecondStats]
    history_step_s: int = 1
    budgets: list[BudgetCheck] = Field(default_factory=list)
    errors: dict[str, int] = Field(default_factory=dict)
    stress: StressReport | None = None
    spike: SpikeReport | None = None
    leak: LeakReport | None = None
    server: ServerUsage | None = None
    flamegraph: str | None = None
    plots: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    auth: AuthCounts | None = None

    @property
    def budgets_ok(self) -> bool:
        return all(check.ok for check in self.budgets)
