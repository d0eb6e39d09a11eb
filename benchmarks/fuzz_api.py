"""Hostile input against a real `perfagent serve` over a socket: how many cases, how many 5xx,
how many connections the server dropped.

    python benchmarks/fuzz_api.py [--cases 20000] [--seed 20] [--connections 4]

Cases, drawn from a seeded random generator (the same seed gives the same cases):
- the webhook: random bytes; GitHub's payloads (tests/api/fixtures/github) with one value
  replaced by a random JSON value, removed, or the body truncated / a byte flipped; the bodies
  issue 20 found answered 500 (non-UTF-8, 100k-deep JSON, odd types); each unsigned, wrongly
  signed or correctly signed, with random event and delivery headers;
- the token routes: random JSON (and non-JSON) bodies to every POST route, random ids (path
  traversal, NUL, long, non-ASCII) on every GET route.

Requests go over ``--connections`` kept-alive HTTP/1.1 connections (http.client). A reset is
a connection the server closed or broke while the client kept it: an exception on send or read,
a ``Connection: close`` answer, or a reconnect (the local port changed). The server runs with
workers=0: queued review jobs are never run, so what is measured is the HTTP layer.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import hmac
import http.client
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.api.conftest import FIXTURES, SECRET
from tests.api.test_server_e2e import Server

PAYLOADS = {path.name: json.loads(path.read_bytes()) for path in sorted(FIXTURES.glob("*.json"))}
HOSTILE = [
    b'{"action": "opened", "x": "\xff\xfe"}',
    b"[" * 100_000 + b"]" * 100_000,
    b'{"action": "opened", "installation": "abc"}',
    b'{"action": {}, "number": 1}',
    json.dumps({**PAYLOADS["pull_request.opened.json"], "repository": "x"}).encode(),
    b'{"number": ' + b"9" * 5000 + b"}",
    b'{"zen": "\\ud800"}',
    b"",
    b"null",
    b"[]",
]
ODD_IDS = [
    "..",
    "../../etc/passwd",
    "%2e%2e%2f",
    "a" * 5000,
    "%00",
    "ses-",
    "eng-%ff",
    "\u00e9\u4e2d",
    "0",
    "-1",
]


def _value(rng: random.Random, depth: int = 0):
    kind = rng.randrange(9 if depth < 3 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return rng.choice([True, False])
    if kind == 2:
        return rng.choice([0, -1, 1, 2**31, 2**63, -(2**64), rng.randrange(-(10**6), 10**6)])
    if kind == 3:
        return rng.choice([0.5, -1e308, 1e-300, 3.0])
    if kind in (4, 5):
        alphabet = "abc/._-[]{}\"'\\\x00\u00e9\u4e2d\U0001f600 "
        return "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
    if kind in (6, 7):
        return {
            str(_value(rng, depth + 1))[:10]: _value(rng, depth + 1)
            for _ in range(rng.randrange(0, 4))
        }
    return [_value(rng, depth + 1) for _ in range(rng.randrange(0, 4))]


def _paths(node, prefix=()):
    items = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else ()
    )
    for key, value in items:
        yield (*prefix, key)
        yield from _paths(value, (*prefix, key))


def _mutated(rng: random.Random) -> tuple[str, bytes]:
    name = rng.choice(sorted(PAYLOADS))
    data = json.loads(json.dumps(PAYLOADS[name]))
    path = rng.choice(list(_paths(data)))
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    choice = rng.randrange(4)
    if choice == 0 and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = _value(rng)
    body = json.dumps(data).encode()
    if choice == 3:  # bytes level: truncate, or flip one byte
        at = rng.randrange(len(body))
        body = (
            body[:at]
            if rng.random() < 0.5
            else body[:at] + bytes([rng.randrange(256)]) + body[at + 1 :]
        )
    return ("ping" if name.startswith("ping") else "pull_request"), body


def _webhook_case(rng: random.Random) -> tuple[str, str, bytes, dict]:
    roll = rng.random()
    if roll < 0.3:
        event, body = (
            rng.choice(["pull_request", "ping", "issues"]),
            rng.randbytes(rng.randrange(0, 3000)),
        )
    elif roll < 0.95:
        event, body = _mutated(rng)
    else:
        event, body = "pull_request", rng.choice(HOSTILE)
    headers = {
        "Content-Type": "application/json",
        "X-GitHub-Event": event,
        "X-GitHub-Delivery": rng.choice(["", "x" * 300, f"d-{rng.randrange(10**9)}", "d-\u00e9"]),
    }
    signing = rng.randrange(3)
    if signing:
        secret = SECRET if signing == 2 else "not the secret"
        headers["X-Hub-Signature-256"] = (
            "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
        )
    return "POST", "/v1/webhooks/github", body, headers


def _api_case(rng: random.Random, token: str) -> tuple[str, str, bytes, dict]:
    headers = {
        "Authorization": f"Bearer {token}" if rng.random() < 0.9 else "Bearer pa_wrong",
        "Content-Type": "application/json",
    }
    ident = quote(rng.choice(ODD_IDS + [f"eng-{rng.randrange(10**6)}"]), safe="%")
    if rng.random() < 0.5:
        path = rng.choice(
            [
                "/v1/engagements",
                "/v1/reviews",
                "/v1/sessions",
                f"/v1/engagements/{ident}/resume",
                f"/v1/jobs/{ident}/cancel",
                f"/v1/sessions/{ident}/messages",
            ]
        )
        fields = {
            "target": _value(rng),
            "phase": rng.choice(["testing", "x", None]),
            "settings": _value(rng),
            "repository": _value(rng),
            "base": _value(rng),
            "head": _value(rng),
            "approve": _value(rng),
            "text": _value(rng),
            "reason": _value(rng),
        }
        body = {k: v for k, v in fields.items() if rng.random() < 0.5}
        raw = (
            json.dumps(body).encode()
            if rng.random() < 0.9
            else rng.randbytes(rng.randrange(1, 200))
        )
        return "POST", path, raw, headers
    path = rng.choice(
        [
            f"/v1/engagements/{ident}",
            f"/v1/reviews/{ident}",
            f"/v1/jobs/{ident}",
            f"/v1/sessions/{ident}",
            f"/v1/reviews/{ident}/artifacts/{ident}",
            f"/v1/engagements/{ident}/artifacts/..%2f..%2fserver.sqlite",
            "/healthz",
            "/metrics",
        ]
    )
    return "GET", path, b"", headers


class Connection:
    """One kept-alive connection; counts the times the server dropped it."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port, self.resets, self.local_port = host, port, 0, None
        self.http = http.client.HTTPConnection(host, port, timeout=120)

    def send(self, method: str, path: str, body: bytes, headers: dict) -> int:
        try:
            self.http.request(method, path, body=body or None, headers=headers)
            response = self.http.getresponse()
            response.read()
        except (OSError, http.client.HTTPException):
            self.resets += 1
            self.http.close()
            self.http = http.client.HTTPConnection(self.host, self.port, timeout=120)
            self.local_port = None
            return 0
        port = self.http.sock.getsockname()[1] if self.http.sock else None
        if (
            response.getheader("connection", "").lower() == "close"
            or port is None
            or (self.local_port is not None and port != self.local_port)
        ):
            self.resets += 1
        self.local_port = port
        return response.status


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument(
        "--show", action="store_true", help="print each case answered 5xx, 307 or not at all"
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    home = Path(tempfile.mkdtemp(prefix="perfagent-fuzz-api-"))
    server = Server(
        home,
        PERFAGENT_SERVER_WORKERS="0",
        PERFAGENT_SERVER_RATE_PER_MINUTE="1000000",
        PERFAGENT_SERVER_MAX_BODY_BYTES=str(1024 * 1024),
    )
    token = server.token()
    server.start()
    try:
        connections = [Connection("127.0.0.1", server.port) for _ in range(args.connections)]
        counts: dict[str, collections.Counter] = {
            "webhook": collections.Counter(),
            "api": collections.Counter(),
        }
        began = time.perf_counter()
        for index in range(args.cases):
            kind = "webhook" if index % 3 else "api"
            method, path, body, headers = (
                _webhook_case(rng) if kind == "webhook" else _api_case(rng, token)
            )
            status = connections[index % len(connections)].send(method, path, body, headers)
            counts[kind][status] += 1
            if args.show and (status >= 500 or status in (0, 307)):
                print(f"  case {index}: {status} {method} {path} {headers} {body[:300]!r}")
        elapsed = time.perf_counter() - began
        alive = server.proc.poll() is None
    finally:
        server.stop()
    resets = sum(c.resets for c in connections)
    print(
        f"fuzz_api: {args.cases} cases (seed {args.seed}) in {elapsed:.1f} s "
        f"over {args.connections} kept-alive "
        f"connections to `perfagent serve` (load average {os.getloadavg()[0]:.1f})"
    )
    for kind, counter in counts.items():
        total = sum(counter.values())
        fivexx = sum(n for status, n in counter.items() if status >= 500)
        shown = ", ".join(f"{status or 'no answer'}: {n}" for status, n in sorted(counter.items()))
        print(f"  {kind:<8} {total:>6} cases  5xx = {fivexx}  ({shown})")
    print(f"  connection resets = {resets}; server still up: {alive}")
    if (
        resets
        or not alive
        or any(status >= 500 or status == 0 for c in counts.values() for status in c)
    ):
        sys.exit(1)


if __name__ == "__main__":
    main()
