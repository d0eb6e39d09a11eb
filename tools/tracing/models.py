"""Records of request tracing: what was injected, each request's span tree reduced to what the
rules read (route, server time, statements), and the findings the rules make of them."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from perfagent.tools.tracing.service_profile import ServiceProfile


class SpanRecord(BaseModel):
    """One finished span as the injected exporter wrote it (ids in hex, times in ns)."""

    trace_id: str
    span_id: str
    parent_span_id: str | None = None
    remote_parent: bool = False
    name: str
    kind: str = "INTERNAL"
    start_ns: int
    end_ns: int
    attributes: dict[str, Any] = Field(default_factory=dict)
    status: str = "UNSET"
    pid: int | None = None
    thread: str | None = None

    @property
    def duration_ms(self) -> float:
        return (self.end_ns - self.start_ns) / 1e6


class Statement(BaseModel):
    """A database (or cache) call inside a request."""

    span_id: str
    system: str = Field(description="db.system: sqlite, postgresql, mysql, redis, ...")
    text: str = Field(description="the statement as sent, cut to 20,000 characters")
    fingerprint: str
    operation: str = Field(description="select, insert, update, delete, ... (first keyword)")
    offset_ms: float = Field(description="from the start of the request")
    duration_ms: float
    is_write: bool
    code: str | None = Field(
        None,
        description="path:line of the app's line that ran it (relative to the target's root "
        "when inside it), from the span's code.filepath/code.lineno",
    )
    function: str | None = Field(None, description="the function of that line (code.function)")
    cut: bool = Field(False, description="the statement was longer than 20,000 characters")


class RequestTrace(BaseModel):
    """One request's span tree, reduced: its server span and the statements under it."""

    trace_id: str
    method: str
    route: str = Field(description="the route template (http.route), else the span name")
    path: str | None = None
    status_code: int | None = None
    start_ns: int
    server_ms: float = Field(description="the server span's duration")
    statements: list[Statement] = Field(default_factory=list)
    span_count: int
    pid: int | None = None

    @property
    def endpoint(self) -> str:
        return f"{self.method} {self.route}"

    @property
    def statement_ms(self) -> float:
        return sum(s.duration_ms for s in self.statements)


class InjectionStatus(BaseModel):
    """What the injected sitecustomize reported from one process of the service."""

    pid: int
    python: str
    version: str
    ok: bool
    instrumented: list[str] = Field(default_factory=list)
    skipped: dict[str, str] = Field(default_factory=dict)
    forced: dict[str, str] = Field(
        default_factory=dict, description="applied past its declared version range"
    )
    error: str | None = None


class TraceSet(BaseModel):
    """Everything the tracing of one service run gave back."""

    requests: list[RequestTrace] = Field(default_factory=list)
    processes: list[InjectionStatus] = Field(default_factory=list)
    span_count: int = 0
    note: str | None = Field(None, description="one sentence when tracing gave nothing (and why)")
    otlp_path: str | None = Field(None, description="the spans as OTLP/JSON (Jaeger, Tempo)")

    @property
    def instrumented(self) -> list[str]:
        return sorted({name for p in self.processes for name in p.instrumented})


class TraceFinding(BaseModel):
    """A per-endpoint diagnosis with its trace evidence."""

    rule: str
    endpoint: str
    title: str
    evidence: str
    cost_ms_per_request: float = Field(description="time the pattern costs in one request (median)")
    share_of_server_pct: float = Field(
        description="that cost as a share of the endpoint's server time"
    )
    requests: int = Field(description="traced requests of the endpoint showing it")
    example_trace_ids: list[str] = Field(default_factory=list)
    fingerprint: str | None = None
    sample: str | None = None
    suggestion: str = ""
    detail: dict[str, Any] = Field(default_factory=dict)


class ClientLatency(BaseModel):
    """What the load generator measured for one endpoint (the client's side of the wire)."""

    name: str
    method: str = "GET"
    path: str
    p50_ms: float
    requests: int


class ScalingStep(BaseModel):
    users: int
    throughput_rps: float
    p50_ms: float | None
    efficiency: float = Field(
        description="throughput / (min(users, workers) x throughput at 1 user)"
    )
    answered: int | None = Field(None, description="requests answered without error in the step")
    cpu_pct: float | None = Field(
        None, description="the service's processes, all cores (100 = one core)"
    )
    machine_cpu_pct: float | None = Field(
        None,
        description="every process on the machine, all cores (100 = one core): the load "
        "generator and other work share the cores with the service",
    )
    server_p50_ms: float | None = None
    server_mean_ms: float | None = None
    statement_ms: dict[str, float] = Field(
        default_factory=dict,
        description="fingerprint → mean time per request "
        "(a mean: lock waits are rare and long, a median hides them)",
    )
    writes_per_request: float | None = None


class Transport(BaseModel):
    """One user, one request at a time (nothing can queue): what the client waits beyond the
    server's traced time is transport — the connection, the server's own parsing and writing,
    anything in front of the instrumented request span — on the kept-alive connection real
    clients use, and on a fresh connection per request."""

    keepalive_p50_ms: float
    fresh_p50_ms: float | None = None
    server_p50_ms: float | None = Field(None, description="traced, at 1 user; None untraced")
    gap_ms: float | None = Field(None, description="kept-alive client p50 - server p50")
    connect_ms: float | None = Field(None, description="fresh p50 - kept-alive p50")
    server_closes: bool = Field(
        False, description="the server answered `Connection: close`: every request reconnects"
    )
    requests: int = 0
    fresh_requests: int = 0
    significant: bool = Field(False, description="the gap is large enough to be a finding")
    verdict: str = ""


class ScalingResult(BaseModel):
    endpoint: str
    workers: int
    cpus: int
    steps: list[ScalingStep]
    serialised: bool
    verdict: str
    evidence: list[str] = Field(default_factory=list)
    transport: Transport | None = None


class EndpointTrace(BaseModel):
    """One endpoint's traced requests in figures."""

    endpoint: str
    requests: int
    server_p50_ms: float
    server_p95_ms: float
    busy_share_pct: float = Field(description="its share of all traced server time")
    statements_per_request: float = Field(description="median")
    statement_ms_p50: float = Field(description="median time in statements per request")
    spans_per_request: float
    example_trace_id: str


class TraceReport(BaseModel):
    """What an engagement keeps of the tracing: figures per endpoint, the diagnoses, the file."""

    note: str | None = None
    otlp_path: str | None = None
    span_count: int = 0
    instrumented: list[str] = Field(default_factory=list)
    python: str | None = None
    endpoints: list[EndpointTrace] = Field(default_factory=list)
    findings: list[TraceFinding] = Field(default_factory=list)
    scaling: list[ScalingResult] = Field(default_factory=list)
    service_profile: ServiceProfile | None = Field(
        None, description="py-spy under the load, split per view"
    )
    notes: list[str] = Field(default_factory=list)
