"""benchmarks/sql_throughput.py runs short, in both modes, and really switches sqlglotc off."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_benchmark_runs_short_in_both_modes() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "benchmarks/sql_throughput.py",
            "--queries",
            "1500",
            "--sample",
            "200",
            "--json",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(done.stdout)
    assert [r["sqlglotc"] for r in results] == [True, False]
    for r in results:
        assert r["queries"] == 1500 and r["errors"] == 0 and r["classes"] > 100
        assert r["log_queries_per_s"] > 0 and r["peak_rss_mib"] < 1024
