"""What a review needs from one side's ``perfagent.toml``: setup, benchmarks, SQL dialect.

agent/spec.py reads the whole spec, but tools/ never imports agent/ (see DESIGN.md), and
a review reads only three things, each side's own: a head that adds, drops or breaks a
benchmark is part of the change under review. The benchmark fields and their meaning
are the same (``name``, ``command`` or ``callable``, ``cwd`` relative to the spec's
folder, ``env``, ``timeout_s``); other sections are left to agent/spec.py.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "perfagent.toml").write_text('[target]\\nsetup = "make"\\n'
...     '[[benchmark]]\\nname = "quote"\\ncallable = "shop.bench:quote"\\n'
...     '[database]\\nurl = "sqlite:///shop.db"\\n')
>>> spec = read_spec(root)
>>> spec.setup, [b.callable for b in spec.benchmarks], spec.dialect
('make', ['shop.bench:quote'], 'sqlite')
>>> _ = (root / "perfagent.toml").write_text('[[benchmark]]\\nname = "x"\\n')
>>> read_spec(root)
Traceback (most recent call last):
...
tools.errors.InputError: perfagent.toml: benchmark[0]: give exactly one of `command` or `callable`
>>> read_spec(pathlib.Path(tempfile.mkdtemp())) is None
True
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tools.bench.models import BenchSpec
from tools.errors import InputError, validation_sentence

SPEC_FILES = ("perfagent.toml", "pyproject.toml")
_DIALECTS = {"postgresql": "postgres", "postgres": "postgres", "mysql": "mysql",
             "mariadb": "mysql", "sqlite": "sqlite"}


class _Benchmark(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    command: str | None = None
    callable: str | None = None
    cwd: str = "."
    env: dict[str, str] = Field(default_factory=dict)
    timeout_s: float = Field(120.0, gt=0)


class ReviewSpec(BaseModel):
    """One side's spec, as far as a review reads it."""

    source: str = Field(description="the spec file, relative to the repository")
    setup: str = ""
    benchmarks: list[BenchSpec] = Field(default_factory=list)
    dialect: str | None = Field(None, description="SQL dialect of [database] url, if any")


def _spec_file(root: Path) -> tuple[Path, dict] | None:
    for name in SPEC_FILES:
        path = root / name
        if not path.is_file():
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8", errors="replace"))
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"{name}: not valid TOML ({exc})") from None
        if name == "pyproject.toml":
            data = data.get("tool", {}).get("perfagent")
            if data is None:
                continue
        return path, data
    return None


def read_spec(root: Path, *, python: str | None = None) -> ReviewSpec | None:
    """The spec in ``root`` (a checkout), or None when there is none; bad ones raise InputError."""
    found = _spec_file(root)
    if found is None:
        return None
    path, data = found
    name = path.name
    target = data.get("target") or {}
    setup = target.get("setup", "") if isinstance(target, dict) else ""
    if not isinstance(setup, str):
        raise InputError(f"{name}: target.setup must be a string")
    entries = data.get("benchmark") or []
    if not isinstance(entries, list):
        raise InputError(f"{name}: benchmark must be an array of tables ([[benchmark]])")
    benchmarks = []
    for i, raw in enumerate(entries):
        try:
            entry = _Benchmark.model_validate(raw)
        except ValidationError as exc:
            raise InputError(validation_sentence(name, exc, ("benchmark", i))) from None
        if bool(entry.command) == bool(entry.callable):
            raise InputError(f"{name}: benchmark[{i}]: give exactly one of `command` or `callable`")
        try:
            benchmarks.append(BenchSpec(
                name=entry.name, command=entry.command, callable=entry.callable,
                cwd=str((path.parent / entry.cwd).resolve()), env=entry.env,
                timeout_s=entry.timeout_s, python=python))
        except ValidationError as exc:
            raise InputError(validation_sentence(name, exc, ("benchmark", i))) from None
    names = [b.name for b in benchmarks]
    if len(set(names)) != len(names):
        twice = sorted({n for n in names if names.count(n) > 1})
        raise InputError(f"{name}: benchmark names must be unique; {', '.join(twice)} repeats")
    database = data.get("database") or {}
    url = database.get("url", "") if isinstance(database, dict) else ""
    scheme = url.split(":", 1)[0].split("+", 1)[0].lower() if url else ""
    return ReviewSpec(source=name, setup=setup, benchmarks=benchmarks,
                      dialect=_DIALECTS.get(scheme))


GIVEN = "--bench"


def given_benchmarks(settings, root: Path, spec: ReviewSpec | None) -> ReviewSpec:
    """The ``--bench`` benchmarks (commands or ``module:function``), run in ``root``, in place of
    the spec's; the spec's setup and SQL dialect stay."""
    benchmarks = []
    for i, target in enumerate(settings.benchmarks):
        parsed = BenchSpec.parse(target, cwd=str(root), python=settings.python)
        benchmarks.append(parsed.model_copy(update={"name": "bench" if i == 0 else f"bench-{i + 1}"}))
    if spec is None:
        return ReviewSpec(source=GIVEN, benchmarks=benchmarks)
    return spec.model_copy(update={"benchmarks": benchmarks})
