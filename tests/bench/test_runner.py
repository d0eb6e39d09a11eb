"""Real subprocess benchmarks, and bad input that must give one clear sentence."""

from __future__ import annotations

import sys

import pytest

from perfagent.tools.bench import BenchSpec, compare, run_benchmark
from perfagent.tools.errors import InputError, TargetError, TargetTimeout


def test_command_benchmark_measures_fresh_processes(workload):
    spec = BenchSpec(command=f"{sys.executable} wl.py", cwd=str(workload), env={"N": "200000"})
    result = run_benchmark(spec, samples=4, warmups=1, min_sample_s=0.001)
    assert result.summary.n == 4 and len(result.samples) == 4
    assert all(s.wall_s > 0 and s.cpu_s > 0 for s in result.samples)
    # Every sample is its own Python process: its RSS is at least an interpreter's.
    assert all(s.peak_rss_bytes > 5 * 1024**2 for s in result.samples)
    assert result.summary.min <= result.summary.median <= result.summary.max
    assert result.cpu_summary is not None


def test_callable_benchmark_calibrates_loops(workload):
    spec = BenchSpec(callable="wl:work", cwd=str(workload), env={"N": "1000"})
    result = run_benchmark(spec, samples=3, min_sample_s=0.02)
    assert result.loops > 1  # one call is far shorter than 20 ms
    # Calibration and samples are different moments: a preempted calibration on a loaded machine
    # (2 CPU-bound processes beside the suite) gave 336 loops that later ran in 13 ms. A sample
    # far below the target (one call, ~40 µs) would mean calibration did nothing.
    assert result.loops * result.summary.median >= 0.02 / 4
    assert result.samples[0].loops == result.loops


def test_bigger_workload_takes_longer_per_loop(workload):
    small = run_benchmark(
        BenchSpec(callable="wl:work", cwd=str(workload), env={"N": "2000"}),
        samples=3,
        min_sample_s=0.02,
    )
    big = run_benchmark(
        BenchSpec(callable="wl:work", cwd=str(workload), env={"N": "20000"}),
        samples=3,
        min_sample_s=0.02,
    )
    assert big.summary.median > 4 * small.summary.median


def test_result_round_trips_through_json(workload):
    result = run_benchmark(
        BenchSpec(callable="wl:work", cwd=str(workload)), samples=2, min_sample_s=0.005
    )
    again = type(result).model_validate_json(result.model_dump_json())
    assert again == result


def test_missing_command_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="could not be run"):
        run_benchmark(
            BenchSpec(command="definitely-not-a-command-xyz", cwd=str(tmp_path)), samples=2
        )


def test_unloadable_callable_is_an_input_error(workload):
    with pytest.raises(InputError, match="could not be loaded"):
        run_benchmark(BenchSpec(callable="wl:nope", cwd=str(workload)), samples=2)


def test_crashing_benchmark_is_a_target_error(workload):
    with pytest.raises(TargetError, match="boom in the target"):
        run_benchmark(BenchSpec(callable="wl:crash", cwd=str(workload)), samples=2)


def test_overrunning_benchmark_is_killed(workload):
    spec = BenchSpec(command=f"{sys.executable} -c 'import time; time.sleep(30)'", timeout_s=1.0)
    with pytest.raises(TargetTimeout, match="overran its 1 s timeout"):
        run_benchmark(spec, samples=1, warmups=0)


def test_missing_directory_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        run_benchmark(BenchSpec(command="true", cwd=str(tmp_path / "gone")), samples=1)


@pytest.mark.slow
def test_compare_interleaves_and_detects_a_large_slowdown(workload):
    a = BenchSpec(callable="wl:work", cwd=str(workload), env={"N": "4000"})
    b = BenchSpec(callable="wl:work", cwd=str(workload), env={"N": "4000", "EXTRA": "1.0"})
    result = compare(a, b, samples=8, min_sample_s=0.02, max_time_s=60)
    # B does twice the work. With 1.5x, CI's machine once gave "inconclusive" after all 24 pairs
    # (stop 26): fresh processes there differ in speed by more than the ~35% seen here
    # (benchmarks/README.md), so the interval reached down to the threshold.
    assert result.verdict == "slower", result.reason
    assert 1.4 < result.ratio < 3.0, result.reason
    assert result.a.loops == result.b.loops  # like for like
    assert result.a.summary.n == result.b.summary.n >= 8


def test_compare_refuses_mixed_kinds(workload):
    with pytest.raises(InputError, match="both"):
        compare(BenchSpec(command="true"), BenchSpec(callable="wl:work", cwd=str(workload)))
