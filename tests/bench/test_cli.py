"""The CLI as a user runs it: a real process, JSON out, one sentence and exit 1 on failure."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def perfagent(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "perfagent.api.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={"PATH": "/usr/local/bin:/usr/bin:/bin", "COLUMNS": "200", "PYTHONPATH": str(_root())},
    )


def _root():
    from pathlib import Path

    return Path(__file__).resolve().parents[2]


def _one_clear_sentence(proc: subprocess.CompletedProcess, fragment: str) -> None:
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    assert proc.stderr.strip().startswith("error:"), proc.stderr
    assert len(proc.stderr.strip().splitlines()) <= 3, proc.stderr  # a sentence, not a dump
    assert fragment in " ".join(proc.stderr.split())


def test_bench_json_output(workload):
    proc = perfagent(
        "bench",
        "wl:work",
        "--samples",
        "3",
        "--min-sample-s",
        "0.01",
        "--cwd",
        str(workload),
        "--json",
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["summary"]["n"] == 3
    assert result["spec"]["callable"] == "wl:work"
    assert result["summary"]["median"] > 0


def test_bench_table_for_people(workload):
    proc = perfagent(
        "bench", "wl:work", "--samples", "2", "--min-sample-s", "0.01", "--cwd", str(workload)
    )
    assert proc.returncode == 0, proc.stderr
    assert "median" in proc.stdout and "samples × loops" in proc.stdout


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("bench", "no-such-command-here"), "could not be run"),
        (("bench", "wl:crash", "--samples", "1"), "boom in the target"),
        (("bench", "wl:hang", "--samples", "1", "--timeout", "1"), "overran its 1 s timeout"),
        (("bench", "wl:work", "--samples", "0"), "samples must be at least 1"),
        (("compare", "only-one"), "give two targets"),
        (
            ("compare", "--base", "HEAD", "--head", "nope-ref", "--", "true"),
            "git ref 'nope-ref' does not exist",
        ),
        (
            ("compare", "true", "true", "--mode", "cycles"),
            "--mode must be time, instructions or auto",
        ),
    ],
)
def test_bad_input_is_one_sentence_and_exit_1(workload, args, fragment):
    if "--base" in args:
        subprocess.run(["git", "init", "-q"], cwd=workload, check=True)
        subprocess.run(
            [
                "git",
                "-c",
                "user.email=a@b.invalid",
                "-c",
                "user.name=a",
                "commit",
                "-q",
                "--allow-empty",
                "-m",
                "x",
            ],
            cwd=workload,
            check=True,
        )
    _one_clear_sentence(
        perfagent(*args, "--cwd", str(workload))
        if args[0] == "bench"
        else perfagent(*args, cwd=workload),
        fragment,
    )
