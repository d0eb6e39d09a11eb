"""The effective plan: every setting an engagement runs with, its value and where it came from.

Precedence is flags > environment (``PERFAGENT_*``) > the spec (perfagent.toml) > defaults.
The plan is resolved once, when the engagement starts, printed and recorded in the state
(so a resumed run measures alike) and shown on the report's index page.

>>> from perfagent.agent.spec import TargetSpec, TargetSection
>>> from perfagent.tools.spec.budgets import Budgets
>>> from perfagent.agent.state import Settings
>>> from perfagent.tools.spec import LoadSpec
>>> spec = TargetSpec(root="/r", source="/r/perfagent.toml", target=TargetSection(), benchmarks=[],
...                   load=LoadSpec.model_validate({"service": {"host": "http://127.0.0.1:1"},
...                                                 "load": {"users": 20, "duration_s": 60}}),
...                   database=None, frontend=None, budgets=Budgets())
>>> settings, plan = resolve(spec, Settings.from_env({"PERFAGENT_LOAD_USERS": "4"}))
>>> settings.load_users, settings.load_duration_s
(4, 60.0)
>>> [(r.key, r.value, r.source) for r in plan.rows if r.key in ("load.users", "load.duration_s")]
[('load.users', '4', 'PERFAGENT_LOAD_USERS'),
 ('load.duration_s', '60', 'perfagent.toml [load] duration_s')]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

if TYPE_CHECKING:
    from perfagent.agent.spec import TargetSpec
    from perfagent.agent.state import Settings

# Engagement defaults for the baseline load (a LoadPlan alone defaults to 30 s).
DEFAULT_USERS = 10
DEFAULT_DURATION_S = 10.0
# Settings that the spec's [load] table also sets: (Settings field, [load] key, default)
SHARED = (
    ("load_users", "users", DEFAULT_USERS),
    ("load_duration_s", "duration_s", DEFAULT_DURATION_S),
)


class EffectiveSetting(BaseModel):
    key: str = Field(description="dotted, as in perfagent.toml (load.users) or the Settings field")
    value: str
    source: str = Field(
        description="a flag, a PERFAGENT_* variable, the spec file's key, or 'default'"
    )


class EffectivePlan(BaseModel):
    rows: list[EffectiveSetting] = Field(default_factory=list)

    def lines(self) -> list[str]:
        width = max((len(r.key) for r in self.rows), default=0)
        return [f"{r.key:<{width}} = {r.value}  ({r.source})" for r in self.rows]


def _show(value: Any) -> str:
    if isinstance(value, float) and value == int(value):
        return f"{value:g}"
    return str(value)


def _flat(prefix: str, data: Any) -> list[tuple[str, Any]]:
    if isinstance(data, dict) and data:
        out: list[tuple[str, Any]] = []
        for key, value in data.items():
            out += _flat(f"{prefix}.{key}", value)
        return out
    return [(prefix, data)]


def resolve(spec: TargetSpec, settings: Settings) -> tuple[Settings, EffectivePlan]:
    """``settings`` with the shared load settings filled in, and the plan that says why."""
    settings = settings.model_copy(deep=True)
    file = Path(spec.source).name
    load = spec.load.load if spec.load else None
    rows: list[EffectiveSetting] = []
    for field, key, default in SHARED:
        given = getattr(settings, field)
        from_spec = getattr(load, key) if load is not None else None
        if given is not None:
            value, source = given, settings.origins.get(field, "caller")
        elif from_spec is not None:
            value, source = from_spec, f"{file} [load] {key}"
        else:
            value, source = default, "default"
        setattr(settings, field, value)
        rows.append(EffectiveSetting(key=f"load.{key}", value=_show(value), source=source))
    rows += _interpreter(spec)
    for name, origin in sorted(settings.origins.items()):
        if name not in {f for f, _, _ in SHARED}:
            rows.append(
                EffectiveSetting(key=name, value=_show(getattr(settings, name)), source=origin)
            )
    rows += _spec_rows(spec, file, done={r.key for r in rows})
    return settings, EffectivePlan(rows=rows)


def _interpreter(spec: TargetSpec) -> list[EffectiveSetting]:
    if spec.target.python:
        source = f"{Path(spec.source).name} [target] python"
    elif spec.python:
        source = "the repo's own virtualenv"
    else:
        source = "default: perfagent's interpreter (no .venv or venv in the repo)"
    return [
        EffectiveSetting(key="target.python", value=spec.python or sys.executable, source=source)
    ]


def _spec_rows(spec: TargetSpec, file: str, done: set[str]) -> list[EffectiveSetting]:
    """Every key the spec file set (pydantic remembers which fields were given)."""
    sections: list[tuple[str, Any]] = [
        ("target", spec.target),
        ("database", spec.database),
        ("frontend", spec.frontend),
        ("cache", spec.cache),
        ("scaling", spec.scaling),
        ("disposability", spec.disposability),
    ]
    if spec.load is not None:
        sections += [("service", spec.load.service), ("load", spec.load.load)]
    rows = []
    for name, model in sections:
        if model is None:
            continue
        data = model.model_dump(
            exclude_unset=True, exclude={"endpoints"} if name == "service" else None
        )
        for key, value in _flat(name, data):
            if key not in done and value not in ({}, None):
                rows.append(EffectiveSetting(key=key, value=_show(value), source=file))
    if spec.load is not None and spec.load.service.endpoints:
        for e in spec.load.service.endpoints:
            rows.append(
                EffectiveSetting(
                    key="service.endpoint", value=f"{e.name} (weight {e.weight})", source=file
                )
            )
    for entry in spec.benchmarks:
        rows.append(EffectiveSetting(key="benchmark", value=entry.name, source=file))
    for process in spec.processes:
        rows.append(EffectiveSetting(key="process", value=process.name, source=file))
    return rows
