"""Taking samples: fresh processes, warm-ups, calibrated loops (pyperf's method).

A command sample runs the command ``loops`` times, each a fresh process reaped with
its own CPU time and peak RSS. A callable sample is one fresh worker process that
warms up, then times ``loops`` calls. All target code runs in the sandbox.
"""

from __future__ import annotations

import json
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tools.bench.models import BenchResult, BenchSpec, Sample
from tools.bench.stats import summarize
from tools.errors import InputError, TargetError, TargetTimeout
from tools.sandbox import ProcessResult, run, scrubbed_env

WORKER = str(Path(__file__).with_name("worker.py"))
Progress = Callable[[int, int, str], None]


def _check(spec: BenchSpec, result: ProcessResult) -> None:
    """Map a failed run to one sentence naming the benchmark."""
    if result.timed_out:
        raise TargetTimeout(
            f"benchmark {spec.name!r} overran its {spec.timeout_s:g} s timeout and was killed"
        )
    if result.ok:
        return
    tail = result.stderr_tail(1) or result.stdout.strip()[-200:]
    if spec.command and result.returncode == 127:
        raise InputError(f"benchmark command {spec.command!r} could not be run: {tail}")
    if spec.callable and result.returncode == 3:
        raise InputError(f"benchmark callable {spec.callable!r} could not be loaded: {tail}")
    raise TargetError(
        f"benchmark {spec.name!r} failed with exit code {result.returncode}: {tail}",
        detail=result.stderr,
    )


def _cwd(spec: BenchSpec) -> str | None:
    if spec.cwd and not Path(spec.cwd).is_dir():
        raise InputError(f"benchmark directory {spec.cwd} does not exist")
    return spec.cwd


def worker_argv(spec: BenchSpec, *extra: str) -> list[str]:
    return [spec.python or sys.executable, WORKER, spec.callable or "", *extra]


def run_once(spec: BenchSpec, argv: list[str] | str | None = None) -> ProcessResult:
    result = run(
        argv if argv is not None else spec.command or "",
        cwd=_cwd(spec),
        env=scrubbed_env(spec.env),
        timeout_s=spec.timeout_s,
    )
    _check(spec, result)
    return result


def calibrate(spec: BenchSpec, *, min_sample_s: float) -> int:
    """Loops per sample so that one sample lasts at least ``min_sample_s``."""
    if spec.callable:
        result = run_once(spec, worker_argv(spec, "--calibrate", str(min_sample_s)))
        return int(json.loads(result.stdout.strip().splitlines()[-1])["loops"])
    one = run_once(spec).wall_s
    return max(1, math.ceil(min_sample_s / one)) if one < min_sample_s / 2 else 1


def warm_up(spec: BenchSpec, warmups: int) -> None:
    """Commands warm the file cache with discarded runs; callables warm up in each worker."""
    if spec.command:
        for _ in range(warmups):
            run_once(spec)


WARMUP_S = 0.3  # measured here: a fresh process needs ~0.3 s before it runs at full speed


def take_sample(spec: BenchSpec, *, loops: int, warmups: int = 1, warmup_s: float = WARMUP_S) -> Sample:
    if spec.callable:
        argv = worker_argv(spec, "--loops", str(loops), "--warmups", str(warmups), "--values", "1",
                           "--warmup-s", str(warmup_s if warmups else 0.0))
        result = run_once(spec, argv)
        data = json.loads(result.stdout.strip().splitlines()[-1])
        return Sample(
            wall_s=data["wall_s"][0],
            cpu_s=data["cpu_s"][0],
            peak_rss_bytes=data["peak_rss_bytes"],
            loops=loops,
        )
    runs = [run_once(spec) for _ in range(loops)]
    return Sample(
        wall_s=sum(r.wall_s for r in runs) / loops,
        cpu_s=sum(r.cpu_s for r in runs) / loops,
        peak_rss_bytes=max(r.peak_rss_bytes for r in runs),
        loops=loops,
    )


def make_result(
    spec: BenchSpec, samples: list[Sample], *, loops: int, warmups: int, elapsed_s: float, mode="time"
) -> BenchResult:
    if mode == "instructions":
        values = [s.instructions or 0.0 for s in samples]
        cpu_summary = None
    else:
        values = [s.wall_s for s in samples]
        cpu_summary = summarize([s.cpu_s for s in samples])
    return BenchResult(
        spec=spec,
        mode=mode,
        loops=loops,
        warmups=warmups,
        samples=samples,
        summary=summarize(values),
        cpu_summary=cpu_summary,
        peak_rss_bytes=max(s.peak_rss_bytes for s in samples),
        elapsed_s=elapsed_s,
    )


def run_benchmark(
    spec: BenchSpec,
    *,
    samples: int = 20,
    warmups: int = 1,
    min_sample_s: float = 0.1,
    loops: int | None = None,
    progress: Progress | None = None,
) -> BenchResult:
    """Benchmark ``spec``: ``samples`` fresh-process samples after calibration and warm-up.

    >>> r = run_benchmark(BenchSpec(command="true"), samples=3, min_sample_s=0.001)
    >>> r.summary.n, r.summary.median > 0
    (3, True)
    """
    if samples < 1:
        raise InputError("samples must be at least 1")
    start = time.perf_counter()
    loops = loops or calibrate(spec, min_sample_s=min_sample_s)
    warm_up(spec, warmups)
    taken = []
    for i in range(samples):
        taken.append(take_sample(spec, loops=loops, warmups=warmups))
        if progress:
            progress(i + 1, samples, spec.name)
    return make_result(
        spec, taken, loops=loops, warmups=warmups, elapsed_s=time.perf_counter() - start
    )
