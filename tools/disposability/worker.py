"""The worker archetype's load test: a burst of jobs, then a sustained arrival rate.

perfagent is the producer: ``burst`` jobs at once, then ``rate_per_s`` jobs per second
for ``sustain_s``, while it samples the queue's depth every 0.1 s. The queue is
bounded when its depth does not keep growing over the second half of the sustained
phase (the consumers keep up); each job's completion time (enqueued to done) is
judged against the SLA at p95, and jobs still waiting at the end count at their age
so far, so a queue that never drains cannot pass.
"""

from __future__ import annotations

import tempfile
import threading
import time
from pathlib import Path

from perfagent.tools.disposability import analysis
from perfagent.tools.disposability.models import WorkerBacklogReport
from perfagent.tools.disposability.processes import Replica, start_replica, stop
from perfagent.tools.disposability.queues import open_queue
from perfagent.tools.errors import InputError
from perfagent.tools.spec import ProcessSpec

SAMPLE_S = 0.1


def completion(
    enqueued: dict[str, float], finished: list[tuple[str, float, float]], end_wall: float
) -> tuple[list[float], bool]:
    """Completion time of every job enqueued; unfinished ones at their age (a lower bound).

    >>> completion({"a": 0.0, "b": 1.0}, [("a", 0.0, 0.5)], end_wall=4.0)
    ([0.5, 3.0], True)
    """
    done = {job_id: done_at - enq for job_id, enq, done_at in finished}
    times = [done[i] if i in done else end_wall - enq for i, enq in enqueued.items()]
    return times, any(i not in done for i in enqueued)


def service_rate(done_at: list[float], window_s: float = 1.0) -> float | None:
    """The most jobs finished within any ``window_s``, per second: the workers' capacity while
    a backlog kept them busy (the burst).

    >>> service_rate([0.0, 0.1, 0.2, 0.3, 2.0, 5.0])
    4.0
    """
    if not done_at:
        return None
    times, best, lo = sorted(done_at), 0, 0
    for hi, t in enumerate(times):
        while t - times[lo] >= window_s:
            lo += 1
        best = max(best, hi - lo + 1)
    return best / window_s


def verdict(
    *,
    bounded: bool,
    growth_per_s: float,
    rate_per_s: float,
    completed: int,
    duration_s: float,
    p95_s: float | None,
    sla_s: float,
    lower_bound: bool,
) -> str:
    """One sentence on the queue and the SLA.

    >>> print(verdict(bounded=False, growth_per_s=10.0, rate_per_s=20, completed=100, duration_s=10,
    ...               p95_s=4.0, sla_s=2, lower_bound=True))  # doctest: +NORMALIZE_WHITESPACE
    the queue grows by 10.0 jobs/s while 20 jobs/s arrive (the workers finished 10.0/s): unbounded;
    p95 completion at least 4.00 s, over the 2 s SLA
    """
    rate_done = completed / duration_s if duration_s > 0 else 0.0
    if bounded:
        queue = (
            f"the queue stays bounded at {rate_per_s:g} jobs/s (trend {growth_per_s:+.1f} jobs/s)"
        )
    else:
        queue = (
            f"the queue grows by {growth_per_s:.1f} jobs/s while {rate_per_s:g} jobs/s arrive "
            f"(the workers finished {rate_done:.1f}/s): unbounded"
        )
    at_least = "at least " if lower_bound else ""
    if p95_s is None:
        return f"{queue}; no job was enqueued"
    within = "within" if p95_s <= sla_s else "over"
    return f"{queue}; p95 completion {at_least}{p95_s:.2f} s, {within} the {sla_s:g} s SLA"


def backlog_test(
    process: ProcessSpec,
    *,
    cwd: str | Path | None,
    namespace: str,
    replicas: int | None = None,
    burst: int | None = None,
    rate_per_s: float | None = None,
    sustain_s: float | None = None,
    out_dir: str | Path | None = None,
) -> WorkerBacklogReport:
    if process.queue is None:
        raise InputError(f"process {process.name!r} has no queue to load")
    q = process.queue
    replicas = replicas or process.replicas
    burst = q.burst if burst is None else burst
    rate_per_s, sustain_s = rate_per_s or q.rate_per_s, sustain_s or q.sustain_s
    queue = open_queue(q, namespace)
    started: list[Replica] = []
    with tempfile.TemporaryDirectory(prefix="perfagent-worker-") as tmp:
        folder = Path(out_dir) / f"worker-{process.name}" if out_dir else Path(tmp)
        try:
            _start_all(
                process,
                started,
                replicas,
                cwd=cwd,
                namespace=namespace,
                log_dir=folder,
                extra={"queue": queue.name, "queue_url": q.url},
            )
            enqueued, t_s, depth, end_wall = _produce(
                queue, burst=burst, rate_per_s=rate_per_s, sustain_s=sustain_s
            )
            finished = queue.finished()
        finally:
            for replica in started:
                stop(replica, grace_s=process.stop_grace_s)
            queue.close()
        times, lower_bound = completion(enqueued, finished, end_wall)
        bounded, growth = analysis.queue_bounded(
            t_s, depth, sustain_from_s=0.0, sustain_to_s=sustain_s, rate_per_s=rate_per_s
        )
        p95 = analysis.percentile(times, 0.95)
        done_in_run = sum(1 for _, _, done_at in finished if done_at <= end_wall)
        report = WorkerBacklogReport(
            process=process.name,
            replicas=replicas,
            queue=f"{q.kind} {queue.name}",
            queue_kind=q.kind,
            queue_name=q.name,
            burst=burst,
            rate_per_s=rate_per_s,
            sustain_s=sustain_s,
            t_s=t_s,
            depth=depth,
            max_depth=max(depth),
            final_depth=depth[-1],
            growth_per_s=growth,
            bounded=bounded,
            enqueued=len(enqueued),
            completed=len(finished),
            completion_p50_s=_round(analysis.percentile(times, 0.5)),
            completion_p95_s=_round(p95),
            completion_max_s=_round(max(times) if times else None),
            p95_lower_bound=lower_bound,
            sla_s=q.sla_s,
            sla_ok=p95 is not None and p95 <= q.sla_s,
            cold_start_s=[r.cold_start_s for r in started if r.cold_start_s is not None],
            startup_sla_s=process.startup_sla_s,
            reason=verdict(
                bounded=bounded,
                growth_per_s=growth,
                rate_per_s=rate_per_s,
                completed=done_in_run,
                duration_s=sustain_s,
                p95_s=p95,
                sla_s=q.sla_s,
                lower_bound=lower_bound,
            ),
        )
        capacity = service_rate([f[2] for f in finished])
        if capacity:
            report.service_rate_per_s = capacity
            report.scale_out_depth = round(capacity / replicas * q.sla_s / 2, 1)
        if out_dir:
            from perfagent.tools.disposability.plots import plot_queue

            report.plots = plot_queue(report, folder / "queue-depth")
    return report


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _start_all(
    process: ProcessSpec,
    started: list[Replica],
    count: int,
    *,
    cwd,
    namespace: str,
    log_dir: Path,
    extra: dict[str, str],
) -> None:
    """Start ``count`` replicas side by side (appending to ``started`` so the caller can stop
    them)."""
    errors: list[BaseException] = []
    lock = threading.Lock()

    def one(n: int) -> None:
        try:
            replica = start_replica(
                process.start,
                name=f"{process.name}-{n}",
                namespace=namespace,
                ready=process.ready,
                cwd=cwd,
                env=process.env,
                log_dir=log_dir,
                ready_timeout_s=process.ready_timeout_s,
                extra=extra,
            )
            with lock:
                started.append(replica)
        except BaseException as exc:  # noqa: BLE001 - raised below, once all are up or failed
            errors.append(exc)

    threads = [threading.Thread(target=one, args=(n + 1,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def _produce(queue, *, burst: int, rate_per_s: float, sustain_s: float):
    """Enqueue the burst, then the sustained rate, sampling the depth; returns
    (id -> enqueued_at, sample times, depths, end wall time)."""
    enqueued: dict[str, float] = {}
    sent = 0

    def push(n: int) -> None:
        nonlocal sent
        now = time.time()
        ids = [str(sent + i) for i in range(n)]
        queue.enqueue([{"id": job_id, "enqueued_at": now} for job_id in ids])
        for job_id in ids:
            enqueued[job_id] = now
        sent += n

    t0 = time.time()
    push(burst)
    t_s, depth = [], []
    arrived = 0
    while (now := time.time()) < t0 + sustain_s:
        due = int((now - t0) * rate_per_s)
        if due > arrived:
            push(due - arrived)
            arrived = due
        t_s.append(round(time.time() - t0, 3))
        depth.append(queue.depth())
        time.sleep(max(0.0, SAMPLE_S - (time.time() - now)))
    end_wall = time.time()
    t_s.append(round(end_wall - t0, 3))
    depth.append(queue.depth())
    return enqueued, t_s, depth, end_wall
