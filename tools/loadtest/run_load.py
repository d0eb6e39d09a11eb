"""Run one load test end to end: the child drives Locust, the parent watches the server.

The server's CPU, RSS and open files are sampled from this process with
``tools.profile.ResourceMonitor`` (when its PID is known); with ``profile=True``
py-spy attaches to it once the load is flowing. The child runner is the one seam:
tests may pass a function that returns a canned ``RawRun``.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from perfagent.tools.errors import PerfagentError
from perfagent.tools.loadtest.analysis import analyze
from perfagent.tools.loadtest.locustfile import render_locustfile
from perfagent.tools.loadtest.plan import LoadPlan, Soak
from perfagent.tools.loadtest.results import LeakReport, LoadResult, ServerUsage, Tick
from perfagent.tools.loadtest.runner import ChildRunner, TickHandler, run_child
from perfagent.tools.loadtest.safety import check_host

if TYPE_CHECKING:
    from perfagent.tools.profile.models import CpuProfile


def server_usage(series) -> ServerUsage:
    """A ``tools.profile.ResourceSeries`` reduced to what the load report shows."""
    samples = series.samples
    cpu = [s.cpu_pct for s in samples[1:]] or [0.0]  # the first reading only primes cpu_percent
    return ServerUsage(
        pid=series.pid,
        samples=len(samples),
        cpu_pct_mean=sum(cpu) / len(cpu) if samples else None,
        cpu_pct_max=max(cpu) if samples else None,
        rss_start_bytes=samples[0].rss_bytes if samples else None,
        rss_end_bytes=samples[-1].rss_bytes if samples else None,
        peak_rss_bytes=series.peak_rss_bytes,
        open_files_start=samples[0].open_files if samples else None,
        open_files_end=samples[-1].open_files if samples else None,
        t_s=[round(s.t_s, 3) for s in samples],
        rss_bytes=[s.rss_bytes for s in samples],
        open_files=[s.open_files for s in samples],
        cpu_pct=[s.cpu_pct for s in samples],
    )


class _Profiler:
    """py-spy on the server, started by the first tick so it samples the server under load."""

    def __init__(self, pid: int, duration_s: float, out_dir: Path) -> None:
        self.pid, self.duration_s, self.out_dir = pid, duration_s, out_dir
        self.thread: threading.Thread | None = None
        self.profile: CpuProfile | None = None
        self.error: str | None = None

    def on_tick(self, tick: Tick) -> None:
        if self.thread is None:
            self.thread = threading.Thread(target=self._record, daemon=True)
            self.thread.start()

    def _record(self) -> None:
        from perfagent.tools.profile import record_pid

        try:
            self.profile = record_pid(self.pid, duration_s=self.duration_s, out_dir=self.out_dir)
        except PerfagentError as exc:
            self.error = str(exc)

    def join(self) -> None:
        if self.thread is not None:
            self.thread.join(self.duration_s + 90)


def run_load(
    plan: LoadPlan,
    *,
    server_pid: int | None = None,
    out_dir: str | Path | None = None,
    on_tick: TickHandler | None = None,
    profile: bool = False,
    child_runner: ChildRunner | None = None,
) -> LoadResult:
    """Run ``plan`` and return the report; with ``out_dir`` also write result.json,
    the plots (PNG + SVG), the standalone locustfile.py and the flamegraph."""
    check_host(plan.host, plan.allow_hosts)  # before any process exists
    if plan.auth is not None:  # wrong credentials: one sentence, before any load is sent
        from perfagent.tools.loadtest.auth import preflight, shared_session

        if getattr(plan.auth, "shared", False):
            shared_session(plan.host, plan.auth, timeout_s=plan.request_timeout_s)
        else:
            preflight(plan.host, plan.auth, timeout_s=plan.request_timeout_s)
    out = Path(out_dir) if out_dir else None
    if out:
        out.mkdir(parents=True, exist_ok=True)
        (out / "locustfile.py").write_text(render_locustfile(plan))
    monitor = None
    if server_pid:
        from perfagent.tools.profile import ResourceMonitor

        interval = plan.shape.sample_interval_s if isinstance(plan.shape, Soak) else 0.5
        monitor = ResourceMonitor(server_pid, interval_s=interval, include_children=True).start()
    profiler = None
    if profile and server_pid:
        profiler = _Profiler(
            server_pid, max(1.0, plan.total_duration_s - 1.0), (out or Path(".")) / "profile"
        )
    handlers = [h for h in (on_tick, profiler.on_tick if profiler else None) if h]

    def fan_out(tick: Tick) -> None:
        for handler in handlers:
            handler(tick)

    try:
        raw = (child_runner or run_child)(plan, fan_out)
    finally:
        series = monitor.stop() if monitor else None
        if profiler:
            profiler.join()
    result = analyze(plan, raw)
    if series is not None:
        result.server = server_usage(series)
        if isinstance(plan.shape, Soak):
            leak = series.leak
            result.leak = LeakReport(
                leaking=leak.leaking,
                slope_bytes_per_s=leak.slope_bytes_per_s,
                growth_bytes=leak.growth_bytes,
                reason=leak.reason,
            )
    elif isinstance(plan.shape, Soak):
        result.notes.append("no server PID was known, so there is no leak verdict")
    if profiler:
        if profiler.profile is not None:
            result.flamegraph = profiler.profile.flamegraph_svg
        else:
            result.notes.append(f"no flamegraph: {profiler.error or 'py-spy did not start'}")
    if out:
        from perfagent.tools.loadtest.plots import write_plots

        result.plots = write_plots(result, out)
        (out / "result.json").write_text(result.model_dump_json(indent=2))
    return result
