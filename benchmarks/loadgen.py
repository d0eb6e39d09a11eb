"""How much load perfagent's Locust runner generates, against raw Locust (and wrk).

    python benchmarks/loadgen.py [--duration S] [--users N] [--repeats R] [--json]

One fast endpoint (a keep-alive asyncio HTTP responder, this file with --serve),
pinned to the last CPU. Load generators are pinned to CPU 0 ("one core each"):

1. raw Locust: a minimal FastHttpUser locustfile run with the `locust` command;
   perfagent's runner (the same FastHttpUser via tools.loadtest.run_child), same
   users, same time, interleaved R times. Requests/s is the server's own count
   over the load time; the ratio perfagent / raw has a goal of >= 0.95.
2. perfagent with 1 vs 2 Locust workers (not pinned): goal >= 1.8x unless the
   server is the limit, judged from its CPU (a busy server core means it is).
3. wrk on the same endpoint for reference, when `wrk` is installed.

Throughput figures need a quiet machine; on a shared one they show the method only.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RESPONSE = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: text/plain\r\n\r\nok"
MINIMAL_LOCUSTFILE = """from locust import FastHttpUser, task


class Minimal(FastHttpUser):
    @task
    def root(self):
        self.client.get("/")
"""


def serve(port: int) -> None:
    """A keep-alive HTTP responder: 'ok' to every GET; GET /__count answers the request count."""
    count = [0]

    class Protocol(asyncio.Protocol):
        def connection_made(self, transport):
            self.transport, self.buffer = transport, b""

        def data_received(self, data):
            self.buffer += data
            end = self.buffer.rfind(b"\r\n\r\n")
            if end < 0:
                return
            requests, self.buffer = self.buffer[: end + 4], self.buffer[end + 4 :]
            if requests.startswith(b"GET /__count"):
                body = str(count[0]).encode()
                self.transport.write(
                    b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
                )
                return
            n = requests.count(b"\r\n\r\n")
            count[0] += n
            self.transport.write(RESPONSE * n)

    async def main():
        server = await asyncio.get_running_loop().create_server(
            Protocol, "127.0.0.1", port, backlog=1024
        )
        await server.serve_forever()

    asyncio.run(main())


def server_count(base_url: str) -> int:
    with urllib.request.urlopen(base_url + "/__count", timeout=10) as response:
        return int(response.read())


def cpu_seconds(pid: int) -> float:
    import psutil

    times = psutil.Process(pid).cpu_times()
    return times.user + times.system


def measure(base_url: str, server_pid: int, duration_s: float, go) -> dict:
    """Requests/s by the server's count, and the server's CPU (% of one core) meanwhile."""
    import psutil

    before, cpu_before = server_count(base_url), cpu_seconds(server_pid)
    psutil.cpu_percent(None)
    go()
    machine = psutil.cpu_percent(None)  # all CPUs, averaged, over the run (other users' load too)
    after, cpu_after = server_count(base_url), cpu_seconds(server_pid)
    requests = after - before - 1  # minus our own /__count
    return {
        "requests": requests,
        "rps": requests / duration_s,
        "server_cpu_pct": 100.0 * (cpu_after - cpu_before) / duration_s,
        "machine_cpu_pct": machine,
    }


def raw_locust(base_url: str, users: int, duration_s: float, cpu: set[int] | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        locustfile = Path(tmp) / "minimal.py"
        locustfile.write_text(MINIMAL_LOCUSTFILE)
        argv = [
            str(Path(sys.executable).with_name("locust")),
            "-f",
            str(locustfile),
            "--headless",
            "-u",
            str(users),
            "-r",
            str(users * 10),
            "-t",
            f"{duration_s:g}s",
            "--host",
            base_url,
            "--only-summary",
            "--loglevel",
            "WARNING",
        ]
        subprocess.run(
            argv,
            check=True,
            cwd=tmp,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=(lambda: os.sched_setaffinity(0, cpu)) if cpu else None,
        )


def perfagent_runner(
    base_url: str, users: int, duration_s: float, cpu: set[int] | None, workers: int = 0
):
    from perfagent.tools.loadtest import LoadPlan, run_child

    plan = LoadPlan(
        host=base_url,
        endpoints=[{"path": "/"}],
        users=users,
        spawn_rate=users * 10,
        duration_s=duration_s,
        workers=workers,
        stop_timeout_s=1,
    )
    pin = (lambda proc: os.sched_setaffinity(proc.pid, cpu)) if cpu else None
    run_child(plan, started=pin)


def wrk(base_url: str, users: int, duration_s: float, cpu: set[int] | None) -> float | None:
    if not shutil.which("wrk"):
        return None
    done = subprocess.run(
        ["wrk", "-t1", f"-c{users}", f"-d{duration_s:g}s", base_url + "/"],
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=(lambda: os.sched_setaffinity(0, cpu)) if cpu else None,
    )
    match = re.search(r"Requests/sec:\s+([\d.]+)", done.stdout)
    return float(match.group(1)) if match else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--duration", type=float, default=10.0, help="seconds of load per measurement"
    )
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=2, help="interleaved raw/perfagent pairs")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        return serve(args.serve)

    from perfagent.tools.loadtest.service import Service

    cpus = sorted(os.sched_getaffinity(0))
    server_cpu = {cpus[-1]} if len(cpus) > 1 else None
    gen_cpu = {cpus[0]} if len(cpus) > 1 else None
    command = f"{sys.executable} {Path(__file__).resolve()} --serve {{port}}"
    report: dict = {
        "duration_s": args.duration,
        "users": args.users,
        "cpus": len(cpus),
        "server_cpu": sorted(server_cpu or []),
        "generator_cpu": sorted(gen_cpu or []),
    }
    with Service(command, ready="/__count") as svc:
        if server_cpu:
            os.sched_setaffinity(svc.pid, server_cpu)
        url, d, u = svc.base_url, args.duration, args.users
        raw, ours = [], []
        for _ in range(args.repeats):
            raw.append(measure(url, svc.pid, d, lambda: raw_locust(url, u, d, gen_cpu)))
            ours.append(measure(url, svc.pid, d, lambda: perfagent_runner(url, u, d, gen_cpu)))
        raw_rps = statistics.median(m["rps"] for m in raw)
        our_rps = statistics.median(m["rps"] for m in ours)
        report["raw_locust"] = raw
        report["perfagent"] = ours
        report["ratio"] = our_rps / raw_rps if raw_rps else None
        one = measure(url, svc.pid, d, lambda: perfagent_runner(url, u, d, None, workers=1))
        two = measure(url, svc.pid, d, lambda: perfagent_runner(url, u, d, None, workers=2))
        report["workers_1"], report["workers_2"] = one, two
        report["workers_scaling"] = two["rps"] / one["rps"] if one["rps"] else None
        report["server_limited"] = two["server_cpu_pct"] >= 85.0
        report["machine_limited"] = two["machine_cpu_pct"] >= 90.0
        report["wrk_rps"] = wrk(url, u, d, gen_cpu)

    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(
        f"fast endpoint: asyncio responder on CPU {report['server_cpu']}, {u} users, {d:g} s each, "
        f"{len(cpus)} CPUs; generators on CPU {report['generator_cpu']}"
    )
    for label, runs in (("raw Locust (minimal locustfile)", raw), ("perfagent runner", ours)):
        figures = ", ".join(f"{m['rps']:.0f}" for m in runs)
        print(
            f"  {label:34s} median {statistics.median(m['rps'] for m in runs):8.0f} req/s  "
            f"(runs: {figures})"
        )
    print(f"  ratio perfagent / raw: {report['ratio']:.3f}  (goal >= 0.95)")
    for label, m in (("1 worker ", one), ("2 workers", two)):
        print(
            f"  {label}: {m['rps']:8.0f} req/s, server CPU {m['server_cpu_pct']:.0f}% of a core, "
            f"machine CPU {m['machine_cpu_pct']:.0f}% of all {len(cpus)}"
        )
    if report["server_limited"]:
        limit = "the server is the limit (its core is busy)"
    elif report["machine_limited"]:
        limit = (
            "the machine's CPUs are the limit (master, workers and server share them), "
            "not the server"
        )
    else:
        limit = "neither the server nor the machine's CPUs are saturated"
    print(
        f"  scaling 2 vs 1 workers: {report['workers_scaling']:.2f}x  "
        "(goal >= 1.8x unless server-bound): "
        f"{limit}"
    )
    wrk_rps = report["wrk_rps"]
    print(
        f"  wrk -t1 -c{u} on the generator CPU: "
        + (f"{wrk_rps:.0f} req/s (reference)" if wrk_rps else "not installed (apt-get install wrk)")
    )


if __name__ == "__main__":
    main()
