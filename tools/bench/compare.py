"""A against B, interleaved, with a statistical verdict.

Samples alternate between A and B (the order inside each pair drawn from a seeded
RNG) so that drift on the machine hits both sides alike. When the interval
straddles the threshold the comparison adds samples, within ``max_samples`` and
``max_time_s``, before it settles for ``inconclusive``.
"""

from __future__ import annotations

import random
import time

from tools.bench import callgrind, runner
from tools.bench.models import BenchSpec, Comparison, Mode, RequestedMode, Sample
from tools.bench.stats import mann_whitney_p, ratio_of_medians_ci, welch_p
from tools.bench.verdict import decide
from tools.errors import InputError, ToolMissingError

# Instruction counts repeat to ~0.02%, so a threshold ten times that is still safe.
DEFAULT_MIN_EFFECT = {"time": 0.02, "instructions": 0.002}
DEFAULT_SAMPLES = {"time": 20, "instructions": 3}


def _values(samples: list[Sample], mode: Mode) -> list[float]:
    return [(s.instructions or 0.0) if mode == "instructions" else s.wall_s for s in samples]


def _verdict(a: list[Sample], b: list[Sample], mode: Mode, min_effect: float, confidence: float, seed: int):
    va, vb = _values(a, mode), _values(b, mode)
    ratio, lo, hi = ratio_of_medians_ci(va, vb, confidence=confidence, seed=seed)
    p = welch_p(va, vb) if mode == "instructions" else mann_whitney_p(va, vb)
    verdict, reason = decide(ratio=ratio, ci_low=lo, ci_high=hi, p_value=p, min_effect=min_effect)
    return ratio, lo, hi, p, verdict, reason


AUTO_TIME_SHARE = 0.3  # of max_time_s for wall time; instruction counts need ~35 s of the rest here


def compare(
    a: BenchSpec,
    b: BenchSpec,
    *,
    mode: RequestedMode = "time",
    samples: int | None = None,
    max_samples: int | None = None,
    warmups: int = 1,
    min_sample_s: float = 0.1,
    min_effect: float | None = None,
    confidence: float = 0.95,
    max_time_s: float = 60.0,
    seed: int = 0,
    progress: runner.Progress | None = None,
) -> Comparison:
    """Compare B against A; the verdict says whether B is faster, slower or unchanged.

    >>> spec = BenchSpec(command="true")
    >>> c = compare(spec, spec, samples=4, max_samples=4, min_sample_s=0.001, min_effect=0.5)
    >>> c.verdict in ("unchanged", "inconclusive"), c.a.summary.n
    (True, 4)
    """
    if bool(a.callable) != bool(b.callable):
        raise InputError("A and B must both be commands or both be callables")
    if mode == "auto":
        return _auto(a, b, samples=samples, max_samples=max_samples, warmups=warmups, min_sample_s=min_sample_s,
                     min_effect=min_effect, confidence=confidence, max_time_s=max_time_s, seed=seed,
                     progress=progress)
    samples = samples or DEFAULT_SAMPLES[mode]
    max_samples = max(max_samples or samples * 3, samples)
    if samples < 2:
        raise InputError("a comparison needs at least 2 samples per side")
    min_effect = DEFAULT_MIN_EFFECT[mode] if min_effect is None else min_effect
    rng = random.Random(seed)
    start = time.perf_counter()

    if mode == "instructions":
        callgrind.valgrind()  # fail early, with the install hint, before any work
        # Counts are exact: a few milliseconds of work per loop is plenty, and valgrind is ~50x slower.
        loops = runner.calibrate(a, min_sample_s=min(min_sample_s, 0.005)) if a.callable else 1
        # Calibrating ran A once, writing its .pyc files; run B once too, or B's first counted
        # run would include compiling its modules (seen: +11% on one sample of an A/A).
        runner.take_sample(b, loops=1, warmups=0) if b.callable else runner.warm_up(b, 1)

        def sample(spec: BenchSpec) -> Sample:
            return callgrind.take_sample(spec, loops=loops)  # each with its own Ir(L)
    else:
        # One loop count for both sides, from A: per-loop times then compare like for like.
        loops = runner.calibrate(a, min_sample_s=min_sample_s)
        runner.warm_up(a, warmups)
        runner.warm_up(b, warmups)

        def sample(spec: BenchSpec) -> Sample:
            return runner.take_sample(spec, loops=loops, warmups=warmups)

    got_a: list[Sample] = []
    got_b: list[Sample] = []
    target = samples
    while True:
        while len(got_a) < target:
            pair = [(a, got_a), (b, got_b)]
            rng.shuffle(pair)
            for spec, bucket in pair:
                bucket.append(sample(spec))
            if progress:
                progress(len(got_a), target, f"{a.name} vs {b.name}")
        ratio, lo, hi, p, verdict, reason = _verdict(got_a, got_b, mode, min_effect, confidence, seed)
        elapsed = time.perf_counter() - start
        per_pair = elapsed / len(got_a)
        more = min(max(samples // 2, 2), max_samples - len(got_a))
        # 15% margin: a pair can take longer than the average so far (measured: 60.7 s against 60)
        if verdict != "inconclusive" or more <= 0 or elapsed + more * per_pair * 1.15 > max_time_s:
            break
        target += more

    elapsed = time.perf_counter() - start
    return Comparison(
        a=runner.make_result(a, got_a, loops=loops, warmups=warmups, elapsed_s=elapsed, mode=mode),
        b=runner.make_result(b, got_b, loops=loops, warmups=warmups, elapsed_s=elapsed, mode=mode),
        mode=mode,
        ratio=ratio,
        ci_low=lo,
        ci_high=hi,
        confidence=confidence,
        p_value=p,
        min_effect=min_effect,
        verdict=verdict,
        reason=reason,
        elapsed_s=elapsed,
    )


def _auto(a: BenchSpec, b: BenchSpec, *, samples, max_time_s: float, min_effect, **kw) -> Comparison:
    """Wall time first; when its interval cannot decide and valgrind is here, count instructions.

    Instruction counts repeat to ~0.02% where wall time between processes varies by
    several percent, so they settle small changes time cannot. They measure CPU work
    only — I/O, waiting and cache misses are not in them — which the notes say.
    """
    timed = compare(a, b, mode="time", samples=samples, min_effect=min_effect,
                    max_time_s=max_time_s * AUTO_TIME_SHARE, **kw)
    if timed.verdict != "inconclusive":
        return timed
    try:
        callgrind.valgrind()
    except ToolMissingError as exc:
        timed.notes.append(f"instruction counts could not settle it: {exc}")
        return timed
    counted = compare(a, b, mode="instructions", min_effect=min_effect,
                      max_time_s=max(max_time_s - timed.elapsed_s, 1.0), **kw)
    counted.notes += [
        f"wall time was inconclusive ({timed.reason}); the verdict comes from instruction counts",
        "instruction counts measure CPU work only: I/O, waiting and cache misses are not in them",
    ]
    counted.elapsed_s += timed.elapsed_s
    return counted
