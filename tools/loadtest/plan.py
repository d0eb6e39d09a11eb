"""The load plan: what to request, how hard, for how long, and in which shape.

A plan is plain data; the child process that drives Locust reads it as JSON.
The four test types are the four ``shape`` models; :func:`stages` turns any of
them into the steady stages the child's ``LoadTestShape`` walks through.

>>> plan = LoadPlan(host="http://127.0.0.1:8000", endpoints=[Endpoint(path="/items")])
>>> plan.endpoints[0].name, plan.shape.kind, plan.total_duration_s
('GET /items', 'run', 30.0)
>>> plan2 = LoadPlan.model_validate_json(plan.model_dump_json())
>>> plan2 == plan
True
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from perfagent.tools.errors import UnsafeInputError
from perfagent.tools.loadtest.auth import Auth, secret_header
from perfagent.tools.loadtest.auth_runtime import expand
from perfagent.tools.loadtest.safety import LOOPBACK, check_path

# Hard caps no spec can raise: a typo must not become a denial-of-service.
HARD_MAX_USERS = 5000
HARD_MAX_DURATION_S = 6 * 3600.0
HARD_MAX_WORKERS = 64

Method = Literal["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Budget(_Strict):
    """Per-endpoint latency budget; any of the three may be left out."""

    p50_ms: float | None = Field(None, gt=0)
    p95_ms: float | None = Field(None, gt=0)
    p99_ms: float | None = Field(None, gt=0)


class Endpoint(_Strict):
    """One request the simulated users make, chosen in proportion to ``weight``."""

    path: str
    method: Method = "GET"
    weight: int = Field(1, ge=1, le=10_000)
    headers: dict[str, str] = Field(default_factory=dict)
    body: str | None = None
    name: str = ""
    budget: Budget = Field(default_factory=Budget)

    @field_validator("method", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator("path")
    @classmethod
    def _relative(cls, value: str) -> str:
        try:
            return check_path(value)
        except UnsafeInputError as exc:
            raise ValueError(str(exc)) from None  # pydantic then names the field

    @field_validator("headers")
    @classmethod
    def _secrets(cls, value: dict[str, str]) -> dict[str, str]:
        for name, text in value.items():
            secret_header(name, text)
        return value

    def sent_headers(self, environ: Mapping[str, str]) -> dict[str, str]:
        """The headers as sent: ``${VAR}`` read from ``environ``."""
        return {name: expand(text, environ) for name, text in self.headers.items()}

    @model_validator(mode="after")
    def _default_name(self) -> Endpoint:
        if not self.name:
            self.name = f"{self.method} {self.path}"
        return self


class Baseline(_Strict):
    """Steady load: ``users`` for ``duration_s``."""

    kind: Literal["run"] = "run"


class Stress(_Strict):
    """A stepped ramp until the error rate or p95 passes its limit (the breaking point)."""

    kind: Literal["stress"] = "stress"
    start_users: int = Field(1, ge=1, le=HARD_MAX_USERS)
    step_users: int = Field(5, ge=1, le=HARD_MAX_USERS)
    step_duration_s: float = Field(5.0, ge=1.0, le=3600)
    max_users: int = Field(100, ge=1, le=HARD_MAX_USERS)
    max_error_rate: float = Field(0.01, ge=0, le=1)
    # Aggregate p95 limit; endpoints' own p95 budgets also count.
    p95_limit_ms: float | None = Field(None, gt=0)
    stop_at_break: bool = True


class Spike(_Strict):
    """``base_users``, a sudden jump to ``spike_users``, then back: how fast does it recover?"""

    kind: Literal["spike"] = "spike"
    base_users: int = Field(2, ge=1, le=HARD_MAX_USERS)
    spike_users: int = Field(20, ge=1, le=HARD_MAX_USERS)
    before_s: float = Field(5.0, ge=1.0, le=3600)
    spike_s: float = Field(5.0, ge=1.0, le=3600)
    after_s: float = Field(10.0, ge=1.0, le=3600)
    max_error_rate: float = Field(0.01, ge=0, le=1)
    # Recovered once p95 is back within this factor of the pre-spike p95.
    recovery_factor: float = Field(1.5, ge=1.0)


class Soak(_Strict):
    """Long steady load while the server's RSS and open files are watched for leaks."""

    kind: Literal["soak"] = "soak"
    sample_interval_s: float = Field(0.5, gt=0, le=60)


Shape = Annotated[Baseline | Stress | Spike | Soak, Field(discriminator="kind")]


class Stage(_Strict):
    """``users`` held for ``duration_s`` (reached at ``spawn_rate`` users per second)."""

    users: int
    spawn_rate: float
    duration_s: float


class LoadPlan(_Strict):
    """Everything the child needs to generate the load, with the safety limits."""

    host: str
    endpoints: list[Endpoint] = Field(min_length=1)
    users: int = Field(10, ge=1, le=HARD_MAX_USERS)
    spawn_rate: float = Field(10.0, gt=0, le=10_000)
    duration_s: float = Field(30.0, gt=0, le=HARD_MAX_DURATION_S)
    wait_min_s: float = Field(0.0, ge=0, le=3600)
    wait_max_s: float = Field(0.0, ge=0, le=3600)
    request_timeout_s: float = Field(10.0, gt=0, le=600)
    # Users finish their request in flight at the end, so counts match the server's.
    stop_timeout_s: float = Field(5.0, ge=0, le=600)
    allow_hosts: list[str] = Field(default_factory=lambda: list(LOOPBACK))
    max_users: int = Field(1000, ge=1, le=HARD_MAX_USERS)
    max_duration_s: float = Field(3600.0, gt=0, le=HARD_MAX_DURATION_S)
    # 0 = one process (LocalRunner); N = Locust master + N local worker processes.
    workers: int = Field(0, ge=0, le=HARD_MAX_WORKERS)
    # Remote workers: how many to wait for, and where the master listens for them.
    remote_workers: int = Field(0, ge=0, le=HARD_MAX_WORKERS)
    master_bind_host: str = "127.0.0.1"
    master_port: int = Field(0, ge=0, le=65535)
    shape: Shape = Field(default_factory=Baseline)
    # Open loop: requests arrive at this rate whatever the answers' latency (each user paced with
    # Locust's constant_throughput), so a faster endpoint does not queue the others.
    arrival_rps: float | None = Field(None, gt=0, le=100_000)
    auth: Auth | None = Field(
        None, description="[service.auth]: each user logs in first (secrets as ${VAR})"
    )

    @model_validator(mode="after")
    def _within_caps(self) -> LoadPlan:
        if self.wait_max_s < self.wait_min_s:
            raise ValueError("wait_max_s must be at least wait_min_s")
        peak = max(stage.users for stage in stages(self))
        if peak > self.max_users:
            raise ValueError(f"the plan peaks at {peak} users, above max_users={self.max_users}")
        if self.total_duration_s > self.max_duration_s:
            raise ValueError(
                f"the plan lasts {self.total_duration_s:g} s, "
                f"above max_duration_s={self.max_duration_s:g}"
            )
        return self

    @property
    def total_duration_s(self) -> float:
        return sum(stage.duration_s for stage in stages(self))

    @property
    def distributed(self) -> bool:
        return self.workers + self.remote_workers > 0


MAX_HISTORY_POINTS = 1800


def bucket_seconds(plan: LoadPlan) -> int:
    """Width of the history's time buckets: 1 s, coarser for long steady runs.

    Keeps the child's memory and the result file bounded (at most ~1800 buckets per
    endpoint); stress and spike keep 1 s because their analysis needs it.

    >>> target = dict(host="http://localhost:1", endpoints=[{"path": "/"}])
    >>> bucket_seconds(LoadPlan(**target, duration_s=600))
    1
    >>> bucket_seconds(LoadPlan(**target, duration_s=6 * 3600, max_duration_s=6 * 3600,
    ...                         shape=Soak()))
    12
    """
    if isinstance(plan.shape, Stress | Spike) or plan.total_duration_s <= MAX_HISTORY_POINTS:
        return 1
    return math.ceil(plan.total_duration_s / MAX_HISTORY_POINTS)


def stages(plan: LoadPlan) -> list[Stage]:
    """The steady stages the plan's shape walks through, in order.

    >>> p = LoadPlan(host="http://localhost:1", endpoints=[{"path": "/"}],
    ...              shape=Stress(start_users=2, step_users=2, max_users=6, step_duration_s=3))
    >>> [(s.users, s.duration_s) for s in stages(p)]
    [(2, 3.0), (4, 3.0), (6, 3.0)]
    >>> p = LoadPlan(host="http://localhost:1", endpoints=[{"path": "/"}], shape=Spike())
    >>> [s.users for s in stages(p)]
    [2, 20, 2]
    """
    shape = plan.shape
    if isinstance(shape, Stress):
        # Ramps are fast so each step measures its own user count, not the ramp.
        rate = max(plan.spawn_rate, float(shape.step_users) * 4)
        users = list(range(shape.start_users, shape.max_users + 1, shape.step_users))
        return [Stage(users=u, spawn_rate=rate, duration_s=shape.step_duration_s) for u in users]
    if isinstance(shape, Spike):
        rate = max(plan.spawn_rate, float(shape.spike_users) * 4)
        return [
            Stage(users=shape.base_users, spawn_rate=rate, duration_s=shape.before_s),
            Stage(users=shape.spike_users, spawn_rate=rate, duration_s=shape.spike_s),
            Stage(users=shape.base_users, spawn_rate=rate, duration_s=shape.after_s),
        ]
    return [Stage(users=plan.users, spawn_rate=plan.spawn_rate, duration_s=plan.duration_s)]
