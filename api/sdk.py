"""The Python API: perfagent from another program, every result a pydantic record.

    >>> from api import sdk
    >>> report = sdk.analyze_sql("SELECT * FROM orders WHERE id IN (SELECT order_id FROM items)")
    >>> sorted({f.rule for f in report.classes[0].findings})[:1]
    ['select_star']

Each function is a thin, typed door to one instrument (``tools/``) or to the
engagement (``agent/``); the MCP server (``api/mcp_server.py``) calls these same
functions. Bad input raises :class:`tools.errors.PerfagentError` (``InputError`` and
kin) whose ``str`` is one sentence naming the input at fault. Long calls take
``on_progress``, called with a :class:`Progress` record as they go.
See ``examples/python_api.py`` for a runnable tour.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agent.metrics import SuccessMetric
from agent.state import Phase, Settings
from tools.bench import Comparison
from tools.errors import InputError, ToolMissingError, validation_sentence
from tools.loadtest import LoadResult
from tools.loadtest.compare import MetricChange
from tools.profile import CpuProfile
from tools.sql.models import AdviceReport, AnalysisReport, ExplainReport

if TYPE_CHECKING:
    from agent.state import EngagementState
    from tools.review import Review, ReviewSettings

Dialect = Literal["postgres", "mysql", "mariadb", "sqlite"]


class Progress(BaseModel):
    """How far a long call has got: ``done`` rises with every report."""

    done: float
    total: float | None = Field(None, description="when known (an engagement with the optimize loop has none)")
    message: str
    step: str | None = Field(None, description="the engagement step this is about")


OnProgress = Callable[[Progress], None]


class EngagementSettings(BaseModel):
    """Settings worth changing from a caller; unset fields come from ``PERFAGENT_<FIELD>`` or the
    defaults of ``agent.state.Settings``."""

    model_config = ConfigDict(extra="forbid")

    bench_samples: int | None = Field(None, ge=2, le=200, description="samples per benchmark (default 10)")
    load_users: int | None = Field(None, ge=1, le=1000, description="users of the baseline load test (10)")
    load_duration_s: float | None = Field(None, gt=0, le=3600, description="seconds of baseline load (10)")
    validate_rounds: int | None = Field(None, ge=1, le=50, description="alternating before/after rounds (4)")
    validate_round_s: float | None = Field(None, gt=0, le=600, description="seconds per round (5)")
    max_candidates: int | None = Field(None, ge=0, le=100, description="changes validated, best ROI first (8)")
    compare_max_s: float | None = Field(None, gt=0, le=3600, description="per benchmark comparison (30)")
    optimize_budget_s: float | None = Field(None, gt=0, description="validate time for the whole run (900)")
    min_effect: float | None = Field(None, gt=0, lt=1, description="smallest change a verdict may claim (0.05)")
    report_dir: str | None = Field(None, description="where perf-report/<run-id>/ goes (perf-report)")
    llm: Literal["rules", "claude", "replay"] | None = Field(
        None, description="the reasoner: rules (offline, default) or claude (needs ANTHROPIC_API_KEY)")

    def to_settings(self) -> Settings:
        return Settings.from_env(**self.model_dump(exclude_none=True))


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
    changes: list[MetricChange] = Field(default_factory=list, description="ratio after/before, 95% CI")


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
    recommendations: list[Recommendation] = Field(default_factory=list, description="best ROI first")
    validations: list[ValidationOutcome] = Field(default_factory=list)
    deliverables: list[DeliverableRef] = Field(default_factory=list)
    errors: list[str] = Field(default_factory=list, description="what could not be measured, and why")


def resource_uri(run_id: str, relative: str) -> str:
    """The MCP resource URI of a file of an engagement's report.

    >>> resource_uri("shop-1", "4-recommendations/README.md")
    'perfagent://engagements/shop-1/4-recommendations/README.md'
    """
    return f"perfagent://engagements/{run_id}/{relative}"


def deliverable_files(report_dir: str | Path) -> list[tuple[str, str, Path, Path | None]]:
    """(slug, title, page, data) of each deliverable folder the report has."""
    from agent.deliverables import DELIVERABLES

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
    from agent.metrics import success_metrics

    report = Path(state.report_dir).resolve()
    return EngagementResult(
        run_id=state.run_id, target=state.spec.name, phase=state.phase, report_dir=str(report),
        index=str(report / "index.md"),
        steps=[StepOutcome(step=r.step, status=r.status, duration_s=round(r.duration_s, 3), summary=r.summary)
               for r in state.log],
        baseline=[BaselineFigure(benchmark=name, median_s=b.result.summary.median, p95_s=b.result.summary.p95,
                                 cv=b.result.summary.cv, samples=b.result.summary.n)
                  for name, b in state.benchmarks.items()],
        load=[LoadFigure(kind=kind, rps=r.aggregate.rps, p95_ms=r.aggregate.p95_ms, p99_ms=r.aggregate.p99_ms,
                         error_rate=r.aggregate.error_rate, budgets_ok=r.budgets_ok)
              for kind, r in state.load.items()],
        success_metrics=success_metrics(state),
        recommendations=[Recommendation(rank=i.rank, title=i.title, roi=i.roi, effort=i.effort,
                                        expected_gain=i.expected_gain) for i in state.plan[:10]],
        validations=[ValidationOutcome(candidate=state.candidates[cid].title if cid in state.candidates else cid,
                                       verdict=v.verdict, kept=v.kept, changes=v.changes,
                                       branch=state.candidates[cid].branch if cid in state.candidates else None)
                     for cid, v in state.validations.items()],
        deliverables=[DeliverableRef(slug=slug, title=title, page=str(page), data=str(data) if data else None,
                                     uri=resource_uri(state.run_id, f"{slug}/README.md"))
                      for slug, title, page, data in deliverable_files(report)],
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
            self.total = None if "optimize" in steps else 2 * len(steps)  # optimize ⇄ validate loops
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


def run_engagement(
    target: str | Path, *, phase: Phase = "construction",
    settings: Settings | EngagementSettings | dict | None = None,
    budgets: str | Path | None = None, checkpoint: str | None = None, on_progress: OnProgress | None = None,
) -> EngagementResult:
    """Run an engagement on ``target`` (a folder with perfagent.toml) and write its report.

    The target runs in a private copy; kept code edits are committed on
    ``perfagent/<run-id>/…`` branches of its repository, never on yours. ``settings``
    may be a dict of :class:`EngagementSettings` fields.
    """
    from agent.engagement import start

    if isinstance(settings, dict):
        try:
            settings = EngagementSettings.model_validate(settings)
        except ValidationError as exc:
            raise InputError(validation_sentence("settings", exc)) from None
    if isinstance(settings, EngagementSettings):
        settings = settings.to_settings()
    state = start(target, phase=phase, budgets=budgets, settings=settings or Settings.from_env(),
                  checkpoint_url=checkpoint, on_event=_StepEvents(on_progress) if on_progress else None)
    return engagement_result(state)


def review_change(
    repository: str | Path, base: str, head: str, *, out_dir: str | Path | None = None,
    settings: ReviewSettings | None = None, on_progress: OnProgress | None = None,
) -> Review:
    """Review the change ``base..head`` of a repository: its benchmarks measured on both sides,
    interleaved, and the performance risks its diff adds. ``out_dir`` defaults to
    ``perf-report/review/<time>``; nothing in the repository's working tree is touched."""
    try:
        from tools.review import review_change as run_review
    except ImportError as exc:
        raise ToolMissingError(f"review_change needs tools.review, which cannot be imported: {exc}") from None
    folder = (Path(out_dir) if out_dir else Path("perf-report") / "review" / time.strftime("%Y%m%d-%H%M%S")).resolve()
    count = iter(range(1, 1_000_000))

    def progress(message: object) -> None:
        if on_progress:
            on_progress(Progress(done=next(count), message=str(message)))

    return run_review(str(repository), base, head, out_dir=folder, settings=settings, progress=progress)


def analyze_sql(sql: str | None = None, *, path: str | Path | None = None, dialect: Dialect = "postgres",
                database: str | None = None) -> AnalysisReport:
    """Query classes, anti-patterns and N+1 loops of SQL text or a query log (``path``).

    With ``database`` (a URL) table sizes are read from it and its dialect is used.
    """
    from tools.sql.analyze import analyze_entries, analyze_with_database
    from tools.sql.nplusone import detect_n_plus_one
    from tools.sql.sources import read_log_text, read_source

    if (sql is None) == (path is None):
        raise InputError("give either SQL text or the path of a .sql file or query log, not both or neither")
    if path is not None:
        source, entries = read_source(str(path))
    else:
        source, entries = "<sql>", read_log_text(sql, name="<sql>")
    if not entries:
        raise InputError(f"{source} holds no SQL statement")
    if database:
        from tools.sql.db import connect

        with connect(database) as db:
            report = analyze_with_database(entries, db, source=source)
            dialect = db.dialect
    else:
        report = analyze_entries(entries, dialect=dialect, source=source)
    report.n_plus_one = detect_n_plus_one(entries, dialect=dialect)
    return report


def explain_query(query: str, *, database: str, analyze: bool = False, timeout_ms: int = 30_000) -> ExplainReport:
    """EXPLAIN one read-only SELECT/WITH on ``database`` (``analyze``: run it, rolled back) with plan insights."""
    from tools.sql.analyze import analyze_query
    from tools.sql.db import connect
    from tools.sql.insights import check_plan

    with connect(database, timeout_ms=timeout_ms) as db:
        plan = db.explain(query, analyze=analyze)
        findings = check_plan(plan) + analyze_query(query, db.dialect)
        return ExplainReport(database=db.safe_url, query=query, plan=plan, findings=findings)


def advise_indexes(queries: list[str], *, database: str, timeout_ms: int = 30_000) -> AdviceReport:
    """Candidate indexes for ``queries``, each tried on the database (hypopg, a rolled-back
    transaction, or a copy for SQLite) and recommended only when the plan gets cheaper."""
    from tools.sql.advisor import advise
    from tools.sql.db import connect

    if not queries:
        raise InputError("give at least one query to advise indexes for")
    with connect(database, timeout_ms=timeout_ms) as db:
        return advise(db, list(queries))


def compare_benchmarks(
    a: str, b: str, *, cwd: str | Path | None = None, mode: Literal["time", "instructions", "auto"] = "time",
    samples: int | None = None, max_samples: int | None = None, min_effect: float | None = None,
    min_sample_s: float = 0.1, max_time_s: float = 60.0, timeout_s: float = 120.0,
    on_progress: OnProgress | None = None,
) -> Comparison:
    """Is B faster than A? Both (shell commands or ``module:function``) run interleaved in fresh
    processes; the verdict is faster/slower/unchanged/inconclusive from the ratio of medians' 95% CI."""
    from tools.bench import BenchSpec, compare

    folder = str(cwd) if cwd else None
    spec_a, spec_b = (BenchSpec.parse(t, cwd=folder, timeout_s=timeout_s) for t in (a, b))

    def progress(done: int, total: int, _label: str) -> None:
        if on_progress:
            on_progress(Progress(done=done, total=total, message=f"{done} of {total} sample pairs"))

    return compare(spec_a, spec_b, mode=mode, samples=samples, max_samples=max_samples, min_effect=min_effect,
                   min_sample_s=min_sample_s, max_time_s=max_time_s, progress=progress)


def profile_command(target: str, *, out_dir: str | Path = "perfagent-profile", cwd: str | Path | None = None,
                    rate_hz: int = 100, timeout_s: float = 600.0, top: int = 20) -> CpuProfile:
    """Where CPU time goes: a shell command sampled by py-spy, or ``module:function`` under cProfile.

    Writes the flamegraph SVG, speedscope JSON and collapsed stacks to ``out_dir``; the
    record keeps the ``top`` hot spots by self time.
    """
    from tools.bench import BenchSpec
    from tools.profile import profile_callable, record_command
    from tools.profile.models import prepare_out_dir
    from tools.sandbox import scrubbed_env

    folder = prepare_out_dir(Path(out_dir).resolve())
    spec = BenchSpec.parse(target)
    if spec.callable:
        profile = profile_callable(spec.callable, out_dir=folder, timeout_s=timeout_s, cwd=cwd or os.getcwd())
    else:
        extra = {k: os.environ[k] for k in ("PYTHONPATH", "VIRTUAL_ENV") if k in os.environ}
        profile = record_command(target, out_dir=folder, rate_hz=rate_hz, timeout_s=timeout_s, cwd=cwd,
                                 env=scrubbed_env(extra), resource_interval_s=0.5)
    return profile.model_copy(update={"hotspots": profile.top(top)})


def load_test(host: str, paths: list[str], *, users: int = 10, spawn_rate: float = 10.0,
              duration_s: float = 10.0, out_dir: str | Path | None = None,
              on_progress: OnProgress | None = None) -> LoadResult:
    """A steady Locust load test of a running service on loopback: percentiles, throughput, errors."""
    from tools.loadtest import run_load
    from tools.spec import LoadSpec, ServiceSection

    if not paths:
        raise InputError("give at least one endpoint path to request, e.g. /api/items")
    try:
        service = ServiceSection.model_validate({"endpoint": [{"path": p} for p in paths]})
    except ValidationError as exc:
        raise InputError(validation_sentence("load_test", exc, rename={"endpoint": "paths"})) from None
    spec = LoadSpec(source="load_test", service=service)
    plan = spec.plan("run", host=host, users=users, spawn_rate=spawn_rate, duration_s=duration_s)

    def tick(t) -> None:
        if on_progress:
            on_progress(Progress(done=round(t.t_s, 1), total=plan.total_duration_s,
                                 message=f"{t.users} users, {t.rps:.0f} requests/s, {t.total_requests} requests"))

    return run_load(plan, out_dir=out_dir, on_tick=tick)
