"""Many servers, many workers, one PostgreSQL queue; Locust master + remote workers over TCP.

Each "node" is a separate `perfagent serve` process (its own home folder, one job worker
thread) on one shared PostgreSQL database — a fresh database created for this run
(perfagent_scale_<pid>) and dropped at the end.

1. failover: N servers, reviews queued through all of them (small, fast review jobs
   of a local repository); one server is SIGKILLed while it runs a job, with the job
   processes it started (a node that died; ``--server-only`` kills the server alone). Every job must
   end `done`, with exactly one `job_done` event (done once, none lost); the killed
   server's job is claimed again once its lease runs out.
2. throughput: the same kind of jobs with 1 worker, then 2 workers (two servers).
3. Locust: a master + remote `perfagent load worker` processes joined over TCP, against
   a small HTTP server, and the same plan with local worker processes, in the same run.

    python benchmarks/scale.py [--jobs 60] [--servers 2] [--throughput-jobs 12] \
[--locust-seconds 10]

Everything shares this machine's cores (2 here): the figures show the mechanics (no job
lost or run twice, workers joined), not what separate machines would give.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from perfagent.api.server.store import Store
from tests.api.test_server_e2e import Server, prices_repo

PG = os.environ.get("PERFAGENT_SCALE_PG", "postgresql://postgres@127.0.0.1:5432")
# Small and fast: two timed samples a side, no profile; the review's machinery runs whole
# (clone, worktrees, benchmark processes, verdict, report files).
REVIEW_SETTINGS = (
    '{"mode": "time", "samples": 2, "max_samples": 2, "max_time_s": 2, '
    '"min_sample_s": 0.01, "profile": "none"}'
)
LEASE_S = "6"


class Database:
    """A fresh PostgreSQL database for this run, dropped on exit."""

    def __init__(self) -> None:
        self.name = f"perfagent_scale_{os.getpid()}"
        self.url = f"{PG}/{self.name}"

    def __enter__(self) -> Database:  # noqa: PYI034
        import psycopg

        with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.name}"')
        return self

    def __exit__(self, *exc) -> None:
        import psycopg

        with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def _servers(tmp: Path, db: Database, count: int, tag: str) -> list[Server]:
    servers = []
    for n in range(count):
        home = tmp / f"{tag}-node{n}"
        home.mkdir()
        servers.append(
            Server(
                home,
                PERFAGENT_SERVER_DATABASE=db.url,
                PERFAGENT_SERVER_WORKERS="1",
                PERFAGENT_SERVER_LEASE_S=LEASE_S,
                PERFAGENT_SERVER_REVIEW_SETTINGS=REVIEW_SETTINGS,
                PERFAGENT_SERVER_RATE_PER_MINUTE="100000",
            )
        )
    return servers


def _queue(servers: list[Server], token: str, repo: dict, count: int) -> list[str]:
    """Queue ``count`` reviews, round robin over the servers' HTTP APIs; their review ids."""
    ids = []
    for i in range(count):
        server = servers[i % len(servers)]
        response = httpx.post(
            f"{server.url}/v1/reviews",
            headers={"Authorization": f"Bearer {token}"},
            json={"repository": repo["path"], "base": repo["base"], "head": repo["unchanged"]},
            timeout=30,
        )
        response.raise_for_status()
        ids.append(response.json()["id"])
    return ids


def _jobs(store: Store, ids: list[str]) -> list:
    wanted = set(ids)
    return [job for job in store.jobs(limit=100_000) if job.stream in wanted]


def _wait_all(store: Store, ids: list[str], timeout_s: float) -> float:
    began = time.monotonic()
    while time.monotonic() - began < timeout_s:
        if sum(
            1 for row in _jobs(store, ids) if row.status in ("done", "failed", "cancelled")
        ) == len(ids):
            return time.monotonic() - began
        time.sleep(0.5)
    raise SystemExit(f"not every job finished within {timeout_s:.0f} s")


def _kill_node(server: Server) -> list[int]:
    """SIGKILL the server and every process it started, at once: a machine that died."""
    import psutil

    victims = [
        psutil.Process(server.proc.pid),
        *psutil.Process(server.proc.pid).children(recursive=True),
    ]
    for proc in victims:
        try:
            proc.kill()
        except psutil.Error:
            pass
    server.proc.wait()
    return [p.pid for p in victims]


@contextlib.contextmanager
def _running(tmp: Path, db: Database, count: int, name: str) -> Iterator[tuple[list, str, Store]]:
    """``count`` servers started on ``db``: (servers, a token, the job store); stopped after."""
    servers = _servers(tmp, db, count, name)
    token = servers[0].token()
    for server in servers:
        server.start()
    try:
        yield servers, token, Store(db.url)
    finally:
        for server in servers:
            server.stop()


def failover(tmp: Path, db: Database, repo: dict, jobs: int, count: int, whole_node: bool) -> None:
    with _running(tmp, db, count, "failover") as (servers, token, store):
        began = time.monotonic()
        ids = _queue(servers, token, repo, jobs)
        queued_s = time.monotonic() - began
        victim = servers[0]
        # SIGKILL the first server while it holds a job, after some jobs are done.
        prefix = f":{victim.proc.pid}:"
        while True:
            rows = _jobs(store, ids)
            done = sum(1 for r in rows if r.status == "done")
            # a job it took less than a second ago, so the kill lands mid-job
            held = [
                r.stream
                for r in rows
                if r.status == "running"
                and prefix in (r.worker or "")
                and time.time() - (r.started or 0) < 1.0
            ]
            if done >= min(5, jobs // 4) and held:
                break
            time.sleep(0.1)
        node = _kill_node(victim) if whole_node else [victim.kill()]
        killed_at = time.monotonic() - began
        began_wall = time.time() - killed_at
        what = (
            f"and its {len(node) - 1} job process(es) (the whole node)"
            if whole_node
            else "(only the server)"
        )
        print(
            f"  SIGKILLed server pid {victim.proc.pid} {what} at {killed_at:.1f} s "
            f"with {done} of {jobs} "
            f"jobs done and one of its jobs running"
        )
        total_s = _wait_all(store, ids, timeout_s=60 * jobs)
        total_s += queued_s
    rows = _jobs(store, ids)
    by_status: dict[str, int] = {}
    for row in rows:
        by_status[row.status] = by_status.get(row.status, 0) + 1
    done_events = {
        i: sum(1 for e in store.events(i, limit=10_000) if e.kind == "job_done") for i in ids
    }
    retried = sum(1 for r in rows if r.attempts > 1)
    victim_row = next(r for r in rows if r.stream == held[0])
    held_events = store.events(held[0], limit=10_000)
    if os.environ.get("PERFAGENT_SCALE_DEBUG"):
        for event in held_events:
            print(f"    {event.at - began_wall:7.2f} s {event.kind} {str(event.data)[:100]}")
    starts = sum(1 for e in held_events if e.kind == "job_started")
    print(
        f"  the job the killed server held: {victim_row.status} "
        f"after {victim_row.attempts} attempt(s), {starts} "
        f"job_started event(s), {done_events[held[0]]} job_done event(s), "
        f"last worker {victim_row.worker}"
    )
    once = sum(1 for n in done_events.values() if n == 1)
    print(
        f"  {len(ids)} reviews queued through {count} servers in {queued_s:.1f} s; "
        "all finished after "
        f"{total_s:.1f} s"
    )
    print(
        f"  states: {by_status}; done exactly once (one job_done event): {once}/{len(ids)}; "
        f"claimed again after the kill: {retried}; lost: {len(ids) - len(rows)}"
    )
    ok = by_status.get("done") == len(ids) == once
    print(f"  every job done exactly once, none lost: {'yes' if ok else 'NO'}")


def throughput(tmp: Path, db: Database, repo: dict, jobs: int, workers: int) -> float:
    with _running(tmp, db, workers, f"tp{workers}") as (servers, token, store):
        began = time.monotonic()
        ids = _queue(servers, token, repo, jobs)
        _wait_all(store, ids, timeout_s=60 * jobs)
        wall = time.monotonic() - began
    done = sum(1 for r in _jobs(store, ids) if r.status == "done")
    rate = done / wall * 60
    print(
        f"  {workers} worker(s) ({workers} server process(es), 1 job thread each): "
        f"{done}/{jobs} reviews done in "
        f"{wall:.1f} s = {rate:.1f} reviews/min"
    )
    return rate


def locust(seconds: float, remote: int, rounds: int) -> None:
    from perfagent.tools.loadtest import LoadPlan, run_child
    from perfagent.tools.loadtest.service import Service, free_port

    app = ROOT / "tests" / "loadtest" / "server_app.py"
    with Service(f"{sys.executable} {app} --port {{port}}", ready="/healthz") as svc:

        def plan(**kw) -> LoadPlan:
            return LoadPlan(
                host=svc.base_url,
                endpoints=[{"path": "/ok"}],
                users=20,
                spawn_rate=100,
                duration_s=seconds,
                **kw,
            )

        def rps(raw) -> float:
            return sum(b.requests for b in raw.buckets) / max(
                raw.ended_wall - raw.started_wall, 1e-9
            )

        def remote_run():
            port = free_port()
            result: dict = {}
            master = threading.Thread(
                target=lambda: result.update(
                    raw=run_child(plan(remote_workers=remote, master_port=port))
                )
            )
            master.start()
            workers = [
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "perfagent.api.cli",
                        "load",
                        "worker",
                        "--master",
                        f"127.0.0.1:{port}",
                    ],
                    cwd=ROOT,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                for _ in range(remote)
            ]
            master.join()
            codes = [w.wait(timeout=60) for w in workers]
            assert codes == [0] * remote and result["raw"].workers == remote, (codes, result)
            return rps(result["raw"])

        local_rps, remote_rps = [], []
        for _ in range(rounds):  # interleaved, so a change in the machine's load hits both
            local_rps.append(rps(run_child(plan(workers=remote))))
            remote_rps.append(remote_run())
    print(
        f"  local: master + {remote} worker processes it started: "
        f"{', '.join(f'{r:.0f}' for r in local_rps)} requests/s"
    )
    print(
        f"  remote: master + {remote} `perfagent load worker` processes joined over TCP: "
        f"{', '.join(f'{r:.0f}' for r in remote_rps)} requests/s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--jobs", type=int, default=60)
    parser.add_argument("--servers", type=int, default=2)
    parser.add_argument("--throughput-jobs", type=int, default=12)
    parser.add_argument("--locust-seconds", type=float, default=10.0)
    parser.add_argument("--locust-workers", type=int, default=2)
    parser.add_argument("--locust-rounds", type=int, default=2)
    parser.add_argument(
        "--server-only",
        action="store_true",
        help="SIGKILL only the server process, not the job processes it started",
    )
    parser.add_argument(
        "--skip", action="append", default=[], choices=["failover", "throughput", "locust"]
    )
    args = parser.parse_args()
    print(
        f"machine: {platform.node()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}, "
        f"Python {platform.python_version()}"
    )
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        repo = prices_repo(tmp / "repo")
        with Database() as db:
            print(f"database {db.name} (dropped at the end)")
            if "failover" not in args.skip:
                print(
                    f"failover: {args.servers} servers x 1 worker, {args.jobs} reviews, "
                    "one server SIGKILLed"
                )
                failover(tmp, db, repo, args.jobs, args.servers, not args.server_only)
            if "throughput" not in args.skip:
                print(f"throughput: {args.throughput_jobs} reviews")
                one = throughput(tmp, db, repo, args.throughput_jobs, 1)
                two = throughput(tmp, db, repo, args.throughput_jobs, 2)
                print(f"  2 workers / 1 worker: {two / one:.2f}x")
    if "locust" not in args.skip:
        print(f"locust: 20 users for {args.locust_seconds:g} s on a loopback HTTP server")
        locust(args.locust_seconds, args.locust_workers, args.locust_rounds)
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
