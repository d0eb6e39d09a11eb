"""Instruction-count mode on a tiny script (needs valgrind)."""

from __future__ import annotations

import shutil
import sys

import pytest

from perfagent.tools.bench import BenchSpec, callgrind, compare
from perfagent.tools.errors import ToolMissingError

needs_valgrind = pytest.mark.skipif(
    shutil.which("valgrind") is None, reason="valgrind is not installed"
)


@needs_valgrind
@pytest.mark.slow
@pytest.mark.callgrind
@pytest.mark.heavy
def test_instruction_counts_detect_a_small_slowdown(workload):
    a = BenchSpec(callable="wl:work", cwd=str(workload), env={"N": "2000"})
    b = BenchSpec(callable="wl:work", cwd=str(workload), env={"N": "2000", "EXTRA": "0.02"})
    result = compare(a, b, mode="instructions", samples=3)
    assert result.mode == "instructions"
    assert result.verdict == "slower"
    assert result.ratio == pytest.approx(1.02, abs=0.004)
    # Counts repeat run to run far below the 0.2% threshold.
    assert result.a.summary.cv < 0.001 and result.b.summary.cv < 0.001


@needs_valgrind
@pytest.mark.slow
@pytest.mark.callgrind
def test_instruction_count_of_a_command(workload):
    spec = BenchSpec(command=f"{sys.executable} wl.py", cwd=str(workload), env={"N": "1000"})
    result = compare(spec, spec, mode="instructions", samples=2, max_samples=2)
    assert result.a.summary.median > 1_000_000  # a whole interpreter run
    assert result.verdict == "unchanged"


def test_missing_valgrind_is_one_clear_sentence(monkeypatch, workload):
    monkeypatch.setattr(callgrind.shutil, "which", lambda name: None)
    spec = BenchSpec(callable="wl:work", cwd=str(workload))
    with pytest.raises(ToolMissingError, match="needs valgrind"):
        compare(spec, spec, mode="instructions")


@needs_valgrind
@pytest.mark.slow
@pytest.mark.callgrind
@pytest.mark.heavy
def test_auto_mode_settles_what_wall_time_cannot_with_instruction_counts(workload):
    a = BenchSpec(callable="wl:work", cwd=str(workload), env={"N": "2000"})
    b = BenchSpec(callable="wl:work", cwd=str(workload), env={"N": "2000", "EXTRA": "0.02"})
    # Two timed samples per side can never give p < 0.05, and +/-0.1% is far below process noise:
    # wall time is inconclusive by construction, so the counts decide.
    result = compare(a, b, mode="auto", samples=2, max_samples=2, min_effect=0.001)
    assert result.mode == "instructions" and result.verdict == "slower"
    assert any("wall time was inconclusive" in n for n in result.notes)
    assert any("CPU work only" in n for n in result.notes)


def test_auto_mode_without_valgrind_keeps_the_time_verdict_and_says_why(monkeypatch, workload):
    monkeypatch.setattr(callgrind.shutil, "which", lambda name: None)
    spec = BenchSpec(callable="wl:work", cwd=str(workload), env={"N": "2000"})
    result = compare(
        spec, spec, mode="auto", samples=2, max_samples=2, min_sample_s=0.01, min_effect=0.0001
    )
    assert result.mode == "time" and result.verdict == "inconclusive"
    assert any("needs valgrind" in n for n in result.notes)


@needs_valgrind
@pytest.mark.slow
@pytest.mark.heavy  # its whole 25 s budget; make test stays under 15 minutes
def test_auto_mode_gives_a_long_command_the_rest_of_the_budget_in_wall_time(tmp_path):
    """Runs of 0.4 s and 0.5 s: a counted pair would take over a minute, and a sleeping
    process counts almost no instructions; more timed samples call B slower. (The first 10%
    of the budget gives two or three samples a side: too few for any verdict, even with a run
    cut off, as a 3x gap could be on a busy machine.)"""
    a, b = (
        BenchSpec(command=f"{sys.executable} -c 'import time; time.sleep({s})'", cwd=str(tmp_path))
        for s in (0.4, 0.5)
    )
    result = compare(a, b, mode="auto", max_time_s=25, min_effect=0.05)
    assert result.mode == "time" and result.verdict == "slower", result.reason
    assert any("wall time had the whole budget" in n for n in result.notes), result.notes
    assert result.elapsed_s <= 25
