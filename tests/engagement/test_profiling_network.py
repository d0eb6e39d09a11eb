"""The profiling page's network latency breakdown, rendered from recorded payload probes
(the probe itself is tested against a real server in tests/loadtest/test_probe.py)."""

from __future__ import annotations

import json
from pathlib import Path

from perfagent.agent.deliverables.profiling import render
from perfagent.agent.spec import load_target
from perfagent.agent.state import EngagementState
from perfagent.tools.loadtest.probe import PayloadProbe

ROOT = Path(__file__).resolve().parents[2]


def _payload(endpoint: str, **timing: float) -> PayloadProbe:
    return PayloadProbe(
        endpoint=endpoint,
        status=200,
        body_bytes=4096,
        transfer_bytes=4096,
        content_type="text/plain",
        content_encoding=None,
        cache_control=None,
        gzip_bytes=40,
        brotli_bytes=20,
        **timing,
    )


def _state(**fields) -> EngagementState:
    spec = load_target(ROOT / "examples" / "shop")
    return EngagementState(run_id="probe-test", spec=spec, **fields)


def test_profiling_page_shows_the_breakdown_without_profiles(tmp_path: Path):
    payloads = [
        _payload(
            "GET /api/products",
            ttfb_ms=52.1,
            total_ms=60.4,
            repeats=5,
            dns_ms=0.02,
            connect_ms=0.35,
            server_ms=51.2,
            transfer_ms=8.1,
            total_min_ms=58.9,
            total_max_ms=66.0,
        ),
        _payload("GET /old", ttfb_ms=3.0, total_ms=4.0),  # recorded before the breakdown
    ]
    folder = tmp_path / "1-profiling"
    render(_state(payloads=payloads), folder)

    page = (folder / "README.md").read_text()
    assert "Nothing to report" not in page
    assert "## Network latency breakdown" in page
    rows = [line for line in page.splitlines() if line.startswith("|")]
    assert rows[:4] == [
        "| endpoint | DNS | connect | TLS | server wait | transfer | total (min–max) | n |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
        (
            "| GET /api/products | 20.0 µs | 350 µs | – | 51.2 ms | 8.10 ms | "
            "60.4 ms (58.9 ms–66.0 ms) | 5 |"
        ),
        "| GET /old | – | – | – | – | – | 4.00 ms | 1 |",
    ]
    assert (
        "Server wait is 86% of the time: the time is in the application, not the network." in page
    )
    data = json.loads((folder / "profiling.json").read_text())
    assert [p["endpoint"] for p in data["payloads"]] == ["GET /api/products", "GET /old"]
    assert data["payloads"][0]["server_ms"] == 51.2


def test_transfer_dominated_breakdown_says_so(tmp_path: Path):
    payloads = [
        _payload(
            "GET /big",
            ttfb_ms=5,
            total_ms=45,
            repeats=3,
            dns_ms=0.01,
            connect_ms=0.3,
            server_ms=4,
            transfer_ms=40,
        )
    ]
    render(_state(payloads=payloads), tmp_path)
    assert "Transfer is 90% of the time" in (tmp_path / "README.md").read_text()


def test_profiling_page_has_nothing_to_report_without_profiles_or_payloads(tmp_path: Path):
    render(_state(), tmp_path)
    assert "Nothing to report" in (tmp_path / "README.md").read_text()
