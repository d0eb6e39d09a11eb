"""Webhook acknowledgement latency at a fixed arrival rate while a review runs.

Starts the real server (`perfagent serve`, one worker) on loopback, queues a review of
a small repository so a job is measuring in the background, then sends signed
`pull_request` deliveries (each a new delivery id, so each is verified, de-duplicated and
queued as a review job) at a constant rate — open loop: a request is sent at its
scheduled time whether or not earlier ones were answered, so a slow server shows up as
latency, not as a lower rate. Goal: p99 < 50 ms at 200 requests/s.

    python benchmarks/api.py [--rate 200] [--seconds 15]

The load generator shares this machine's 2 cores with the server and the review.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import secrets
import sys
import tempfile
import time
from pathlib import Path

import httpx
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.api.conftest import FIXTURES, sign
from tests.api.test_server_e2e import Server, prices_repo


async def _fire(
    url: str, body: bytes, rate: float, seconds: float
) -> tuple[list[float], list[int], float]:
    latencies: list[float] = []
    codes: list[int] = []
    headers = {
        "X-GitHub-Event": "pull_request",
        "X-Hub-Signature-256": sign(body),
        "Content-Type": "application/json",
    }
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=10) as client:

        async def one(when: float) -> None:
            await asyncio.sleep(max(0.0, when - time.perf_counter()))
            start = time.perf_counter()
            try:
                response = await client.post(
                    "/v1/webhooks/github",
                    content=body,
                    headers={**headers, "X-GitHub-Delivery": secrets.token_hex(8)},
                )
                codes.append(response.status_code)
            except httpx.HTTPError:
                codes.append(0)
            latencies.append(time.perf_counter() - start)

        t0 = time.perf_counter() + 0.5
        n = int(rate * seconds)
        began = time.perf_counter()
        await asyncio.gather(*(one(t0 + i / rate) for i in range(n)))
        return latencies, codes, time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rate", type=float, default=200.0)
    parser.add_argument("--seconds", type=float, default=15.0)
    args = parser.parse_args()
    print(
        f"machine: {platform.node()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}, "
        f"Python {platform.python_version()}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        shas = prices_repo(Path(tmp) / "repo")
        base, head = shas["base"], shas["slower"]
        server = Server(
            Path(tmp),
            PERFAGENT_SERVER_RATE_PER_MINUTE="100000",
            PERFAGENT_SERVER_WORKERS="1",
            PERFAGENT_SERVER_REVIEW_SETTINGS="{}",
        )
        token = server.token()
        server.start()
        try:
            review = httpx.post(
                f"{server.url}/v1/reviews",
                headers={"Authorization": f"Bearer {token}"},
                json={"repository": str(Path(tmp) / "repo"), "base": base, "head": head},
            ).json()
            time.sleep(1.0)
            running = httpx.get(
                f"{server.url}/v1/reviews/{review['id']}",
                headers={"Authorization": f"Bearer {token}"},
            ).json()["status"]
            payload = json.loads((FIXTURES / "pull_request.synchronize.json").read_bytes())
            payload["repository"]["clone_url"] = str(Path(tmp) / "repo")
            payload["pull_request"]["head"]["repo"]["clone_url"] = str(Path(tmp) / "repo")
            body = json.dumps(payload).encode()
            latencies, codes, wall = asyncio.run(_fire(server.url, body, args.rate, args.seconds))
        finally:
            server.stop()
    ms = np.array(latencies) * 1000
    ok = sum(1 for c in codes if c == 202)
    print(f"review in the background: {running} (one worker measuring while the webhooks arrive)")
    print(
        f"sent {len(codes)} signed deliveries at {args.rate:.0f}/s "
        f"scheduled over {args.seconds:.0f} s "
        f"(achieved {len(codes) / wall:.0f}/s); 202: {ok}, other: {len(codes) - ok}"
    )
    print(
        f"ack latency ms: p50 {np.percentile(ms, 50):.1f}  p90 {np.percentile(ms, 90):.1f}  "
        f"p99 {np.percentile(ms, 99):.1f}  max {ms.max():.1f}"
    )
    goal = np.percentile(ms, 99) < 50
    print(f"goal p99 < 50 ms: {'met' if goal else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
