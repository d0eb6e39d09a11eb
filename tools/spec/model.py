"""The whole spec: one field per section of ``perfagent.toml`` (or ``[tool.perfagent]``).

A section's model lives beside its kin (``target``, ``sections``, ``load``, ``process``,
``budgets``); this module puts them together and checks what crosses sections: benchmark
names are unique, ``[service]`` is the web process, ``[disposability]`` names known processes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from perfagent.tools.errors import InputError
from perfagent.tools.spec.budgets import Budgets, load_budgets, parse_budgets
from perfagent.tools.spec.load import LoadSection, LoadSpec, ServiceSection
from perfagent.tools.spec.process import DisposabilitySection, ProcessSpec
from perfagent.tools.spec.sections import (
    CacheSection,
    DatabaseSection,
    FrontendSection,
    ScalingSection,
)
from perfagent.tools.spec.target import BenchmarkEntry, TargetSection


class PerfagentSpec(BaseModel):
    """The file's own shape: every key it may hold, and nothing else."""

    model_config = ConfigDict(extra="forbid")

    target: TargetSection = Field(default_factory=TargetSection)
    benchmark: list[BenchmarkEntry] = Field(default_factory=list)
    service: ServiceSection | None = None
    load: LoadSection | None = None
    database: DatabaseSection | None = None
    frontend: FrontendSection | None = None
    cache: CacheSection = Field(default_factory=CacheSection)
    scaling: ScalingSection = Field(default_factory=ScalingSection)
    budgets: str | dict[str, Any] | None = Field(
        None,
        description="a performance_budgets: YAML file (relative to the spec) or the budgets inline",
    )
    process: list[ProcessSpec] = Field(default_factory=list)
    disposability: DisposabilitySection | None = None

    def load_spec(self, source: str) -> LoadSpec | None:
        """``[service]`` and ``[load]`` for the load instrument; None when the file has neither."""
        if self.service is None and self.load is None:
            return None
        return LoadSpec(
            source=source, service=self.service or ServiceSection(), load=self.load or LoadSection()
        )


class SpecFile(BaseModel):
    """A spec as read from its file: the sections, with the budgets resolved."""

    path: str = Field(description="the spec file, absolute")
    source: str = Field(description="how messages name the file")
    spec: PerfagentSpec
    budgets: Budgets = Field(default_factory=Budgets)

    @property
    def root(self) -> Path:
        return Path(self.path).parent

    @property
    def load(self) -> LoadSpec | None:
        return self.spec.load_spec(self.source)


def check_across(spec: PerfagentSpec, source: str) -> None:
    """What no single section can check; raises one sentence naming the key."""
    names = [b.name for b in spec.benchmark]
    if len(set(names)) != len(names):
        twice = sorted({n for n in names if names.count(n) > 1})
        raise InputError(f"{source}: benchmark names must be unique; {', '.join(twice)} repeats")
    archetype = spec.service.archetype if spec.service else None
    if archetype not in (None, "web"):
        raise InputError(
            f"{source}: service.archetype: [service] is the web process; declare a "
            f"{archetype!r} process as [[process]] with archetype = {archetype!r}"
        )
    processes = [p.name for p in spec.process]
    for name in processes:
        if processes.count(name) > 1:
            raise InputError(f"{source}: process: two processes are named {name!r}")
    for name in (spec.disposability.processes or []) if spec.disposability else []:
        if name not in processes:
            raise InputError(f"{source}: disposability.processes: no [[process]] is named {name!r}")


def resolve_budgets(value: str | dict | None, root: Path, source: str) -> Budgets:
    """``budgets``: a YAML file beside the spec, the budgets inline, or none."""
    if value is None:
        return Budgets()
    if isinstance(value, str):
        return load_budgets(root / value)
    return parse_budgets(value, source=source)
