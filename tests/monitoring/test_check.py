"""check_live against a real local HTTP server, and the refusals that send nothing."""

from __future__ import annotations

import httpx
import pytest

from perfagent.tools.errors import ServiceError, UnsafeInputError
from perfagent.tools.monitoring.check import check_live
from perfagent.tools.monitoring.models import EndpointBudget, MonitorReport
from tests.monitoring.conftest import request_count

BUDGETS = [
    EndpointBudget(route="/fast", p95_ms=100, p99_ms=150),
    EndpointBudget(route="/slow", p50_ms=50, p95_ms=100),
]


def test_slow_endpoint_fails_fast_endpoint_passes(live_server):
    report = check_live(live_server, ["/fast", "/slow"], BUDGETS, samples=8, timeout_s=5)
    fast, slow = report.endpoints
    assert fast.ok and all(c.ok for c in fast.checks) and fast.p95_ms < 100
    assert not slow.ok and slow.p50_ms >= 240
    assert [c.percentile for c in slow.checks if not c.ok] == ["p50", "p95"]
    assert all(c.margin_pct < 0 for c in slow.checks)
    assert not report.ok
    assert report.breaches[0].startswith("/slow p50 is ")
    assert MonitorReport.model_validate_json(report.model_dump_json()) == report


def test_error_statuses_are_a_breach(live_server):
    report = check_live(live_server, ["/error"], [], samples=3)
    assert not report.ok and report.endpoints[0].errors == 3
    assert "answered 3 of 3 requests with an error status" in report.breaches[0]


@pytest.mark.parametrize(
    "url",
    ["http://example.com", "http://10.0.0.1:80", "http://localhost.evil.com", "http://8.8.8.8"],
)
def test_non_loopback_host_is_refused_before_any_request(url):
    sent = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(200))
    with pytest.raises(UnsafeInputError, match="not on the monitor allow-list"):
        check_live(url, ["/"], [], samples=1, transport=transport)
    assert sent == []


def test_url_as_path_is_refused_with_no_request_sent(live_server):
    before = request_count(live_server)
    with pytest.raises(UnsafeInputError, match="must start with a single '/'"):
        check_live(live_server, ["/fast", "//example.com/x"], [], samples=1)
    assert request_count(live_server) == before


def test_allow_list_can_be_widened():
    transport = httpx.MockTransport(lambda request: httpx.Response(200, text="ok"))
    report = check_live(
        "http://10.1.2.3:8080", ["/a"], [], samples=2, transport=transport, allow=["10.0.0.0/8"]
    )
    assert report.ok and report.endpoints[0].samples == 2


def test_timing_uses_the_clock_seam():
    ticks = iter(float(i) / 10 for i in range(100))
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    report = check_live(
        "http://127.0.0.1:1",
        ["/a"],
        [EndpointBudget(route="/a", p95_ms=50)],
        samples=3,
        warmup=0,
        transport=transport,
        clock=lambda: next(ticks),
    )
    assert report.endpoints[0].p50_ms == pytest.approx(100.0)
    assert report.breaches == ["/a p95 is 100 ms, over its 50 ms budget by 100%."]


def test_unreachable_service_is_one_sentence():
    with pytest.raises(ServiceError, match=r"http://127.0.0.1:9/a could not be reached"):
        check_live("http://127.0.0.1:9", ["/a"], [], samples=1, timeout_s=2)
