"""Recorded Messages API exchanges: an httpx2 transport that replays them, or records them.

The anthropic SDK (2.x) sends every request through an ``httpx2.Client``; this module
is that client's transport, so nothing above it knows whether Claude, a cassette or a
test answered. A cassette is a folder of JSON files, one exchange each::

    {"key": "<sha256>", "step": "prioritize",
     "request":  {"method": "POST", "path": "/v1/messages", "headers": {...}, "body": {...}},
     "response": {"status_code": 200, "headers": {...}, "body": {...}}}

The key is the sha256 of the normalized request: method, path, query, the
``anthropic-beta`` header and the JSON body with its keys sorted. Every other header
(the API key, ``authorization``, the SDK's ``x-stainless-*`` and retry counters) is
left out, so a cassette replays whatever the key, the machine or the SDK's patch
version. Identical requests are served their recordings in order (a 429 and then the
retry's 200, say). Recording keeps only an allow-list of headers and also scrubs the
key's value from anything written, so ``x-api-key``, ``authorization``,
``anthropic-organization-id`` and cookies never reach a file.

>>> request_key("POST", "/v1/messages", {"b": 1, "a": [1, 2]}) == request_key(
...     "POST", "/v1/messages", {"a": [1, 2], "b": 1})
True
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict, deque
from pathlib import Path
from typing import Any

import anthropic
import httpx2

from perfagent.tools.errors import InputError

KEYED_HEADERS = ("anthropic-beta",)  # change what the API does, so part of the key
REQUEST_HEADERS = ("anthropic-version", "anthropic-beta", "content-type")  # kept in files
RESPONSE_HEADERS = ("content-type", "request-id", "retry-after", "x-should-retry")
SECRET_HEADERS = (
    "x-api-key",
    "authorization",
    "anthropic-organization-id",
    "cookie",
    "set-cookie",
)  # never written: not on the allow-lists, and scrubbed below
REDACTED = "<redacted>"


# An AnthropicError too, so the SDK neither wraps it as a connection error nor retries it.
class CassetteMiss(InputError, anthropic.AnthropicError):
    """A replayed request has no recording."""


def request_key(
    method: str, path: str, body: Any, *, query: str = "", headers: dict[str, str] | None = None
) -> str:
    """sha256 of the normalized request (see the module docstring)."""
    keyed = {k: v for k, v in (headers or {}).items() if k.lower() in KEYED_HEADERS}
    normal = {
        "method": method.upper(),
        "path": path,
        "query": query,
        "headers": keyed,
        "body": body,
    }
    text = json.dumps(normal, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _key_of(request: httpx2.Request) -> tuple[str, Any]:
    raw = request.read()
    try:
        body = json.loads(raw) if raw else None
    except ValueError:
        body = raw.decode("utf-8", "replace")
    headers = {k.lower(): v for k, v in request.headers.items()}
    return request_key(
        request.method, request.url.path, body, query=request.url.query.decode(), headers=headers
    ), body


class CassetteTransport(httpx2.BaseTransport):
    """Replay (``upstream=None``) or record (``upstream`` = the real transport) a folder.

    ``step`` labels the files recorded next (set by the caller before each request);
    ``served`` lists the keys answered, in order, so tests can count requests.
    """

    def __init__(self, folder: str | Path, *, upstream: httpx2.BaseTransport | None = None) -> None:
        self.folder = Path(folder)
        self.upstream = upstream
        self.step = "request"
        self.served: list[str] = []
        self._recorded: dict[str, deque[dict]] = defaultdict(deque)
        if upstream is None:
            if not self.folder.is_dir():
                raise InputError(f"{self.folder}: no such cassette folder to replay from")
            for file in sorted(self.folder.glob("*.json")):
                exchange = json.loads(file.read_text(encoding="utf-8"))
                self._recorded[exchange["key"]].append(exchange["response"])

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        key, body = _key_of(request)
        if self.upstream is not None:
            return self._record(request, key, body)
        if not self._recorded.get(key):
            raise CassetteMiss(
                f"no recording for request {key} ({self.step}) in the cassette folder "
                f"{self.folder}: record it with --llm claude and PERFAGENT_LLM_RECORD=1, or "
                "regenerate the test cassettes with `python tests/llm/make_cassettes.py`"
            )
        self.served.append(key)
        recorded = self._recorded[key].popleft()
        headers = {"content-type": "application/json", **(recorded.get("headers") or {})}
        return httpx2.Response(
            recorded["status_code"],
            headers=headers,
            content=_body_bytes(recorded.get("body")),
            request=request,
        )

    def _record(self, request: httpx2.Request, key: str, body: Any) -> httpx2.Response:
        assert self.upstream is not None
        upstream = self.upstream.handle_request(request)
        content = upstream.read()  # decoded: the file holds JSON, not gzip
        try:
            response_body: Any = json.loads(content) if content else None
        except ValueError:
            response_body = content.decode("utf-8", "replace")
        exchange = {
            "key": key,
            "step": self.step,
            "request": {
                "method": request.method,
                "path": request.url.path,
                "headers": _kept(request.headers, REQUEST_HEADERS),
                "body": body,
            },
            "response": {
                "status_code": upstream.status_code,
                "headers": _kept(upstream.headers, RESPONSE_HEADERS),
                "body": response_body,
            },
        }
        secrets = [v for k, v in request.headers.items() if k.lower() in SECRET_HEADERS]
        self._write(exchange, secrets)
        self.served.append(key)
        upstream.close()
        return httpx2.Response(
            upstream.status_code,
            content=content,
            request=request,
            headers=_kept(upstream.headers, RESPONSE_HEADERS),
        )

    def _write(self, exchange: dict, secrets: list[str]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        number = len(list(self.folder.glob("*.json"))) + 1
        text = json.dumps(exchange, indent=2, ensure_ascii=False) + "\n"
        for secret in secrets:
            for value in {secret, secret.removeprefix("Bearer ")}:
                if len(value) >= 8:  # a header value too short to be a key is not scrubbed
                    text = text.replace(value, REDACTED)
        name = f"{number:03d}-{exchange['step']}-{exchange['key'][:8]}.json"
        (self.folder / name).write_text(text, encoding="utf-8")


def _kept(headers: httpx2.Headers, allowed: tuple[str, ...]) -> dict[str, str]:
    return {k.lower(): v for k, v in headers.items() if k.lower() in allowed}


def _body_bytes(body: Any) -> bytes:
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode("utf-8")
    return json.dumps(body).encode("utf-8")
