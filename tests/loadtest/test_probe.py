"""The payload probe's latency breakdown, against a real HTTP server on loopback (the
profiling page that shows it: tests/engagement/test_profiling_network.py)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from perfagent.tools.errors import ServiceError
from perfagent.tools.loadtest.plan import Endpoint
from perfagent.tools.loadtest.probe import PayloadProbe, probe

SERVER_S = 0.05  # the handler thinks this long before the first byte
CHUNKS, CHUNK_BYTES, CHUNK_GAP_S = 4, 2048, 0.005  # then streams the body this slowly


class SlowHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive on the server side: fresh connections are our doing

    def do_GET(self) -> None:
        self.server.hosts.append(self.headers["Host"])
        time.sleep(SERVER_S)
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(CHUNKS * CHUNK_BYTES))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()  # headers go out now: the first byte
        for i in range(CHUNKS):
            if i:
                time.sleep(CHUNK_GAP_S)
            self.wfile.write(b"x" * CHUNK_BYTES)
            self.wfile.flush()

    def log_message(self, *args: object) -> None:
        pass


class CountingServer(ThreadingHTTPServer):
    daemon_threads = True
    connections = 0

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.hosts: list[str] = []

    def process_request(self, request, client_address) -> None:
        self.connections += 1
        super().process_request(request, client_address)


@pytest.fixture
def server() -> Iterator[CountingServer]:
    httpd = CountingServer(("127.0.0.1", 0), SlowHandler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


def test_breakdown_separates_server_wait_from_transfer(server: CountingServer):
    base_url = f"http://127.0.0.1:{server.server_port}"
    endpoints = [Endpoint(path="/slow"), Endpoint(path="/skip", method="POST")]

    [p] = probe(base_url, endpoints, repeats=5)

    assert p.endpoint == "GET /slow" and p.status == 200
    assert p.body_bytes == p.transfer_bytes == CHUNKS * CHUNK_BYTES
    assert p.cache_control == "no-store"
    assert server.connections == 1 + 5  # the warm-up, then one fresh connection per repeat
    assert p.repeats == 5
    assert p.total_min_ms <= p.total_ms <= p.total_max_ms
    phases = [p.dns_ms, p.connect_ms, p.server_ms, p.transfer_ms]
    assert all(v is not None and v >= 0 for v in phases)
    assert p.tls_ms is None  # plain http
    # Lower bounds only: the handler's sleeps guarantee them, while upper bounds would measure
    # the machine's load (a preempted thread adds tens of ms to any phase).
    assert p.dns_ms < p.server_ms  # an IP literal: nothing to look up
    assert 0 < p.connect_ms < p.server_ms
    assert p.server_ms >= SERVER_S * 1000 - 1  # the wait before the first byte is server time
    assert p.transfer_ms >= (CHUNKS - 1) * CHUNK_GAP_S * 1000 - 1  # the gaps after it are transfer
    assert p.server_ms > p.transfer_ms
    assert sum(phases) == pytest.approx(p.total_ms, abs=max(3.0, 0.1 * p.total_ms))
    assert p.dns_ms + p.connect_ms + p.server_ms <= p.ttfb_ms + 1 and p.ttfb_ms < p.total_ms


def test_localhost_by_name_is_resolved_and_timed(server: CountingServer):
    [p] = probe(f"http://localhost:{server.server_port}", [Endpoint(path="/")], repeats=2)
    # localhost may resolve to ::1 first, where nothing listens: that refusal is connect time.
    assert p.repeats == 2 and p.dns_ms is not None and p.dns_ms >= 0
    assert p.server_ms >= SERVER_S * 1000 - 1


def test_an_address_that_refuses_falls_through_to_the_next(server: CountingServer, monkeypatch):
    real = socket.getaddrinfo

    def both(host, port, *args, **kwargs):  # as when localhost means ::1 first, then 127.0.0.1
        if host != "localhost":
            return real(host, port, *args, **kwargs)
        return [
            (socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("::1", port, 0, 0)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port)),
        ]

    monkeypatch.setattr(socket, "getaddrinfo", both)
    [p] = probe(f"http://localhost:{server.server_port}", [Endpoint(path="/")], repeats=2)
    assert server.connections == 1 + 2  # refused attempts on ::1 never reach the server
    assert p.connect_ms > 0 and p.server_ms >= SERVER_S * 1000 - 1
    assert set(server.hosts) == {f"localhost:{server.server_port}"}  # sent to an address, by name


def test_non_loopback_host_is_refused_in_one_sentence():
    with pytest.raises(ServiceError) as caught:
        probe("http://10.1.2.3:8000", [Endpoint(path="/")])
    message = str(caught.value)
    assert "10.1.2.3" in message and "allow-list" in message
    assert "\n" not in message and message.count(". ") == 0


def test_unreachable_service_fails_in_one_sentence():
    with socket.socket() as s:  # a port that nothing listens on once closed
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ServiceError) as caught:
        probe(f"http://127.0.0.1:{port}", [Endpoint(path="/health")], timeout_s=2)
    message = str(caught.value)
    assert message.startswith("probe of /health failed") and "\n" not in message


def test_a_state_recorded_before_the_breakdown_still_loads():
    old = {
        "endpoint": "GET /",
        "status": 200,
        "body_bytes": 10,
        "transfer_bytes": 10,
        "content_type": None,
        "content_encoding": None,
        "cache_control": None,
        "gzip_bytes": 30,
        "brotli_bytes": 14,
        "ttfb_ms": 3.0,
        "total_ms": 4.0,
    }
    p = PayloadProbe.model_validate(old)
    assert p.repeats == 1 and p.server_ms is None and not p.has_breakdown
