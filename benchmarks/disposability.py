"""The disposability tests at full length, repeated: the figures behind the short tests.

    python benchmarks/disposability.py [--repeats R] [--quick] [--out DIR] [--fixture FILE]

On real replicas behind a real HAProxy (loopback), with the bundled examples:

1. SIGTERM mid-load: the shop (uvicorn, graceful) against the cart started with
   ``--ungraceful`` (os._exit on SIGTERM): requests in flight, dropped, cut by the replica
   (HAProxy's log), time to exit; R runs each;
2. SIGKILL at peak (the shop): errors, time until throughput is back, the replacement's
   cold start; R runs;
3. a replica added under load (the shop): cold start, time to its first request, its CPU
   and memory by then; R runs;
4. statelessness: the cart with sessions in memory against the cart on Redis;
5. the replica sweep: the cart's one-at-a-time endpoint (capacity only grows with replicas)
   on 1..4 replicas, and the shop on 1..3 against its p95 budget;
6. the web ramp to peak and sustain (the shop, 3 replicas);
7. workers: a fast consumer against a slow one on a Redis list, and the fast one on a
   PostgreSQL table; 8. scheduler failover with an election and without one; 9. the admin command.

Every figure is printed, and with ``--out`` each run's record (JSON) and plots are kept.
``--fixture`` writes one ``DisposabilityResult`` (shop web runs, workers, schedulers,
admin) for the rendering tests. On a shared 2-core machine the rates move with the
neighbours; the verdicts (dropped or not, bounded or not, duplicates or not) should not.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from perfagent.tools.disposability import events, ramp, stateless, sweep
from perfagent.tools.disposability.admin import admin_check
from perfagent.tools.disposability.cluster import WebTarget
from perfagent.tools.disposability.models import DisposabilityResult, WebDisposability
from perfagent.tools.disposability.scheduler import failover_test
from perfagent.tools.disposability.worker import backlog_test
from perfagent.tools.loadtest.plan import LoadPlan
from perfagent.tools.spec import ProcessSpec, load_spec

SHOP, SESSIONS, WORKER = (
    ROOT / "examples" / "shop",
    ROOT / "examples" / "sessions",
    ROOT / "examples" / "worker",
)
PY = sys.executable
REDIS, PG = "redis://127.0.0.1:6379/0", "postgresql://postgres@127.0.0.1:5432/test"


def shop(tmp: Path) -> tuple[WebTarget, LoadPlan]:
    env = {"SHOP_DB": str(tmp / "shop.db"), "SHOP_SCALE": "0.05"}
    subprocess.run(
        [PY, "-m", "shop.db"], cwd=SHOP, env={**os.environ, **env}, check=True, capture_output=True
    )
    spec = load_spec(SHOP / "perfagent.toml")
    target = WebTarget(
        command=spec.service.start.replace("python", PY, 1),
        ready="/healthz",
        cwd=str(SHOP),
        env=env,
    )
    return target, spec.plan("run", host="http://127.0.0.1:1", users=12)


def cart(*flags: str, env: dict | None = None) -> WebTarget:
    return WebTarget(
        command=" ".join([PY, "-m", "sessions", "--port", "{port}", *flags]),
        ready="/healthz",
        cwd=str(SESSIONS),
        env=env or {},
    )


def plan(*endpoints: dict, users: int = 12) -> LoadPlan:
    return LoadPlan(host="http://127.0.0.1:1", endpoints=list(endpoints), users=users)


def line(*cells) -> None:
    print("  " + " | ".join(str(c) for c in cells), flush=True)


def spread(values: list[float]) -> str:
    values = [v for v in values if v is not None]
    if not values:
        return "–"
    return f"median {statistics.median(values):.3f} (min {min(values):.3f}, max {max(values):.3f})"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--quick", action="store_true", help="one run each, short loads")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--fixture", type=Path, default=None)
    args = parser.parse_args()
    repeats = 1 if args.quick else args.repeats
    at, after = (2.0, 3.0) if args.quick else (5.0, 8.0)
    tmp = Path(tempfile.mkdtemp(prefix="perfagent-bench-disp-"))
    out = args.out
    started = time.time()
    try:
        shop_target, shop_plan = shop(tmp)
        work = plan({"path": "/work?ms=150"})
        result = DisposabilityResult(web=WebDisposability(replicas=3, balancer="haproxy"))

        print("1. SIGTERM mid-load, 3 replicas (in flight | dropped | cut by the replica | exit s)")
        for name, target, p in (
            ("shop (graceful)", shop_target, shop_plan),
            ("cart --ungraceful", cart("--ungraceful"), work),
        ):
            for n in range(repeats):
                r = events.shutdown_test(
                    target,
                    p,
                    replicas=3,
                    at_s=at,
                    after_s=after,
                    out_dir=out / f"shutdown-{n}-{name.split()[0]}" if out else None,
                )
                line(
                    name,
                    r.in_flight,
                    r.dropped,
                    r.lb.aborted,
                    r.exit_s,
                    "ok" if r.ok else "DROPPED",
                )
                if name.startswith("shop"):
                    result.web.shutdown = r

        print(
            "2. SIGKILL at peak, the shop on 3 replicas "
            "(in flight | errors | recovery s | replacement cold start s)"
        )
        recoveries = []
        for n in range(repeats):
            r = events.crash_test(
                shop_target,
                shop_plan,
                replicas=3,
                at_s=at,
                after_s=after,
                out_dir=out / f"crash-{n}" if out else None,
            )
            recoveries.append(r.recovery_s)
            line(
                "shop",
                r.in_flight,
                r.errors,
                r.recovery_s,
                r.replacement.cold_start_s if r.replacement else None,
            )
            result.web.crash = r
        line("recovery", spread(recoveries))

        print(
            "3. a replica added under load, the shop 2 -> 3 "
            "(cold start s | first request after ready s | CPU s | RSS MiB)"
        )
        colds = []
        for n in range(repeats):
            r = events.startup_test(
                shop_target,
                shop_plan,
                replicas=2,
                at_s=at,
                after_s=after,
                out_dir=out / f"startup-{n}" if out else None,
            )
            colds.append(r.cold_start_s)
            line(
                "shop",
                r.cold_start_s,
                r.serving_after_s,
                r.cpu_s,
                round((r.rss_bytes or 0) / 2**20, 1),
                "ok" if r.ok else "OVER SLA",
            )
            result.web.startup = r
        line("cold start", spread(colds))

        print("4. statelessness, 3 replicas (error rate with affinity | round robin | blocker)")
        cart_plan = plan(
            {"path": "/cart", "weight": 3}, {"path": "/cart/items", "method": "POST"}, users=10
        )
        carts = (
            ("cart, sessions in memory", cart()),
            ("cart, sessions in Redis", cart(env={"SESSIONS_STORE": REDIS})),
        )
        for name, target in carts:
            r = stateless.stickiness_test(
                target, cart_plan, replicas=3, duration_s=after, namespace="bench-stateless"
            )
            line(name, f"{r.sticky.error_rate:.2%}", f"{r.round_robin.error_rate:.2%}", r.blocker)
            if "memory" in name:
                result.web.stickiness = r

        print("5. replica sweep (replicas: req/s, p95 ms, meets SLA)")
        for slug, name, target, p, limit, top in (
            (
                "cart",
                "cart /serial 30 ms, 4 users, p95 <= 100 ms",
                cart(),
                plan({"path": "/serial?ms=30"}, users=4),
                100.0,
                4,
            ),
            ("shop", "shop, 12 users, p95 <= 500 ms", shop_target, shop_plan, 500.0, 3),
        ):
            s = sweep.replica_sweep(
                target,
                p,
                max_replicas=top,
                duration_s=after,
                p95_limit_ms=limit,
                out_dir=out / f"sweep-{slug}" if out else None,
            )
            line(
                name,
                "; ".join(
                    f"{q.replicas}: {q.rps:.0f}, {q.p95_ms or 0:.0f}, {q.meets_sla}"
                    for q in s.points
                ),
                f"min {s.min_replicas}",
            )
            if s.trigger:
                line("", s.trigger.why)
            if slug == "shop":
                result.web.sweep = s

        print("6. web ramp to peak and sustain, the shop on 3 replicas")
        r = ramp.ramp_test(
            shop_target,
            shop_plan,
            replicas=3,
            users=12,
            ramp_s=at,
            sustain_s=2 * after,
            out_dir=out / "ramp" if out else None,
        )
        line(r.reason, "ok" if r.ok else "FAILED")
        result.web.ramp = r

        print(
            "7. workers, 2 replicas "
            "(max depth | final | trend/s | p95 completion s | bounded | SLA)"
        )
        for name, ms, url, kind in (
            ("fast (5 ms/job), Redis list", 5, REDIS, "redis-list"),
            ("slow (200 ms/job), Redis list", 200, REDIS, "redis-list"),
            ("fast (5 ms/job), PostgreSQL table", 5, PG, "postgres-table"),
        ):
            spec = ProcessSpec(
                name="worker",
                archetype="worker",
                ready="worker ready",
                replicas=2,
                start=f"{PY} -m jobs.worker --url {{queue_url}} --queue {{queue}} --job-ms {ms}",
                queue={
                    "kind": kind,
                    "url": url,
                    "sla_s": 2.0,
                    "burst": 200,
                    "rate_per_s": 40,
                    "sustain_s": after + at,
                },
            )
            w = backlog_test(
                spec,
                cwd=WORKER,
                namespace="bench-worker",
                out_dir=out / f"worker-{kind}-{ms}" if out else None,
            )
            line(
                name,
                w.max_depth,
                w.final_depth,
                w.growth_per_s,
                w.completion_p95_s,
                w.bounded,
                w.sla_ok,
            )
            result.workers.append(w)

        print(
            "8. scheduler failover, 3 replicas, 3 s lock "
            "(re-election s | duplicates | slots missed)"
        )
        for flags in ("", " --no-election"):
            spec = ProcessSpec(
                name="scheduler",
                archetype="scheduler",
                ready="scheduler ready",
                replicas=3,
                start=f"{PY} -m jobs.scheduler --url {REDIS} --namespace {{namespace}} "
                f"--ttl-ms 3000{flags}",
                leader={"url": REDIS, "observe_s": after},
            )
            for _ in range(repeats if not flags else 1):
                f = failover_test(spec, cwd=WORKER, namespace="bench-sched")
                line(
                    "election" if not flags else "no election",
                    f.reelection_s,
                    len(f.duplicate_slots),
                    f.missed_slots,
                    "ok" if f.ok else "FAILED",
                )
                result.schedulers.append(f)

        print("9. admin command (first output s | total s | exit | audit entry)")
        shutil.copytree(WORKER / "jobs", tmp / "jobs")
        a = admin_check(
            ProcessSpec(
                name="reindex",
                archetype="admin",
                audit_log="audit.log",
                start=f"{PY} -m jobs.admin reindex --audit-log audit.log",
            ),
            cwd=tmp,
            namespace="b",
        )
        line(a.first_output_s, a.wall_s, a.exit_code, a.audit_entry)
        result.admins.append(a)

        from perfagent.agent.disposability import bugs

        result.bugs = bugs(result)
        if args.fixture:
            args.fixture.parent.mkdir(parents=True, exist_ok=True)
            args.fixture.write_text(result.model_dump_json(indent=2) + "\n")
        if out:
            out.mkdir(parents=True, exist_ok=True)
            (out / "disposability.json").write_text(result.model_dump_json(indent=2) + "\n")
        print(
            json.dumps({"bugs": result.bugs, "seconds": round(time.time() - started, 1)}, indent=2)
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
