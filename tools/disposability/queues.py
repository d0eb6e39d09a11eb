"""The queues a worker consumes, seen from outside: enqueue jobs, read the depth, read
which jobs finished and when. One class per kind, all on the local servers only.

    redis-list      jobs are LPUSHed to ``<namespace>:<name>`` (the worker BRPOPs, FIFO);
                    depth is LLEN; the worker RPUSHes each finished job, as JSON with
                    ``done_at`` added, to ``<namespace>:<name>:done``
    postgres-table  a table ``<name>_<namespace>`` (id, enqueued_at, taken_at, done_at)
                    perfagent creates and drops; the worker takes a row (``taken_at``,
                    FOR UPDATE SKIP LOCKED) and sets ``done_at``; depth is the rows not taken

Every job is JSON ``{"id": "...", "enqueued_at": <wall seconds>}``.
"""

from __future__ import annotations

import json
import re
from typing import Protocol
from urllib.parse import urlsplit

from perfagent.tools.errors import ServiceError, UnsafeInputError
from perfagent.tools.sandbox.network import host_allowed
from perfagent.tools.spec import QueueSpec


class Queue(Protocol):
    name: str

    def enqueue(self, jobs: list[dict]) -> None: ...
    def depth(self) -> int: ...
    def finished(self) -> list[tuple[str, float, float]]: ...  # (id, enqueued_at, done_at)
    def close(self) -> None: ...


def _loopback(url: str) -> str:
    host = urlsplit(url).hostname or ""
    if not host_allowed(host):
        raise UnsafeInputError(
            f"queue {url!r} is not on loopback; perfagent only loads local servers"
        )
    return url


class RedisList:
    def __init__(self, url: str, name: str, namespace: str) -> None:
        import redis

        self.name = f"{namespace}:{name}"
        self._done = f"{self.name}:done"
        self._redis = redis.Redis.from_url(_loopback(url), socket_timeout=5)
        try:
            self._redis.delete(self.name, self._done)
        except redis.RedisError as exc:
            raise ServiceError(f"cannot reach the queue's Redis at {url}: {exc}") from None

    def enqueue(self, jobs: list[dict]) -> None:
        if jobs:
            self._redis.lpush(self.name, *[json.dumps(job) for job in jobs])

    def depth(self) -> int:
        return int(self._redis.llen(self.name))

    def finished(self) -> list[tuple[str, float, float]]:
        done = []
        for raw in self._redis.lrange(self._done, 0, -1):
            job = json.loads(raw)
            done.append((str(job["id"]), float(job["enqueued_at"]), float(job["done_at"])))
        return done

    def close(self) -> None:
        self._redis.delete(self.name, self._done)
        self._redis.close()


class PostgresTable:
    def __init__(self, url: str, name: str, namespace: str) -> None:
        import psycopg

        self.name = re.sub(r"\W", "_", f"{name}_{namespace}").lower()[:63]
        try:
            self._conn = psycopg.connect(_loopback(url), autocommit=True)
        except psycopg.Error as exc:
            raise ServiceError(f"cannot reach the queue's PostgreSQL at {url}: {exc}") from None
        self._conn.execute(f'DROP TABLE IF EXISTS "{self.name}"')
        self._conn.execute(
            f'CREATE TABLE "{self.name}" (id text PRIMARY KEY, enqueued_at double precision '
            "NOT NULL, taken_at double precision, done_at double precision)"
        )

    def enqueue(self, jobs: list[dict]) -> None:
        if jobs:
            with self._conn.cursor() as cur:
                cur.executemany(
                    f'INSERT INTO "{self.name}" (id, enqueued_at) VALUES (%s, %s)',
                    [(job["id"], job["enqueued_at"]) for job in jobs],
                )

    def depth(self) -> int:
        row = self._conn.execute(
            f'SELECT count(*) FROM "{self.name}" WHERE taken_at IS NULL'
        ).fetchone()
        assert row is not None  # count(*) always returns one row
        return int(row[0])

    def finished(self) -> list[tuple[str, float, float]]:
        rows = self._conn.execute(
            f'SELECT id, enqueued_at, done_at FROM "{self.name}" WHERE done_at IS NOT NULL'
        ).fetchall()
        return [(r[0], float(r[1]), float(r[2])) for r in rows]

    def close(self) -> None:
        self._conn.execute(f'DROP TABLE IF EXISTS "{self.name}"')
        self._conn.close()


def open_queue(spec: QueueSpec, namespace: str) -> Queue:
    if spec.kind == "redis-list":
        return RedisList(spec.url, spec.name, namespace)
    return PostgresTable(spec.url, spec.name, namespace)
