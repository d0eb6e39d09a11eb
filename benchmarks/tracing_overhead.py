"""What the injected tracing costs a service: the Flask test app (tests/tracing/apps) under
gunicorn (2 workers), loaded closed-loop on one endpoint, untraced and traced in alternating
rounds; prints throughput and p50 per mode and their ratios (medians over the rounds).

    .venv/bin/python benchmarks/tracing_overhead.py --rounds 3 --round-s 5 --users 4 --path /authors
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from perfagent.tools.tracing.load import closed_loop
from perfagent.tools.tracing.service import traced

APPS = Path(__file__).resolve().parent.parent / "tests" / "tracing" / "apps"


def one_round(
    tmp: Path, *, trace: bool, path: str, users: int, round_s: float
) -> tuple[float, float, int]:
    command = f"{Path(sys.executable).parent / 'gunicorn'} -w 2 -b 127.0.0.1:{{port}} flask_app:app"
    with traced(
        command,
        ready="/healthz",
        cwd=APPS,
        env={"APP_DB": str(tmp / "app.db")},
        out_dir=tmp / "spans",
        enabled=trace,
        ready_timeout_s=60,
    ) as (svc, _):
        closed_loop(svc.base_url, [path], users=users, duration_s=1.0)  # warm-up
        run = closed_loop(svc.base_url, [path], users=users, duration_s=round_s)
    return run.throughput_rps, run.p50_ms() or 0.0, len(run.samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--round-s", type=float, default=5.0)
    parser.add_argument("--users", type=int, default=4)
    parser.add_argument("--path", default="/authors")
    args = parser.parse_args()
    figures: dict[bool, list[tuple[float, float, int]]] = {False: [], True: []}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.rounds):
            for trace in (False, True) if i % 2 == 0 else (True, False):
                figures[trace].append(
                    one_round(
                        Path(tmp),
                        trace=trace,
                        path=args.path,
                        users=args.users,
                        round_s=args.round_s,
                    )
                )
    print(
        f"load average {os.getloadavg()[0]:.1f}; {args.rounds} rounds of {args.round_s:g} s, "
        f"{args.users} users, "
        f"GET {args.path}"
    )
    med = {}
    for trace, rows in figures.items():
        rps = statistics.median(r[0] for r in rows)
        p50 = statistics.median(r[1] for r in rows)
        med[trace] = (rps, p50)
        print(
            f"{'traced  ' if trace else 'untraced'}: {rps:8.1f} req/s  p50 {p50:7.2f} ms  "
            f"(rounds: {', '.join(f'{r[0]:.0f}' for r in rows)} req/s)"
        )
    print(
        f"traced/untraced: throughput x{med[True][0] / med[False][0]:.2f}, "
        f"p50 x{med[True][1] / med[False][1]:.2f}"
    )


if __name__ == "__main__":
    main()
