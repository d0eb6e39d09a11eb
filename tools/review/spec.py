"""What a review needs from one side's spec: its setup, its benchmarks, its SQL dialect.

Each side's ``perfagent.toml`` is read by ``tools.spec`` (the one model of the file), so a
head that adds, drops or breaks a benchmark is part of the change under review, and a
review and an engagement read the same file alike. Messages name the file as the
repository does (``perfagent.toml``), not the temporary checkout.

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
perfagent.tools.errors.InputError: perfagent.toml: benchmark[0]: give exactly one of command or
callable
>>> read_spec(pathlib.Path(tempfile.mkdtemp())) is None
True
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field

from perfagent.tools.bench.models import BenchSpec
from perfagent.tools.spec import read_spec as read_spec_file
from perfagent.tools.spec import spec_in


class ReviewSpec(BaseModel):
    """One side's spec, as far as a review reads it."""

    source: str = Field(description="the spec file, relative to the repository")
    setup: str = ""
    benchmarks: list[BenchSpec] = Field(default_factory=list)
    dialect: str | None = Field(None, description="SQL dialect of [database] url, if any")


def read_spec(root: Path, *, python: str | None = None) -> ReviewSpec | None:
    """The spec in ``root`` (a checkout), or None when there is none; bad ones raise InputError."""
    path = spec_in(root)
    if path is None:
        return None
    found = read_spec_file(path, name=path.name)
    spec = found.spec
    return ReviewSpec(
        source=path.name,
        setup=spec.target.setup,
        benchmarks=[b.bench_spec(found.root, python=python) for b in spec.benchmark],
        dialect=spec.database.dialect if spec.database else None,
    )


GIVEN = "--bench"


def given_benchmarks(settings, root: Path, spec: ReviewSpec | None) -> ReviewSpec:
    """The ``--bench`` benchmarks (commands or ``module:function``), run in ``root``, in place of
    the spec's; the spec's setup and SQL dialect stay."""
    benchmarks = []
    for i, target in enumerate(settings.benchmarks):
        parsed = BenchSpec.parse(target, cwd=str(root), python=settings.python)
        benchmarks.append(
            parsed.model_copy(update={"name": "bench" if i == 0 else f"bench-{i + 1}"})
        )
    if spec is None:
        return ReviewSpec(source=GIVEN, benchmarks=benchmarks)
    return spec.model_copy(update={"benchmarks": benchmarks})
