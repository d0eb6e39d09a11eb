"""promtool (skip outside CI when missing, fail in CI) and a real local HTTP server."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from perfagent.tools.monitoring.models import MonitoringSpec

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
APP = Path(__file__).with_name("server_app.py")


@pytest.fixture(scope="session")
def promtool() -> str:
    path = shutil.which("promtool")
    if path is None:
        message = (
            "promtool is not installed (Debian package `prometheus`: apt-get install prometheus)"
        )
        if IN_CI:
            pytest.fail(message + "; CI must install it")
        pytest.skip(message)
    return path


@pytest.fixture
def seed_spec() -> MonitoringSpec:
    """The seed's example budgets, translated by hand."""
    return MonitoringSpec(
        service="shop",
        endpoints=[
            {"route": "/api/users", "p50_ms": 100, "p95_ms": 200, "p99_ms": 500},
            {"route": "/api/search", "p50_ms": 200, "p95_ms": 500, "p99_ms": 1000},
        ],
        availability_pct=MonitoringSpec.availability_from_error_rate(0.1),
        infrastructure={"cpu_avg_pct": 60, "memory_avg_pct": 70},
    )


def request_count(base_url: str) -> int:
    with urllib.request.urlopen(base_url + "/__count", timeout=5) as response:
        return int(response.read())


@pytest.fixture(scope="session")
def live_server() -> Iterator[str]:
    """Base URL of tests/monitoring/server_app.py run as a real subprocess (/slow takes 250 ms)."""
    process = subprocess.Popen(
        [sys.executable, str(APP), "--slow-ms", "250"], stdout=subprocess.PIPE, text=True
    )
    try:
        port = int(process.stdout.readline())
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)
