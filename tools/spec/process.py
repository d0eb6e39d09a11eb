"""``[[process]]`` and ``[disposability]``: a target's process archetypes and the disposability
tests it asks for.

A target declares its processes the way a Procfile does, one ``[[process]]`` per
type, and each type is tested on its own axis (never two archetypes in one run):

    web        HTTP; replicas behind a load balancer; ready when ``ready`` (a path) answers
    worker     consumes a queue whose depth perfagent reads (a Redis list or a PostgreSQL
               table); ready when it prints the ``ready`` line
    scheduler  leader-elected; the leader's name is in a Redis key, each run is appended
               to a Redis list as "<slot> <replica>"
    admin      a one-off command: exit code, time to first output, audit log

The web archetype may also come from the existing ``[service]`` table
(``archetype = "web"``), so older specs keep working. Every process gets
``PERFAGENT_REPLICA`` (its replica's name) and ``PERFAGENT_NAMESPACE`` (unique per
run, so runs never share keys) in its environment, and ``{port}``, ``{replica}``,
``{namespace}`` and ``{queue}`` in ``start`` are filled in.

>>> p = ProcessSpec(name="jobs", archetype="worker", start="python -m worker --queue {queue}",
...                 queue={"url": "redis://127.0.0.1:6379/0"})
>>> p.queue.kind, p.replicas, p.startup_sla_s
('redis-list', 2, 10.0)
>>> try:
...     ProcessSpec(name="jobs", archetype="worker", start="python -m worker")
... except ValueError as exc:
...     print(exc.errors()[0]["msg"])
Value error, a worker needs [process.queue]: the queue whose depth shows its backlog
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Archetype = Literal["web", "worker", "scheduler", "admin"]
WebTest = Literal["ramp", "shutdown", "crash", "startup", "stickiness", "replicas"]
_DEFAULT_WEB_TESTS: tuple[WebTest, ...] = ("ramp", "shutdown", "crash", "startup", "stickiness")
DEFAULT_STARTUP_SLA_S = 10.0  # the seed's disposability SLA: a new replica is ready within 10 s
_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class QueueSpec(_Strict):
    """Where a worker's jobs wait. perfagent enqueues JSON ``{"id", "enqueued_at"}`` jobs; the
    worker reports each finished job: ``RPUSH <queue>:done <job JSON with done_at>`` for a Redis
    list, ``done_at`` set on the row for a PostgreSQL table (columns id, enqueued_at, done_at)."""

    kind: Literal["redis-list", "postgres-table"] = "redis-list"
    url: str = Field(
        description="redis://127.0.0.1:6379/0 or postgresql://postgres@127.0.0.1:5432/test"
    )
    name: str = Field("jobs", description="list key or table name; the run's namespace is added")
    sla_s: float = Field(5.0, gt=0, description="p95 of enqueue to done, at most")
    burst: int = Field(200, ge=0, le=1_000_000, description="jobs enqueued at once")
    rate_per_s: float = Field(20.0, gt=0, le=100_000, description="then this many jobs per second")
    sustain_s: float = Field(10.0, gt=0, le=3600)

    @field_validator("name")
    @classmethod
    def _plain(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ValueError(f"queue name {value!r} may only use letters, digits, '_', '.' and '-'")
        return value


class LeaderSpec(_Strict):
    """How to see who leads and what ran, in Redis (keys get the run's namespace)."""

    url: str = Field(description="redis://127.0.0.1:6379/0")
    leader_key: str = Field("leader", description="holds the leading replica's name")
    runs_key: str = Field(
        "runs", description="a list; the leader appends '<slot> <replica>' per run"
    )
    election_sla_s: float = Field(30.0, gt=0, description="a new leader within this after a crash")
    observe_s: float = Field(10.0, gt=0, le=600, description="how long to watch after the kill")


class ProcessSpec(_Strict):
    """One process type of the target, with how to start it and how to tell it is ready."""

    name: str
    archetype: Archetype
    start: str
    cwd: str | None = None
    env: dict[str, str] = Field(default_factory=dict)
    replicas: int = Field(2, ge=1, le=16)
    ready: str | None = Field(
        None,
        description="web: the path that answers when ready; worker/scheduler: a line it prints",
    )
    ready_timeout_s: float = Field(30.0, gt=0, le=600)
    startup_sla_s: float = Field(DEFAULT_STARTUP_SLA_S, gt=0, le=600)
    stop_grace_s: float = Field(
        30.0, gt=0, le=600, description="SIGTERM to SIGKILL, as an orchestrator"
    )
    queue: QueueSpec | None = None
    leader: LeaderSpec | None = None
    audit_log: str | None = Field(None, description="admin: a file each run must add an entry to")
    expect_exit: int = Field(0, description="admin: the exit code of a successful run")
    timeout_s: float = Field(300.0, gt=0, le=3600, description="admin: the longest a run may take")

    @field_validator("name")
    @classmethod
    def _plain(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ValueError(
                f"process name {value!r} may only use letters, digits, '_', '.' and '-'"
            )
        return value

    @model_validator(mode="after")
    def _complete(self) -> ProcessSpec:
        if self.archetype == "web" and "{port}" not in self.start:
            raise ValueError(
                "a web process's start must contain {port} so perfagent can choose the port"
            )
        if self.archetype == "worker" and self.queue is None:
            raise ValueError(
                "a worker needs [process.queue]: the queue whose depth shows its backlog"
            )
        if self.archetype == "scheduler" and self.leader is None:
            raise ValueError(
                "a scheduler needs [process.leader]: where it names its leader and its runs"
            )
        return self


class DisposabilitySection(_Strict):
    """``[disposability]``: which tests the testing and transition phases run, and how hard."""

    web: list[WebTest] = Field(default_factory=lambda: list(_DEFAULT_WEB_TESTS))
    processes: list[str] | None = Field(None, description="non-web processes to test; default all")
    replicas: int = Field(3, ge=1, le=16, description="web replicas behind the load balancer")
    max_replicas: int = Field(4, ge=1, le=16, description="the replica sweep goes 1..max_replicas")
    users: int = Field(12, ge=1, le=1000)
    event_at_s: float = Field(3.0, gt=0, le=600, description="load before the event")
    after_s: float = Field(6.0, gt=0, le=600, description="load after the event")
    ramp_s: float = Field(5.0, gt=0, le=600)
    sustain_s: float = Field(15.0, gt=0, le=3600)
    max_error_rate: float = Field(0.001, ge=0, le=1, description="the web SLA: < 0.1% errors")
    p95_ms: float | None = Field(
        None, gt=0, description="the web SLA's p95; default the endpoints' budgets"
    )
    startup_sla_s: float = Field(DEFAULT_STARTUP_SLA_S, gt=0, le=600)
    stickiness: Literal["cookie", "source"] = Field(
        "cookie",
        description="cookie: the balancer pins each client by a cookie it inserts; "
        "source: by client address (nginx ip_hash; on loopback every client is one address)",
    )
