"""Disposability under load (Factor IX): one event per run, on N replicas behind HAProxy.

    shutdown  SIGTERM one replica mid-load, after taking it out of rotation as an
              orchestrator does; its in-flight requests must complete (0 dropped)
    crash     SIGKILL one replica at peak, no warning; the errors, and the time until
              throughput is back with no errors (a replacement is started, as an
              orchestrator would)
    startup   a replica added during the load; its cold start against the SLA

Dropped requests are what the *clients* saw fail after the event; the balancer's log
adds what it saw on the replica (requests cut) and what it retried elsewhere.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from perfagent.tools.disposability import analysis
from perfagent.tools.disposability.balancer import counts_after
from perfagent.tools.disposability.cluster import Cluster, Started, WebTarget
from perfagent.tools.disposability.models import CrashReport, Marker, ShutdownReport, StartupReport
from perfagent.tools.disposability.timeline import Event, run_timeline
from perfagent.tools.errors import PerfagentError
from perfagent.tools.loadtest.plan import LoadPlan

BIN_S = 0.25


def load_plan(
    plan: LoadPlan,
    host: str,
    *,
    users: int | None = None,
    duration_s: float,
    fresh_connections: bool = True,
) -> LoadPlan:
    """``plan`` pointed at ``host``: steady users for ``duration_s``, all spawned within ~0.25 s.

    ``fresh_connections`` sends every request on its own connection (``Connection: close``):
    on a reused one, HAProxy answers a replica that died mid-request by closing the
    client's connection silently (unlogged), and the HTTP client then resends an
    idempotent request once, so a dropped GET would never be seen.
    """
    users = users or plan.users
    data = plan.model_dump()
    if fresh_connections:
        for endpoint in data["endpoints"]:
            endpoint["headers"] = {"Connection": "close", **endpoint["headers"]}
    data.update(
        host=host,
        users=users,
        duration_s=duration_s,
        spawn_rate=max(plan.spawn_rate, users * 4.0),
        shape={"kind": "run"},
    )
    data["max_duration_s"] = max(plan.max_duration_s, duration_s)
    return LoadPlan.model_validate(data)


def _busy(cluster: Cluster, replica: str, wait_s: float = 2.0) -> int:
    """Wait (up to ``wait_s``) until ``replica`` serves a request, so the event hits work in
    flight; the balancer's count of its requests at that moment."""
    deadline = time.monotonic() + wait_s
    while (count := cluster.balancer.in_flight(replica)) == 0 and time.monotonic() < deadline:
        time.sleep(0.005)
    return count


def _folder(
    out_dir: str | Path | None, name: str
) -> tuple[Path, tempfile.TemporaryDirectory | None]:
    if out_dir:
        folder = Path(out_dir) / name
        folder.mkdir(parents=True, exist_ok=True)
        return folder, None
    tmp = tempfile.TemporaryDirectory(prefix=f"perfagent-{name}-")
    return Path(tmp.name), tmp


def shutdown_test(
    target: WebTarget,
    plan: LoadPlan,
    *,
    replicas: int = 3,
    at_s: float = 3.0,
    after_s: float = 4.0,
    users: int | None = None,
    drain_first: bool = True,
    out_dir: str | Path | None = None,
    namespace: str = "perfagent",
) -> ShutdownReport:
    """SIGTERM the last replica ``at_s`` into the load; ok when no client saw a request fail."""
    folder, tmp = _folder(out_dir, "shutdown")
    try:
        with Cluster(
            target, replicas=replicas, work_dir=folder / "cluster", namespace=namespace
        ) as cluster:
            victim = cluster.slots[replicas - 1].name
            box: dict = {}

            def sigterm() -> None:
                box["in_flight"] = _busy(cluster, victim)
                box["exit_s"], box["exit_code"] = cluster.sigterm(victim, drain_first=drain_first)
                box["exited_wall"] = time.time()

            event = Event(at_s, sigterm, "SIGTERM")
            timeline = run_timeline(
                load_plan(plan, cluster.base_url, users=users, duration_s=at_s + after_s),
                [event],
                work_dir=folder,
            )
            entries = cluster.balancer.entries()
        signal_at = (event.fired_wall or 0.0) - timeline.started_wall
        markers = [Marker(at_s=round(signal_at, 3), label=f"SIGTERM {victim}")]
        if box.get("exit_s") is not None:
            markers.append(
                Marker(
                    at_s=round(box["exited_wall"] - timeline.started_wall, 3),
                    label=f"{victim} exited",
                )
            )
        dropped = analysis.failures_after(timeline, signal_at)
        before = analysis.failures_before(timeline, signal_at)
        lb = counts_after(entries, victim, event.fired_wall or 0.0)
        report = ShutdownReport(
            replica=victim,
            signal_at_s=round(signal_at, 3),
            drained_first=drain_first,
            in_flight=box.get("in_flight", 0),
            requests=timeline.requests,
            errors_before=before,
            dropped=dropped,
            lb=lb,
            exit_s=box.get("exit_s"),
            exit_code=box.get("exit_code"),
            ok=dropped == 0 and before == 0,
            reason=_shutdown_reason(
                dropped=dropped, before=before, in_flight=box.get("in_flight", 0), lb=lb
            ),
            series=analysis.binned(timeline, BIN_S, markers),
        )
        if out_dir:
            from perfagent.tools.disposability.plots import plot_event

            report.plots = plot_event(
                report.series,
                folder / "shutdown",
                title=f"SIGTERM to {victim} of {replicas}: {dropped} dropped",
            )
        return report
    finally:
        if tmp:
            tmp.cleanup()


def _shutdown_reason(*, dropped: int, before: int, in_flight: int, lb) -> str:
    """One sentence on a shutdown run.

    >>> from perfagent.tools.disposability.models import LbCounts
    >>> _shutdown_reason(dropped=0, before=0, in_flight=3, lb=LbCounts(served=3))
    'its 3 request(s) in flight completed; none dropped'
    """
    if before:
        return (
            f"inconclusive: {before} request(s) failed before SIGTERM (see statelessness), so the "
            f"{dropped} after it are not only the shutdown's"
        )
    if dropped:
        return (
            f"{dropped} request(s) dropped ({lb.aborted} cut on the replica by the balancer's log) "
            f"with {in_flight} in flight: the process must finish in-flight requests before it "
            "exits"
        )
    return f"its {in_flight} request(s) in flight completed; none dropped"


def _startup(
    started: Started, *, at_s: float, sla_s: float, ready_wall: float, entries, errors: int
) -> StartupReport:
    first = min(
        (
            e.started_wall
            for e in entries
            if e.server == started.name and e.started_wall >= ready_wall
        ),
        default=None,
    )
    ok = started.cold_start_s <= sla_s
    reason = (
        f"ready {started.cold_start_s:.2f} s after its process started, within the {sla_s:g} s SLA"
        if ok
        else f"a cold start of {started.cold_start_s:.2f} s is over the {sla_s:g} s SLA: "
        "a disposability bug, not a tuning note"
    )
    return StartupReport(
        replica=started.name,
        started_at_s=round(at_s, 3),
        cold_start_s=started.cold_start_s,
        sla_s=sla_s,
        serving_after_s=round(first - ready_wall, 3) if first is not None else None,
        cpu_s=started.cpu_s,
        rss_bytes=started.rss_bytes,
        errors=errors,
        ok=ok,
        reason=reason,
    )


def startup_test(
    target: WebTarget,
    plan: LoadPlan,
    *,
    replicas: int = 2,
    at_s: float = 3.0,
    after_s: float = 5.0,
    users: int | None = None,
    sla_s: float = 10.0,
    out_dir: str | Path | None = None,
    namespace: str = "perfagent",
) -> StartupReport:
    """Add a replica ``at_s`` into the load; its cold start (process start to ready) and cost."""
    folder, tmp = _folder(out_dir, "startup")
    try:
        with Cluster(
            target, replicas=replicas, spares=1, work_dir=folder / "cluster", namespace=namespace
        ) as cluster:
            box: dict = {}
            event = Event(at_s, lambda: _add_replica(cluster, box), "scale up")
            timeline = run_timeline(
                load_plan(plan, cluster.base_url, users=users, duration_s=at_s + after_s),
                [event],
                work_dir=folder,
                event_timeout_s=target.ready_timeout_s + 10,
            )
            entries = cluster.balancer.entries()
        started_at = (event.fired_wall or 0.0) - timeline.started_wall
        if "started" not in box:
            return StartupReport(
                replica=cluster.slots[-1].name,
                started_at_s=round(started_at, 3),
                cold_start_s=None,
                sla_s=sla_s,
                ok=False,
                reason=f"the added replica never became ready: {box.get('error', 'no answer')}",
            )
        report = _startup(
            box["started"],
            at_s=started_at,
            sla_s=sla_s,
            ready_wall=box["ready_wall"],
            entries=entries,
            errors=analysis.failures_after(timeline, started_at),
        )
        ready_at = round(box["ready_wall"] - timeline.started_wall, 3)
        report.series = analysis.binned(
            timeline,
            BIN_S,
            [
                Marker(at_s=round(started_at, 3), label=f"start {report.replica}"),
                Marker(at_s=ready_at, label=f"{report.replica} ready"),
            ],
        )
        if out_dir:
            from perfagent.tools.disposability.plots import plot_event

            report.plots = plot_event(
                report.series,
                folder / "startup",
                title=f"scale up {replicas} → {replicas + 1}: cold start "
                f"{report.cold_start_s:.2f} s",
            )
        return report
    finally:
        if tmp:
            tmp.cleanup()


def _add_replica(cluster, box: dict) -> None:
    """Start one more replica; note in ``box`` when it was ready, or why it never was (then the
    report says so: that is the finding, not a crash of the test)."""
    try:
        box["started"] = cluster.add()
        box["ready_wall"] = time.time()
    except PerfagentError as exc:
        box["error"] = str(exc)


def crash_test(
    target: WebTarget,
    plan: LoadPlan,
    *,
    replicas: int = 3,
    at_s: float = 3.0,
    after_s: float = 6.0,
    users: int | None = None,
    replace: bool = True,
    sla_s: float = 10.0,
    out_dir: str | Path | None = None,
    namespace: str = "perfagent",
) -> CrashReport:
    """SIGKILL the last replica ``at_s`` into the load; errors and the time to recover."""
    folder, tmp = _folder(out_dir, "crash")
    try:
        with Cluster(
            target,
            replicas=replicas,
            spares=1 if replace else 0,
            work_dir=folder / "cluster",
            namespace=namespace,
        ) as cluster:
            victim = cluster.slots[replicas - 1].name
            box: dict = {}

            def crash() -> None:
                box["in_flight"] = _busy(cluster, victim)
                cluster.sigkill(victim)
                if replace:
                    _add_replica(cluster, box)

            event = Event(at_s, crash, "SIGKILL")
            timeline = run_timeline(
                load_plan(plan, cluster.base_url, users=users, duration_s=at_s + after_s),
                [event],
                work_dir=folder,
                event_timeout_s=target.ready_timeout_s + 10,
            )
            entries = cluster.balancer.entries()
        killed_at = (event.fired_wall or 0.0) - timeline.started_wall
        markers = [Marker(at_s=round(killed_at, 3), label=f"SIGKILL {victim}")]
        replacement = None
        if "started" in box:
            replacement = _startup(
                box["started"],
                at_s=killed_at,
                sla_s=sla_s,
                ready_wall=box["ready_wall"],
                entries=entries,
                errors=0,
            )
            markers.append(
                Marker(
                    at_s=round(box["ready_wall"] - timeline.started_wall, 3),
                    label=f"replacement {replacement.replica} ready",
                )
            )
        elif "error" in box:
            replacement = StartupReport(
                replica=cluster.slots[-1].name,
                started_at_s=round(killed_at, 3),
                cold_start_s=None,
                sla_s=sla_s,
                ok=False,
                reason=f"the replacement never became ready: {box['error']}",
            )
        series = analysis.binned(timeline, BIN_S, markers)
        baseline = analysis.baseline_rate(series, killed_at)
        report = CrashReport(
            replica=victim,
            killed_at_s=round(killed_at, 3),
            in_flight=box.get("in_flight", 0),
            errors=analysis.failures_after(timeline, killed_at),
            errors_before=analysis.failures_before(timeline, killed_at),
            lb=counts_after(entries, victim, event.fired_wall or 0.0),
            baseline_ok_rps=round(baseline, 2),
            recovery_s=analysis.recovery_s(
                series, killed_at, baseline_rps=baseline, end_s=timeline.duration_s
            ),
            observed_s=round(timeline.duration_s - killed_at, 3),
            replacement=replacement,
            series=series,
        )
        if out_dir:
            from perfagent.tools.disposability.plots import plot_event

            recovered = (
                f"recovered in {report.recovery_s:.2f} s"
                if report.recovery_s is not None
                else "did not recover within the run"
            )
            report.plots = plot_event(
                series,
                folder / "crash",
                title=f"SIGKILL {victim} of {replicas}: {report.errors} errors, {recovered}",
            )
        return report
    finally:
        if tmp:
            tmp.cleanup()
