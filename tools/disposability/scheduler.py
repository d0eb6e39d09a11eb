"""The scheduler archetype's test: kill the leader, time the re-election, look for runs
executed twice.

The replicas name their leader in a Redis key and append ``"<slot> <replica>"`` to a
Redis list for every run (both under the run's namespace). perfagent waits for a
leader and a few runs, SIGKILLs the leader's process group (a crash: no clean
hand-over), polls the key every 20 ms until another replica holds it, and watches
on. A slot that appears twice in the list ran twice: a duplicate execution.
"""

from __future__ import annotations

import tempfile
import time
from collections import Counter
from pathlib import Path

from perfagent.tools.disposability.models import FailoverReport
from perfagent.tools.disposability.processes import Replica, kill, stop
from perfagent.tools.disposability.queues import _loopback
from perfagent.tools.disposability.worker import _start_all
from perfagent.tools.errors import InputError, ServiceError
from perfagent.tools.spec import ProcessSpec

POLL_S = 0.02


def runs_verdict(runs: list[str]) -> tuple[list[int], int]:
    """Slots run more than once, and slots skipped between the first and last run.

    >>> runs_verdict(["10 a", "11 a", "11 b", "14 b"])
    ([11], 2)
    """
    slots = Counter(int(entry.split()[0]) for entry in runs if entry.split())
    if not slots:
        return [], 0
    duplicates = sorted(slot for slot, n in slots.items() if n > 1)
    missed = (max(slots) - min(slots) + 1) - len(slots)
    return duplicates, missed


def failover_test(
    process: ProcessSpec,
    *,
    cwd: str | Path | None,
    namespace: str,
    replicas: int | None = None,
    min_runs: int = 3,
    observe_s: float | None = None,
    out_dir: str | Path | None = None,
) -> FailoverReport:
    import redis

    if process.leader is None:
        raise InputError(f"process {process.name!r} names no leader key to watch")
    spec = process.leader
    replicas = replicas or process.replicas
    observe_s = observe_s or spec.observe_s
    r = redis.Redis.from_url(_loopback(spec.url), socket_timeout=5, decode_responses=True)
    leader_key, runs_key = f"{namespace}:{spec.leader_key}", f"{namespace}:{spec.runs_key}"
    r.delete(leader_key, runs_key)
    started: list[Replica] = []
    with tempfile.TemporaryDirectory(prefix="perfagent-sched-") as tmp:
        folder = Path(out_dir) / f"scheduler-{process.name}" if out_dir else Path(tmp)
        try:
            _start_all(
                process, started, replicas, cwd=cwd, namespace=namespace, log_dir=folder, extra={}
            )
            ready_wall = time.time()
            by_name = {rep.name: rep for rep in started}
            leader = _wait(
                lambda: r.get(leader_key) if r.llen(runs_key) >= min_runs else None,
                process.ready_timeout_s,
                "a leader and its first runs",
            )
            if leader not in by_name:
                raise ServiceError(
                    f"the leader key names {leader!r}, which is none of the replicas "
                    "perfagent started"
                )
            t0 = time.time()
            kill(by_name[leader])
            killed = time.perf_counter()
            new_leader: str | None = None
            reelection: float | None = None
            deadline = killed + max(observe_s, spec.election_sla_s)
            while time.perf_counter() < deadline:
                holder = r.get(leader_key)
                if holder and holder != leader:
                    new_leader, reelection = _text(holder), round(time.perf_counter() - killed, 3)
                    break
                time.sleep(POLL_S)
            time.sleep(max(0.0, observe_s - (time.perf_counter() - killed)))
            runs = [_text(run) for run in r.lrange(runs_key, 0, -1)]
        finally:
            for replica in started:
                if replica.alive():
                    stop(replica, grace_s=process.stop_grace_s)
            r.delete(leader_key, runs_key)
    duplicates, missed = runs_verdict(runs)
    problems = []
    if reelection is None:
        problems.append(f"no new leader within {max(observe_s, spec.election_sla_s):g} s")
    elif reelection > spec.election_sla_s:
        problems.append(
            f"re-election took {reelection:.1f} s, over the {spec.election_sla_s:g} s SLA"
        )
    if duplicates:
        problems.append(f"{len(duplicates)} slot(s) ran more than once")
    elected = (
        f"{new_leader} took over {reelection:.2f} s after {leader} was killed"
        if reelection is not None
        else f"nobody took over from {leader}"
    )
    reason = elected + ("; " + "; ".join(problems) if problems else "; no run executed twice")
    return FailoverReport(
        process=process.name,
        replicas=replicas,
        leader_before=leader,
        killed_at_s=round(t0 - ready_wall, 3),
        new_leader=new_leader,
        reelection_s=reelection,
        sla_s=spec.election_sla_s,
        runs=len(runs),
        duplicate_slots=duplicates,
        missed_slots=missed,
        ok=not problems,
        reason=reason,
    )


def _text(reply: bytes | str) -> str:
    """A Redis reply as text: the client decodes them, which redis-py's types cannot say."""
    return reply.decode() if isinstance(reply, bytes) else reply


def _wait(probe, timeout_s: float, what: str):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = probe()
        if value:
            return value
        time.sleep(POLL_S)
    raise ServiceError(f"the scheduler showed no {what} within {timeout_s:g} s")
