"""One request per endpoint, as a browser would send it, to see what goes over the wire:
body size, Content-Encoding, Cache-Control, and what gzip/brotli would make of the body."""

from __future__ import annotations

from pydantic import BaseModel

from tools.errors import ServiceError
from tools.frontend.measure import brotli_size, gzip_size
from tools.sandbox.network import LOOPBACK, host_allowed

LARGE_BYTES = 64 * 1024


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
    ttfb_ms: float
    total_ms: float


def probe(base_url: str, endpoints: list, *, allow: tuple = LOOPBACK, timeout_s: float = 30.0) -> list[PayloadProbe]:
    import time
    from urllib.parse import urlsplit

    import httpx

    host = urlsplit(base_url).hostname or ""
    if not host_allowed(host, allow):
        raise ServiceError(f"host {host} is not on the allow-list; refusing to probe it")
    out = []
    with httpx.Client(base_url=base_url, timeout=timeout_s,
                      headers={"Accept-Encoding": "br, gzip", "User-Agent": "perfagent-probe"}) as client:
        for e in endpoints:
            if e.method != "GET":
                continue
            start = time.perf_counter()
            try:
                with client.stream("GET", e.path, headers=e.headers) as response:
                    chunks = response.iter_raw()  # the bytes as sent, before any decoding
                    first = next(chunks, b"")
                    ttfb_ms = (time.perf_counter() - start) * 1000
                    raw = first + b"".join(chunks)
                total_ms = (time.perf_counter() - start) * 1000
            except httpx.HTTPError as exc:
                raise ServiceError(f"probe of {e.path} failed: {exc}") from None
            encoding = response.headers.get("content-encoding")
            decoded = _decode(raw, encoding)
            out.append(PayloadProbe(
                endpoint=e.name, status=response.status_code, body_bytes=len(decoded), transfer_bytes=len(raw),
                content_type=response.headers.get("content-type"), content_encoding=encoding,
                cache_control=response.headers.get("cache-control"), gzip_bytes=gzip_size(decoded),
                brotli_bytes=brotli_size(decoded), ttfb_ms=round(ttfb_ms, 2), total_ms=round(total_ms, 2),
            ))
    return out


def _decode(raw: bytes, encoding: str | None) -> bytes:
    import gzip

    import brotli

    if encoding == "gzip":
        return gzip.decompress(raw)
    if encoding == "br":
        return brotli.decompress(raw)
    return raw
