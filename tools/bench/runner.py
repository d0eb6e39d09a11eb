"""Taking samples: fresh processes, warm-ups, calibrated loops (pyperf's method).

A command sample runs the command ``loops`` times, each a fresh process reaped with
its own CPU time and peak RSS. A callable sample is one fresh worker process that
warms up, then times ``loops`` calls. All target code runs in the sandbox.
"""

from __future__ import annotations

import json
import math
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import overload

from perfagent.tools.bench.models import BenchResult, BenchSpec, Sample
from perfagent.tools.bench.stats import summarize
from perfagent.tools.errors import InputError, TargetError, TargetTimeout
from perfagent.tools.sandbox import ProcessResult, run, scrubbed_env

WORKER = str(Path(__file__).with_name("worker.py"))
Progress = Callable[[int, int, str], None]


class OutOfTime(Exception):
    """A run killed because the comparison's time budget ran out (not the benchmark's timeout).

    ``elapsed_s`` is how long it had run: a lower bound of that run's time.
    """

    def __init__(self, elapsed_s: float) -> None:
        super().__init__(f"the time budget ran out after {elapsed_s:.1f} s")
        self.elapsed_s = elapsed_s


@overload
def remaining_s(deadline: float) -> float: ...
@overload
def remaining_s(deadline: None) -> None: ...
@overload
def remaining_s(deadline: float | None) -> float | None: ...


def remaining_s(deadline: float | None) -> float | None:
    """Seconds left before ``deadline`` (a ``time.perf_counter()`` value); None: no budget."""
    return None if deadline is None else max(deadline - time.perf_counter(), 0.0)


def _check(spec: BenchSpec, result: ProcessResult, *, budget_cut: bool = False) -> None:
    """Map a failed run to one sentence naming the benchmark."""
    if result.timed_out and budget_cut:
        raise OutOfTime(result.wall_s)
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


def spec_env(spec: BenchSpec) -> dict[str, str]:
    """The benchmark's environment: scrubbed, plus its own variables; with ``spec.python`` its
    folder comes first on PATH, so `python` in a command is the target's interpreter, not ours.

    >>> env = spec_env(BenchSpec(command="python b.py", python="/opt/t/.venv/bin/python"))
    >>> env["PATH"].split(":")[0]
    '/opt/t/.venv/bin'
    """
    env = scrubbed_env(spec.env)
    if spec.python:
        bindir = os.path.dirname(os.path.abspath(spec.python))
        env["PATH"] = os.pathsep.join(
            [bindir, *(p for p in env["PATH"].split(os.pathsep) if p != bindir)]
        )
        venv = Path(bindir).parent
        if (venv / "pyvenv.cfg").is_file():
            env["VIRTUAL_ENV"] = str(venv)
        else:
            env.pop("VIRTUAL_ENV", None)
    return env


def run_once(
    spec: BenchSpec, argv: list[str] | str | None = None, *, deadline: float | None = None
) -> ProcessResult:
    """One run; killed at ``deadline`` (the comparison's budget) if that comes before its
    timeout."""
    left = remaining_s(deadline)
    if left is not None and left <= 0:
        raise OutOfTime(0.0)
    timeout = spec.timeout_s if left is None else min(spec.timeout_s, left)
    result = run(
        argv if argv is not None else spec.command or "",
        cwd=_cwd(spec),
        env=spec_env(spec),
        timeout_s=timeout,
    )
    _check(spec, result, budget_cut=left is not None and left < spec.timeout_s)
    return result


def calibrate(spec: BenchSpec, *, min_sample_s: float, deadline: float | None = None) -> int:
    """Loops per sample so that one sample lasts at least ``min_sample_s``."""
    if spec.callable:
        result = run_once(
            spec, worker_argv(spec, "--calibrate", str(min_sample_s)), deadline=deadline
        )
        return int(json.loads(result.stdout.strip().splitlines()[-1])["loops"])
    one = run_once(spec, deadline=deadline).wall_s
    return max(1, math.ceil(min_sample_s / one)) if one < min_sample_s / 2 else 1


def warm_up(spec: BenchSpec, warmups: int, *, deadline: float | None = None) -> None:
    """Commands warm the file cache with discarded runs; callables warm up in each worker."""
    if spec.command:
        for _ in range(warmups):
            run_once(spec, deadline=deadline)


WARMUP_S = 0.3  # measured here: a fresh process needs ~0.3 s before it runs at full speed


def take_sample(
    spec: BenchSpec,
    *,
    loops: int,
    warmups: int = 1,
    warmup_s: float = WARMUP_S,
    deadline: float | None = None,
    overhead_s: float = 0.0,
) -> Sample:
    """One sample. A run the budget cuts short becomes a *censored* sample: its value is a
    lower bound of the per-loop time (``overhead_s``: start-up time to take off a cut worker)."""
    if spec.callable:
        argv = worker_argv(
            spec,
            "--loops",
            str(loops),
            "--warmups",
            str(warmups),
            "--values",
            "1",
            "--warmup-s",
            str(warmup_s if warmups else 0.0),
        )
        try:
            result = run_once(spec, argv, deadline=deadline)
        except OutOfTime as cut:
            # The worker runs (warmups + 1) rounds of `loops` calls after starting up.
            bound = max(cut.elapsed_s - overhead_s, 0.0) / ((warmups + 1) * loops)
            return Sample(
                wall_s=bound,
                cpu_s=0.0,
                peak_rss_bytes=0,
                loops=loops,
                censored=True,
                process_s=cut.elapsed_s,
            )
        data = json.loads(result.stdout.strip().splitlines()[-1])
        return Sample(
            wall_s=data["wall_s"][0],
            cpu_s=data["cpu_s"][0],
            peak_rss_bytes=data["peak_rss_bytes"],
            loops=loops,
            process_s=result.wall_s,
        )
    runs, cut_s = [], None
    for _ in range(loops):
        try:
            runs.append(run_once(spec, deadline=deadline))
        except OutOfTime as cut:
            if spec.metric:
                raise  # a run cut short printed no figure: no bound either
            cut_s = cut.elapsed_s
            break
    walls = [r.wall_s for r in runs] + ([cut_s] if cut_s is not None else [])
    value = sum(walls) / loops
    if spec.metric:
        value = sum(read_metric(spec, r.stdout + "\n" + r.stderr) for r in runs) / loops
    return Sample(
        wall_s=value,
        cpu_s=sum(r.cpu_s for r in runs) / loops,
        peak_rss_bytes=max((r.peak_rss_bytes for r in runs), default=0),
        loops=loops,
        censored=cut_s is not None,
        process_s=sum(walls),
    )


def read_metric(spec: BenchSpec, output: str) -> float:
    """The last figure ``spec.metric`` matches in a run's output (its first group, else the match).

    >>> spec = BenchSpec(command="x", metric=r"took ([0-9.]+) ms")
    >>> read_metric(spec, "took 3.5 ms\\ntook 4.5 ms\\n")
    4.5
    """
    import re

    found = list(re.finditer(spec.metric or "", output))
    if not found:
        raise TargetError(
            f"benchmark {spec.name!r} printed nothing matching --metric {spec.metric!r}"
        )
    last = found[-1]
    text = last.group(1) if last.re.groups else last.group(0)
    try:
        return float(text.replace(",", ""))
    except ValueError:
        raise TargetError(
            f"--metric {spec.metric!r} matched {text!r} in {spec.name!r}'s output, not a number"
        ) from None


def make_result(
    spec: BenchSpec,
    samples: list[Sample],
    *,
    loops: int,
    warmups: int,
    elapsed_s: float,
    mode="time",
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
