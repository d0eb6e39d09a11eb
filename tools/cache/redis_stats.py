"""Redis hit rates from ``INFO`` deltas: read the counters before and after a window.

``keyspace_hits`` and ``keyspace_misses`` count key lookups server-wide since start (or
``CONFIG RESETSTAT``); their difference over a window, not their totals, is the
window's hit rate. The arithmetic is pure (``hit_rate_between``); the only I/O is
``snapshot``, behind one Redis client.

    with hit_rate("redis://127.0.0.1:6379/0") as window:
        run_the_load_test()
    window.result.hit_rate  # 0.93, or None when nothing was looked up

>>> before = InfoSnapshot(t_s=0.0, hits=100, misses=50, evicted=0, expired=3, used_memory_bytes=10)
>>> after = InfoSnapshot(t_s=4.0, hits=190, misses=60, evicted=2, expired=5, used_memory_bytes=30)
>>> r = hit_rate_between(before, after, url="redis://127.0.0.1:6379/0")
>>> r.hits, r.misses, r.hit_rate, r.evictions, r.expirations, r.window_s, r.used_memory_delta_bytes
(90, 10, 0.9, 2, 2, 4.0, 20)
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

from pydantic import BaseModel

from perfagent.tools.cache.models import HitRate
from perfagent.tools.errors import InputError, ServiceError, UnsafeInputError
from perfagent.tools.sandbox.network import LOOPBACK, host_allowed

SCHEMES = ("redis", "rediss", "unix")


class InfoSnapshot(BaseModel):
    """The counters of one ``INFO`` reading."""

    t_s: float
    hits: int
    misses: int
    evicted: int = 0
    expired: int = 0
    used_memory_bytes: int | None = None
    keys: int | None = None


def redact(url: str) -> str:
    """The URL with its password hidden, for messages and records.

    >>> redact("redis://user:s3cret@127.0.0.1:6379/2"), redact("redis://127.0.0.1")
    ('redis://user:***@127.0.0.1:6379/2', 'redis://127.0.0.1')
    """
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def check_url(url: str, allow: Sequence[str] = LOOPBACK) -> None:
    """Refuse a URL that is not Redis, or whose host is not on the allow-list.

    >>> check_url("redis://10.0.0.5:6379/0")
    Traceback (most recent call last):
    perfagent.tools.errors.UnsafeInputError: Redis host 10.0.0.5 is not on the allow-list (loopback
    ...
    >>> check_url("redis://localhost/1"), check_url("unix:///run/redis.sock")
    (None, None)
    """
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES:
        raise InputError(f"{redact(url)} is not a Redis URL; write redis://127.0.0.1:6379/0")
    if parts.scheme == "unix":
        return  # a local socket
    host = parts.hostname or "localhost"  # redis-py's default host
    if not host_allowed(host, allow):
        raise UnsafeInputError(
            f"Redis host {host} is not on the allow-list (loopback only by default); "
            "refusing to connect to it"
        )


def hit_rate_between(
    before: InfoSnapshot, after: InfoSnapshot, *, url: str, source: str = ""
) -> HitRate:
    """The window between two readings. A counter that went backwards means a reset in
    between: the later reading then counts from the reset, and the record says so.

    >>> a = InfoSnapshot(t_s=0.0, hits=500, misses=20)
    >>> b = InfoSnapshot(t_s=1.0, hits=7, misses=3)
    >>> r = hit_rate_between(a, b, url="redis://127.0.0.1")
    >>> r.hits, r.misses, r.hit_rate, r.counters_reset
    (7, 3, 0.7, True)
    >>> hit_rate_between(a, a, url="redis://127.0.0.1").hit_rate is None
    True
    """
    counters = ("hits", "misses", "evicted", "expired")
    reset = any(getattr(after, k) < getattr(before, k) for k in counters)

    def delta(name: str) -> int:
        return getattr(after, name) if reset else getattr(after, name) - getattr(before, name)

    hits, misses = delta("hits"), delta("misses")
    memory_delta = None
    if after.used_memory_bytes is not None and before.used_memory_bytes is not None:
        memory_delta = after.used_memory_bytes - before.used_memory_bytes
    return HitRate(
        url=redact(url),
        window_s=round(after.t_s - before.t_s, 3),
        hits=hits,
        misses=misses,
        hit_rate=round(hits / (hits + misses), 4) if hits + misses else None,
        evictions=delta("evicted"),
        expirations=delta("expired"),
        used_memory_bytes=after.used_memory_bytes,
        used_memory_delta_bytes=memory_delta,
        keys=after.keys,
        counters_reset=reset,
        source=source,
    )


def connect(url: str, *, allow: Sequence[str] = LOOPBACK, timeout_s: float = 5.0):
    """A Redis client for an allowed URL, or one sentence naming the URL."""
    import redis

    check_url(url, allow)
    try:
        return redis.Redis.from_url(url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s)
    except ValueError as exc:
        raise InputError(f"{redact(url)} is not a valid Redis URL: {exc}") from None


def snapshot(client, *, url: str, clock: Callable[[], float] = time.monotonic) -> InfoSnapshot:
    """Read the counters once (INFO stats, memory and keyspace)."""
    import redis

    try:
        stats = client.info("stats")
        memory = client.info("memory")
        keyspace = client.info("keyspace")
    except redis.AuthenticationError as exc:
        raise ServiceError(f"Redis at {redact(url)} refused our credentials: {exc}") from None
    except redis.RedisError as exc:
        raise ServiceError(f"Redis at {redact(url)} is unreachable: {exc}") from None
    db = client.connection_pool.connection_kwargs.get("db", 0)
    space = keyspace.get(f"db{db}")
    return InfoSnapshot(
        t_s=clock(),
        hits=int(stats.get("keyspace_hits", 0)),
        misses=int(stats.get("keyspace_misses", 0)),
        evicted=int(stats.get("evicted_keys", 0)),
        expired=int(stats.get("expired_keys", 0)),
        used_memory_bytes=memory.get("used_memory"),
        keys=int(space["keys"]) if isinstance(space, dict) else 0,
    )


class RedisSampler:
    """``start()`` reads the counters, ``stop()`` reads them again and returns the window."""

    def __init__(
        self,
        url: str,
        *,
        allow: Sequence[str] = LOOPBACK,
        clock: Callable[[], float] = time.monotonic,
        client=None,
        source: str = "",
    ) -> None:
        self.url = url
        self.source = source
        self.error: str | None = None  # why hit_rate() measured nothing
        self._client = client if client is not None else connect(url, allow=allow)
        self._clock = clock
        self._before: InfoSnapshot | None = None
        self.result: HitRate | None = None

    def start(self) -> None:
        self.result = None
        self._before = snapshot(self._client, url=self.url, clock=self._clock)

    def stop(self) -> HitRate:
        if self._before is None:
            raise RuntimeError("RedisSampler.stop() before start()")
        after = snapshot(self._client, url=self.url, clock=self._clock)
        self.result = hit_rate_between(self._before, after, url=self.url, source=self.source)
        self._before = None
        return self.result


@contextmanager
def hit_rate(
    url: str,
    *,
    allow: Sequence[str] = LOOPBACK,
    clock: Callable[[], float] = time.monotonic,
    source: str = "",
) -> Iterator[RedisSampler]:
    """Measure the hit rate over the ``with`` block; the result is ``sampler.result``.

    A block that raises leaves no result: a window cut short measures nothing reliable.
    A Redis that cannot be read (down, refusing us) leaves no result either, and
    ``sampler.error`` says why: the load test inside must not fail for want of a cache
    statistic. A URL that is not Redis, or not allowed, still raises: that is the input.

    >>> with hit_rate("redis://127.0.0.1:1/0") as window:  # nothing listens on port 1
    ...     pass
    >>> window.result, window.error.split(" is ")[0]
    (None, 'Redis at redis://127.0.0.1:1/0')
    """
    sampler = RedisSampler(url, allow=allow, clock=clock, source=source)
    try:
        sampler.start()
    except ServiceError as exc:
        sampler.error = str(exc)
    yield sampler
    if sampler.error is None:
        try:
            sampler.stop()
        except ServiceError as exc:
            sampler.error = str(exc)
