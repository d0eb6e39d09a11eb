"""The Locust side of perfagent. It only ever runs as a child process perfagent starts:

    python -m perfagent.tools.loadtest.child run PLAN.json RESULT.json
    python -m perfagent.tools.loadtest.child worker PLAN.json MASTER_HOST MASTER_PORT
    python -m perfagent.tools.loadtest.child join MASTER_HOST MASTER_PORT ALLOW_JSON TIMEOUT_S

``import locust`` monkey-patches the importing process (gevent), so nothing in the
parent imports this module. ``run`` drives the plan with a LocalRunner, or with a
MasterRunner plus ``plan.workers`` local worker processes (and waits for
``plan.remote_workers`` more); it prints one JSON tick per second on stdout and
writes a ``RawRun`` to RESULT.json at the end, also after SIGINT/SIGTERM (partial).
``join`` is a worker on another machine: it gets the plan from the master and checks
the host against its own allow-list (``tools.loadtest.distributed``).
"""

from __future__ import annotations

import json
import logging
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import gevent
import gevent.event
import locust  # gevent's monkey.patch_all() runs here, in the child only
import locust.runners
from locust import LoadTestShape
from locust.env import Environment
from locust.runners import LocalRunner, MasterRunner

from perfagent.tools.errors import PerfagentError, ServiceError, UnsafeInputError
from perfagent.tools.loadtest import histogram
from perfagent.tools.loadtest.analysis import evaluate_step, users_at, window_buckets
from perfagent.tools.loadtest.locustfile import USER_CLASS, render_locustfile
from perfagent.tools.loadtest.plan import LoadPlan, Stress, bucket_seconds, stages
from perfagent.tools.loadtest.results import RawRun, SecondBucket, StageMark, Tick
from perfagent.tools.loadtest.safety import check_host

REMOTE_JOIN_S = 300.0  # how long a master waits for workers started by hand elsewhere
REPORT_INTERVAL_S = 1.0  # workers report to the master every second (Locust's default is 3)
MAX_ERROR_KINDS = 100
STOP_MESSAGE, FINAL_MESSAGE = "perfagent_stop", "perfagent_final"
log = logging.getLogger("perfagent.loadtest")


def user_class(plan: LoadPlan) -> type:
    """The user class of the generated locustfile: the load we run is the file users get."""
    namespace: dict = {"__name__": "perfagent_locustfile"}
    # Our own generated source (spec strings are repr()-quoted), not user input.
    exec(compile(render_locustfile(plan, with_shape=False), "<locustfile>", "exec"), namespace)  # noqa: S102
    return namespace[USER_CLASS]


class Collector:
    """Counts each response into a histogram per (second, endpoint): one dict update per request."""

    def __init__(self, bucket_s: int = 1) -> None:
        self.bucket_s = bucket_s
        self.buckets: dict[tuple[int, str], list] = {}
        self.errors: dict[str, int] = {}
        self.finals = 0  # workers that sent their last data (master side)

    def on_request(self, request_type, name, response_time, response_length, exception=None, **_):
        t = int(time.time())
        if self.bucket_s > 1:
            t -= t % self.bucket_s
        key = (t, name)
        bucket = self.buckets.get(key)
        if bucket is None:
            bucket = self.buckets[key] = [0, 0, {}]
        bucket[0] += 1
        if exception is not None:
            bucket[1] += 1
            message = f"{name}: {exception}"[:200]
            if message in self.errors or len(self.errors) < MAX_ERROR_KINDS:
                self.errors[message] = self.errors.get(message, 0) + 1
        hist = bucket[2]
        ms = histogram.round_ms(response_time or 0.0)
        hist[ms] = hist.get(ms, 0) + 1

    def drain(self) -> dict:
        """Everything so far as JSON-ready data, then start empty (a worker's report)."""
        data = {
            "buckets": [
                [t, name, b[0], b[1], {str(k): v for k, v in b[2].items()}]
                for (t, name), b in self.buckets.items()
            ],
            "errors": self.errors,
        }
        self.buckets, self.errors = {}, {}
        return data

    def merge(self, data: dict | None) -> None:
        """Add a worker's drained data (the master's side)."""
        if not data:
            return
        for t, name, requests, failures, hist in data["buckets"]:
            bucket = self.buckets.setdefault((t, name), [0, 0, {}])
            bucket[0] += requests
            bucket[1] += failures
            for key, count in hist.items():
                ms = float(key)
                bucket[2][ms] = bucket[2].get(ms, 0) + count
        for message, count in data["errors"].items():
            self.errors[message] = self.errors.get(message, 0) + count

    def second_buckets(self) -> list[SecondBucket]:
        return [
            SecondBucket(
                t=t,
                name=name,
                requests=b[0],
                failures=b[1],
                hist={str(k): v for k, v in b[2].items()},
            )
            for (t, name), b in sorted(self.buckets.items())
        ]


class PlanShape(LoadTestShape):
    """Walks the plan's stages; a stress run stops after the first step that breaks."""

    def __init__(self, plan: LoadPlan, collector: Collector, lag_s: float) -> None:
        super().__init__()
        self.plan, self.collector, self.lag_s = plan, collector, lag_s
        self.stages = stages(plan)
        self.marks: list[StageMark] = []
        self.finished_wall: float | None = None
        self.stopped_early = False

    def tick(self):
        # Never returns None: the run's end is handled by run(), so the last reports of
        # distributed workers are collected before anyone is told to stop.
        elapsed, index = self.get_run_time(), 0
        while index < len(self.stages) and elapsed >= self.stages[index].duration_s:
            elapsed -= self.stages[index].duration_s
            index += 1
        if self.finished_wall is None and (not self.marks or index != self.marks[-1].index):
            if self.marks and self._broke():
                self.stopped_early = True
                index = len(self.stages)
            if index >= len(self.stages):
                self.finished_wall = time.time()
            else:
                self.marks.append(
                    StageMark(t_wall=time.time(), index=index, users=self.stages[index].users)
                )
        stage = self.stages[self.marks[-1].index] if self.marks else self.stages[0]
        return stage.users, stage.spawn_rate

    def _broke(self) -> bool:
        shape = self.plan.shape
        if not isinstance(shape, Stress) or not shape.stop_at_break:
            return False
        if self.lag_s:
            gevent.sleep(self.lag_s)  # let the workers' last reports of this step arrive
        mark, end = self.marks[-1], time.time() - self.lag_s
        chosen, seconds = window_buckets(self.collector.second_buckets(), mark.t_wall, end)
        step = evaluate_step(
            mark.index,
            mark.users,
            chosen,
            start_s=0,
            duration_s=seconds,
            max_error_rate=shape.max_error_rate,
            p95_limit_ms=shape.p95_limit_ms,
            endpoints=self.plan.endpoints,
        )
        return step.broken


def _tick(collector: Collector, second: int, started: float, users: int, total: list[int]) -> Tick:
    step = collector.bucket_s
    group = [b for (t, _), b in collector.buckets.items() if t == second - second % step]
    hist = histogram.merge({str(k): v for k, v in b[2].items()} for b in group)
    if step == 1:
        requests, failures = sum(b[0] for b in group), sum(b[1] for b in group)
        total[0] += requests
    else:  # buckets span several seconds: the second's counts are the growth of the totals
        now_total = sum(b[0] for b in collector.buckets.values())
        now_failures = sum(b[1] for b in collector.buckets.values())
        requests, failures = now_total - total[0], now_failures - total[1]
        total[0], total[1] = now_total, now_failures
    return Tick(
        t_s=round(second + 1 - started, 1),
        users=users,
        requests=requests,
        rps=float(requests),
        p95_ms=histogram.percentile_ms(hist, 0.95),
        failures=failures,
        error_rate=failures / requests if requests else 0.0,
        total_requests=total[0],
    )


def _ticker(collector: Collector, shape: PlanShape, started: float, lag_s: float) -> None:
    total = [0, 0]
    second = int(time.time())
    while True:
        gevent.sleep(max(0.0, second + 1 + lag_s + 0.05 - time.time()))
        tick = _tick(collector, second, started, users_at(shape.marks, second + 0.5), total)
        sys.stdout.write(tick.model_dump_json() + "\n")
        sys.stdout.flush()
        second += 1


def _free_port(host: str) -> int:
    with socket.socket() as sock:
        sock.bind((host if host not in ("*", "0.0.0.0") else "", 0))
        return sock.getsockname()[1]


def _start_workers(plan_path: Path, count: int, port: int) -> list[subprocess.Popen]:
    argv = [
        sys.executable,
        "-m",
        "perfagent.tools.loadtest.child",
        "worker",
        str(plan_path),
        "127.0.0.1",
        str(port),
    ]
    return [
        subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        for _ in range(count)
    ]


def _wait_for_workers(
    runner, expected: int, timeout_s: float, refusals: list[str] | None = None
) -> None:
    deadline = time.time() + timeout_s
    while len(runner.clients.ready) < expected:
        if refusals:
            raise UnsafeInputError(refusals[0])
        if time.time() > deadline:
            raise ServiceError(
                f"only {len(runner.clients.ready)} of {expected} Locust workers connected "
                f"within {timeout_s:g} s"
            )
        gevent.sleep(0.1)


def _final(collector: Collector, msg) -> None:
    collector.merge(msg.data)
    collector.finals += 1


def _stop_workers(runner: MasterRunner, plan: LoadPlan, collector: Collector) -> None:
    """Ask every worker to stop its users and send its last data; wait for all of it.

    Locust's own ``stop`` forgets a worker as soon as it reports stopped and then
    discards its late stats, which would lose the last requests of the run.
    """
    if runner.shape_greenlet is not None:
        runner.shape_greenlet.kill(block=True)
        runner.shape_greenlet = None
    expected = len(runner.clients.all)
    runner.send_message(STOP_MESSAGE)
    deadline = time.time() + plan.stop_timeout_s + 10.0
    while collector.finals < expected and time.time() < deadline:
        gevent.sleep(0.05)


def run(plan_path: Path, result_path: Path) -> int:
    plan = LoadPlan.model_validate_json(plan_path.read_text())
    check_host(plan.host, plan.allow_hosts)
    collector = Collector(bucket_seconds(plan))
    lag_s = REPORT_INTERVAL_S + 0.2 if plan.distributed else 0.0
    shape = PlanShape(plan, collector, lag_s)
    env = Environment(
        user_classes=[user_class(plan)],
        shape_class=shape,
        host=plan.host,
        stop_timeout=plan.stop_timeout_s,
    )
    workers: list[subprocess.Popen] = []
    runner: MasterRunner | LocalRunner
    if plan.distributed:
        locust.runners.WORKER_REPORT_INTERVAL = REPORT_INTERVAL_S
        port = plan.master_port or _free_port(plan.master_bind_host)
        runner = env.create_master_runner(plan.master_bind_host, port)
        env.events.worker_report.add_listener(
            lambda client_id, data: collector.merge(data.get("perfagent"))
        )
        runner.register_message(FINAL_MESSAGE, lambda environment, msg, **_: _final(collector, msg))
        refusals: list[str] = []
        if plan.remote_workers:
            from perfagent.tools.loadtest.distributed import serve_plan

            serve_plan(runner, plan, refusals)
        workers = _start_workers(plan_path, plan.workers, port)
        wait_s = 30.0 + 2 * plan.workers + (REMOTE_JOIN_S if plan.remote_workers else 0.0)
        try:
            _wait_for_workers(runner, plan.workers + plan.remote_workers, wait_s, refusals)
        except Exception:
            runner.quit()
            for proc in workers:
                proc.kill()
            raise
    else:
        runner = env.create_local_runner()
        env.events.request.add_listener(collector.on_request)

    interrupted = gevent.event.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        gevent.signal_handler(sig, interrupted.set)

    started = time.time()
    runner.start_shape()
    ticker = gevent.spawn(_ticker, collector, shape, started, lag_s)
    while not interrupted.is_set() and shape.finished_wall is None:
        gevent.sleep(0.05)
    ended = shape.finished_wall or time.time()
    if isinstance(runner, MasterRunner):  # plan.distributed
        _stop_workers(runner, plan, collector)
    else:
        runner.stop()  # users finish the request in flight (stop_timeout), so counts are whole
    runner.quit()
    ticker.kill()
    for proc in workers:
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    raw = RawRun(
        started_wall=started,
        ended_wall=ended,
        interrupted=interrupted.is_set(),
        stopped_early=shape.stopped_early,
        workers=plan.workers + plan.remote_workers,
        bucket_s=collector.bucket_s,
        endpoints={e.name: [e.method, e.path] for e in plan.endpoints},
        stages=shape.marks,
        buckets=collector.second_buckets(),
        errors=collector.errors,
        locust_requests={e.name: e.num_requests for e in env.stats.entries.values()},
        locust_failures={e.name: e.num_failures for e in env.stats.entries.values()},
    )
    tmp = result_path.with_suffix(".tmp")
    tmp.write_text(raw.model_dump_json())
    tmp.replace(result_path)
    return 0


def worker(
    plan_path: Path, master_host: str, master_port: int, *, allow: list[str] | None = None
) -> int:
    """A Locust worker; ``allow`` (a remote worker's own allow-list) wins over the plan's."""
    plan = LoadPlan.model_validate_json(plan_path.read_text())
    allow = allow if allow is not None else plan.allow_hosts
    check_host(plan.host, allow)
    locust.runners.WORKER_REPORT_INTERVAL = REPORT_INTERVAL_S
    collector = Collector(bucket_seconds(plan))
    env = Environment(
        user_classes=[user_class(plan)], host=plan.host, stop_timeout=plan.stop_timeout_s
    )
    env.events.request.add_listener(collector.on_request)
    env.events.report_to_master.add_listener(
        lambda client_id, data: data.update(perfagent=collector.drain())
    )
    runner = env.create_worker_runner(master_host, master_port)
    start_worker = runner.start_worker

    def guarded(user_classes_count, **kwargs):
        # The master chooses the host; this worker still only loads its own allow-list.
        check_host(env.host or plan.host, allow)
        return start_worker(user_classes_count, **kwargs)

    # An instance override: locust's message loop calls self.start_worker on "spawn".
    setattr(runner, "start_worker", guarded)  # noqa: B010 - mypy rejects assigning to a method

    def stop_and_send_final(environment, msg, **_):
        runner.stop()  # graceful: each user finishes its request in flight
        runner.send_message(FINAL_MESSAGE, collector.drain())

    runner.register_message(STOP_MESSAGE, stop_and_send_final, concurrent=True)
    gevent.signal_handler(signal.SIGINT, lambda: None)  # the master decides when to stop
    gevent.signal_handler(signal.SIGTERM, runner.quit)
    runner.greenlet.join()
    return 0


def main(argv: list[str]) -> int:
    logging.basicConfig(
        level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s"
    )
    try:
        if argv[:1] == ["run"] and len(argv) == 3:
            return run(Path(argv[1]), Path(argv[2]))
        if argv[:1] == ["worker"] and len(argv) == 4:
            return worker(Path(argv[1]), argv[2], int(argv[3]))
        if argv[:1] == ["join"] and len(argv) == 5:
            from perfagent.tools.loadtest.distributed import join

            return join(argv[1], int(argv[2]), json.loads(argv[3]), float(argv[4]))
    except PerfagentError as exc:
        sys.stderr.write(json.dumps({"error": str(exc), "type": type(exc).__name__}) + "\n")
        return 2
    sys.stderr.write(__doc__ or "")
    return 64


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
