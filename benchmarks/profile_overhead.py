"""How much a profiler slows its target: none vs py-spy sampling vs cProfile.

One CPU-bound Python target (pure-Python loops, function calls, dict and string
work) runs in a fresh process per run; the modes are interleaved within each
round, in a rotating order, so machine drift hits all of them. The target times
its own work (``perf_counter`` around the loop) and writes it to a file, so the
figure is the slowdown of the program itself, not the profiler's start-up or its
output rendering; the end-to-end wall time is shown too.

    .venv/bin/python benchmarks/profile_overhead.py --rounds 9

Modes: ``py-spy`` is perfagent's default (``record_command`` at 100 Hz, py-spy
``--nonblocking``: stacks are read without pausing the target); ``py-spy-blocking``
pauses the target for each sample (py-spy's own default); ``cProfile`` is
``python -m cProfile``. Goal: py-spy sampling at its default rate costs <= 1.05x.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from perfagent.tools.profile.pyspy import record_command
from perfagent.tools.sandbox import run, scrubbed_env

TARGET = """
import sys, time

def tokenize(text):
    return [w.strip(".,").lower() for w in text.split()]

def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def work(rounds):
    text = "the quick brown fox jumps over the lazy dog, again and again. " * 200
    total = 0
    for _ in range(rounds):
        total += len(count(tokenize(text)))
        total += fib(18)
    return total

start, start_cpu = time.perf_counter(), time.process_time()
work(int(sys.argv[2]))
elapsed, cpu = time.perf_counter() - start, time.process_time() - start_cpu
with open(sys.argv[1], "w") as fh:
    fh.write(f"{elapsed!r} {cpu!r}")
"""


class Run(NamedTuple):
    work_s: float  # the target's own wall time around its loop
    cpu_s: float  # the target's CPU time for that loop: blind to waiting for a busy CPU
    wall_s: float  # end to end, profiler start-up and output rendering included


def _one(mode: str, script: Path, scratch: Path, loops: int, rate_hz: int) -> Run:
    """Run the target once under ``mode``."""
    timing = scratch / f"{mode}.time"
    timing.unlink(missing_ok=True)
    target = [sys.executable, str(script), str(timing), str(loops)]
    start = time.perf_counter()
    if mode == "none":
        result = run(target, env=scrubbed_env(), timeout_s=600)
        if not result.ok:
            raise SystemExit(f"the target failed: {result.stderr_tail()}")
    elif mode == "py-spy":
        record_command(target, out_dir=scratch / "pyspy", rate_hz=rate_hz, timeout_s=600)
    elif mode == "py-spy-blocking":
        record_command(
            target, out_dir=scratch / "pyspy", rate_hz=rate_hz, timeout_s=600, nonblocking=False
        )
    elif mode == "cProfile":
        argv = [sys.executable, "-m", "cProfile", "-o", str(scratch / "out.pstats"), *target[1:]]
        result = run(argv, env=scrubbed_env(), timeout_s=600)
        if not result.ok:
            raise SystemExit(f"the target failed under cProfile: {result.stderr_tail()}")
    wall_s = time.perf_counter() - start
    work_s, cpu_s = (float(x) for x in timing.read_text().split())
    return Run(work_s, cpu_s, wall_s)


def _paired(runs: dict[str, list[Run]], mode: str, field: str) -> float:
    """Median over rounds of (mode / none in the same round): drift between rounds cancels."""
    return statistics.median(
        getattr(m, field) / getattr(n, field) for m, n in zip(runs[mode], runs["none"], strict=True)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="interleaved rounds (default 7)")
    parser.add_argument(
        "--loops",
        type=int,
        default=2000,
        help="work loops per run (default 2000, about 1.4 s here)",
    )
    parser.add_argument(
        "--rate", type=int, default=100, help="py-spy samples per second (default 100)"
    )
    parser.add_argument(
        "--no-blocking",
        action="store_true",
        help="skip py-spy in blocking mode (pauses the target for each sample)",
    )
    args = parser.parse_args(argv)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    modes = ["none", "py-spy", "cProfile"] + ([] if args.no_blocking else ["py-spy-blocking"])
    runs: dict[str, list[Run]] = {m: [] for m in modes}
    with tempfile.TemporaryDirectory(prefix="perfagent-overhead-") as tmp:
        scratch = Path(tmp)
        script = scratch / "target.py"
        script.write_text(TARGET)
        _one("none", script, scratch, args.loops, args.rate)  # warm the file cache
        for r in range(args.rounds):
            for mode in modes[r % len(modes) :] + modes[: r % len(modes)]:  # rotate the order
                runs[mode].append(_one(mode, script, scratch, args.loops, args.rate))
            print(
                f"round {r + 1}/{args.rounds}: "
                + "  ".join(f"{m} {runs[m][-1].work_s:.3f}s" for m in modes),
                file=sys.stderr,
            )

    base_min = min(r.work_s for r in runs["none"])
    print(f"\nCPU-bound target, {args.rounds} interleaved rounds, py-spy at {args.rate} Hz")
    print("ratios to no profiler; paired = median over rounds of the ratio within one round")
    print("work = the target's own wall time of its loop; CPU = its CPU time (blind to a busy")
    print("machine, and to time spent paused); wall = end to end, start-up and output included")
    header = ("mode", "median work s", "work paired", "work min", "CPU paired", "wall paired")
    print("{:<17} {:>13} {:>12} {:>9} {:>11} {:>12}".format(*header))
    for mode in modes:
        median_s = statistics.median(r.work_s for r in runs[mode])
        min_ratio = min(r.work_s for r in runs[mode]) / base_min
        print(
            f"{mode:<17} {median_s:>13.3f} {_paired(runs, mode, 'work_s'):>11.3f}x "
            f"{min_ratio:>8.3f}x "
            f"{_paired(runs, mode, 'cpu_s'):>10.3f}x {_paired(runs, mode, 'wall_s'):>11.3f}x"
        )
    ratio = _paired(runs, "py-spy", "work_s")
    extra_ms = 1000 * statistics.median(
        m.work_s - n.work_s for m, n in zip(runs["py-spy"], runs["none"], strict=True)
    )
    verdict = "met" if ratio <= 1.05 else "NOT met"
    print(
        f"\npy-spy sampling overhead (work, paired median) {ratio:.3f}x, "
        f"{extra_ms:+.0f} ms per run: "
        f"goal <= 1.05x {verdict}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
