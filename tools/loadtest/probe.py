"""Each GET endpoint requested as a browser would, to see what goes over the wire (body size,
Content-Encoding, Cache-Control, what gzip/brotli would make of the body) and where the time of
a request goes: name resolution, TCP connect, TLS, server wait, transfer.

Every endpoint gets one warm-up request that is not counted, then ``repeats`` timed requests,
each on a fresh connection, so connect (and TLS) is paid every time as on a first visit. Phase
times are medians over the repeats; ``total_min_ms``/``total_max_ms`` show the spread.

Where the phase boundaries come from:

- ``dns_ms``: ``socket.getaddrinfo`` of the host, timed here. The request then goes to the
  resolved address (the Host header and TLS server name keep the name), so httpcore's connect
  does no second lookup. For an IP literal such as 127.0.0.1 nothing is looked up: ~0 ms.
- ``connect_ms`` / ``tls_ms``: httpcore's ``connection.connect_tcp.*`` and
  ``connection.start_tls.*`` trace events (from the first address tried to the one that answered).
- ``server_ms``: ``http11.send_request_body.complete`` →
  ``http11.receive_response_headers.complete``.
- ``transfer_ms``: response headers in → ``http11.receive_response_body.complete``.
"""

from __future__ import annotations

import os
import socket
import statistics
import time
from collections.abc import Callable

from pydantic import BaseModel, Field

from perfagent.tools.errors import ServiceError
from perfagent.tools.frontend.measure import brotli_size, gzip_size
from perfagent.tools.sandbox.network import LOOPBACK, host_allowed

LARGE_BYTES = 64 * 1024

CONNECT = "connection.connect_tcp"
TLS = "connection.start_tls"
SENT = "http11.send_request_body.complete"
FIRST_BYTE = "http11.receive_response_headers.complete"
LAST_BYTE = "http11.receive_response_body.complete"


class PayloadProbe(BaseModel):
    endpoint: str
    status: int
    body_bytes: int
    transfer_bytes: int
    content_type: str | None
    content_encoding: str | None
    cache_control: str | None
    gzip_bytes: int
    brotli_bytes: int
    ttfb_ms: float = Field(description="median, request start (before name lookup) → first byte")
    total_ms: float = Field(description="median, request start → last byte")
    # Defaults keep states recorded before the breakdown existed (one request, no phases) loading.
    repeats: int = Field(1, description="timed requests behind the medians, fresh connection each")
    dns_ms: float | None = Field(None, description="median getaddrinfo time; ~0 for an IP literal")
    connect_ms: float | None = Field(None, description="median TCP connect")
    tls_ms: float | None = Field(None, description="median TLS handshake; None over plain http")
    server_ms: float | None = Field(None, description="median request sent → first response byte")
    transfer_ms: float | None = Field(None, description="median first byte → last byte")
    total_min_ms: float | None = None
    total_max_ms: float | None = None
    # Who may share a cached copy (tools/cache/scope.py): a cookie set, a Vary on credentials.
    set_cookie: bool = False
    vary: str | None = None

    @property
    def has_breakdown(self) -> bool:
        return self.server_ms is not None


class RequestTiming(BaseModel):
    """The phases of one request, in milliseconds."""

    dns_ms: float
    connect_ms: float
    tls_ms: float | None
    server_ms: float
    transfer_ms: float
    ttfb_ms: float
    total_ms: float


def phases(marks: dict[str, float], *, start: float, resolved: float, end: float) -> RequestTiming:
    """Phase durations of one request from its trace ``marks`` (event name → seconds, one clock).

    >>> marks = {"connection.connect_tcp.started": 1.0, "connection.connect_tcp.complete": 1.001,
    ...          "http11.send_request_body.complete": 1.0012,
    ...          "http11.receive_response_headers.complete": 1.0512,
    ...          "http11.receive_response_body.complete": 1.0612}
    >>> t = phases(marks, start=0.9999, resolved=0.99995, end=1.0613)
    >>> t.dns_ms, t.connect_ms, t.tls_ms, t.server_ms, t.transfer_ms, t.ttfb_ms, t.total_ms
    (0.05, 1.0, None, 50.0, 10.0, 51.3, 61.4)
    """

    def span(first: str, last: str) -> float | None:
        if first not in marks or last not in marks:
            return None
        return _ms(marks[last] - marks[first])

    first_byte = marks.get(FIRST_BYTE, end)
    return RequestTiming(
        dns_ms=_ms(resolved - start),
        connect_ms=span(f"{CONNECT}.started", f"{CONNECT}.complete") or 0.0,  # 0 only if reused
        tls_ms=span(f"{TLS}.started", f"{TLS}.complete"),
        server_ms=_ms(first_byte - marks.get(SENT, first_byte)),
        transfer_ms=_ms(marks.get(LAST_BYTE, end) - first_byte),
        ttfb_ms=_ms(first_byte - start),
        total_ms=_ms(end - start),
    )


def summarize(timings: list[RequestTiming]) -> dict[str, float | int | None]:
    """The ``PayloadProbe`` timing fields: the median of each phase, the spread of the total.

    >>> a = RequestTiming(dns_ms=0, connect_ms=1, tls_ms=None, server_ms=50, transfer_ms=9,
    ...                   ttfb_ms=51, total_ms=60)
    >>> s = summarize([a, a.model_copy(update={"total_ms": 70}),
    ...                a.model_copy(update={"total_ms": 65})])
    >>> s["total_ms"], s["total_min_ms"], s["total_max_ms"], s["repeats"], s["tls_ms"]
    (65.0, 60.0, 70.0, 3, None)
    """

    def median(name: str) -> float | None:
        values = [getattr(t, name) for t in timings if getattr(t, name) is not None]
        return round(float(statistics.median(values)), 3) if values else None

    totals = [float(t.total_ms) for t in timings]
    out: dict[str, float | int | None] = {name: median(name) for name in RequestTiming.model_fields}
    return out | {"repeats": len(timings), "total_min_ms": min(totals), "total_max_ms": max(totals)}


def probe(
    base_url: str,
    endpoints: list,
    *,
    allow: tuple = LOOPBACK,
    timeout_s: float = 30.0,
    repeats: int = 5,
    clock: Callable[[], float] = time.perf_counter,
    auth=None,
) -> list[PayloadProbe]:
    """One warm-up and ``repeats`` timed GETs per GET endpoint of the service at ``base_url``;
    with ``auth`` (``[service.auth]``) logged in once first, so a logged-in page is probed
    rather than its redirect to the login form; the endpoints' ``${VAR}`` headers are read from
    the environment."""
    import httpx

    base = httpx.URL(base_url)
    if not host_allowed(base.host, allow):
        raise ServiceError(f"host {base.host} is not on the allow-list; refusing to probe it")
    if repeats < 1:
        raise ValueError(f"repeats must be at least 1, not {repeats}")
    # No keep-alive: every request opens its own connection. trust_env=False: no proxy from the
    # environment may sit between us and a loopback service (it would also time the proxy).
    auth_headers = {}
    if auth is not None:
        from perfagent.tools.loadtest.auth import logged_in

        auth_headers = logged_in(base_url, auth, timeout_s=timeout_s)
    with httpx.Client(
        timeout=timeout_s,
        trust_env=False,
        limits=httpx.Limits(max_keepalive_connections=0),
        headers={
            "Accept-Encoding": "br, gzip",
            "User-Agent": "perfagent-probe",
            "Host": base.netloc.decode("ascii"),
        },
    ) as client:
        out = []
        for e in endpoints:
            if e.method != "GET":
                continue
            url = _join(base, e.path)
            headers = {**auth_headers, **e.sent_headers(os.environ)}
            try:
                _timed_get(client, url, headers, clock)  # warm-up, not counted
                runs = [_timed_get(client, url, headers, clock) for _ in range(repeats)]
            except httpx.HTTPError as exc:
                raise ServiceError(f"probe of {e.path} failed: {exc}") from None
            response, raw = runs[-1][0], runs[-1][1]
            encoding = response.headers.get("content-encoding")
            decoded = _decode(raw, encoding)
            out.append(
                PayloadProbe(
                    endpoint=e.name,
                    status=response.status_code,
                    body_bytes=len(decoded),
                    transfer_bytes=len(raw),
                    content_type=response.headers.get("content-type"),
                    content_encoding=encoding,
                    cache_control=response.headers.get("cache-control"),
                    gzip_bytes=gzip_size(decoded),
                    brotli_bytes=brotli_size(decoded),
                    set_cookie="set-cookie" in response.headers,
                    vary=response.headers.get("vary"),
                    **summarize([timing for _, _, timing in runs]),
                )
            )
    return out


def _timed_get(client, url, headers: dict, clock: Callable[[], float]) -> tuple:
    """(response, raw body bytes, RequestTiming) of one GET on a fresh connection."""
    import httpx

    marks: dict[str, float] = {}

    def trace(name: str, info: dict) -> None:
        now = clock()
        if name.endswith(".started"):
            marks.setdefault(name, now)  # a refused first address counts in its connect time
        else:
            marks[name] = now

    start = clock()
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        found = socket.getaddrinfo(url.host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise ServiceError(f"host {url.host} could not be resolved ({exc.strerror})") from None
    resolved = clock()
    extensions = {"trace": trace} | ({"sni_hostname": url.host} if url.scheme == "https" else {})
    addresses = list(dict.fromkeys(str(info[4][0]) for info in found))
    for i, address in enumerate(addresses):
        try:
            with client.stream(
                "GET", url.copy_with(host=address), headers=headers, extensions=extensions
            ) as response:
                raw = b"".join(response.iter_raw())  # the bytes as sent, before any decoding
            break
        except httpx.ConnectError:
            if i == len(addresses) - 1:
                raise
    end = clock()
    return response, raw, phases(marks, start=start, resolved=resolved, end=end)


def _join(base, path: str):
    """``path`` under ``base`` as httpx's ``Client(base_url=...)`` joins them."""
    import httpx

    prefix = base.raw_path if base.raw_path.endswith(b"/") else base.raw_path + b"/"
    return base.copy_with(raw_path=prefix + httpx.URL(path).raw_path.lstrip(b"/"))


def _ms(seconds: float) -> float:
    return round(max(seconds, 0.0) * 1000, 3)


def _decode(raw: bytes, encoding: str | None) -> bytes:
    import gzip

    import brotli

    if encoding == "gzip":
        return gzip.decompress(raw)
    if encoding == "br":
        return brotli.decompress(raw)
    return raw
