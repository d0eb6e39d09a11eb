"""A small closed-loop load: N users, each on its own kept-alive connection, each sending its
next request when the previous one is answered (as Locust's users do). Used by the scaling
probe and the queueing tests, where a precise number of requests in flight matters more than
a load shape. Threads in this process: it never imports Locust (gevent patches)."""

from __future__ import annotations

import statistics
import threading
import time
from collections import defaultdict

from pydantic import BaseModel, Field

from perfagent.tools.errors import ServiceError
from perfagent.tools.sandbox.network import LOOPBACK, host_allowed


class Sample(BaseModel):
    method: str
    path: str
    latency_ms: float
    ok: bool
    closed: bool = False  # the server answered `Connection: close`


class LoadRun(BaseModel):
    users: int
    duration_s: float
    started_ns: int = Field(description="wall clock (time.time_ns) at the start, to match spans")
    ended_ns: int
    samples: list[Sample]

    @property
    def throughput_rps(self) -> float:
        return sum(1 for s in self.samples if s.ok) / self.duration_s if self.duration_s else 0.0

    def p50_ms(self, path: str | None = None) -> float | None:
        values = [s.latency_ms for s in self.samples if s.ok and (path is None or s.path == path)]
        return round(float(statistics.median(values)), 3) if values else None

    def by_path(self) -> dict[tuple[str, str], list[Sample]]:
        groups: dict[tuple[str, str], list[Sample]] = defaultdict(list)
        for s in self.samples:
            groups[(s.method, s.path)].append(s)
        return dict(groups)


def closed_loop(
    base_url: str,
    paths: list[str],
    *,
    users: int,
    duration_s: float,
    allow: tuple = LOOPBACK,
    timeout_s: float = 60.0,
    headers: dict[str, str] | None = None,
    fresh: bool = False,
) -> LoadRun:
    """``users`` threads, each cycling through ``paths`` (user i starting at path i) for
    ``duration_s``; every answer is a sample. ``headers`` go with every request (a logged-in
    session from :func:`perfagent.tools.loadtest.auth.session`); a redirect is not an answer of
    the page (a logged-out user is sent to the login form) and counts as failed. ``fresh``: a
    new connection for every request (no connection is kept in the pool)."""
    import httpx

    host = httpx.URL(base_url).host
    if not host_allowed(host, allow):
        raise ServiceError(f"host {host} is not on the allow-list; refusing to load it")
    if users < 1 or not paths:
        raise ValueError("closed_loop needs at least one user and one path")
    samples: list[Sample] = []
    lock = threading.Lock()
    stop = threading.Event()

    def user(index: int) -> None:
        mine = []
        with httpx.Client(
            base_url=base_url,
            timeout=timeout_s,
            trust_env=False,
            headers=headers,
            limits=httpx.Limits(max_keepalive_connections=0) if fresh else httpx.Limits(),
        ) as client:
            i = index
            while not stop.is_set():
                path = paths[i % len(paths)]
                i += 1
                started = time.perf_counter()
                closed = False
                try:
                    response = client.get(path)
                    ok = response.status_code < 300
                    closed = response.headers.get("connection", "").lower() == "close"
                except httpx.HTTPError:
                    ok = False
                mine.append(
                    Sample(
                        method="GET",
                        path=path,
                        latency_ms=(time.perf_counter() - started) * 1000,
                        ok=ok,
                        closed=closed,
                    )
                )
        with lock:
            samples.extend(mine)

    threads = [threading.Thread(target=user, args=(i,), daemon=True) for i in range(users)]
    started_ns, started = time.time_ns(), time.perf_counter()
    for t in threads:
        t.start()
    stop.wait(duration_s)
    stop.set()
    for t in threads:
        t.join(timeout_s)
    elapsed = time.perf_counter() - started
    return LoadRun(
        users=users,
        duration_s=elapsed,
        started_ns=started_ns,
        ended_ns=time.time_ns(),
        samples=samples,
    )
