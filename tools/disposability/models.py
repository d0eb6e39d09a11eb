"""Result records of the disposability tests: plain pydantic data, JSON both ways.

The per-request ``Timeline`` is what the load driver measured; every other record is
computed from it, from the load balancer's log, from the queue or from the processes.

>>> t = Timeline(started_wall=1.0, ended_wall=2.0, names=["GET /"], start_s=[0.1], end_s=[0.2],
...              status=[200], ok=[True], endpoint=[0])
>>> Timeline.model_validate_json(t.model_dump_json()) == t, t.requests
(True, 1)
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from perfagent.tools.loadtest.results import LoadResult


class Timeline(BaseModel):
    """Every request of one run, in columns; times in seconds since ``started_wall``."""

    started_wall: float
    ended_wall: float
    names: list[str] = Field(default_factory=list, description="endpoint names, by index")
    start_s: list[float] = Field(default_factory=list)
    end_s: list[float] = Field(default_factory=list)
    status: list[int] = Field(default_factory=list, description="HTTP status; 0 when none came")
    ok: list[bool] = Field(default_factory=list)
    endpoint: list[int] = Field(default_factory=list)
    stage_starts_s: list[float] = Field(default_factory=list)
    errors: dict[str, int] = Field(default_factory=dict, description="message -> count")

    @property
    def requests(self) -> int:
        return len(self.end_s)

    @property
    def duration_s(self) -> float:
        return self.ended_wall - self.started_wall


class Marker(BaseModel):
    at_s: float
    label: str


class EventSeries(BaseModel):
    """Throughput and errors in small bins around an event: what the plots draw."""

    bin_s: float
    t_s: list[float]
    ok_per_s: list[float]
    errors_per_s: list[float]
    markers: list[Marker] = Field(default_factory=list)


class LbCounts(BaseModel):
    """What the load balancer's log says about one replica after an event."""

    served: int = 0
    aborted: int = Field(0, description="requests the replica failed or cut (termination state S*)")
    redispatched: int = Field(0, description="requests the balancer retried on another replica")


class ShutdownReport(BaseModel):
    """SIGTERM to one replica mid-load: did its in-flight requests complete?"""

    replica: str
    signal_at_s: float
    drained_first: bool = Field(description="the balancer stopped routing to it before SIGTERM")
    in_flight: int = Field(description="requests on the replica at SIGTERM (the balancer's count)")
    requests: int
    errors_before: int
    dropped: int = Field(description="requests the clients saw fail after SIGTERM")
    lb: LbCounts = Field(default_factory=LbCounts)
    exit_s: float | None = Field(description="SIGTERM to exit; None: it had to be killed")
    exit_code: int | None = None
    ok: bool
    reason: str = ""
    series: EventSeries
    plots: list[str] = Field(default_factory=list)


class StartupReport(BaseModel):
    """A replica started during the load: cold start against the SLA, and its cost."""

    replica: str
    started_at_s: float
    cold_start_s: float | None = Field(description="process start to ready; None: never ready")
    sla_s: float
    serving_after_s: float | None = Field(
        None, description="ready to its first request through the balancer"
    )
    cpu_s: float | None = Field(None, description="CPU the replica used to become ready")
    rss_bytes: int | None = None
    errors: int = 0
    ok: bool
    reason: str = ""
    series: EventSeries | None = None
    plots: list[str] = Field(default_factory=list)


class CrashReport(BaseModel):
    """SIGKILL one replica at peak: the errors, and how long until throughput recovers."""

    replica: str
    killed_at_s: float
    in_flight: int
    errors: int = Field(description="requests the clients saw fail after the kill")
    lb: LbCounts = Field(default_factory=LbCounts)
    baseline_ok_rps: float
    recovery_s: float | None = Field(
        description="kill to throughput back and no errors; None: not in the run"
    )
    observed_s: float = Field(0.0, description="how long the load went on after the kill")
    replacement: StartupReport | None = None
    errors_before: int = 0
    reason: str = ""
    series: EventSeries
    plots: list[str] = Field(default_factory=list)


class AffinityRun(BaseModel):
    affinity: str  # cookie | source | none
    requests: int
    failures: int
    error_rate: float
    by_endpoint: dict[str, float] = Field(
        default_factory=dict, description="error rate per endpoint"
    )
    per_replica: dict[str, int] = Field(
        default_factory=dict, description="requests each replica served"
    )


class StickinessReport(BaseModel):
    """The same load with and without session affinity (Factor VI)."""

    sticky: AffinityRun
    round_robin: AffinityRun
    blocker: bool = Field(description="works only with affinity: a scaling blocker")
    broken_endpoints: list[str] = Field(default_factory=list)
    reason: str


class SweepPoint(BaseModel):
    replicas: int
    rps: float
    p95_ms: float | None
    error_rate: float
    cpu_pct_per_replica: float | None = None
    meets_sla: bool
    why: str = ""


class ScaleTrigger(BaseModel):
    """Where to scale out: the load per replica at the knee, in the units an autoscaler reads."""

    rps_per_replica: float | None = None
    cpu_pct: float | None = Field(None, description="of one core, per replica")
    queue_depth: float | None = None
    lower_bound: bool = Field(
        False, description="the knee was not reached: the replica carries at least this"
    )
    why: str


class ReplicaSweep(BaseModel):
    """The same peak load on 1..N replicas: the fewest that meet the SLA."""

    users: int
    p95_limit_ms: float | None
    max_error_rate: float
    points: list[SweepPoint]
    min_replicas: int | None = Field(description="None: no count tried met the SLA")
    trigger: ScaleTrigger | None = None
    plots: list[str] = Field(default_factory=list)


class RampReport(BaseModel):
    """Web archetype: ramp to peak, sustain; p95 against budget and errors under 0.1%."""

    replicas: int
    users: int
    ramp_s: float
    sustain_s: float
    sustained_p95_ms: float | None
    p95_limit_ms: float | None
    over_budget: list[str] = Field(
        default_factory=list, description="endpoints over their p95 budget"
    )
    error_rate: float
    max_error_rate: float
    ok: bool
    reason: str
    load: LoadResult


class WorkerBacklogReport(BaseModel):
    """Worker archetype: a burst, then a sustained arrival rate; is the queue bounded?"""

    process: str
    replicas: int
    queue: str = Field(description="the kind and the run's key or table")
    queue_kind: str = "redis-list"
    queue_name: str = Field("jobs", description="the spec's name, without the run's namespace")
    burst: int
    rate_per_s: float
    sustain_s: float
    t_s: list[float]
    depth: list[int]
    max_depth: int
    final_depth: int
    growth_per_s: float = Field(
        description="depth trend over the second half of the sustained phase"
    )
    bounded: bool
    enqueued: int
    completed: int
    completion_p50_s: float | None = None
    completion_p95_s: float | None = None
    completion_max_s: float | None = None
    p95_lower_bound: bool = Field(False, description="unfinished jobs counted at their age so far")
    sla_s: float
    sla_ok: bool
    cold_start_s: list[float] = Field(
        default_factory=list, description="each replica: start to its ready line"
    )
    startup_sla_s: float = 10.0
    service_rate_per_s: float | None = Field(
        None, description="most jobs finished in one second, all replicas"
    )
    scale_out_depth: float | None = Field(
        None,
        description="jobs waiting per replica that take half the SLA to clear: "
        "the scale-out trigger",
    )
    reason: str
    plots: list[str] = Field(default_factory=list)


class FailoverReport(BaseModel):
    """Scheduler archetype: kill the leader; a new one within the SLA, nothing run twice."""

    process: str
    replicas: int
    leader_before: str
    killed_at_s: float
    new_leader: str | None
    reelection_s: float | None
    sla_s: float
    runs: int
    duplicate_slots: list[int] = Field(default_factory=list)
    missed_slots: int = 0
    ok: bool
    reason: str


class AdminReport(BaseModel):
    """Admin archetype: a one-off command's time to first output, exit code and audit entry."""

    process: str
    command: str
    exit_code: int | None
    expect_exit: int
    first_output_s: float | None
    wall_s: float
    audit_log: str | None
    audit_entry: bool | None = Field(description="None: the spec names no audit log")
    ok: bool
    reason: str


class WebDisposability(BaseModel):
    replicas: int
    balancer: str
    ramp: RampReport | None = None
    shutdown: ShutdownReport | None = None
    crash: CrashReport | None = None
    startup: StartupReport | None = None
    stickiness: StickinessReport | None = None
    sweep: ReplicaSweep | None = None


class DisposabilityResult(BaseModel):
    """Everything the disposability tests measured, and the bugs they found."""

    web: WebDisposability | None = None
    workers: list[WorkerBacklogReport] = Field(default_factory=list)
    schedulers: list[FailoverReport] = Field(default_factory=list)
    admins: list[AdminReport] = Field(default_factory=list)
    bugs: list[str] = Field(
        default_factory=list, description="cold starts over the SLA and other failures"
    )
    notes: list[str] = Field(default_factory=list)

    @property
    def cold_start_s(self) -> float | None:
        """The web replica's cold start under load, when measured."""
        startup = self.web.startup if self.web else None
        return startup.cold_start_s if startup else None

    @property
    def min_replicas(self) -> int | None:
        sweep = self.web.sweep if self.web else None
        return sweep.min_replicas if sweep else None
