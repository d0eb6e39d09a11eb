"""The seed's ``performance_budgets:`` YAML, accepted as-is, with units made explicit.

performance_budgets:
  api_endpoints: [{path: /api/users, p50: 100ms, p95: 200ms, p99: 500ms}]
  frontend: {lcp: 2500ms, fid: 100ms, cls: 0.1, bundle_size: 250kb}
  database: {query_p95: 100ms, connection_pool: 50, max_connections: 200}
  infrastructure: {cpu_avg: 60%, memory_avg: 70%, error_rate: 0.1%}
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError, field_validator

from perfagent.tools.errors import InputError, validation_sentence

_NUMBER = r"\s*([0-9]*\.?[0-9]+)\s*"
_DURATION = re.compile(_NUMBER + r"(ms|s|m|us|µs)?\s*$", re.IGNORECASE)
_SIZE = re.compile(_NUMBER + r"(b|kb|kib|mb|mib|gb|gib)?\s*$", re.IGNORECASE)
_PERCENT = re.compile(_NUMBER + r"%?\s*$")
_DURATION_MS = {"ms": 1.0, "s": 1000.0, "m": 60_000.0, "us": 0.001, "µs": 0.001, None: 1.0}
_SIZE_BYTES = {
    "b": 1,
    "kb": 1000,
    "kib": 1024,
    "mb": 1000**2,
    "mib": 1024**2,
    "gb": 1000**3,
    "gib": 1024**3,
    None: 1,
}


def duration_ms(value: Any) -> float:
    """``"200ms"`` → 200.0; ``"2.5s"`` → 2500.0; a bare number is milliseconds.

    >>> duration_ms("200ms"), duration_ms("2.5s"), duration_ms(150)
    (200.0, 2500.0, 150.0)
    """
    if isinstance(value, (int, float)):
        return float(value)
    match = _DURATION.match(str(value))
    if not match:
        raise ValueError(f"{value!r} is not a duration like 200ms or 2.5s")
    unit = match.group(2).lower() if match.group(2) else None
    return float(match.group(1)) * _DURATION_MS[unit]


def size_bytes(value: Any) -> int:
    """``"250kb"`` → 250000 (SI, as bundlers report); ``"1MiB"`` → 1048576.

    >>> size_bytes("250kb"), size_bytes("1MiB"), size_bytes(512)
    (250000, 1048576, 512)
    """
    if isinstance(value, (int, float)):
        return int(value)
    match = _SIZE.match(str(value))
    if not match:
        raise ValueError(f"{value!r} is not a size like 250kb")
    unit = match.group(2).lower() if match.group(2) else None
    return int(float(match.group(1)) * _SIZE_BYTES[unit])


def percent(value: Any) -> float:
    """``"0.1%"`` → 0.1 (percent, not a fraction).

    >>> percent("0.1%"), percent("60%"), percent(70)
    (0.1, 60.0, 70.0)
    """
    if isinstance(value, (int, float)):
        return float(value)
    match = _PERCENT.match(str(value))
    if not match:
        raise ValueError(f"{value!r} is not a percentage like 60%")
    return float(match.group(1))


class EndpointBudget(BaseModel):
    path: str
    p50_ms: float | None = Field(None, alias="p50", gt=0)
    p95_ms: float | None = Field(None, alias="p95", gt=0)
    p99_ms: float | None = Field(None, alias="p99", gt=0)

    model_config = {"populate_by_name": True, "extra": "forbid"}

    @field_validator("p50_ms", "p95_ms", "p99_ms", mode="before")
    @classmethod
    def _ms(cls, value: Any) -> Any:
        return None if value is None else duration_ms(value)


class FrontendBudget(BaseModel):
    lcp_ms: float | None = Field(None, alias="lcp")
    fid_ms: float | None = Field(None, alias="fid")
    inp_ms: float | None = Field(None, alias="inp")
    cls: float | None = None
    bundle_size_bytes: int | None = Field(None, alias="bundle_size")

    model_config = {"populate_by_name": True, "extra": "forbid"}

    @field_validator("lcp_ms", "fid_ms", "inp_ms", mode="before")
    @classmethod
    def _ms(cls, value: Any) -> Any:
        return None if value is None else duration_ms(value)

    @field_validator("bundle_size_bytes", mode="before")
    @classmethod
    def _bytes(cls, value: Any) -> Any:
        return None if value is None else size_bytes(value)


class DatabaseBudget(BaseModel):
    query_p95_ms: float | None = Field(None, alias="query_p95")
    connection_pool: int | None = Field(None, gt=0)
    max_connections: int | None = Field(None, gt=0)

    model_config = {"populate_by_name": True, "extra": "forbid"}

    @field_validator("query_p95_ms", mode="before")
    @classmethod
    def _ms(cls, value: Any) -> Any:
        return None if value is None else duration_ms(value)


class InfrastructureBudget(BaseModel):
    cpu_avg_pct: float | None = Field(None, alias="cpu_avg", ge=0, le=100)
    memory_avg_pct: float | None = Field(None, alias="memory_avg", ge=0, le=100)
    error_rate_pct: float | None = Field(None, alias="error_rate", ge=0, le=100)

    model_config = {"populate_by_name": True, "extra": "forbid"}

    @field_validator("cpu_avg_pct", "memory_avg_pct", "error_rate_pct", mode="before")
    @classmethod
    def _pct(cls, value: Any) -> Any:
        return None if value is None else percent(value)


class Budgets(BaseModel):
    """All budgets of a target; every section optional."""

    api_endpoints: list[EndpointBudget] = Field(default_factory=list)
    frontend: FrontendBudget = Field(default_factory=FrontendBudget)
    database: DatabaseBudget = Field(default_factory=DatabaseBudget)
    infrastructure: InfrastructureBudget = Field(default_factory=InfrastructureBudget)

    model_config = {"extra": "forbid"}

    def for_path(self, path: str) -> EndpointBudget | None:
        """The budget whose path matches ``path`` (query string ignored), if any.

        >>> b = Budgets(api_endpoints=[{"path": "/api/users", "p95": "200ms"}])
        >>> b.for_path("/api/users?page=2").p95_ms
        200.0
        """
        bare = path.split("?", 1)[0]
        for budget in self.api_endpoints:
            if budget.path.split("?", 1)[0] == bare:
                return budget
        return None


def validation_message(source: str, exc: ValidationError, prefix: tuple = ()) -> str:
    """The first validation error as ``FILE: field.path: message``."""
    return validation_sentence(source, exc, prefix)


def parse_budgets(data: Any, *, source: str) -> Budgets:
    """Budgets from parsed YAML/TOML data; the ``performance_budgets:`` wrapper is optional."""
    if isinstance(data, dict) and "performance_budgets" in data:
        data = data["performance_budgets"]
    if data is None:
        return Budgets()
    if not isinstance(data, dict):
        raise InputError(f"{source}: performance_budgets must be a mapping of sections")
    try:
        return Budgets.model_validate(data)
    except ValidationError as exc:
        raise InputError(validation_message(source, exc, ("performance_budgets",))) from None


def load_budgets(path: Path) -> Budgets:
    """Read a budgets YAML file, with one clear sentence when it is missing or malformed."""
    import yaml

    if not path.is_file():
        raise InputError(f"budgets file {path} does not exist")
    try:
        data = yaml.safe_load(path.read_text())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise InputError(f"{path}: not valid YAML{where}") from None
    return parse_budgets(data, source=str(path))
