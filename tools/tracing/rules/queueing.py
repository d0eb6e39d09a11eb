"""Server time against client latency: what the client waited beyond the server's own time for
a request is queueing (for a worker, a connection, the accept backlog), not the endpoint's cost.

Under a closed-loop load the fast endpoints queue behind the slow ones: each endpoint's wait is
reported as queueing, and the endpoint that holds the workers longest (its share of all traced
server time) is named as the cause.
"""

from __future__ import annotations

from collections import defaultdict
from urllib.parse import urlsplit

from perfagent.tools.tracing.models import ClientLatency, RequestTrace, TraceFinding
from perfagent.tools.tracing.rules._common import examples, median, share_pct

MIN_QUEUE_MS = 10.0
MIN_QUEUE_SHARE = 0.5  # of the client's latency


def _path(value: str | None) -> str:
    return urlsplit(value or "").path or "/"


def queueing(requests: list[RequestTrace], client: list[ClientLatency]) -> list[TraceFinding]:
    by_path: dict[tuple[str, str], list[RequestTrace]] = defaultdict(list)
    for r in requests:
        by_path[(r.method.upper(), _path(r.path))].append(r)
    busy: dict[str, float] = defaultdict(float)
    for r in requests:
        busy[r.endpoint] += r.server_ms
    total_busy = sum(busy.values())
    cause, cause_ms = max(busy.items(), key=lambda kv: kv[1]) if busy else (None, 0.0)
    findings = []
    for c in client:
        traced = by_path.get((c.method.upper(), _path(c.path)), [])
        if not traced or c.p50_ms <= 0:
            continue
        server = median(r.server_ms for r in traced)
        queue = round(c.p50_ms - server, 3)
        if queue < MIN_QUEUE_MS or queue < MIN_QUEUE_SHARE * c.p50_ms:
            continue
        endpoint = traced[0].endpoint
        own = cause == endpoint
        because = (
            f"this endpoint itself holds the workers {share_pct(cause_ms, total_busy):.0f}% of "
            "the traced server time"
            if own
            else f"{cause} holds the workers {share_pct(cause_ms, total_busy):.0f}% of the traced "
            "server time"
        )
        findings.append(
            TraceFinding(
                rule="queueing",
                endpoint=endpoint,
                title=(
                    f"{c.name} waits {queue:.0f} ms in a queue: {server:.0f} ms of its "
                    f"{c.p50_ms:.0f} ms p50 is server time; the queue is behind "
                    + ("its own requests" if own else str(cause))
                ),
                evidence=(
                    f"client p50 {c.p50_ms:.1f} ms over {c.requests} requests vs server p50 "
                    f"{server:.1f} ms over {len(traced)} traced requests: "
                    f"{share_pct(queue, c.p50_ms):.0f}% is waiting for a worker, "
                    f"not this endpoint's work; {because}"
                ),
                cost_ms_per_request=queue,
                share_of_server_pct=share_pct(queue, c.p50_ms),
                requests=len(traced),
                example_trace_ids=examples(traced, key=lambda r: r.server_ms),
                suggestion=(
                    f"make {cause} faster or move it off the request path (its own findings), "
                    f"or add workers; {c.name} itself needs no change"
                    if not own
                    else "more workers, or make this endpoint faster: it queues behind its own load"
                ),
                detail={
                    "client": c.name,
                    "client_p50_ms": c.p50_ms,
                    "server_p50_ms": server,
                    "queue_ms": queue,
                    "cause": cause,
                    "cause_busy_share_pct": share_pct(cause_ms, total_busy),
                },
            )
        )
    return sorted(findings, key=lambda f: -f.cost_ms_per_request)
