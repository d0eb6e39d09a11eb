"""The load sections: ``[service]``, ``[[service.endpoint]]``, ``[service.auth]`` and ``[load]``.

``LoadSpec`` is what the load instrument receives: the two sections and the file they came
from, turned into a ``LoadPlan`` per test type. Hosts in ``[load] allow_hosts`` extend the
loopback allow-list, never replace it.

>>> from perfagent.tools.spec import parse_spec
>>> spec = parse_spec('''
... [service]
... start = "uvicorn app:app --port {port}"
... ready = "/healthz"
... [[service.endpoint]]
... path = "/api/products?q=shoe"
... weight = 3
... budget = { p95_ms = 200, p99_ms = 500 }
... [load]
... users = 20
... duration_s = 60
... allow_hosts = ["10.0.0.5"]
... [load.stress]
... step_users = 10
... max_users = 200
... ''', source="perfagent.toml").load_spec("perfagent.toml")
>>> plan = spec.plan("stress", host="http://127.0.0.1:8000")
>>> plan.users, plan.shape.step_users, plan.endpoints[0].budget.p95_ms
(20, 10, 200.0)
>>> plan.allow_hosts
['127.0.0.0/8', '::1', 'localhost', '10.0.0.5']
>>> parse_spec('[service]\\nhost = "http://127.0.0.1:1"\\n'
...            '[[service.endpoint]]\\npath = "/"\\nweight = 0\\n', source="perfagent.toml")
Traceback (most recent call last):
...
perfagent.tools.errors.InputError: perfagent.toml: service.endpoint[0].weight: Input should be
greater than or equal to 1
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from perfagent.tools.errors import InputError, validation_sentence
from perfagent.tools.loadtest.auth import Auth
from perfagent.tools.loadtest.plan import Baseline, Endpoint, LoadPlan, Soak, Spike, Stress
from perfagent.tools.loadtest.safety import extend_allow

Kind = Literal["run", "stress", "spike", "soak"]


class ServiceSection(BaseModel):
    """``[service]``: how to reach (or start) the service, and what to request."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    start: str | None = None  # a command with {port}; perfagent starts and stops it
    ready: str = "/"
    host: str | None = None  # an already running service
    cwd: str | None = None
    env: dict[str, str] = Field(default_factory=dict)  # extra environment for the started service
    ready_timeout_s: float = Field(30.0, gt=0, le=600)
    archetype: str | None = None
    endpoints: list[Endpoint] = Field(default_factory=list, alias="endpoint")
    auth: Auth | None = None  # [service.auth]: form, token or header login per simulated user


class LoadSection(BaseModel):
    """``[load]``: plan settings shared by the four test types, plus each type's own table."""

    model_config = ConfigDict(extra="forbid")

    users: int | None = None
    spawn_rate: float | None = None
    duration_s: float | None = None
    wait_min_s: float | None = None
    wait_max_s: float | None = None
    request_timeout_s: float | None = None
    stop_timeout_s: float | None = None
    allow_hosts: list[str] | None = Field(
        None, description="hosts or networks allowed besides loopback"
    )
    max_users: int | None = None
    max_duration_s: float | None = None
    workers: int | None = None
    remote_workers: int | None = None
    master_bind_host: str | None = None
    master_port: int | None = None
    arrival_rps: float | None = (
        None  # open loop: a constant arrival rate instead of users' think time
    )
    stress: Stress = Field(default_factory=Stress)
    spike: Spike = Field(default_factory=Spike)
    soak: Soak = Field(default_factory=Soak)

    @field_validator("allow_hosts")
    @classmethod
    def _hosts(cls, value: list[str] | None) -> list[str] | None:
        """Kept as written (the effective plan shows it so); a URL or a typo is refused here."""
        try:
            extend_allow(value or ())
        except InputError as exc:
            raise ValueError(str(exc)) from None
        return value


class LoadSpec(BaseModel):
    """What the load instrument receives: ``[service]`` and ``[load]``, and the file they came from."""  # noqa: E501

    model_config = ConfigDict(extra="forbid")

    source: str = "perfagent.toml"
    service: ServiceSection = Field(default_factory=ServiceSection)
    load: LoadSection = Field(default_factory=LoadSection)

    def plan(self, kind: Kind, *, host: str | None = None, **overrides: Any) -> LoadPlan:
        """The plan for one test type; ``overrides`` (from flags) win over the file.

        Allowed hosts, from the file or the flags, extend loopback: loopback is always allowed.
        """
        host = host or self.service.host
        if not host:
            raise InputError(
                f"{self.source}: service.host or service.start is needed to know where to send load"
            )
        shapes = {
            "run": Baseline(),
            "stress": self.load.stress,
            "spike": self.load.spike,
            "soak": self.load.soak,
        }
        fields = self.load.model_dump(exclude={"stress", "spike", "soak"}, exclude_none=True)
        fields.update({k: v for k, v in overrides.items() if v is not None})
        if "allow_hosts" in fields:
            fields["allow_hosts"] = extend_allow(fields["allow_hosts"])
        if not self.service.endpoints:
            raise InputError(
                f"{self.source}: service.endpoint: at least one [[service.endpoint]] is needed"
            )
        try:
            return LoadPlan(
                host=host,
                endpoints=self.service.endpoints,
                shape=shapes[kind],
                auth=self.service.auth,
                **fields,
            )
        except ValidationError as exc:
            raise InputError(
                validation_sentence(self.source, exc, ("load",), {"endpoints": "endpoint"})
            ) from None
