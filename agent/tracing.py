"""Request tracing in an engagement: after the baseline load (untraced, so its figures carry no
tracing overhead), the service is started again with OpenTelemetry injected (tools/tracing) and
loaded the same way; its span trees become per-endpoint figures and diagnoses, the statements
feed the database analysis, and the heaviest endpoint gets a scaling probe. py-spy's recording
of the untraced baseline is split per endpoint (tools/tracing/service_profile.py).

Tracing never stops an engagement: when it cannot work, one sentence says why and the
engagement goes on with what it has (the load test, py-spy, the database's own statistics).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from perfagent.agent.service import load_spec, service_env, start_command
from perfagent.agent.state import EngagementState
from perfagent.tools.loadtest import RunningService
from perfagent.tools.tracing import Tracer
from perfagent.tools.tracing.models import ClientLatency, ScalingResult, TraceReport

TRACES_DIR = "traces"
OTLP_FILE = "spans.otlp.json"
TRACED_QUERY_LOG = "queries-traced.log"


@contextlib.contextmanager
def running_traced(
    state: EngagementState, *, log_name: str = "service.log"
) -> Iterator[tuple[RunningService, Tracer]]:
    """The service as agent.service.running starts it, with OpenTelemetry injected (or
    untraced, the tracer's note saying why, when the settings turn it off or it fails)."""
    from perfagent.agent import workspace
    from perfagent.tools.tracing.service import traced

    start = start_command(state)
    section = load_spec(state).service
    run_dir = Path(state.report_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    env = service_env(state, run_dir)  # the same environment as the untraced service's
    cwd = workspace.target(state) / (section.cwd or ".")
    with traced(
        start,
        ready=section.ready,
        cwd=cwd,
        env=env,
        out_dir=run_dir / TRACES_DIR / "raw",
        ready_timeout_s=section.ready_timeout_s,
        log_path=run_dir / log_name,
        enabled=state.settings.trace,
    ) as pair:
        yield pair


def client_latencies(result) -> list[ClientLatency]:
    """The load test's per-endpoint client latencies, for the queueing rule."""
    return [
        ClientLatency(
            name=e.name,
            method=e.method or "GET",
            path=e.path or e.name,
            p50_ms=e.p50_ms,
            requests=e.requests,
        )
        for e in result.endpoints
        if e.p50_ms and (e.path or e.name.startswith("/"))
    ]


def traced_load(state: EngagementState, baseline) -> tuple[TraceReport, dict[str, str]]:
    """The baseline's load plan again, on a traced service, then the scaling probe."""
    from perfagent.tools.errors import PerfagentError
    from perfagent.tools.loadtest import run_load

    if not state.settings.trace:
        return untraced(
            state, baseline, "request tracing was turned off (PERFAGENT_TRACE=false)"
        ), {}
    out = Path(state.report_dir) / TRACES_DIR / "load"
    duration = state.settings.trace_duration_s or state.settings.load_duration_s
    with running_traced(state, log_name="service-traced.log") as (svc, tracer):
        if tracer.note:  # it runs untraced: a second untraced load would tell nothing new
            return untraced(state, baseline, tracer.note), {}
        plan = load_spec(state).plan(
            "run", host=svc.base_url, users=state.settings.load_users, duration_s=duration
        )
        result = run_load(plan, server_pid=svc.pid, out_dir=out)
        traced, files = report(state, tracer, result, baseline=baseline)
        try:  # after the report: the probe's own requests are not the load's
            traced.scaling = scaling(state, svc, tracer, traced)
        except PerfagentError as exc:
            traced.notes.append(f"scaling probe: {exc}")
    return traced, files


def untraced(state: EngagementState, baseline, note: str) -> TraceReport:
    """No traces (the note says why), but py-spy's baseline recording still split per endpoint."""
    return TraceReport(note=note, service_profile=_service_profile(state, baseline))


def _service_profile(state: EngagementState, baseline):
    from perfagent.agent import workspace
    from perfagent.tools.tracing.service_profile import read_split

    if baseline is None or not baseline.flamegraph:
        return None
    # The target's root, not the service's cwd: locations are paths in the repository (a
    # backend/ service's views are backend/app/..., the files a recipe edits).
    return read_split(
        Path(baseline.flamegraph).parent / "profile.collapsed.txt", workspace.target(state)
    )


def report(
    state: EngagementState, tracer: Tracer, result, *, baseline=None
) -> tuple[TraceReport, dict[str, str]]:
    """The traces of a traced load: figures, findings, the OTLP file and the query log; the
    client latencies for the queueing rule come from the same (traced) load."""
    from perfagent.agent import workspace
    from perfagent.tools.tracing.summary import report as summarize
    from perfagent.tools.tracing.summary import write_query_log

    folder = Path(state.report_dir) / TRACES_DIR
    traces = tracer.collect(
        otlp_path=folder / OTLP_FILE,
        service_name=state.spec.name,
        root=workspace.target(state),  # statements' lines as paths in the repository
    )
    client = client_latencies(result) if result is not None else []
    out = summarize(traces, client, python=tracer.python)
    out.service_profile = _service_profile(state, baseline)
    artifacts = {}
    if traces.otlp_path:
        artifacts[traces.otlp_path] = "request traces (OTLP/JSON: load into Jaeger or Tempo)"
    if write_query_log(traces.requests, Path(state.report_dir) / TRACED_QUERY_LOG):
        artifacts[str(Path(state.report_dir) / TRACED_QUERY_LOG)] = "statements seen in the traces"
    return out, artifacts


def scaling(
    state: EngagementState, svc: RunningService, tracer: Tracer, traced: TraceReport
) -> list[ScalingResult]:
    """The scaling probe on the heaviest traced GET endpoints (by share of server time)."""
    from urllib.parse import urlsplit

    from perfagent.tools.loadtest.auth import logged_in
    from perfagent.tools.tracing.collect import read_spans, requests_from_spans
    from perfagent.tools.tracing.scaling import probe_scaling, workers_of

    count = state.settings.scaling_endpoints
    if count <= 0 or not traced.endpoints:
        return []
    service = load_spec(state).service
    by_route: dict[str, str] = {}
    headers: dict[str, dict[str, str]] = {}
    for spec_endpoint in service.endpoints:
        if spec_endpoint.method == "GET":
            by_route.setdefault(urlsplit(spec_endpoint.path).path, spec_endpoint.path)
            headers.setdefault(spec_endpoint.path, spec_endpoint.sent_headers(os.environ))
    # Logged in once, as the load's users were: the probe must load the page, not the login form.
    auth_headers = logged_in(svc.base_url, service.auth) if service.auth is not None else {}

    def window(start_ns: int, end_ns: int):
        return [
            r
            for r in requests_from_spans(read_spans(tracer.out_dir))
            if start_ns <= r.start_ns <= end_ns
        ]

    out: list[ScalingResult] = []
    workers = workers_of(svc.pid)
    for e in traced.endpoints:
        if len(out) >= count or not e.endpoint.startswith("GET "):
            continue
        path = _example_path(tracer, e.endpoint, by_route)
        if path is None:
            continue
        out.append(
            probe_scaling(
                svc.base_url,
                path,
                workers=workers,
                step_s=state.settings.scaling_step_s,
                server_pid=svc.pid,
                traces=window if traced.span_count else None,
                max_users=min(8, 2 * workers),
                headers={**auth_headers, **headers.get(path, {})},
            )
        )
    return out


def _example_path(tracer: Tracer, endpoint: str, by_route: dict[str, str]) -> str | None:
    """A concrete URL of a traced endpoint: the spec's own, else one the load requested."""
    from perfagent.tools.tracing.collect import read_spans, requests_from_spans

    for r in requests_from_spans(read_spans(tracer.out_dir)):
        if r.endpoint == endpoint and r.path:
            return by_route.get(r.path.split("?")[0], r.path)
    return None
