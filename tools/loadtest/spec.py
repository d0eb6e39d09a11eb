"""Read the load part of a target spec: ``[service]``, ``[[service.endpoint]]`` and ``[load]``.

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
... [load.stress]
... step_users = 10
... max_users = 200
... ''', source="perfagent.toml")
>>> plan = spec.plan("stress", host="http://127.0.0.1:8000")
>>> plan.users, plan.shape.step_users, plan.endpoints[0].budget.p95_ms
(20, 10, 200.0)
>>> parse_spec('[service]\\nhost = "http://127.0.0.1:1"\\n[[service.endpoint]]\\npath = "/"\\nweight = 0\\n',
...            source="perfagent.toml")
Traceback (most recent call last):
...
tools.errors.InputError: perfagent.toml: service.endpoint[0].weight: Input should be greater than or equal to 1
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tools.errors import InputError, validation_sentence
from tools.loadtest.auth import Auth
from tools.loadtest.plan import Baseline, Endpoint, LoadPlan, Soak, Spike, Stress

Kind = Literal["run", "stress", "spike", "soak"]


class ServiceSection(BaseModel):
    """How to reach (or start) the service, and what to request."""

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
    """Plan settings shared by the four test types, plus each type's own table."""

    model_config = ConfigDict(extra="forbid")

    users: int | None = None
    spawn_rate: float | None = None
    duration_s: float | None = None
    wait_min_s: float | None = None
    wait_max_s: float | None = None
    request_timeout_s: float | None = None
    stop_timeout_s: float | None = None
    allow_hosts: list[str] | None = None
    max_users: int | None = None
    max_duration_s: float | None = None
    workers: int | None = None
    remote_workers: int | None = None
    master_bind_host: str | None = None
    master_port: int | None = None
    arrival_rps: float | None = None  # open loop: a constant arrival rate instead of users' think time
    stress: Stress = Field(default_factory=Stress)
    spike: Spike = Field(default_factory=Spike)
    soak: Soak = Field(default_factory=Soak)


class LoadSpec(BaseModel):
    model_config = ConfigDict(extra="ignore")  # [target], [database] ... belong to other tools

    source: str = "perfagent.toml"
    service: ServiceSection = Field(default_factory=ServiceSection)
    load: LoadSection = Field(default_factory=LoadSection)

    def plan(self, kind: Kind, *, host: str | None = None, **overrides: Any) -> LoadPlan:
        """The plan for one test type; ``overrides`` (from flags) win over the file."""
        host = host or self.service.host
        if not host:
            raise InputError(f"{self.source}: service.host or service.start is needed to know where to send load")
        shapes = {"run": Baseline(), "stress": self.load.stress, "spike": self.load.spike, "soak": self.load.soak}
        fields = self.load.model_dump(exclude={"stress", "spike", "soak"}, exclude_none=True)
        fields.update({k: v for k, v in overrides.items() if v is not None})
        if not self.service.endpoints:
            raise InputError(f"{self.source}: service.endpoint: at least one [[service.endpoint]] is needed")
        try:
            return LoadPlan(host=host, endpoints=self.service.endpoints, shape=shapes[kind], auth=self.service.auth,
                            **fields)
        except ValidationError as exc:
            raise _input_error(self.source, exc, prefix="load") from None


def _input_error(source: str, exc: ValidationError, prefix: str = "") -> InputError:
    return InputError(validation_sentence(source, exc, (prefix,) if prefix else (), {"endpoints": "endpoint"}))


def parse_spec(text: str, *, source: str = "perfagent.toml") -> LoadSpec:
    """A ``LoadSpec`` from TOML text; errors name ``source`` and the field at fault."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{source}: not valid TOML ({exc})") from None
    if "tool" in data and "perfagent" in data["tool"]:  # [tool.perfagent] in a pyproject.toml
        data = data["tool"]["perfagent"]
    try:
        return LoadSpec.model_validate({**data, "source": source})
    except ValidationError as exc:
        raise _input_error(source, exc) from None


def load_spec(path: str | Path) -> LoadSpec:
    """Read ``path`` (perfagent.toml, or a pyproject.toml with [tool.perfagent])."""
    path = Path(path)
    try:
        text = path.read_text()
    except OSError as exc:
        raise InputError(f"cannot read the spec {path}: {exc.strerror}") from None
    return parse_spec(text, source=str(path))
