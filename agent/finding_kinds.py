"""The finding records: one class per kind, each with its typed evidence.

``Finding`` is a union discriminated on ``kind``; where one kind is measured by
several instruments (a latency finding from the load test's budgets, its failures,
the request traces or the scaling probe), its ``detail`` is a union of one evidence
model per instrument, told apart by the fields each one writes.

The wire format is the one the dict-valued ``detail`` had: an evidence record
writes only the fields its producer set, in its declared order, so deliverables,
checkpoints and Claude's prompts read byte for byte as before, and states saved
with dict details load unchanged. Code findings carry a typed ``target`` (path,
line, qualified function); it is not written out (``location`` is its text) and is
read back from ``location`` when a saved record is loaded.

    Finding ─┬─ CpuHotspot     detail: ProfiledCpu | ServiceCpu       target: CodeTarget
             ├─ SecurityCost   detail: DeliberateCost                 target: CodeTarget
             ├─ LibraryCostFinding detail: LibraryUse               (kind "library_cost")
             ├─ Latency        detail: OverBudget | Failing | Traced | Serialised
             ├─ NPlusOne       detail: LoopQuery | Traced
             ├─ SlowSql        detail: SqlRuleHit | Traced             (kind "sql")
             ├─ Index          detail: IndexTrial
             ├─ Payload        detail: Compressible
             ├─ Frontend       detail: AssetFix
             ├─ Memory         detail: Leak
             └─ CacheFinding   detail: Evidence                        (no producer yet)

>>> f = make_finding(id="cpu:quote:shipping_table", kind="cpu_hotspot", title="t", evidence="e",
...                  source="cprofile", location="shop/pricing.py:9",
...                  detail={"benchmark": "quote", "function": "shipping_table", "calls": 6})
>>> type(f).__name__, f.detail.calls, f.target.line, f.target.function
('CpuHotspot', 6, 9, 'shipping_table')
>>> f.model_dump(mode="json")["detail"]
{'benchmark': 'quote', 'function': 'shipping_table', 'calls': 6}
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    TypeAdapter,
    model_serializer,
    model_validator,
)

from perfagent.tools.recipes.base import CodeTarget


class Evidence(BaseModel):
    """A finding's figures. Written out as set: the fields its producer gave, no others."""

    model_config = ConfigDict(extra="forbid")

    @model_serializer(mode="wrap")
    def _as_written(self, handler: Any) -> dict[str, Any]:
        data = handler(self)
        return {k: v for k, v in data.items() if k in self.model_fields_set}


# ---------------------------------------------------------------- evidence, per instrument


class ProfiledCpu(Evidence):
    """A project function's share of a profiled benchmark (agent/findings.cpu_findings)."""

    benchmark: str | None = None
    function: str | None = Field(
        None, description="qualified, as the profiler wrote it (Cls.method)"
    )
    calls: int | None = None
    line: int | None = None  # own-code view only
    chain: str | None = Field(None, description="the library call that took most of its time")
    loop_depth: int | None = Field(
        None, description="the finding is a line this many loops deep (tools.profile.loops)"
    )


class ServiceCpu(Evidence):
    """A project function's share of the server's samples under load, per endpoint view."""

    function: str | None = None
    view: str
    calls_into: list[str] = Field(default_factory=list)
    benchmark: str | None = None
    calls: int | None = None
    loop_depth: int | None = Field(
        None, description="the finding is a line this many loops deep (tools.profile.loops)"
    )


class DeliberateCost(Evidence):
    """Password hashing or key derivation: slow on purpose."""

    deliberate: bool = True
    cpu_pct: float | None = None
    per_call_ms: float | None = None
    advice: str = ""


class LibraryUse(Evidence):
    """Server time a library spends the way the deployment decides: its slow pure-Python
    fallback, or a database connection opened per request (tools/tracing/service_profile)."""

    cost: Literal["slow_implementation", "connect_per_request"]
    library: str
    advice: str = ""
    frame: str = Field("", description="the profile's frame that shows it")


class OverBudget(Evidence):
    """An endpoint's worst budget breach in the baseline load test."""

    percentile: str | None = None
    measured_ms: float | None = None
    budget_ms: float | None = None
    queueing: dict[str, Any] | None = Field(
        None, description="the trace rule's figures when it only queues"
    )


class Failing(Evidence):
    """An endpoint failing at least 1% of its requests under a load test."""

    test: str
    error_rate: float
    failures: int
    errors: dict[int, str] = Field(
        default_factory=dict, description="count → message, most frequent first"
    )


class Serialised(Evidence):
    """The scaling probe's verdict that an endpoint does not scale with concurrency."""

    workers: int | None = None
    cpus: int | None = None
    steps: list[dict[str, Any]] = Field(default_factory=list)


class Traced(Evidence):
    """A per-endpoint diagnosis from the request traces (tools/tracing rules); the rule's
    own figures (``loop_ms``, ``queue_ms``, ...) follow the common fields."""

    model_config = ConfigDict(extra="allow")

    rule: str
    endpoint: str
    suggestion: str = ""
    query: str | None = None
    fingerprint: str | None = None
    trace_ids: list[str] = Field(default_factory=list)
    cost_ms_per_request: float | None = None
    repeats: int | None = None

    def figure(self, name: str) -> Any:
        """One of the rule's own figures, None when the rule does not write it."""
        return (self.model_extra or {}).get(name)


class LoopQuery(Evidence):
    """An N+1 loop found in the query log, with the one query that replaces it."""

    batched_query: str | None = None
    repeats: int | None = None


class SqlRuleHit(Evidence):
    """A slow-query rule (tools/sql/rules) hit by a logged query class."""

    rule: str
    evidence: str = ""
    suggestion: str = ""
    query: str | None = None


class IndexTrial(Evidence):
    """An index the advisor validated on the database."""

    ddl: str | None = None
    query: str | None = None
    table: str | None = None
    cost_before: float | None = None
    cost_after: float | None = None
    time_before_ms: float | None = None
    time_after_ms: float | None = None


class Compressible(Evidence):
    """A large response sent uncompressed, with what compression would send."""

    body_bytes: int | None = None
    gzip_bytes: int | None = None
    brotli_bytes: int | None = None


class AssetFix(Evidence):
    """A frontend asset audit rule's hit."""

    rule: str | None = None
    severity: str | None = None
    saving_bytes: int | None = None
    fix: str | None = None


class Leak(Evidence):
    """A load test's leak verdict on the server's RSS."""

    slope_bytes_per_s: float | None = None
    growth_bytes: int | None = None
    rss_start_bytes: int | None = None


# ---------------------------------------------------------------- evidence unions


def _variant(markers: dict[str, str], default: str):
    """A discriminator: the first variant whose marker field the input has, else ``default``."""

    def pick(value: Any) -> str:
        if isinstance(value, Evidence):
            return type(value).__name__
        keys = value.keys() if isinstance(value, dict) else ()
        return next((tag for key, tag in markers.items() if key in keys), default)

    return Discriminator(pick)


_TRACED = {"trace_ids": "Traced", "endpoint": "Traced"}

CpuEvidence = Annotated[
    Annotated[ProfiledCpu, Tag("ProfiledCpu")] | Annotated[ServiceCpu, Tag("ServiceCpu")],
    _variant({"view": "ServiceCpu"}, "ProfiledCpu"),
]
LatencyEvidence = Annotated[
    Annotated[OverBudget, Tag("OverBudget")]
    | Annotated[Failing, Tag("Failing")]
    | Annotated[Traced, Tag("Traced")]
    | Annotated[Serialised, Tag("Serialised")],
    _variant({**_TRACED, "error_rate": "Failing", "workers": "Serialised"}, "OverBudget"),
]
LoopEvidence = Annotated[
    Annotated[LoopQuery, Tag("LoopQuery")] | Annotated[Traced, Tag("Traced")],
    _variant(_TRACED, "LoopQuery"),
]
SqlEvidence = Annotated[
    Annotated[SqlRuleHit, Tag("SqlRuleHit")] | Annotated[Traced, Tag("Traced")],
    _variant(_TRACED, "SqlRuleHit"),
]


# ---------------------------------------------------------------- findings, per kind


class FindingBase(BaseModel):
    """A measured problem, with the evidence that makes it one."""

    id: str
    kind: str
    title: str
    location: str | None = None
    evidence: str
    impact_share_pct: float | None = Field(
        None, description="measured share of time/bytes this accounts for"
    )
    source: str = Field(description="the instrument that measured it")

    @property
    def benchmark(self) -> str | None:
        """The spec's benchmark that shows this finding's cost, when one does."""
        return None

    @property
    def endpoint(self) -> str | None:
        """The endpoint (``GET /path``) a load test shows this finding on, when one does."""
        return None


class _AtCode(FindingBase):
    """A finding in the target's code: ``target`` is where, ``location`` its text."""

    target: CodeTarget | None = Field(
        None, exclude=True, description="path, line, qualified function"
    )

    @model_validator(mode="after")
    def _located(self) -> _AtCode:
        if (
            self.target is None and self.location
        ):  # a saved record: its location is the target's text
            detail = getattr(self, "detail", None)  # declared by each subclass, with its own type
            self.target = CodeTarget.parse(self.location, getattr(detail, "function", None))
        elif self.target is not None and self.location is None:
            self.location = str(self.target)
        return self


class CpuHotspot(_AtCode):
    kind: Literal["cpu_hotspot"] = "cpu_hotspot"
    detail: CpuEvidence = Field(default_factory=ProfiledCpu)

    @property
    def benchmark(self) -> str | None:
        return self.detail.benchmark


class SecurityCost(_AtCode):
    """Deliberate work (password hashing): capacity advice, never sped up."""

    kind: Literal["security_cost"] = "security_cost"
    detail: DeliberateCost = Field(default_factory=DeliberateCost)


class LibraryCostFinding(FindingBase):
    """An install or a setting, not the project's code: ``location`` is the frame that shows
    it in the profile."""

    kind: Literal["library_cost"] = "library_cost"
    detail: LibraryUse


class Latency(FindingBase):
    kind: Literal["latency"] = "latency"
    detail: LatencyEvidence = Field(default_factory=OverBudget)

    @property
    def endpoint(self) -> str | None:
        return self.location


class NPlusOne(FindingBase):
    """``location`` is the loop's query (a sample of its class)."""

    kind: Literal["n_plus_one"] = "n_plus_one"
    detail: LoopEvidence = Field(default_factory=LoopQuery)

    @property
    def endpoint(self) -> str | None:
        """The traced request's endpoint; a query-log loop knows none. Without it a loop recipe
        edits the first function of the target that loops over a query, wherever the finding
        was (CTFd: the user page's N+1 became an eager load in its admin ``reset``)."""
        return self.detail.endpoint if isinstance(self.detail, Traced) else None


class SlowSql(FindingBase):
    kind: Literal["sql"] = "sql"
    detail: SqlEvidence = Field(default_factory=lambda: SqlRuleHit(rule="unknown"))


class Index(FindingBase):
    kind: Literal["index"] = "index"
    detail: IndexTrial = Field(default_factory=IndexTrial)


class Payload(FindingBase):
    kind: Literal["payload"] = "payload"
    detail: Compressible = Field(default_factory=Compressible)

    @property
    def endpoint(self) -> str | None:
        return self.location


class Frontend(FindingBase):
    """``location`` is the asset's path inside the build folder."""

    kind: Literal["frontend"] = "frontend"
    detail: AssetFix = Field(default_factory=AssetFix)


class Memory(FindingBase):
    kind: Literal["memory"] = "memory"
    detail: Leak = Field(default_factory=Leak)


class CacheFinding(FindingBase):
    kind: Literal["cache"] = "cache"
    detail: Evidence = Field(default_factory=Evidence)


Finding = Annotated[
    CpuHotspot
    | SecurityCost
    | LibraryCostFinding
    | Latency
    | NPlusOne
    | SlowSql
    | Index
    | Payload
    | Frontend
    | Memory
    | CacheFinding,
    Field(discriminator="kind"),
]
Kind = Literal[
    "cpu_hotspot",
    "memory",
    "sql",
    "n_plus_one",
    "index",
    "latency",
    "payload",
    "frontend",
    "cache",
    "security_cost",
    "library_cost",
]

_FINDING: TypeAdapter[Finding] = TypeAdapter(Finding)


def make_finding(**fields: Any) -> Finding:
    """The finding of ``fields["kind"]``, validated (``detail`` may be a dict)."""
    return _FINDING.validate_python(fields)
