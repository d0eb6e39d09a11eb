"""``[target]`` (how to set up and test the target) and ``[[benchmark]]`` (what to time).

>>> from pathlib import Path
>>> entry = BenchmarkEntry(name="quote", callable="shop.bench:quote", env={"A": "1"})
>>> bench = entry.bench_spec(Path("/r"), env={"PATH": "/venv/bin"}, python="/venv/bin/python")
>>> bench.cwd, bench.env, bench.python
('/r', {'PATH': '/venv/bin', 'A': '1'}, '/venv/bin/python')
>>> BenchmarkEntry(name="x", callable="shop.bench")
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for BenchmarkEntry
  Value error, callable 'shop.bench' must look like module:function ...
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from perfagent.tools.bench.models import BenchSpec


class TargetSection(BaseModel):
    """``[target]``: the target's name and the commands that set it up and test it."""

    model_config = ConfigDict(extra="forbid")

    name: str = ""
    setup: str = ""
    test: str = ""
    test_timeout_s: float = Field(600.0, gt=0)
    # `python` in the target's commands: default its own venv (.venv or venv in the repo),
    # else perfagent's interpreter; a path (relative to the repo) or a command name chooses.
    python: str = ""


class BenchmarkEntry(BaseModel):
    """One ``[[benchmark]]``: a shell command or a ``module:function``, run in ``cwd``."""

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
        if self.callable and ":" not in self.callable:
            raise ValueError(f"callable {self.callable!r} must look like module:function")
        return self

    def bench_spec(
        self, root: Path, env: dict[str, str] | None = None, *, python: str | None = None
    ) -> BenchSpec:
        """The benchmark in ``root`` (the run's copy); ``env`` (the target interpreter's) under
        its own."""
        return BenchSpec(
            name=self.name,
            command=self.command,
            callable=self.callable,
            cwd=str((root / self.cwd).resolve()),
            env={**(env or {}), **self.env},
            timeout_s=self.timeout_s,
            python=python,
        )
