"""The Python API: perfagent from another program, every result a pydantic record.

    >>> from perfagent.api import sdk
    >>> report = sdk.analyze_sql("SELECT * FROM orders WHERE id IN (SELECT order_id FROM items)")
    >>> sorted({f.rule for f in report.classes[0].findings})[:1]
    ['select_star']

Each function is a thin, typed door to one instrument (``tools/``) or to the
engagement (``agent/``), and the only one: the CLI (``api/cli_*.py``), the HTTP API
(``api/server/``), the MCP server (``api/mcp_server.py``) and chat call these same
functions and only translate (DEVELOPERS.md lists which calls which). Bad input raises
:class:`tools.errors.PerfagentError` (``InputError`` and kin) whose ``str`` is one sentence
naming the input at fault. Long calls take
``on_progress``, called with a :class:`Progress` record as they go.
See ``examples/python_api.py`` for a runnable tour.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, get_args

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    ValidationError,
    create_model,
)

from perfagent.agent.metrics import SuccessMetric
from perfagent.agent.state import Phase, Settings
from perfagent.tools.bench import BenchResult, Comparison
from perfagent.tools.errors import InputError, ToolMissingError, validation_sentence
from perfagent.tools.loadtest import LoadResult
from perfagent.tools.loadtest.compare import MetricChange
from perfagent.tools.profile import CpuProfile
from perfagent.tools.sql.models import AdviceReport, AnalysisReport, ExplainReport

if TYPE_CHECKING:
    from perfagent.agent.state import EngagementState
    from perfagent.tools.frontend import AssetAudit
    from perfagent.tools.frontend.budgets import VitalsCheck
    from perfagent.tools.monitoring.models import MonitoringArtifacts, MonitoringSpec, MonitorReport
    from perfagent.tools.review import Review, ReviewSettings

Dialect = Literal["postgres", "mysql", "mariadb", "sqlite"]
DIALECTS: tuple[str, ...] = get_args(Dialect)
PHASES: tuple[str, ...] = get_args(Phase)


class Progress(BaseModel):
    """How far a long call has got: ``done`` rises with every report."""

    done: float
    total: float | None = Field(
        None, description="when known (an engagement with the optimize loop has none)"
    )
    message: str
    step: str | None = Field(None, description="the engagement step this is about")


OnProgress = Callable[[Progress], None]


class EngagementSettings(BaseModel):
    """Settings worth changing from a caller; unset fields come from ``PERFAGENT_<FIELD>`` or the
    defaults of ``agent.state.Settings``."""

    model_config = ConfigDict(extra="forbid")

    bench_samples: int | None = Field(
        None, ge=2, le=200, description="samples per benchmark (default 10)"
    )
    load_users: int | None = Field(
        None, ge=1, le=1000, description="users of the baseline load test (10)"
    )
    load_duration_s: float | None = Field(
        None, gt=0, le=3600, description="seconds of baseline load (10)"
    )
    validate_rounds: int | None = Field(
        None, ge=1, le=50, description="alternating before/after rounds (4)"
    )
    validate_round_s: float | None = Field(None, gt=0, le=600, description="seconds per round (5)")
    validate_max_rounds: int | None = Field(
        None,
        ge=1,
        le=100,
        description="rounds per side at most, added while the verdict is inconclusive "
        "(2 x validate_rounds)",
    )
    max_candidates: int | None = Field(
        None, ge=0, le=100, description="changes validated, best ROI first (8)"
    )
    compare_max_s: float | None = Field(
        None, gt=0, le=3600, description="per benchmark comparison (30)"
    )
    optimize_budget_s: float | None = Field(
        None, gt=0, description="validate time for the whole run (900)"
    )
    min_effect: float | None = Field(
        None, gt=0, lt=1, description="smallest change a verdict may claim (0.05)"
    )
    report_dir: str | None = Field(
        None, description="where perf-report/<run-id>/ goes (perf-report)"
    )
    llm: Literal["rules", "claude", "replay"] | None = Field(
        None,
        description="the reasoner: rules (offline, default) or claude (needs ANTHROPIC_API_KEY)",
    )

    def to_settings(self) -> Settings:
        return Settings.from_env(**self.model_dump(exclude_none=True))


SERVER_SIDE_SETTINGS = frozenset(
    {"report_dir", "history_path", "llm_cassettes", "llm_record", "approve"}
)
"""Settings a remote caller (HTTP) may not choose: files on the server (the server places them),
and approve."""


def _integral(value: Any) -> Any:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _json_typed(annotation: Any) -> Any:
    """JSON Schema's types exactly: an integer may be written 3.0, a boolean is never 0 or "yes"."""
    if annotation is int:
        return Annotated[int, BeforeValidator(_integral), Strict()]
    return annotation


def _remote_settings() -> type[BaseModel]:
    """agent Settings as a remote request: every field optional, typed, unknown names refused."""
    fields: dict[str, Any] = {
        name: (_json_typed(field.annotation) | None, Field(None, description=field.description))
        for name, field in Settings.model_fields.items()
        if name not in SERVER_SIDE_SETTINGS
    }
    return create_model(
        "EngagementSettings", __config__=ConfigDict(extra="forbid", strict=True), **fields
    )


RemoteEngagementSettings = _remote_settings()
"""The settings an HTTP client may send: agent Settings but the server-side ones, JSON-typed."""


class StepOutcome(BaseModel):
    step: str
    status: Literal["ok", "failed"]
    duration_s: float
    summary: str


class BaselineFigure(BaseModel):
    """One benchmark of the baseline, per loop."""

    benchmark: str
    median_s: float
    p95_s: float
    cv: float = Field(description="coefficient of variation of the samples")
    samples: int


class LoadFigure(BaseModel):
    """One load test of the engagement, all endpoints together."""

    kind: str = Field(description="baseline, stress, spike or soak")
    rps: float
    p95_ms: float | None
    p99_ms: float | None
    error_rate: float
    budgets_ok: bool


class ValidationOutcome(BaseModel):
    """A proposed change measured against the unchanged target."""

    candidate: str
    verdict: str
    kept: bool
    branch: str | None = Field(None, description="where a kept code edit is committed")
    changes: list[MetricChange] = Field(
        default_factory=list, description="ratio after/before, 95% CI"
    )


class Recommendation(BaseModel):
    rank: int
    title: str
    roi: float
    effort: str
    expected_gain: str


class DeliverableRef(BaseModel):
    slug: str
    title: str
    page: str = Field(description="the Markdown page (absolute path)")
    data: str | None = Field(None, description="the JSON file with the same numbers")
    uri: str = Field(description="the page as an MCP resource")


class EngagementResult(BaseModel):
    """The headline of an engagement; every figure in it comes from an instrument's result."""

    run_id: str
    target: str
    phase: str
    report_dir: str
    index: str = Field(description="the report's index.md (absolute path)")
    steps: list[StepOutcome]
    baseline: list[BaselineFigure] = Field(default_factory=list)
    load: list[LoadFigure] = Field(default_factory=list)
    success_metrics: list[SuccessMetric] = Field(default_factory=list)
    recommendations: list[Recommendation] = Field(
        default_factory=list, description="best ROI first"
    )
    validations: list[ValidationOutcome] = Field(default_factory=list)
    deliverables: list[DeliverableRef] = Field(default_factory=list)
    errors: list[str] = Field(
        default_factory=list, description="what could not be measured, and why"
    )


def resource_uri(run_id: str, relative: str) -> str:
    """The MCP resource URI of a file of an engagement's report.

    >>> resource_uri("shop-1", "4-recommendations/README.md")
    'perfagent://engagements/shop-1/4-recommendations/README.md'
    """
    return f"perfagent://engagements/{run_id}/{relative}"


def deliverable_slugs() -> list[str]:
    """The folders of a report's deliverables, in order (``1-profiling`` …)."""
    from perfagent.agent.deliverables import DELIVERABLES

    return [slug for slug, _ in DELIVERABLES]


def deliverable_files(report_dir: str | Path) -> list[tuple[str, str, Path, Path | None]]:
    """(slug, title, page, data) of each deliverable folder the report has."""
    from perfagent.agent.deliverables import DELIVERABLES

    root = Path(report_dir)
    found = []
    for slug, title in DELIVERABLES:
        page = root / slug / "README.md"
        if page.is_file():
            data = root / slug / f"{slug.split('-', 1)[1]}.json"
            found.append((slug, title, page.resolve(), data.resolve() if data.is_file() else None))
    return found


def engagement_result(state: EngagementState) -> EngagementResult:
    """The headline figures and artifact paths of a finished (or paused) engagement."""
    from perfagent.agent.metrics import success_metrics

    report = Path(state.report_dir).resolve()
    return EngagementResult(
        run_id=state.run_id,
        target=state.spec.name,
        phase=state.phase,
        report_dir=str(report),
        index=str(report / "index.md"),
        steps=[
            StepOutcome(
                step=r.step, status=r.status, duration_s=round(r.duration_s, 3), summary=r.summary
            )
            for r in state.log
        ],
        baseline=[
            BaselineFigure(
                benchmark=name,
                median_s=b.result.summary.median,
                p95_s=b.result.summary.p95,
                cv=b.result.summary.cv,
                samples=b.result.summary.n,
            )
            for name, b in state.benchmarks.items()
        ],
        load=[
            LoadFigure(
                kind=kind,
                rps=r.aggregate.rps,
                p95_ms=r.aggregate.p95_ms,
                p99_ms=r.aggregate.p99_ms,
                error_rate=r.aggregate.error_rate,
                budgets_ok=r.budgets_ok,
            )
            for kind, r in state.load.items()
        ],
        success_metrics=success_metrics(state),
        recommendations=[
            Recommendation(
                rank=i.rank,
                title=i.title,
                roi=i.roi,
                effort=i.effort,
                expected_gain=i.expected_gain,
            )
            for i in state.plan[:10]
        ],
        validations=[
            ValidationOutcome(
                candidate=state.candidates[cid].title if cid in state.candidates else cid,
                verdict=v.verdict,
                kept=v.kept,
                changes=v.changes,
                branch=state.candidates[cid].branch if cid in state.candidates else None,
            )
            for cid, v in state.validations.items()
        ],
        deliverables=[
            DeliverableRef(
                slug=slug,
                title=title,
                page=str(page),
                data=str(data) if data else None,
                uri=resource_uri(state.run_id, f"{slug}/README.md"),
            )
            for slug, title, page, data in deliverable_files(report)
        ],
        errors=[f"{e.step}: {e.message}" for e in state.errors],
    )


class _StepEvents:
    """Engagement events (``run``, ``started``, ``finished``, ``waiting``) as Progress records."""

    def __init__(self, sink: OnProgress) -> None:
        self.sink, self.done, self.total = sink, 0, None

    def __call__(self, event: dict) -> None:
        kind, step = event.get("event"), event.get("step")
        if kind == "run":
            steps = event["steps"]
            self.total = (
                None if "optimize" in steps else 2 * len(steps)
            )  # optimize ⇄ validate loops
            message = f"engagement {event['run_id']}: {' → '.join(steps)}"
        elif kind == "started":
            message = f"{step} started"
        elif kind == "finished":
            message = f"{step} {event['status']} in {event['duration_s']:.1f} s: {event['summary']}"
        elif kind == "waiting":
            message = f"waiting for a decision on: {event['question'].get('title')}"
        else:
            return
        if kind != "run":
            self.done += 1
        self.sink(Progress(done=self.done, total=self.total, message=message, step=step))


def check_target(target: str | Path) -> Path:
    """``target`` as a path, refused in one sentence when nothing is there (every way in checks it
    before an engagement is started or queued).

    >>> check_target("/nonexistent/shop")
    Traceback (most recent call last):
    perfagent.tools.errors.InputError: the target '/nonexistent/shop' does not exist
    """
    try:
        found = Path(target).exists()
    except (OSError, ValueError):  # a name too long for the file system, a NUL
        found = False
    if not found:
        raise InputError(f"the target {str(target)!r} does not exist")
    return Path(target)


def check_phase(phase: str) -> Phase:
    """``phase`` if it names one, else one sentence listing them.

    >>> check_phase("testing")
    'testing'
    >>> check_phase("qa")
    Traceback (most recent call last):
    perfagent.tools.errors.InputError: unknown phase 'qa': choose one of elaboration, construction,
    testing, transition
    """
    if phase not in PHASES:
        raise InputError(f"unknown phase {phase!r}: choose one of {', '.join(PHASES)}")
    return phase  # type: ignore[return-value]


def engagement_settings(
    settings: Settings | EngagementSettings | dict | None,
    *,
    model: type[BaseModel] | None = None,
    **fixed: object,
) -> Settings:
    """Engagement settings from what a caller gave: a dict is checked against ``model``
    (:class:`EngagementSettings` unless a way in accepts more), unset fields come from
    ``PERFAGENT_<FIELD>``; ``fixed`` are the values the way in decides itself."""
    if isinstance(settings, dict):
        try:
            settings = (model or EngagementSettings).model_validate(settings, strict=False)
        except ValidationError as exc:
            raise InputError(validation_sentence("settings", exc)) from None
    if isinstance(settings, Settings):
        return settings.model_copy(update=fixed) if fixed else settings
    values = settings.model_dump(exclude_none=True) if settings is not None else {}
    return Settings.from_env(**{**values, **fixed})


def start_engagement(
    target: str | Path,
    *,
    phase: str = "construction",
    settings: Settings | EngagementSettings | dict | None = None,
    budgets: str | Path | None = None,
    checkpoint: str | None = None,
    run_id: str | None = None,
    on_event: Callable[[dict], None] | None = None,
) -> EngagementState:
    """Start an engagement and drive it until it ends or waits on a decision; its whole state.

    ``on_event`` receives the raw step events (``run``, ``started``, ``finished``, ``waiting``).
    """
    from perfagent.agent.engagement import start

    settings = engagement_settings(settings)
    check_target(target)
    return start(
        target,
        phase=check_phase(phase),
        budgets=budgets,
        settings=settings,
        checkpoint_url=checkpoint,
        run_id=run_id,
        on_event=on_event,
    )


def resume_engagement(
    run_id: str, *, checkpoint: str | None = None, on_event: Callable[[dict], None] | None = None
) -> EngagementState:
    """Continue ``run_id`` from its last checkpoint (after a crash or a kill)."""
    from perfagent.agent.engagement import resume

    return resume(run_id, checkpoint_url=checkpoint, on_event=on_event)


def decide_engagement(
    run_id: str,
    approve: bool,
    *,
    reason: str = "",
    checkpoint: str | None = None,
    on_event: Callable[[dict], None] | None = None,
) -> EngagementState:
    """Answer the edit a paused engagement waits on (approve: apply and measure it), and go on."""
    from perfagent.agent.engagement import decide

    return decide(run_id, approve, reason=reason, checkpoint_url=checkpoint, on_event=on_event)


def load_engagement(run_id: str, *, checkpoint: str | None = None) -> EngagementState:
    """The checkpointed state of ``run_id``."""
    from perfagent.agent.engagement import load

    return load(run_id, checkpoint_url=checkpoint)


def pending_decisions(run_id: str, *, checkpoint: str | None = None) -> list[dict]:
    """The questions ``run_id`` waits on (empty when it does not wait)."""
    from perfagent.agent.engagement import pending

    return pending(run_id, checkpoint_url=checkpoint)


def new_run_id(name: str) -> str:
    """A fresh, readable run id for a target called ``name``."""
    from perfagent.agent.engagement import new_run_id as make

    return make(name)


def run_engagement(
    target: str | Path,
    *,
    phase: Phase = "construction",
    settings: Settings | EngagementSettings | dict | None = None,
    budgets: str | Path | None = None,
    checkpoint: str | None = None,
    on_progress: OnProgress | None = None,
) -> EngagementResult:
    """Run an engagement on ``target`` (a folder with perfagent.toml) and write its report.

    The target runs in a private copy; kept code edits are committed on
    ``perfagent/<run-id>/…`` branches of its repository, never on yours. ``settings``
    may be a dict of :class:`EngagementSettings` fields.
    """
    state = start_engagement(
        target,
        phase=phase,
        settings=settings,
        budgets=budgets,
        checkpoint=checkpoint,
        on_event=_StepEvents(on_progress) if on_progress else None,
    )
    return engagement_result(state)


def review_models() -> tuple[type[Review], type[ReviewSettings]]:
    """(Review, ReviewSettings) when tools.review can be imported; ImportError otherwise."""
    from perfagent.tools.review import Review, ReviewSettings

    return Review, ReviewSettings


def review_settings(
    values: ReviewSettings | dict | None = None, **defaults: object
) -> ReviewSettings:
    """Review settings from a dict (``defaults`` under it), checked: a bad one is one sentence."""
    from perfagent.tools.review import ReviewSettings

    if isinstance(values, ReviewSettings):
        return values
    try:
        return ReviewSettings.model_validate({**defaults, **(values or {})})
    except ValidationError as exc:
        raise InputError(validation_sentence("review settings", exc)) from None


def review_change(
    repository: str | Path,
    base: str,
    head: str,
    *,
    out_dir: str | Path | None = None,
    settings: ReviewSettings | dict | None = None,
    on_progress: OnProgress | None = None,
) -> Review:
    """Review the change ``base..head`` of a repository: its benchmarks measured on both sides,
    interleaved, and the performance risks its diff adds. ``out_dir`` defaults to
    ``perf-report/review/<time>``; nothing in the repository's working tree is touched."""
    try:
        from perfagent.tools.review import review_change as run_review
    except ImportError as exc:
        raise ToolMissingError(
            f"review_change needs tools.review, which cannot be imported: {exc}"
        ) from None
    checked = review_settings(settings)
    folder = (
        Path(out_dir)
        if out_dir
        else Path("perf-report") / "review" / time.strftime("%Y%m%d-%H%M%S")
    ).resolve()
    count = iter(range(1, 1_000_000))

    def progress(message: object) -> None:
        if on_progress:
            on_progress(Progress(done=next(count), message=str(message)))

    return run_review(
        str(repository), base, head, out_dir=folder, settings=checked, progress=progress
    )


class NoQueryError(InputError):
    """No query of the input could be analysed; ``report`` still says what was read and what
    failed."""

    def __init__(self, message: str, report: AnalysisReport) -> None:
        super().__init__(message)
        self.report = report


def check_dialect(dialect: str) -> Dialect:
    """``dialect`` if perfagent reads it, else one sentence naming the ones it reads.

    >>> check_dialect("oracle")
    Traceback (most recent call last):
    perfagent.tools.errors.InputError: unknown SQL dialect 'oracle': choose one of postgres, mysql,
    mariadb, sqlite
    """
    if dialect not in DIALECTS:
        raise InputError(f"unknown SQL dialect {dialect!r}: choose one of {', '.join(DIALECTS)}")
    return dialect  # type: ignore[return-value]


def analyze_sql(
    sql: str | None = None,
    *,
    path: str | Path | None = None,
    dialect: Dialect = "postgres",
    database: str | None = None,
) -> AnalysisReport:
    """Query classes, anti-patterns and N+1 loops of SQL text or a query log (``path``; ``-`` is
    standard input).

    With ``database`` (a URL) table sizes are read from it and its dialect is used. Input with no
    statement, or none that parses, raises :class:`NoQueryError` (its ``report`` shows why).
    """
    from perfagent.tools.sql.analyze import analyze_entries, analyze_with_database
    from perfagent.tools.sql.nplusone import detect_n_plus_one
    from perfagent.tools.sql.sources import read_log_text, read_source

    check_dialect(dialect)
    if (sql is None) == (path is None):
        raise InputError(
            "give either SQL text or the path of a .sql file or query log, not both or neither"
        )
    if path is not None:
        source, entries = read_source(str(path))
    else:
        source, entries = "<sql>", read_log_text(sql, name="<sql>")
    if not entries:
        raise NoQueryError(
            f"{source} holds no SQL statement", analyze_entries([], dialect=dialect, source=source)
        )
    if database:
        from perfagent.tools.sql.db import connect

        with connect(database) as db:
            report = analyze_with_database(entries, db, source=source)
            dialect = db.dialect
    else:
        report = analyze_entries(entries, dialect=dialect, source=source)
    report.n_plus_one = detect_n_plus_one(entries, dialect=dialect)
    if not report.classes:
        raise NoQueryError(
            f"no query in {source} could be parsed ({report.queries} read, "
            f"{len(report.errors)} parse error(s))",
            report,
        )
    return report


def explain_query(
    query: str, *, database: str, analyze: bool = False, timeout_ms: int = 30_000
) -> ExplainReport:
    """EXPLAIN one read-only SELECT/WITH on ``database`` (``analyze``: run it, rolled back) with
    plan insights."""
    from perfagent.tools.sql.analyze import analyze_query
    from perfagent.tools.sql.db import connect
    from perfagent.tools.sql.insights import check_plan

    if not query or not query.strip():
        raise InputError("give the query to explain: one SELECT or WITH statement")
    if not database:
        raise InputError(
            "give the database to explain the query on, e.g. postgresql://user@host/db"
        )
    with connect(database, timeout_ms=timeout_ms) as db:
        plan = db.explain(query, analyze=analyze)
        findings = check_plan(plan) + analyze_query(query, db.dialect)
        return ExplainReport(database=db.safe_url, query=query, plan=plan, findings=findings)


def explain_plan(path: str | Path) -> ExplainReport:
    """Plan insights of a pasted plan file (JSON or PostgreSQL text), no database needed."""
    from perfagent.tools.sql.insights import check_plan
    from perfagent.tools.sql.plans.text import parse_plan

    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read plan file {path}: {exc.strerror}") from None
    plan = parse_plan(text)
    return ExplainReport(database="pasted plan", plan=plan, findings=check_plan(plan))


def advise_indexes(
    queries: list[str] | None = None,
    *,
    database: str,
    timeout_ms: int = 30_000,
    log: str | Path | None = None,
    pg_stat_statements: bool = False,
    performance_schema: bool = False,
    top: int = 20,
    workers: int | None = None,
    instances: int = 1,
    db_cores: int | None = None,
) -> AdviceReport:
    """Candidate indexes for ``queries``, each tried on the database (hypopg, a rolled-back
    transaction, or a copy for SQLite) and recommended only when the plan gets cheaper.

    More queries may come from a query ``log`` or the server's statistics (the ``top`` of each);
    ``workers`` (the service's processes per instance) adds connection pool advice.
    """
    from perfagent.tools.sql.advisor import advise
    from perfagent.tools.sql.db import connect

    wanted = bool(queries) or log is not None or pg_stat_statements or performance_schema
    if not wanted and workers is None:
        raise InputError("give at least one query to advise indexes for")
    with connect(database, timeout_ms=timeout_ms) as db:
        found = list(queries or []) + _server_queries(
            db, log, pg_stat_statements, performance_schema, top
        )
        if not found and workers is None:
            raise InputError(
                "nothing to advise on: the log and the server's statistics hold no query"
            )
        report = advise(db, found)
        if workers is not None:
            _pool_advice(db, report, workers, instances, db_cores)
        return report


def _server_queries(db, log, pg_stat: bool, performance_schema: bool, top: int) -> list[str]:
    """The top queries of a query log, pg_stat_statements and performance_schema, as asked."""
    from perfagent.tools.sql.analyze import analyze_entries
    from perfagent.tools.sql.sources import (
        performance_schema_digests,
        pg_stat_statements,
        read_source,
    )

    queries = []
    if log is not None:
        name, entries = read_source(str(log))
        queries += [
            c.sample
            for c in analyze_entries(entries, dialect=db.dialect, source=name).classes[:top]
        ]
    if pg_stat:
        queries += [e.sql for e in pg_stat_statements(db, top=top)]
    if performance_schema:
        queries += [e.sql for e in performance_schema_digests(db, top=top)]
    return queries


def _pool_advice(
    db, report: AdviceReport, workers: int, instances: int, db_cores: int | None
) -> None:
    """Connection pool sizes for ``workers`` x ``instances`` against the database's limit, into
    ``report``."""
    from perfagent.tools.sql.models import PoolFacts
    from perfagent.tools.sql.pool import pool_advice

    facts = db.pool_facts()
    if not facts:
        report.notes.append(f"{db.flavor} has no connection limit to size a pool against")
        return
    cores = db_cores or os.cpu_count() or 1
    local = db.url.scheme == "sqlite" or db.url.host in ("127.0.0.1", "localhost", "::1")
    if db_cores is None and not local:
        report.notes.append(
            f"the database server's cores are unknown; assumed {cores} (this machine's) "
            "- pass --db-cores for a remote server"
        )
    report.pool = pool_advice(
        PoolFacts(db_cores=cores, app_workers=workers, app_instances=instances, **facts)
    )


CompareMode = Literal["time", "instructions", "auto"]


def _sample_progress(on_progress: OnProgress | None, unit: str) -> Callable[[int, int, str], None]:
    def progress(done: int, total: int, _label: str) -> None:
        if on_progress:
            on_progress(Progress(done=done, total=total, message=f"{done} of {total} {unit}"))

    return progress


def run_benchmark(
    target: str,
    *,
    cwd: str | Path | None = None,
    samples: int = 20,
    warmups: int = 1,
    min_sample_s: float = 0.1,
    timeout_s: float = 120.0,
    on_progress: OnProgress | None = None,
) -> BenchResult:
    """Benchmark a shell command or ``module:function``: fresh processes, warm-ups, calibrated
    loops."""
    from perfagent.tools.bench import BenchSpec
    from perfagent.tools.bench import run_benchmark as run

    spec = BenchSpec.parse(target, cwd=str(cwd) if cwd else None, timeout_s=timeout_s)
    return run(
        spec,
        samples=samples,
        warmups=warmups,
        min_sample_s=min_sample_s,
        progress=_sample_progress(on_progress, "samples"),
    )


def compare_benchmarks(
    a: str,
    b: str,
    *,
    cwd: str | Path | None = None,
    mode: CompareMode = "time",
    samples: int | None = None,
    max_samples: int | None = None,
    min_effect: float | None = None,
    min_sample_s: float = 0.1,
    max_time_s: float = 60.0,
    timeout_s: float = 120.0,
    env: dict[str, str] | None = None,
    python: str | None = None,
    metric: str | None = None,
    on_progress: OnProgress | None = None,
) -> Comparison:
    """Is B faster than A? Both (shell commands or ``module:function``) run interleaved in fresh
    processes; the verdict is faster/slower/unchanged/inconclusive from the ratio of medians' 95%
    CI. ``metric`` (a regex) reads the figure a command prints instead of timing it."""
    from perfagent.tools.bench import BenchSpec, compare

    folder = str(cwd) if cwd else None
    spec_a, spec_b = (
        BenchSpec.parse(
            t, cwd=folder, timeout_s=timeout_s, env=dict(env or {}), python=python, metric=metric
        )
        for t in (a, b)
    )
    return compare(
        spec_a,
        spec_b,
        mode=check_mode(mode),
        samples=samples,
        max_samples=max_samples,
        min_effect=min_effect,
        min_sample_s=min_sample_s,
        max_time_s=max_time_s,
        progress=_sample_progress(on_progress, "sample pairs"),
    )


def compare_refs(
    repository: str | Path,
    base: str,
    head: str,
    command: str,
    *,
    mode: CompareMode = "time",
    samples: int | None = None,
    max_samples: int | None = None,
    min_effect: float | None = None,
    min_sample_s: float = 0.1,
    max_time_s: float = 60.0,
    timeout_s: float = 120.0,
    env: dict[str, str] | None = None,
    python: str | None = None,
    metric: str | None = None,
    setup: str | None = None,
    user_pythonpath: str = "",
    invoked_from: str | Path | None = None,
    on_progress: OnProgress | None = None,
) -> Comparison:
    """Is ``head`` faster than ``base``? ``command`` runs in a worktree of each ref, interleaved
    (``setup`` builds a venv in each first); the repository's working tree is never touched."""
    from perfagent.tools.bench import BenchSpec
    from perfagent.tools.bench import compare_refs as run

    spec = BenchSpec.parse(command, timeout_s=timeout_s, metric=metric)
    return run(
        Path(repository),
        base,
        head,
        spec,
        python=python,
        setup=setup,
        env=dict(env or {}),
        user_pythonpath=user_pythonpath,
        invoked_from=Path(invoked_from) if invoked_from else Path.cwd(),
        mode=check_mode(mode),
        samples=samples,
        max_samples=max_samples,
        min_effect=min_effect,
        min_sample_s=min_sample_s,
        max_time_s=max_time_s,
        progress=_sample_progress(on_progress, "sample pairs"),
    ).comparison


def check_mode(mode: str) -> CompareMode:
    """``mode`` if a comparison can measure it.

    >>> check_mode("cycles")
    Traceback (most recent call last):
    perfagent.tools.errors.InputError: mode must be time, instructions or auto, not 'cycles'
    """
    if mode not in get_args(CompareMode):
        raise InputError(f"mode must be time, instructions or auto, not {mode!r}")
    return mode  # type: ignore[return-value]


def profile(
    command: str | list[str] | None = None,
    *,
    pid: int | None = None,
    callable: str | None = None,
    out_dir: str | Path = "perfagent-profile",
    cwd: str | Path | None = None,
    rate_hz: int = 100,
    duration_s: float = 10.0,
    timeout_s: float = 600.0,
    blocking: bool = False,
    min_samples: int = 0,
    max_runs: int = 1,
) -> CpuProfile:
    """Where CPU time goes: a shell command (or argv) sampled by py-spy, a running ``pid`` for
    ``duration_s``, or a ``callable`` (``module:function``) under cProfile; exactly one of them.

    Writes the flamegraph SVG, speedscope JSON and collapsed stacks to ``out_dir``. The caller's
    PYTHONPATH and VIRTUAL_ENV reach the target (it is their own code); the rest is scrubbed.
    """
    from perfagent.tools.profile.models import prepare_out_dir

    modes = [
        name
        for name, given in (
            ("a command", bool(command)),
            ("--pid", pid is not None),
            ("--callable", callable is not None),
        )
        if given
    ]
    if not modes:
        raise InputError(
            "nothing to profile: give a command after `--`, --pid PID, "
            "or --callable module:function"
        )
    if len(modes) > 1:
        raise InputError(
            f"give only one of a command, --pid or --callable, not {' and '.join(modes)}"
        )
    folder = prepare_out_dir(Path(out_dir))
    if pid is not None:
        from perfagent.tools.profile import record_pid

        return record_pid(
            pid,
            duration_s=duration_s,
            out_dir=folder,
            rate_hz=rate_hz,
            nonblocking=not blocking,
            resource_interval_s=0.5,
        )
    from perfagent.tools.sandbox import scrubbed_env

    env = scrubbed_env({k: os.environ[k] for k in ("PYTHONPATH", "VIRTUAL_ENV") if k in os.environ})
    if callable is not None:
        from perfagent.tools.profile import profile_callable

        return profile_callable(
            callable, out_dir=folder, timeout_s=timeout_s, cwd=str(cwd or os.getcwd()), env=env
        )
    from perfagent.tools.profile import record_command

    return record_command(
        command,
        out_dir=folder,
        rate_hz=rate_hz,
        timeout_s=timeout_s,
        cwd=cwd,
        env=env,
        nonblocking=not blocking,
        resource_interval_s=0.5,
        min_samples=min_samples,
        max_runs=max_runs,
    )


def profile_command(
    target: str,
    *,
    out_dir: str | Path = "perfagent-profile",
    cwd: str | Path | None = None,
    rate_hz: int = 100,
    timeout_s: float = 600.0,
    top: int = 20,
) -> CpuProfile:
    """Where CPU time goes: a shell command sampled by py-spy, or ``module:function`` under
    cProfile.

    Writes the flamegraph SVG, speedscope JSON and collapsed stacks to ``out_dir``; the
    record keeps the ``top`` hot spots by self time.
    """
    from perfagent.tools.bench import BenchSpec

    spec = BenchSpec.parse(target)
    found = profile(
        None if spec.callable else target,
        callable=spec.callable,
        out_dir=Path(out_dir).resolve(),
        cwd=cwd,
        rate_hz=rate_hz,
        timeout_s=timeout_s,
    )
    return found.model_copy(update={"hotspots": found.top(top)})


def load_test(
    host: str,
    paths: list[str],
    *,
    users: int = 10,
    spawn_rate: float = 10.0,
    duration_s: float = 10.0,
    out_dir: str | Path | None = None,
    on_progress: OnProgress | None = None,
) -> LoadResult:
    """A steady Locust load test of a running service on loopback: percentiles, throughput,
    errors."""
    if not paths:
        raise InputError("give at least one endpoint path to request, e.g. /api/items")
    plan_total: list[float] = []

    def tick(t) -> None:
        if on_progress:
            on_progress(
                Progress(
                    done=round(t.t_s, 1),
                    total=plan_total[0] if plan_total else None,
                    message=f"{t.users} users, {t.rps:.0f} requests/s, {t.total_requests} requests",
                )
            )

    return run_load_test(
        "run",
        host=host,
        paths=paths,
        users=users,
        spawn_rate=spawn_rate,
        duration_s=duration_s,
        out_dir=out_dir,
        on_plan=lambda plan: plan_total.append(plan.total_duration_s),
        on_tick=tick,
        source="load_test",
    )


LoadKind = Literal["run", "stress", "spike", "soak"]


def run_load_test(
    kind: LoadKind = "run",
    *,
    spec: str | Path | None = None,
    host: str | None = None,
    paths: list[str] | None = None,
    users: int | None = None,
    spawn_rate: float | None = None,
    duration_s: float | None = None,
    workers: int | None = None,
    shape: dict | None = None,
    allow_hosts: list[str] | None = None,
    remote_workers: int | None = None,
    master_listen: str | None = None,
    out_dir: str | Path | None = None,
    server_pid: int | None = None,
    profile: bool = False,
    on_tick: Callable | None = None,
    on_plan: Callable | None = None,
    on_service: Callable | None = None,
    source: str = "the command line",
) -> LoadResult:
    """A load test of ``kind`` (run, stress, spike or soak) on ``host``, or on the service the spec
    (perfagent.toml ``[service]``) starts: percentiles, throughput, errors, budgets.

    With ``out_dir`` result.json, plots and the locustfile are written there. ``paths`` replace
    the spec's endpoints, ``shape`` overrides the kind's section (start_users, …); ``on_plan``
    receives the plan before the load starts, ``on_service`` the start command and the running
    service, ``on_tick`` every second's figures.
    """
    from perfagent.tools.loadtest import Service, run_load

    loaded = _load_spec(kind, spec, paths, shape, source)
    overrides = {
        "users": users,
        "spawn_rate": spawn_rate,
        "duration_s": duration_s,
        "workers": workers,
        **_distributed(loaded, allow_hosts, remote_workers, master_listen),
    }
    start = loaded.service.start

    def go(base_url: str, pid: int | None) -> LoadResult:
        plan = loaded.plan(kind, host=base_url, **overrides)
        if on_plan:
            on_plan(plan)
        return run_load(plan, server_pid=pid, out_dir=out_dir, on_tick=on_tick, profile=profile)

    if host or not start:
        return go(host, server_pid)  # type: ignore[arg-type]
    cwd = (Path(spec).resolve().parent if spec else Path.cwd()) / (loaded.service.cwd or ".")
    if not cwd.is_dir():
        raise InputError(f"{loaded.source}: service.cwd {cwd} is not a folder")
    with Service(start, ready=loaded.service.ready, cwd=cwd) as svc:
        if on_service:
            on_service(start, svc)
        return go(svc.base_url, svc.pid)


def _load_spec(kind: str, spec, paths, shape, source: str):
    """The load spec (from a file, or empty) with ``paths`` and the ``shape`` overrides applied."""
    from perfagent.tools.spec import LoadSpec, ServiceSection, load_spec

    loaded = load_spec(spec) if spec else LoadSpec(source=source)
    if paths:
        try:
            loaded.service = ServiceSection.model_validate(
                {
                    **loaded.service.model_dump(exclude={"endpoints"}),
                    "endpoint": [{"path": p} for p in paths],
                }
            )
        except ValidationError as exc:
            raise InputError(
                validation_sentence(source, exc, rename={"endpoint": "paths"})
            ) from None
    if shape:
        section = getattr(loaded.load, kind)
        setattr(
            loaded.load,
            kind,
            section.model_validate(
                {**section.model_dump(), **{k: v for k, v in shape.items() if v is not None}}
            ),
        )
    return loaded


def _distributed(loaded, allow_host, remote_workers, master_listen) -> dict:
    """Plan overrides for allowed hosts, remote workers and the master's address.

    Hosts allowed in the spec or by the caller extend loopback, never replace it.
    """
    from perfagent.tools.loadtest.runner import parse_master
    from perfagent.tools.loadtest.safety import extend_allow

    extra: dict = {"remote_workers": remote_workers}
    if allow_host or loaded.load.allow_hosts:
        extra["allow_hosts"] = extend_allow(loaded.load.allow_hosts or (), allow_host or ())
    if master_listen:
        extra["master_bind_host"], extra["master_port"] = parse_master(master_listen)
    return extra


def join_load_master(
    master: str, *, allow_hosts: list[str] | None = None, timeout_s: float = 300.0
) -> None:
    """Serve as a Locust worker of the master at ``master`` (HOST:PORT) for one run; only hosts on
    this worker's own allow-list (loopback plus ``allow_hosts``) are loaded."""
    from perfagent.tools.loadtest.runner import join_master

    join_master(master, load_allow_list(allow_hosts), timeout_s=timeout_s)


def load_allow_list(allow_hosts: list[str] | None = None) -> tuple[str, ...]:
    """Loopback plus ``allow_hosts``: where load may go."""
    from perfagent.tools.loadtest.safety import extend_allow

    return tuple(extend_allow((), allow_hosts or ()))


def audit_frontend(target: str | Path, *, budget: str | int | None = None) -> AssetAudit:
    """Sizes (raw/gzip/brotli), minification, hashed names, compression and cache headers of a
    build folder, or of the assets a page on a local server (``http://…``) sends. ``budget`` is
    the JS + CSS budget, brotli-compressed (``250kb`` or bytes)."""
    from perfagent.tools.frontend import audit_build, audit_site
    from perfagent.tools.spec.budgets import size_bytes

    try:
        budget_bytes = size_bytes(budget) if budget else None
    except ValueError as exc:
        raise InputError(f"--budget: {exc}") from None
    if str(target).startswith(("http://", "https://")):
        return audit_site(str(target), bundle_budget_bytes=budget_bytes)
    return audit_build(Path(target), bundle_budget_bytes=budget_bytes)


def web_vitals(
    url: str, *, runs: int = 5, throttle: str = "none", assertions: str | Path | None = None
) -> VitalsCheck:
    """Lab Web Vitals of a page in headless Chromium (LCP, CLS, FCP, TTFB, TBT), checked against
    ``assertions`` (a lighthouserc.json; default: the Core Web Vitals 'good' thresholds)."""
    from perfagent.tools.frontend.budgets import DEFAULT, VitalsCheck, check, load_assertions
    from perfagent.tools.frontend.vitals import measure_page

    if throttle not in ("none", "mobile"):
        raise InputError(f"--throttle {throttle}: write none or mobile")
    rules = load_assertions(assertions) if assertions else DEFAULT
    page = measure_page(url, runs=runs, throttle_profile=throttle)  # type: ignore[arg-type]
    return VitalsCheck(vitals=page, assertions=check(page, rules))


def monitoring_plan(
    budgets: str | Path | None = None, *, service: str = "service"
) -> MonitoringSpec:
    """The monitoring spec (endpoint budgets, SLOs) of a budgets YAML, or of none."""
    from perfagent.agent import monitoring
    from perfagent.tools.spec.budgets import Budgets, load_budgets

    return monitoring.monitoring_spec(
        load_budgets(Path(budgets)) if budgets else Budgets(), service
    )


def write_monitoring(
    budgets: str | Path | None, out_dir: str | Path, *, service: str = "service"
) -> MonitoringArtifacts:
    """Prometheus alert rules, Sloth SLOs, a Grafana dashboard and a README for the budgets, in
    ``out_dir``."""
    from perfagent.tools.monitoring.write import write_monitoring as write

    return write(monitoring_plan(budgets, service=service), Path(out_dir))


def check_service(
    url: str,
    *,
    budgets: str | Path | None = None,
    paths: list[str] | None = None,
    samples: int = 50,
    timeout_s: float = 5.0,
    allow_hosts: list[str] | None = None,
) -> MonitorReport:
    """p50/p95/p99 of a live service's ``paths`` (default: the budgets' paths) against its
    budgets."""
    from perfagent.tools.monitoring.check import LOOPBACK, check_live
    from perfagent.tools.spec.budgets import Budgets, load_budgets

    loaded = load_budgets(Path(budgets)) if budgets else Budgets()
    wanted = list(paths or [e.path for e in loaded.api_endpoints])
    if not wanted:
        raise InputError("no paths to check: give --path or a --budgets file with api_endpoints")
    spec = monitoring_plan(budgets)
    return check_live(
        url,
        wanted,
        spec.endpoints,
        samples=samples,
        timeout_s=timeout_s,
        allow=(*LOOPBACK, *(allow_hosts or ())),
    )


def reasoner(settings: Settings | None = None):
    """The Claude connection ``settings`` ask for (``llm``), or None for the offline rules;
    a bad ``llm`` or cassette setting is one sentence here, before any work starts."""
    from perfagent.agent.reasoner import connect

    return connect(settings or Settings.from_env())


def chat_actions(
    start: Callable[[str, str], str],
    status: Callable[[str], dict],
    decide: Callable[[str, bool, str], str],
):
    """What a chat session may do besides answering, as the way in provides it:
    ``start(target, phase)`` (check it with :func:`check_target`), ``status(id)``,
    ``decide(id, approve, reason)``."""
    from perfagent.agent.chat import ChatActions

    return ChatActions(start=start, status=status, decide=decide)


def chat_turn(
    session_id: str,
    text: str,
    actions,
    *,
    llm=None,
    checkpoint: str | None = None,
    base: str | None = None,
) -> str:
    """One turn of a chat session: the answer to ``text``; the session is checkpointed.
    ``base`` is the folder relative targets are resolved against (the first one given is kept)."""
    from perfagent.agent.chat import turn

    return turn(session_id, text, actions, llm=llm, checkpoint_url=checkpoint, base=base)


def chat_history(session_id: str, *, checkpoint: str | None = None) -> dict:
    """A chat session's checkpointed values: ``messages``, ``engagement``, ``base``."""
    from perfagent.agent.chat import history

    return dict(history(session_id, checkpoint_url=checkpoint))
