"""Find the spec file, parse its TOML, validate it: one sentence naming the file and key on error.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "perfagent.toml").write_text('[target]\\nname = "shop"\\ncolour = "red"\\n')
>>> read_spec(root, name="perfagent.toml")
Traceback (most recent call last):
...
perfagent.tools.errors.InputError: perfagent.toml: target.colour: Extra inputs are not permitted
>>> spec_in(pathlib.Path(tempfile.mkdtemp())) is None
True
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import ValidationError

from perfagent.tools.errors import InputError, validation_sentence
from perfagent.tools.spec.budgets import load_budgets
from perfagent.tools.spec.load import LoadSpec
from perfagent.tools.spec.model import PerfagentSpec, SpecFile, check_across, resolve_budgets

# Looked for in this order; a pyproject.toml counts only with a [tool.perfagent] table.
SPEC_FILES = ("perfagent.toml", "pyproject.toml")


def spec_in(folder: Path) -> Path | None:
    """The spec file in ``folder``, or None when it has none."""
    for name in SPEC_FILES:
        candidate = folder / name
        if candidate.is_file() and (
            name != "pyproject.toml" or "tool.perfagent" in _text(candidate)
        ):
            return candidate
    return None


def find_spec(path: str | Path) -> Path:
    """The spec file for a target folder (or the file itself)."""
    path = Path(path)
    if path.is_file():
        return path
    if not path.is_dir():
        raise InputError(f"target {path} does not exist")
    found = spec_in(path)
    if found is None:
        raise InputError(f"{path} has no perfagent.toml and no [tool.perfagent] in pyproject.toml")
    return found


def parse_spec(
    text: str, *, source: str = "perfagent.toml", pyproject: bool = False
) -> PerfagentSpec:
    """The spec in TOML ``text`` (its ``[tool.perfagent]`` table for a pyproject); errors name
    ``source``."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{source}: not valid TOML ({exc})") from None
    if pyproject or "tool" in data:
        tool = data.get("tool")
        data = tool.get("perfagent", {}) if isinstance(tool, dict) else {}
    try:
        spec = PerfagentSpec.model_validate(data)
    except ValidationError as exc:
        raise InputError(
            validation_sentence(source, exc, rename={"endpoints": "endpoint"})
        ) from None
    check_across(spec, source)
    return spec


def read_spec(
    path: str | Path, *, name: str | None = None, budgets: str | Path | None = None
) -> SpecFile:
    """Read and validate the spec at ``path`` (a folder or the file); ``name`` is how messages call
    the file (default its path), ``budgets`` a budgets YAML read in place of the spec's."""
    file = find_spec(path)
    source = name or str(file)
    spec = parse_spec(_text(file), source=source, pyproject=file.name == "pyproject.toml")
    root = file.parent.resolve()
    resolved = (
        load_budgets(Path(budgets))
        if budgets is not None
        else resolve_budgets(spec.budgets, root, source)
    )
    return SpecFile(path=str(root / file.name), source=source, spec=spec, budgets=resolved)


def load_spec(path: str | Path) -> LoadSpec:
    """What the load instrument receives from the spec file at ``path``: ``[service]`` and
    ``[load]``."""
    if not Path(path).exists():
        raise InputError(f"cannot read the spec {path}: it does not exist")
    found = read_spec(path)
    return found.load or LoadSpec(source=found.source)


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"cannot read the spec {path}: {exc.strerror}") from None
