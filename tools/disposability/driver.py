"""The load of a disposability test, one row per request. Only ever run as a child:

    python -m perfagent.tools.disposability.driver PLAN.json TIMELINE.json

It drives the plan's users with Locust (the same generated user class as
``tools.loadtest``) through the plan's stages, prints ``{"started": <wall>}`` once
the users are spawning (the parent times its events from it) and, at the end or
on SIGINT/SIGTERM, writes a ``Timeline``: start, end, status and outcome of every
request. Locust's per-second histograms are too coarse for a replica that dies in
the middle of a second, and its request event gives both timestamps for free.
"""

from __future__ import annotations

import json
import signal
import sys
import time
from pathlib import Path

import gevent
import gevent.event
from locust.env import Environment  # gevent's monkey.patch_all() runs here, in the child only

from perfagent.tools.disposability.models import Timeline
from perfagent.tools.errors import PerfagentError
from perfagent.tools.loadtest.child import user_class
from perfagent.tools.loadtest.plan import LoadPlan, stages
from perfagent.tools.loadtest.safety import check_host

MAX_ERROR_KINDS = 50


def run(plan_path: Path, out_path: Path) -> int:
    plan = LoadPlan.model_validate_json(plan_path.read_text())
    check_host(plan.host, plan.allow_hosts)
    names = [e.name for e in plan.endpoints]
    index = {name: i for i, name in enumerate(names)}
    rows: list[tuple] = []
    errors: dict[str, int] = {}

    def on_request(
        request_type,
        name,
        response_time,
        response_length,
        response=None,
        exception=None,
        start_time=None,
        **_,
    ):
        end = time.time()
        start = start_time or end - (response_time or 0.0) / 1000
        status = int(getattr(response, "status_code", 0) or 0)
        rows.append((start, end, status, exception is None, index.get(name, -1)))
        if exception is not None:
            message = f"{name}: {exception}"[:160]
            if message in errors or len(errors) < MAX_ERROR_KINDS:
                errors[message] = errors.get(message, 0) + 1

    env = Environment(
        user_classes=[user_class(plan)], host=plan.host, stop_timeout=plan.stop_timeout_s
    )
    env.events.request.add_listener(on_request)
    runner = env.create_local_runner()
    interrupted = gevent.event.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        gevent.signal_handler(sig, interrupted.set)

    started = time.time()
    stage_starts: list[float] = []
    elapsed = 0.0
    for n, stage in enumerate(stages(plan)):
        stage_starts.append(round(elapsed, 4))
        runner.start(stage.users, spawn_rate=stage.spawn_rate)
        if n == 0:
            sys.stdout.write(json.dumps({"started": started}) + "\n")
            sys.stdout.flush()
        elapsed += stage.duration_s
        interrupted.wait(max(0.0, started + elapsed - time.time()))
        if interrupted.is_set():
            break
    ended = time.time()
    runner.stop()  # users finish the request in flight (stop_timeout), so every row is whole
    runner.quit()
    timeline = Timeline(
        started_wall=started,
        ended_wall=ended,
        names=names,
        start_s=[round(r[0] - started, 4) for r in rows],
        end_s=[round(r[1] - started, 4) for r in rows],
        status=[r[2] for r in rows],
        ok=[r[3] for r in rows],
        endpoint=[r[4] for r in rows],
        stage_starts_s=stage_starts,
        errors=errors,
    )
    tmp = out_path.with_suffix(".tmp")
    tmp.write_text(timeline.model_dump_json())
    tmp.replace(out_path)
    return 0


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.stderr.write(__doc__ or "")
        return 64
    try:
        return run(Path(argv[0]), Path(argv[1]))
    except PerfagentError as exc:
        sys.stderr.write(json.dumps({"error": str(exc), "type": type(exc).__name__}) + "\n")
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
