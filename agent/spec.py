"""The engagement's view of the target spec: ``tools.spec`` read once, plus what only the
engagement knows (the target's interpreter, a ``--budgets`` override).

The file's model and every section live in ``tools/spec`` (tools/ sits below agent/, and the
review and the load and disposability instruments read the same file); the names below are
re-exported so agent/ and api/ keep importing them from here. ``[service]`` and ``[load]``
become one ``LoadSpec`` (what the load instrument receives); ``[[process]]`` and
``[disposability]`` go to the 12-factor tests as they are.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field

from perfagent.tools.sandbox.interpreter import target_python
from perfagent.tools.spec import (
    SPEC_FILES,
    BenchmarkEntry,
    Budgets,
    CacheSection,
    DatabaseSection,
    DisposabilitySection,
    FrontendSection,
    LoadSpec,
    ProcessSpec,
    ScalingSection,
    TargetSection,
    find_spec,
    read_spec,
)

__all__ = [
    "SPEC_FILES",
    "BenchmarkEntry",
    "CacheSection",
    "DatabaseSection",
    "FrontendSection",
    "ScalingSection",
    "TargetSection",
    "TargetSpec",
    "find_spec",
    "load_target",
]


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
    processes: list[ProcessSpec] = Field(
        default_factory=list, description="[[process]]: archetypes"
    )
    disposability: DisposabilitySection | None = None
    python: str | None = Field(
        None, description="the target's interpreter (absolute); None: perfagent's"
    )

    @property
    def name(self) -> str:
        return self.target.name or Path(self.root).name

    @property
    def has_service(self) -> bool:
        return bool(self.load and (self.load.service.start or self.load.service.host))

    def command_env(self) -> dict[str, str]:
        """Environment for the target's own commands: its interpreter's folder first on PATH,
        so ``python``, ``pip``, ``pytest``, ``alembic`` ... are the target's (empty:
        perfagent's)."""
        from perfagent.tools.sandbox.interpreter import interpreter_env

        return interpreter_env(self.python) if self.python else {}


def load_target(path: str | Path, *, budgets: str | Path | None = None) -> TargetSpec:
    """Read and validate the spec of the target at ``path``; ``budgets`` overrides the spec's."""
    found = read_spec(path, budgets=budgets)
    spec, root = found.spec, str(found.root)
    return TargetSpec(
        root=root,
        source=found.source,
        target=spec.target,
        benchmarks=spec.benchmark,
        load=found.load,
        database=spec.database,
        frontend=spec.frontend,
        cache=spec.cache,
        scaling=spec.scaling,
        budgets=found.budgets,
        processes=spec.process,
        disposability=spec.disposability,
        python=target_python(found.root, spec.target.python, found.source),
    )
