"""Concurrency scaling probe: throughput and p50 of one endpoint at 1, 2, ... 2 x workers
concurrent users, the scaling efficiency of each step, and — when throughput stops growing
before the CPUs are busy — the serialisation point, named from the traces of each step.

Efficiency at c users is throughput(c) / (min(c, workers) x throughput(1)): 1.0 is perfect
scaling up to the workers the service has; past them, more users can only queue.
"""

from __future__ import annotations

import statistics
import time
from collections import defaultdict
from collections.abc import Callable

import psutil

from perfagent.tools.tracing.load import LoadRun, closed_loop
from perfagent.tools.tracing.models import RequestTrace, ScalingResult, ScalingStep, Transport

STALLED_EFFICIENCY = 0.6  # below this at `workers` users, the service serialises
BUSY_CPU_SHARE = 0.8  # of the CPUs the service could use
MIN_ANSWERED = 5  # answered requests a step needs before its throughput is evidence
# A transport gap at one user worth a finding: this many ms, and this share of the client's p50.
MIN_TRANSPORT_MS = 5.0
MIN_TRANSPORT_SHARE = 0.3


def _cpu_seconds(pid: int | None) -> float | None:
    if pid is None:
        return None
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return None
    total = 0.0
    for p in procs:
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.Error:
            continue
    return total


def _machine_busy_seconds() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine so far, all cores."""
    t = psutil.cpu_times()
    idle = t.idle + getattr(t, "iowait", 0.0)
    total = sum(t)
    return total - idle, total


# Children a server's multiprocessing start method adds beside its workers (uvicorn --workers
# spawns a resource tracker).
HELPERS = ("multiprocessing.resource_tracker", "multiprocessing.semaphore_tracker", "forkserver")


def _workers(proc: psutil.Process) -> list[psutil.Process]:
    out = []
    for child in proc.children(recursive=False):
        try:
            cmdline = " ".join(child.cmdline())
        except psutil.Error:
            continue
        if not any(h in cmdline for h in HELPERS):
            out.append(child)
    return out


def workers_of(pid: int) -> int:
    """The service's worker processes: a pre-fork server's children, else the one process.
    A shell or launcher with a single child (``cd backend && fastapi run``) is looked through,
    and multiprocessing's helper processes are not workers."""
    try:
        children = _workers(psutil.Process(pid))
        while len(children) == 1 and _workers(children[0]):
            children = _workers(children[0])
    except psutil.Error:
        return 1
    return max(1, len(children))


def probe_scaling(
    base_url: str,
    path: str,
    *,
    workers: int,
    step_s: float = 3.0,
    server_pid: int | None = None,
    traces: Callable[[int, int], list[RequestTrace]] | None = None,
    max_users: int | None = None,
    cpus: int | None = None,
    headers: dict[str, str] | None = None,
) -> ScalingResult:
    """Load ``path`` at 1, 2, ... ``max_users`` (default 2 x workers) users, ``step_s`` each.

    ``traces(start_ns, end_ns)`` gives the traced requests of a step's window, when the service
    runs traced: the statements whose time grows with concurrency are the lock waits.
    """
    cpus = cpus or psutil.cpu_count() or 1
    max_users = max_users or 2 * max(1, workers)
    steps: list[ScalingStep] = []
    base_rps = None
    alone: tuple[LoadRun, LoadRun] | None = None
    for users in range(1, max_users + 1):
        cpu_before, wall_before = _cpu_seconds(server_pid), time.perf_counter()
        machine_before = _machine_busy_seconds()
        run = closed_loop(base_url, [path], users=users, duration_s=step_s, headers=headers)
        cpu_after, wall = _cpu_seconds(server_pid), time.perf_counter() - wall_before
        busy, total = (a - b for a, b in zip(_machine_busy_seconds(), machine_before, strict=True))
        rps = run.throughput_rps
        base_rps = base_rps or rps or None
        step = ScalingStep(
            users=users,
            throughput_rps=round(rps, 2),
            p50_ms=run.p50_ms(),
            efficiency=round(rps / (min(users, workers) * base_rps), 3) if base_rps else 0.0,
            answered=sum(1 for sample in run.samples if sample.ok),
            cpu_pct=(
                round(100 * (cpu_after - cpu_before) / wall, 1)
                if cpu_before is not None and cpu_after is not None
                else None
            ),
            machine_cpu_pct=round(100 * cpus * busy / total, 1) if total > 0 else None,
        )
        if traces is not None:
            _add_trace_figures(step, traces(run.started_ns, run.ended_ns))
        steps.append(step)
        if users == 1:  # the same user on a fresh connection for every request
            fresh = closed_loop(
                base_url, [path], users=1, duration_s=step_s, headers=headers, fresh=True
            )
            alone = (run, fresh)
    result = _verdict(path, steps, workers=workers, cpus=cpus)
    if alone is not None:
        result.transport = transport(path, *alone, server_p50_ms=steps[0].server_p50_ms)
    return result


def transport(
    path: str, kept: LoadRun, fresh: LoadRun | None, *, server_p50_ms: float | None
) -> Transport | None:
    """The transport gap at one user (pure: the two runs in, the figures and verdict out).

    >>> from perfagent.tools.tracing.load import LoadRun, Sample
    >>> def run(ms, closed=False):
    ...     return LoadRun(users=1, duration_s=1, started_ns=0, ended_ns=1, samples=[
    ...         Sample(method="GET", path="/", latency_ms=ms, ok=True, closed=closed)] * 9)
    >>> t = transport("/", run(30.0, closed=True), run(31.0), server_p50_ms=8.0)
    >>> t.gap_ms, t.connect_ms, t.server_closes, t.significant
    (22.0, 1.0, True, True)
    >>> transport("/", run(9.0), run(10.5), server_p50_ms=8.0).significant  # 1 ms: no finding
    False
    """
    kept_p50 = kept.p50_ms()
    if kept_p50 is None:
        return None
    fresh_p50 = fresh.p50_ms() if fresh is not None else None
    answered = [s for s in kept.samples if s.ok]
    closes = bool(answered) and sum(s.closed for s in answered) > len(answered) / 2
    gap = round(kept_p50 - server_p50_ms, 3) if server_p50_ms is not None else None
    connect = round(fresh_p50 - kept_p50, 3) if fresh_p50 is not None else None
    significant = (
        gap is not None and gap >= MIN_TRANSPORT_MS and gap >= MIN_TRANSPORT_SHARE * kept_p50
    )
    parts = [f"GET {path} alone (one user, nothing queues): {kept_p50:.1f} ms at the client"]
    if server_p50_ms is not None and gap is not None:
        parts.append(
            f"{server_p50_ms:.1f} ms of it in the server's traced request, so {gap:.1f} ms "
            f"({100 * gap / kept_p50:.0f}%) is transport: the connection, the server's own "
            "reading and writing, and anything in front of the instrumented app"
        )
    if fresh_p50 is not None and connect is not None:
        parts.append(
            f"{fresh_p50:.1f} ms with a new connection for every request ({connect:+.1f} ms)"
        )
    if closes:
        parts.append(
            "the server closes the connection after every response (`Connection: close`), so "
            "every request pays a new connection: cheap on loopback behind a proxy that keeps "
            "its clients' connections alive, a network round trip (and a TLS handshake) per "
            "request for clients that reach the server directly"
        )
    return Transport(
        keepalive_p50_ms=kept_p50,
        fresh_p50_ms=fresh_p50,
        server_p50_ms=server_p50_ms,
        gap_ms=gap,
        connect_ms=connect,
        server_closes=closes,
        requests=len(answered),
        fresh_requests=sum(1 for s in fresh.samples if s.ok) if fresh is not None else 0,
        significant=significant,
        verdict="; ".join(parts),
    )


def _add_trace_figures(step: ScalingStep, requests: list[RequestTrace]) -> None:
    if not requests:
        return
    step.server_p50_ms = round(statistics.median(r.server_ms for r in requests), 3)
    step.server_mean_ms = round(statistics.mean(r.server_ms for r in requests), 3)
    times: dict[str, float] = defaultdict(float)
    for r in requests:
        for s in r.statements:
            times[s.fingerprint] += s.duration_ms
    step.statement_ms = {fp: round(total / len(requests), 3) for fp, total in times.items()}
    step.writes_per_request = round(
        statistics.mean(
            sum(1 for s in r.statements if s.is_write and s.operation != "commit") for r in requests
        ),
        2,
    )


def _verdict(path: str, steps: list[ScalingStep], *, workers: int, cpus: int) -> ScalingResult:
    """Whether the service serialises, and on what (pure: the steps in, the verdict out)."""
    at = next((s for s in steps if s.users == min(workers, cpus, len(steps))), steps[-1])
    first = steps[0]
    usable = min(workers, cpus)
    thin = next(
        (s for s in (first, at) if s.answered is not None and s.answered < MIN_ANSWERED), None
    )
    if (
        thin is not None
    ):  # a step the load could not drive (a loaded machine, failing requests) is no evidence
        return ScalingResult(
            endpoint=path,
            workers=workers,
            cpus=cpus,
            steps=steps,
            serialised=False,
            verdict=(
                f"GET {path}: inconclusive: only {thin.answered} request(s) answered at "
                f"{thin.users} user(s); the probe needs {MIN_ANSWERED} a step to judge scaling"
            ),
            evidence=[
                f"{s.users} user(s): {s.answered} answered, {s.throughput_rps:.1f} req/s"
                for s in steps
            ],
        )
    cpu_busy = at.cpu_pct is not None and at.cpu_pct >= BUSY_CPU_SHARE * 100 * usable
    serialised = usable > 1 and at.efficiency < STALLED_EFFICIENCY and not cpu_busy
    evidence = [
        f"{s.users} user(s): {s.throughput_rps:.1f} req/s, p50 {s.p50_ms or 0:.1f} ms, efficiency "
        f"{s.efficiency:.2f}" + (f", service CPU {s.cpu_pct:.0f}%" if s.cpu_pct is not None else "")
        for s in steps
    ]
    if not serialised:
        why = (
            "the CPUs are busy: it is CPU-bound, more workers will not help past the cores"
            if cpu_busy and at.efficiency < STALLED_EFFICIENCY
            else f"it scales to {usable} concurrent requests (efficiency {at.efficiency:.2f})"
        )
        return ScalingResult(
            endpoint=path,
            workers=workers,
            cpus=cpus,
            steps=steps,
            serialised=False,
            verdict=f"GET {path}: {why}",
            evidence=evidence,
        )
    point = "an unknown lock (no traces to tell which)"
    grew = {
        fp: at.statement_ms.get(fp, 0.0) - first.statement_ms.get(fp, 0.0) for fp in at.statement_ms
    }
    server_growth = (at.server_mean_ms or 0.0) - (first.server_mean_ms or 0.0)
    if grew:
        fp, extra = max(grew.items(), key=lambda kv: kv[1])
        if extra > 0 and server_growth > 0 and extra >= 0.3 * server_growth:
            point = (
                f"the statement `{fp[:80]}`: its time per request grows from "
                f"{first.statement_ms.get(fp, 0):.1f} ms at 1 user to {at.statement_ms[fp]:.1f} ms "
                f"at {at.users} (mean), a lock wait"
            )
            evidence.append(
                f"lock wait: `{fp[:120]}` {first.statement_ms.get(fp, 0):.1f} → "
                f"{at.statement_ms[fp]:.1f} ms per request (mean) from 1 to {at.users} users"
            )
        elif server_growth > 0.5 * (first.server_mean_ms or 0.0):
            point = (
                f"a lock inside the application: server time grows from "
                f"{first.server_mean_ms:.1f} ms to {at.server_mean_ms:.1f} ms (mean) while no "
                "statement slows down (a Python lock, or the GIL)"
            )
    machine_busy = (
        at.machine_cpu_pct is not None and at.machine_cpu_pct >= BUSY_CPU_SHARE * 100 * cpus
    )
    if machine_busy and not point.startswith("the statement"):
        # No statement waits on a lock, and the cores were taken by other processes (the load
        # generator, other work on the machine): a drop in efficiency is no evidence of a lock.
        evidence.append(
            f"the machine's CPUs at {at.users} user(s): {at.machine_cpu_pct:.0f}% of {cpus * 100}%"
        )
        return ScalingResult(
            endpoint=path,
            workers=workers,
            cpus=cpus,
            steps=steps,
            serialised=False,
            verdict=(
                f"GET {path}: inconclusive: efficiency {at.efficiency:.2f} at {at.users} users, "
                f"but the machine's CPUs were busy ({at.machine_cpu_pct:.0f}% of {cpus * 100}%, "
                f"the service {at.cpu_pct or 0:.0f}%) and no statement waits longer: the cores "
                "went to other processes (the load generator among them); run the probe on a "
                "quiet machine, or with the load generated elsewhere"
            ),
            evidence=evidence,
        )
    if at.writes_per_request:
        evidence.append(f"{at.writes_per_request:g} write statement(s) per request")
    cpu = (
        f", with the service at {at.cpu_pct:.0f}% CPU of {usable * 100}%"
        if at.cpu_pct is not None
        else ""
    )
    verdict = (
        f"GET {path} stops scaling at {at.users} users (efficiency {at.efficiency:.2f}{cpu}): "
        f"requests serialise on {point}"
    )
    return ScalingResult(
        endpoint=path,
        workers=workers,
        cpus=cpus,
        steps=steps,
        serialised=True,
        verdict=verdict,
        evidence=evidence,
    )
