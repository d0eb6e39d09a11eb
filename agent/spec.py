"""The target spec: ``perfagent.toml``, or ``[tool.perfagent]`` in the target's pyproject.

What to measure and how: setup and test commands, benchmarks, the service and its
endpoints (read by tools/loadtest), the database, the frontend, and budgets (the
seed's ``performance_budgets:`` YAML, in a file or inline). Every error names the
file and the field; nothing here runs anything.

Process archetypes (tools/disposability/spec.py): ``[service]`` is the ``web`` process;
``[[process]]`` tables add workers, schedulers and admin commands, and
``[disposability]`` asks the testing and transition phases for the 12-factor tests.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from agent.budgets import Budgets, load_budgets, parse_budgets, validation_message
from tools.bench import BenchSpec
from tools.disposability.spec import DisposabilitySection, ProcessSpec
from tools.errors import InputError
from tools.loadtest.spec import LoadSpec
from tools.sandbox.interpreter import target_python

SPEC_FILES = ("perfagent.toml", "pyproject.toml")


class TargetSection(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = ""
    setup: str = ""
    test: str = ""
    test_timeout_s: float = Field(600.0, gt=0)
    # `python` in the target's commands: default its own venv (.venv or venv in the repo),
    # else perfagent's interpreter; a path (relative to the repo) or a command name chooses.
    python: str = ""


class BenchmarkEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    command: str | None = None
    callable: str | None = None
    cwd: str = "."
    env: dict[str, str] = Field(default_factory=dict)
    timeout_s: float = Field(120.0, gt=0)

    @model_validator(mode="after")
    def _one(self) -> BenchmarkEntry:
        if bool(self.command) == bool(self.callable):
            raise ValueError("give exactly one of command or callable")
        return self

    def bench_spec(self, root: Path, env: dict[str, str] | None = None) -> BenchSpec:
        """The benchmark in ``root`` (the run's copy); ``env`` (the target interpreter's) under its own."""
        return BenchSpec(
            name=self.name, command=self.command, callable=self.callable, cwd=str((root / self.cwd).resolve()),
            env={**(env or {}), **self.env}, timeout_s=self.timeout_s,
        )


class DatabaseSection(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str
    queries: str = "log"  # pg_stat_statements | performance_schema | log | a .sql / log file path


class FrontendSection(BaseModel):
    model_config = ConfigDict(extra="forbid")

    build: str | None = None
    url: str | None = None


class CacheSection(BaseModel):
    """Where the shared cache lives and how stale a cached read may be (seed, caching layers)."""

    model_config = ConfigDict(extra="forbid")

    redis: str | None = None  # redis://127.0.0.1:6379/0 — hit rates come from its INFO deltas
    staleness_s: float = Field(60.0, gt=0, description="how old a cached read may be, at most")


class ScalingSection(BaseModel):
    """The traffic the service must carry, for the transition phase's autoscaling advice."""

    model_config = ConfigDict(extra="forbid")

    peak_rps: float | None = Field(None, gt=0, description="expected peak; default 3x the measured baseline")
    headroom_pct: float = Field(30.0, ge=0, le=300)
    min_replicas: int = Field(2, ge=1)
    max_replicas: int | None = Field(None, ge=1)
    cpu_per_replica: float = Field(1.0, gt=0, description="cores requested by one replica")
    deployment: str = ""  # Kubernetes Deployment name; default: the target's name


class _Raw(BaseModel):
    """The file's own shape; [service] and [load] are validated by tools/loadtest."""

    model_config = ConfigDict(extra="forbid")

    target: TargetSection = Field(default_factory=TargetSection)
    benchmark: list[BenchmarkEntry] = Field(default_factory=list)
    service: dict[str, Any] | None = None
    load: dict[str, Any] | None = None
    database: DatabaseSection | None = None
    frontend: FrontendSection | None = None
    cache: CacheSection = Field(default_factory=CacheSection)
    scaling: ScalingSection = Field(default_factory=ScalingSection)
    budgets: str | dict[str, Any] | None = None
    process: list[ProcessSpec] = Field(default_factory=list)
    disposability: DisposabilitySection | None = None


class TargetSpec(BaseModel):
    """A validated target: where it lives and what to measure."""

    root: str
    source: str
    target: TargetSection
    benchmarks: list[BenchmarkEntry]
    load: LoadSpec | None
    database: DatabaseSection | None
    frontend: FrontendSection | None
    budgets: Budgets
    cache: CacheSection = Field(default_factory=CacheSection)
    scaling: ScalingSection = Field(default_factory=ScalingSection)
    processes: list[ProcessSpec] = Field(default_factory=list, description="[[process]]: archetypes")
    disposability: DisposabilitySection | None = None
    python: str | None = Field(None, description="the target's interpreter (absolute); None: perfagent's")

    @property
    def name(self) -> str:
        return self.target.name or Path(self.root).name

    @property
    def has_service(self) -> bool:
        return bool(self.load and (self.load.service.start or self.load.service.host))

    def command_env(self) -> dict[str, str]:
        """Environment for the target's own commands: its interpreter's folder first on PATH,
        so ``python``, ``pip``, ``pytest``, ``alembic`` ... are the target's (empty: perfagent's)."""
        from tools.sandbox.interpreter import interpreter_env

        return interpreter_env(self.python) if self.python else {}


def find_spec(path: str | Path) -> Path:
    """The spec file for a target folder (or the file itself)."""
    path = Path(path)
    if path.is_file():
        return path
    if not path.is_dir():
        raise InputError(f"target {path} does not exist")
    for name in SPEC_FILES:
        candidate = path / name
        if candidate.is_file() and (name != "pyproject.toml" or "[tool.perfagent" in candidate.read_text()):
            return candidate
    raise InputError(f"{path} has no perfagent.toml and no [tool.perfagent] in pyproject.toml")


def load_target(path: str | Path, *, budgets: str | Path | None = None) -> TargetSpec:
    """Read and validate the spec of the target at ``path``; ``budgets`` overrides the spec's."""
    spec_path = find_spec(path)
    source = str(spec_path)
    try:
        data = tomllib.loads(spec_path.read_text())
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{source}: not valid TOML ({exc})") from None
    if spec_path.name == "pyproject.toml":
        data = data.get("tool", {}).get("perfagent", {})
    try:
        raw = _Raw.model_validate(data)
    except ValidationError as exc:
        raise InputError(validation_message(source, exc)) from None
    root = spec_path.parent.resolve()
    load = None
    if raw.service is not None or raw.load is not None:
        load_data = {k: v for k, v in (("service", raw.service), ("load", raw.load)) if v is not None}
        try:  # tools/loadtest owns the meaning of [service] and [load]
            load = LoadSpec.model_validate({**load_data, "source": source})
        except ValidationError as exc:
            raise InputError(validation_message(source, exc)) from None
    return TargetSpec(
        root=str(root), source=source, target=raw.target, benchmarks=raw.benchmark, load=load,
        database=raw.database, frontend=raw.frontend, cache=raw.cache, scaling=raw.scaling,
        budgets=_budgets(raw.budgets, root, source, override=budgets),
        processes=_processes(raw.process, load, raw.disposability, source), disposability=raw.disposability,
        python=target_python(root, raw.target.python, source),
    )


def _processes(processes: list[ProcessSpec], load: LoadSpec | None, section: DisposabilitySection | None,
               source: str) -> list[ProcessSpec]:
    """The ``[[process]]`` list, names unique and known to ``[disposability]``; ``[service]`` is web."""
    archetype = load.service.archetype if load else None
    if archetype not in (None, "web"):
        raise InputError(f"{source}: service.archetype: [service] is the web process; declare a "
                         f"{archetype!r} process as [[process]] with archetype = {archetype!r}")
    names = [p.name for p in processes]
    for name in names:
        if names.count(name) > 1:
            raise InputError(f"{source}: process: two processes are named {name!r}")
    for name in (section.processes or []) if section else []:
        if name not in names:
            raise InputError(f"{source}: disposability.processes: no [[process]] is named {name!r}")
    return processes


def _budgets(value: str | dict | None, root: Path, source: str, *, override: str | Path | None) -> Budgets:
    if override is not None:
        return load_budgets(Path(override))
    if value is None:
        return Budgets()
    if isinstance(value, str):
        return load_budgets(root / value)
    return parse_budgets(value, source=source)
