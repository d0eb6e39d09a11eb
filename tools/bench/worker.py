"""Benchmark worker: runs in a fresh process, times a ``module:function``, prints JSON.

Run as a script (``python /path/to/worker.py``), never with ``-m``: then the target's
directory, not perfagent's, decides what ``import`` finds. Standard library only.

    worker.py TARGET --loops N --warmups W --values V     -> {"values": [...], ...}
    worker.py TARGET --calibrate MIN_S                    -> {"loops": N}
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import sys
import time


def _load(target: str):
    module_name, _, attr = target.partition(":")
    module = importlib.import_module(module_name)
    fn = module
    for part in attr.split("."):
        fn = getattr(fn, part)
    return fn


def _time_loops(fn, loops: int) -> tuple[float, float]:
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for _ in range(loops):
        fn()
    return time.perf_counter() - wall0, time.process_time() - cpu0


def calibrate(fn, min_s: float, max_loops: int = 2**24) -> int:
    """pyperf's calibration: double the loop count until one sample lasts ``min_s``."""
    loops = 1
    while loops < max_loops:
        wall, _ = _time_loops(fn, loops)
        if wall >= min_s:
            return loops
        # Jump close to the target once the measurement is big enough to trust.
        loops = loops * 2 if wall < min_s / 100 else max(loops + 1, int(loops * min_s * 1.2 / wall))
    return max_loops


def _peak_rss_bytes() -> int:
    """This process's own peak RSS (VmHWM). getrusage() would also count the RSS our
    parent had when it forked us, which the kernel carries across exec."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("target")
    parser.add_argument("--loops", type=int, default=1)
    parser.add_argument("--warmups", type=int, default=1)
    parser.add_argument(
        "--warmup-s",
        type=float,
        default=0.0,
        help="keep warming up until this long has passed (CPU clocks ramp up)",
    )
    parser.add_argument("--values", type=int, default=1)
    parser.add_argument("--calibrate", type=float, default=None)
    args = parser.parse_args(argv)

    sys.path.insert(0, os.getcwd())
    try:
        fn = _load(args.target)
    except (ImportError, AttributeError) as exc:
        print(f"cannot load {args.target}: {exc}", file=sys.stderr)
        return 3

    if args.calibrate is not None:
        print(json.dumps({"loops": calibrate(fn, args.calibrate)}))
        return 0
    # Warm up by count and by time: on virtual machines a fresh process was measured
    # running 1.5x slower for its first ~0.3 s, whatever the warm-up count.
    deadline = time.perf_counter() + args.warmup_s
    done = 0
    while done < args.warmups or (args.loops and time.perf_counter() < deadline):
        _time_loops(fn, args.loops)
        done += 1
    walls, cpus = [], []
    for _ in range(args.values):
        wall, cpu = _time_loops(fn, args.loops)
        walls.append(wall / args.loops)
        cpus.append(cpu / args.loops)
    rss = _peak_rss_bytes()
    print(json.dumps({"wall_s": walls, "cpu_s": cpus, "peak_rss_bytes": rss, "loops": args.loops}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
