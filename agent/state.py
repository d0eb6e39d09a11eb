"""The engagement's state: what LangGraph checkpoints after every step.

Every figure a deliverable quotes lives here as a tool result; the reasoner's text
never carries numbers of its own. Lists that several steps extend use reducers,
and artifacts are keyed by path, so a step that is re-run after a crash replaces
its own outputs instead of duplicating them.
"""

from __future__ import annotations

import operator
import os
from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from perfagent.agent.effective import EffectivePlan
from perfagent.agent.finding_kinds import Finding, make_finding  # noqa: F401 - one import for the state's records
from perfagent.agent.spec import TargetSpec
from perfagent.tools.bench import BenchResult
from perfagent.tools.bench.history import Drift
from perfagent.tools.cache.models import HitRate
from perfagent.tools.codeedit.models import Edit
from perfagent.tools.disposability.models import DisposabilityResult
from perfagent.tools.frontend import AssetAudit
from perfagent.tools.frontend.models import PageVitals
from perfagent.tools.llm.record import LlmRecord
from perfagent.tools.loadtest import LoadResult
from perfagent.tools.loadtest.compare import MetricChange
from perfagent.tools.loadtest.probe import PayloadProbe
from perfagent.tools.monitoring import MonitoringArtifacts
from perfagent.tools.profile import CpuProfile
from perfagent.tools.sql.models import AdviceReport, AnalysisReport, NPlusOne
from perfagent.tools.tracing.models import TraceReport

Phase = Literal["elaboration", "construction", "testing", "transition"]
# A declared step's name (agent/steps: each step module's STEP); the steps are plugins, so not
# a closed Literal: agent/steps.checked holds them to one name each.
StepName = str


def merge(left: dict, right: dict) -> dict:
    """Reducer for keyed records: later writes to a key replace earlier ones."""
    return {**(left or {}), **(right or {})}


class Settings(BaseModel):
    """Engagement settings, checkpointed with the state so a resume measures alike."""

    bench_samples: int = 10
    profile_rate_hz: int = 100
    report_dir: str = "perf-report"
    # None: not set by a flag or PERFAGENT_LOAD_*; then perfagent.toml [load] decides, then the
    # defaults (agent/effective.py), resolved once when the engagement starts.
    load_users: int | None = Field(None, ge=1)
    load_duration_s: float | None = Field(None, gt=0)
    history_path: str | None = None  # default: ~/.perfagent/history.sqlite (PERFAGENT_HISTORY)
    max_findings: int = 20
    # validate: before and after are loaded in alternating rounds so drift hits both
    validate_rounds: int = 4
    validate_round_s: float = 5.0
    # then a round more at a time while the verdict is inconclusive, up to this many (None:
    # twice validate_rounds), each look spending part of the 5% (tools/loadtest/compare.py)
    validate_max_rounds: int | None = Field(None, ge=1)
    min_effect: float = 0.05  # smallest change a verdict may claim, as a fraction
    vitals_runs: int = 3  # cold loads of the spec's page in Chromium at baseline (medians reported)
    soak_duration_s: float = 30.0  # testing phase; stress and spike shapes come from [load.*]
    # after the baseline load, a traced one: OpenTelemetry injected into the service (tools/tracing)
    trace: bool = True
    trace_duration_s: float | None = None  # the traced load's length (default: load_duration_s)
    scaling_endpoints: int = (
        1  # heaviest traced GET endpoints given a concurrency scaling probe (0: none)
    )
    scaling_step_s: float = 2.0  # load at each concurrency of the scaling probe
    keep_workspace: bool = False  # keep the run's copies of the target after the report
    approve: bool = False  # ask a person before applying each code edit (graph interrupt)
    max_candidates: int = 8  # validated per engagement, best ROI first
    compare_max_s: float = 30.0  # per benchmark comparison of a code candidate
    optimize_budget_s: float = 900.0  # validate time per engagement; the loop stops past it
    llm: Literal["rules", "claude", "replay"] = (
        "rules"  # the reasoner: rules, or Claude (live or cassettes)
    )
    llm_cassettes: str | None = (
        None  # replay reads recorded exchanges here; with llm_record, claude writes them
    )
    llm_record: bool = False
    llm_propose_max: int = (
        2  # CPU hot spots (best ranked first) whose source Claude is asked to edit
    )
    llm_explain: bool = True  # Claude writes the recommendations narrative from the results
    origins: dict[str, str] = Field(
        default_factory=dict, description="field -> the flag or variable that set it"
    )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then ``PERFAGENT_<FIELD>`` variables, then ``overrides`` (flags).

        >>> Settings.from_env({"PERFAGENT_LOAD_USERS": "4"}, bench_samples=3).load_users
        4
        >>> Settings.from_env({"PERFAGENT_LOAD_USERS": "many"})
        Traceback (most recent call last):
        perfagent.tools.errors.InputError: PERFAGENT_LOAD_USERS: Input should be a valid integer,
        unable to parse string as an integer
        """
        from pydantic import ValidationError

        from perfagent.tools.errors import InputError

        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        origins: dict[str, str] = {}
        for name in cls.model_fields:
            key = f"PERFAGENT_{name.upper()}"
            if key in environ and name not in (
                "history_path",
                "origins",
            ):  # PERFAGENT_HISTORY names the store
                values[name] = environ[key]
                origins[name] = key
        given = {k: v for k, v in overrides.items() if v is not None}
        values.update(given)
        origins.update(dict.fromkeys(given, "flag"))
        values["origins"] = origins
        try:
            return cls.model_validate(values)
        except ValidationError as exc:
            err = exc.errors()[0]
            field = str(err["loc"][0])
            source = f"PERFAGENT_{field.upper()}" if field not in overrides else field
            raise InputError(f"{source}: {err['msg']}") from None


class StepRecord(BaseModel):
    step: StepName
    status: Literal["ok", "failed"]
    started_at: str
    duration_s: float
    summary: str = ""


class StepError(BaseModel):
    step: StepName
    kind: str
    message: str


class NamedBench(BaseModel):
    name: str
    result: BenchResult


class NamedProfile(BaseModel):
    name: str
    profile: CpuProfile


class DatabaseReport(BaseModel):
    """What the database step measured: query classes, N+1 loops, validated index advice."""

    url: str
    source: str
    analysis: AnalysisReport
    n_plus_one: list[NPlusOne] = Field(default_factory=list)
    advice: AdviceReport | None = None


class RankedItem(BaseModel):
    """One recommendation: a finding ranked by return on effort, with the reasons shown."""

    finding_id: str
    rank: int
    title: str
    impact_pct: float
    effort: Literal["low", "medium", "high"]
    confidence: float
    roi: float
    expected_gain: str
    reasons: list[str]


class Candidate(BaseModel):
    """A proposed change for one finding. ``change`` is what would be applied: DDL for an
    index, a diff or search/replace blocks for code, a setting for configuration."""

    id: str
    finding_id: str
    kind: Literal["index", "code", "config", "cache"]
    title: str
    change: str
    rationale: str = ""
    needs_code_edit: bool = True
    status: Literal["proposed", "kept", "rejected", "inconclusive", "not_validated"] = "proposed"
    reason: str = ""
    edit: Edit | None = Field(
        None, description="the code edit, when a recipe (or Claude) produced one"
    )
    recipe: str | None = None
    measure: Literal["query", "bench", "load", "bytes", "none"] = (
        "load"  # none: no instrument here can show it
    )
    benchmark: str | None = None  # for measure == "bench": the spec's benchmark that shows the cost
    endpoint: str | None = None  # for measure == "load": the endpoint that shows it
    branch: str | None = None  # where a kept edit is committed (never the user's branch)
    patch: str | None = None  # the exported patch file
    declined: list[str] = Field(
        default_factory=list
    )  # "recipe: why it declined", shown to the user

    @property
    def measurable(self) -> bool:
        """Can validate measure it now: an index (no edit needed) or a concrete edit."""
        return not self.needs_code_edit or (self.edit is not None and self.measure != "none")


class Validation(BaseModel):
    """What a candidate did when measured against the baseline."""

    candidate_id: str
    method: str
    verdict: Literal["faster", "slower", "unchanged", "inconclusive", "failed"]
    kept: bool
    changes: list[MetricChange] = Field(default_factory=list)
    plan_before: str = ""
    plan_after: str = ""
    notes: list[str] = Field(default_factory=list)
    chart: str | None = None
    vitals_before: PageVitals | None = Field(
        None, description="measure == bytes: the page, unchanged"
    )
    vitals_after: PageVitals | None = Field(None, description="measure == bytes: the page, changed")
    cache_hit_rate: HitRate | None = Field(
        None, description="the shared cache over the load rounds"
    )


class Combined(BaseModel):
    """Every kept change on one branch, gated by the target's tests and measured together
    against the unchanged commit: the effect of merging them all."""

    branch: str | None = Field(None, description="None: no branch was left (the gate failed)")
    patch: str | None = None
    candidates: list[str] = Field(default_factory=list, description="ids, in the branch's order")
    skipped: dict[str, str] = Field(default_factory=dict, description="candidate id → why")
    tests: str = Field("", description="what the correctness gate said of the combination")
    method: str = ""
    verdict: Literal["faster", "slower", "unchanged", "inconclusive", "failed"] = "failed"
    changes: list[MetricChange] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class EngagementState(BaseModel):
    run_id: str
    spec: TargetSpec
    phase: Phase = "construction"
    steps: list[StepName] = Field(default_factory=list)
    settings: Settings = Field(default_factory=Settings)
    effective_plan: EffectivePlan = Field(
        default_factory=EffectivePlan, description="settings and their sources"
    )
    benchmarks: Annotated[dict[str, NamedBench], merge] = Field(default_factory=dict)
    load: Annotated[dict[str, LoadResult], merge] = Field(
        default_factory=dict, description="by test type"
    )
    service_startup_s: float | None = None
    combined: Combined | None = Field(
        None, description="the kept changes together on one branch (validate, at the loop's end)"
    )
    tests_before: str | None = Field(
        None,
        description="the target's own tests on the unchanged copy: "
        "'passed', or the sentence saying how they failed",
    )
    cache_hit_rate: HitRate | None = Field(
        None, description="Redis INFO deltas over the baseline load"
    )
    payloads: list[PayloadProbe] = Field(
        default_factory=list, description="one request per endpoint"
    )
    drift: list[Drift] = Field(
        default_factory=list, description="baseline against the previous engagement"
    )
    profiles: Annotated[dict[str, NamedProfile], merge] = Field(default_factory=dict)
    frontend: AssetAudit | None = None
    page_vitals: PageVitals | None = Field(
        None, description="the unchanged page in headless Chromium (baseline)"
    )
    database: DatabaseReport | None = None
    traces: TraceReport | None = Field(
        None, description="request tracing under the baseline load (agent/tracing.py)"
    )
    monitoring: MonitoringArtifacts | None = None
    monitoring_checks: dict[str, bool] = Field(default_factory=dict)
    disposability: DisposabilityResult | None = Field(
        None, description="12-factor tests (testing/transition)"
    )
    findings: list[Finding] = Field(default_factory=list)
    plan: list[RankedItem] = Field(default_factory=list)
    candidates: Annotated[dict[str, Candidate], merge] = Field(default_factory=dict)
    current_candidate: str | None = Field(None, description="the one optimize chose for validate")
    validations: Annotated[dict[str, Validation], merge] = Field(default_factory=dict)
    llm: Annotated[list[LlmRecord], operator.add] = Field(
        default_factory=list, description="Claude, per step"
    )
    artifacts: Annotated[dict[str, str], merge] = Field(default_factory=dict)
    log: Annotated[list[StepRecord], operator.add] = Field(default_factory=list)
    errors: Annotated[list[StepError], operator.add] = Field(default_factory=list)

    @property
    def report_dir(self) -> str:
        return f"{self.settings.report_dir}/{self.run_id}"

    @property
    def validate_spent_s(self) -> float:
        """Seconds spent validating so far (every visit of the step, from the log): what
        ``optimize_budget_s`` is counted against."""
        return sum(r.duration_s for r in self.log if r.step == "validate")


def model_types() -> list[type]:
    """Every pydantic model class the state can hold: the checkpointer's msgpack allow-list."""
    seen: list[type] = []

    def walk(model: type) -> None:
        if model in seen or not (isinstance(model, type) and issubclass(model, BaseModel)):
            return
        seen.append(model)
        for field in model.model_fields.values():
            for candidate in _types_in(field.annotation):
                walk(candidate)

    walk(EngagementState)
    return seen


def _types_in(annotation: Any) -> list[type]:
    from typing import get_args

    found = [annotation] if isinstance(annotation, type) else []
    for arg in get_args(annotation):
        found.extend(_types_in(arg))
    return found
