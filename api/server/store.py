"""The server's durable state: jobs, their events, webhook deliveries, API tokens.

One schema on two databases. SQLite (a file, the default) serves one server; PostgreSQL
(a ``postgresql://`` URL) lets many servers on many machines share one queue: a worker
claims a job with ``FOR UPDATE SKIP LOCKED`` so two workers never take the same job and
neither waits for the other. A job holds a lease that its worker renews while it runs;
a job whose lease ran out (its server died) is claimed again and resumed.

Job states::

    queued ──claim──▶ running ──▶ done | failed | cancelled
                        │  └─────▶ waiting (an engagement paused for a decision)
                        └─ lease expired ──▶ claimed again (attempts + 1), or failed
"""

from __future__ import annotations

import contextlib
import json
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from perfagent.tools.errors import InputError, ServiceError

JobStatus = Literal["queued", "running", "waiting", "done", "failed", "cancelled"]
TERMINAL: frozenset[str] = frozenset({"done", "failed", "cancelled"})

_TABLES = """
CREATE TABLE IF NOT EXISTS jobs (
  id TEXT PRIMARY KEY, stream TEXT NOT NULL, kind TEXT NOT NULL, payload TEXT NOT NULL,
  status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, max_attempts INTEGER NOT NULL,
  timeout_s {real} NOT NULL, worker TEXT, lease_until {real}, cancel INTEGER NOT NULL DEFAULT 0,
  created {real} NOT NULL, started {real}, finished {real}, error TEXT, result TEXT, owner TEXT);
CREATE INDEX IF NOT EXISTS jobs_claim ON jobs (status, created);
CREATE INDEX IF NOT EXISTS jobs_stream ON jobs (stream, created);
CREATE TABLE IF NOT EXISTS events (
  seq {serial}, stream TEXT NOT NULL, at {real} NOT NULL, kind TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_stream ON events (stream, seq);
CREATE TABLE IF NOT EXISTS deliveries (
  id TEXT PRIMARY KEY, event TEXT, received {real}, job_id TEXT);
CREATE TABLE IF NOT EXISTS tokens (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, created {real} NOT NULL,
  revoked INTEGER NOT NULL DEFAULT 0);
"""


class Job(BaseModel):
    id: str
    stream: str  # the resource the job works for: a review, an engagement
    kind: str  # review | engagement | decide
    payload: dict[str, Any]
    status: JobStatus
    attempts: int = 0
    max_attempts: int = 3
    timeout_s: float
    worker: str | None = None
    lease_until: float | None = None
    cancel: bool = False
    created: float
    started: float | None = None
    finished: float | None = None
    error: str | None = None
    result: dict[str, Any] | None = None
    owner: str | None = None


class Event(BaseModel):
    seq: int
    stream: str
    at: float
    kind: str
    data: dict[str, Any]


_JOB_COLUMNS = (
    "id, stream, kind, payload, status, attempts, max_attempts, timeout_s, worker, "
    "lease_until, cancel, created, started, finished, error, result, owner"
)


def _job(row) -> Job:
    keys = [k.strip() for k in _JOB_COLUMNS.split(",")]
    values = dict(zip(keys, row, strict=True))
    values["payload"] = json.loads(values["payload"])
    values["result"] = json.loads(values["result"]) if values["result"] else None
    values["cancel"] = bool(values["cancel"])
    return Job.model_validate(values)


class Store:
    """A connection per operation: safe from many threads and from the job processes."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.postgres = url.startswith(("postgresql://", "postgres://"))
        self._local = threading.local()
        if not self.postgres:
            self.path = Path(url.removeprefix("sqlite:///")).expanduser()
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise InputError(
                    f"cannot create the folder of the server database {self.path}: {exc}"
                ) from None
        with self._conn() as conn:
            serial = (
                "BIGSERIAL PRIMARY KEY" if self.postgres else "INTEGER PRIMARY KEY AUTOINCREMENT"
            )
            real = "DOUBLE PRECISION" if self.postgres else "REAL"  # Postgres' REAL is 4 bytes
            for statement in _TABLES.format(serial=serial, real=real).split(";"):
                if statement.strip():
                    conn.execute(statement)

    # ------------------------------------------------------------------ the seam

    @contextlib.contextmanager
    def _conn(self) -> Iterator[Any]:
        """One transaction on this thread's connection (opened once per thread and kept)."""
        if self.postgres:
            conn = self._pg()
            try:
                with conn.transaction():
                    yield _PgConn(conn)
            except Exception as exc:
                if conn.closed or conn.broken:
                    self._local.pg = None
                import psycopg

                if isinstance(exc, psycopg.OperationalError):
                    raise ServiceError(
                        f"lost the job database {self.url}: {str(exc).splitlines()[0]}"
                    ) from None
                raise
            return
        conn = self._sqlite()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _pg(self):
        conn = getattr(self._local, "pg", None)
        if conn is None or conn.closed:
            import psycopg

            try:
                conn = psycopg.connect(self.url, autocommit=True, connect_timeout=5)
            except psycopg.Error as exc:
                raise ServiceError(
                    f"cannot reach the job database {self.url}: {str(exc).splitlines()[0]}"
                ) from None
            self._local.pg = conn
        return conn

    def _sqlite(self) -> sqlite3.Connection:
        conn = getattr(self._local, "sqlite", None)
        if conn is None:
            conn = sqlite3.connect(
                self.path, timeout=30.0, isolation_level=None, check_same_thread=False
            )
            conn.execute("PRAGMA journal_mode=WAL")
            # WAL + NORMAL: a commit survives a crash of any process; only a power cut may lose
            # the last transactions (a webhook GitHub then redelivers, a job a worker re-claims).
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA busy_timeout=30000")
            self._local.sqlite = conn
        return conn

    # ------------------------------------------------------------------ jobs

    def enqueue(
        self,
        kind: str,
        payload: dict,
        *,
        stream: str | None = None,
        timeout_s: float = 1800.0,
        max_attempts: int = 3,
        owner: str | None = None,
        note: dict | None = None,
    ) -> Job:
        """Queue a job; with ``note``, its stream's "queued" event in the same transaction."""
        job_id = f"{kind[:3]}-{secrets.token_hex(6)}"
        with self._conn() as conn:
            _insert_job(
                conn,
                job_id,
                stream or job_id,
                kind,
                payload,
                max_attempts=max_attempts,
                timeout_s=timeout_s,
                owner=owner,
                note=note,
            )
        return self.job(job_id)

    def job(self, job_id: str) -> Job | None:
        with self._conn() as conn:
            row = conn.execute(
                f"SELECT {_JOB_COLUMNS} FROM jobs WHERE id = ?", (job_id,)
            ).fetchone()
        return _job(row) if row else None

    def jobs(self, *, stream: str | None = None, limit: int = 100) -> list[Job]:
        where, params = ("WHERE stream = ?", (stream,)) if stream else ("", ())
        with self._conn() as conn:
            rows = conn.execute(
                f"SELECT {_JOB_COLUMNS} FROM jobs {where} ORDER BY created DESC LIMIT {int(limit)}",
                params,
            ).fetchall()
        return [_job(r) for r in rows]

    def claim(self, worker: str, *, lease_s: float) -> Job | None:
        """Take the oldest runnable job: queued, or running with a lease that ran out."""
        now = time.time()
        lock = "FOR UPDATE SKIP LOCKED" if self.postgres else ""
        with self._conn() as conn:
            # A job that lost its worker too often is given up, with the reason.
            conn.execute(
                "UPDATE jobs SET status='failed', finished=?, error=? WHERE status='running' "
                "AND lease_until < ? AND attempts >= max_attempts",
                (now, "gave up: its worker stopped during every attempt", now),
            )
            row = conn.execute(
                f"UPDATE jobs SET status='running', worker=?, lease_until=?, attempts=attempts+1, "
                f"started=COALESCE(started, ?) WHERE id = (SELECT id FROM jobs WHERE cancel = 0 "
                f"AND (status='queued' OR (status='running' AND lease_until < ?)) "
                f"ORDER BY created LIMIT 1 {lock}) "
                f"RETURNING {_JOB_COLUMNS}",
                (worker, now + lease_s, now, now),
            ).fetchone()
        return _job(row) if row else None

    def heartbeat(self, job_id: str, worker: str, *, lease_s: float) -> bool:
        """Renew the lease; returns whether the job was asked to stop (cancelled)."""
        with self._conn() as conn:
            conn.execute(
                "UPDATE jobs SET lease_until=? WHERE id=? AND worker=? AND status='running'",
                (time.time() + lease_s, job_id, worker),
            )
            row = conn.execute("SELECT cancel FROM jobs WHERE id=?", (job_id,)).fetchone()
        return bool(row and row[0])

    def finish(
        self,
        job_id: str,
        status: JobStatus,
        *,
        result: dict | None = None,
        error: str | None = None,
        only_if_running: bool = False,
    ) -> None:
        guard = " AND status='running'" if only_if_running else ""
        with self._conn() as conn:
            conn.execute(
                f"UPDATE jobs SET status=?, finished=?, result=COALESCE(?, result), error=?, "
                f"lease_until=NULL WHERE id=?{guard}",
                (
                    status,
                    time.time(),
                    json.dumps(result) if result is not None else None,
                    error,
                    job_id,
                ),
            )

    def cancel(self, job_id: str) -> Job | None:
        """A queued job is cancelled at once; a running one is asked to stop."""
        with self._conn() as conn:
            conn.execute(
                "UPDATE jobs SET status='cancelled', finished=? WHERE id=? AND status='queued'",
                (time.time(), job_id),
            )
            conn.execute("UPDATE jobs SET cancel=1 WHERE id=? AND status='running'", (job_id,))
        return self.job(job_id)

    def counts(self) -> dict[str, int]:
        with self._conn() as conn:
            rows = conn.execute("SELECT status, COUNT(*) FROM jobs GROUP BY status").fetchall()
        return {status: int(n) for status, n in rows}

    # ------------------------------------------------------------------ events

    def add_event(self, stream: str, kind: str, data: dict) -> None:
        with self._conn() as conn:
            conn.execute(
                "INSERT INTO events (stream, at, kind, data) VALUES (?,?,?,?)",
                (stream, time.time(), kind, json.dumps(data, default=str)),
            )

    def events(self, stream: str, *, after: int = 0, limit: int = 500) -> list[Event]:
        with self._conn() as conn:
            rows = conn.execute(
                f"SELECT seq, stream, at, kind, data FROM events WHERE stream=? AND seq>? "
                f"ORDER BY seq LIMIT {int(limit)}",
                (stream, after),
            ).fetchall()
        return [
            Event(seq=r[0], stream=r[1], at=r[2], kind=r[3], data=json.loads(r[4])) for r in rows
        ]

    def last_event(self, stream: str, kind: str) -> Event | None:
        """The stream's latest event of ``kind`` (one indexed row, not the whole stream)."""
        with self._conn() as conn:
            row = conn.execute(
                "SELECT seq, stream, at, kind, data FROM events WHERE stream=? AND kind=? "
                "ORDER BY seq DESC LIMIT 1",
                (stream, kind),
            ).fetchone()
        return (
            Event(seq=row[0], stream=row[1], at=row[2], kind=row[3], data=json.loads(row[4]))
            if row
            else None
        )

    def step_durations(self) -> list[tuple[str, float]]:
        """(step, seconds) for every finished engagement step, for /metrics."""
        with self._conn() as conn:
            rows = conn.execute("SELECT data FROM events WHERE kind='step_finished'").fetchall()
        out = []
        for (data,) in rows:
            item = json.loads(data)
            if isinstance(item.get("seconds"), (int, float)):
                out.append((str(item.get("step", "?")), float(item["seconds"])))
        return out

    # ------------------------------------------------------------------ webhooks and tokens

    def first_delivery(self, delivery_id: str, event: str) -> bool:
        """Record a webhook delivery; False when this id was seen before (a redelivery)."""
        conflict = "ON CONFLICT (id) DO NOTHING"
        with self._conn() as conn:
            cursor = conn.execute(
                f"INSERT INTO deliveries (id, event, received) VALUES (?,?,?) {conflict}",
                (delivery_id, event, time.time()),
            )
            return cursor.rowcount == 1

    def accept_delivery(
        self,
        delivery_id: str,
        event: str,
        *,
        kind: str,
        payload: dict,
        timeout_s: float,
        note: dict,
    ) -> str | None:
        """In one transaction: record the delivery, queue its job and the job's first event.
        None (and nothing queued) when this delivery id was seen before."""
        now = time.time()
        job_id = f"{kind[:3]}-{secrets.token_hex(6)}"
        with self._conn() as conn:
            cursor = conn.execute(
                "INSERT INTO deliveries (id, event, received, job_id) VALUES (?,?,?,?) "
                "ON CONFLICT (id) DO NOTHING",
                (delivery_id, event, now, job_id),
            )
            if cursor.rowcount != 1:
                return None
            _insert_job(
                conn,
                job_id,
                job_id,
                kind,
                payload,
                max_attempts=3,
                timeout_s=timeout_s,
                owner=None,
                note=note,
            )
        return job_id

    def add_token(self, name: str, digest: str) -> str:
        token_id = secrets.token_hex(4)
        with self._conn() as conn:
            conn.execute(
                "INSERT INTO tokens (id, name, hash, created) VALUES (?,?,?,?)",
                (token_id, name, digest, time.time()),
            )
        return token_id

    def token_by_hash(self, digest: str) -> str | None:
        """The id of the live token with this hash."""
        with self._conn() as conn:
            row = conn.execute(
                "SELECT id FROM tokens WHERE hash=? AND revoked=0", (digest,)
            ).fetchone()
        return row[0] if row else None

    def revoke_token(self, token_id: str) -> bool:
        with self._conn() as conn:
            return conn.execute("UPDATE tokens SET revoked=1 WHERE id=?", (token_id,)).rowcount == 1


def _insert_job(
    conn,
    job_id: str,
    stream: str,
    kind: str,
    payload: dict,
    *,
    max_attempts: int,
    timeout_s: float,
    owner: str | None,
    note: dict | None,
) -> None:
    now = time.time()
    conn.execute(
        f"INSERT INTO jobs ({_JOB_COLUMNS}) "
        "VALUES (?,?,?,?,'queued',0,?,?,NULL,NULL,0,?,NULL,NULL,NULL,NULL,?)",
        (job_id, stream, kind, json.dumps(payload), max_attempts, timeout_s, now, owner),
    )
    if note is not None:
        conn.execute(
            "INSERT INTO events (stream, at, kind, data) VALUES (?,?,?,?)",
            (stream, now, "queued", json.dumps({"job": job_id, **note})),
        )


class _PgConn:
    """psycopg behind SQLite's calling convention (``?`` placeholders, execute → cursor)."""

    def __init__(self, conn) -> None:
        self.conn = conn

    def execute(self, sql: str, params: tuple = ()):
        return self.conn.execute(sql.replace("?", "%s"), params)
