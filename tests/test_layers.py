"""The layer rules hold: ``lint-imports`` checks the contracts in pyproject.toml
(``[tool.importlinter]``), lazy imports inside functions included.

The others prove the contracts bite: the same contracts, renamed onto a throwaway
tree of packages in tmp_path, are broken by one violating import each.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
PREFIX = "seamfake_"


def lint_imports(cwd: Path, pythonpath: str | None = None) -> subprocess.CompletedProcess[str]:
    if not LINT_IMPORTS.is_file():
        pytest.fail(f"{LINT_IMPORTS} is missing: install the dev extra (pip install -e '.[dev]')")
    env = None if pythonpath is None else {**os.environ, "PYTHONPATH": pythonpath}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_layer_contracts_are_kept():
    done = lint_imports(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout, done.stdout


def _contracts() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]


def _renamed(text: str, roots: list[str]) -> str:
    """A module name or a layer (``a | b``) or an ignore line (``a.b -> c``) onto the fake tree."""

    def one(name: str) -> str:
        name = name.strip()
        return PREFIX + name if name.split(".")[0] in roots else name

    if "->" in text:
        return " -> ".join(one(part) for part in text.split("->"))
    return " | ".join(one(part) for part in text.split("|"))


def _fake_config(config: dict) -> str:
    """The real contracts with every root package prefixed, as TOML (JSON values are TOML)."""
    roots = config["root_packages"]
    lines = ["[tool.importlinter]"]
    for key, value in config.items():
        if key == "contracts":
            continue
        if key == "root_packages":
            value = [PREFIX + r for r in value]
        lines.append(f"{key} = {json.dumps(value)}")
    for contract in config["contracts"]:
        lines.append("[[tool.importlinter.contracts]]")
        for key, value in contract.items():
            if isinstance(value, list):
                value = [_renamed(v, roots) for v in value]
            lines.append(f"{key} = {json.dumps(value)}")
    return "\n".join(lines) + "\n"


def _fake_tree(top: Path, roots: list[str], layers: list[str], exempt: list[str]) -> None:
    """A package per root, and per layer module under it, with one empty module each, and each
    exempt importer (``a.b -> c``) importing what it may: nothing else imports anything yet."""
    modules = {part.strip() for layer in layers for part in layer.split("|")} | set(roots)
    for module in modules:
        folder = top / (PREFIX + module.replace(".", "/"))
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "__init__.py").write_text("")
        (folder / "x.py").write_text("")
    for line in exempt:
        importer, imported = (part.strip() for part in line.split("->"))
        path = top / (PREFIX + importer.replace(".", "/") + ".py")
        for package in reversed(path.relative_to(top).parents[:-1]):
            (top / package).mkdir(exist_ok=True)
            (top / package / "__init__.py").touch()
        path.write_text(f"import {imported}\n")


VIOLATIONS = {
    "tools imports agent, lazily": ("tools", "def f():\n    from {p}perfagent.agent import x\n"),
    "tools imports prompts": ("tools", "import {p}perfagent.prompts\n"),
    "agent imports api": ("agent", "from {p}perfagent.api import x\n"),
    "agent imports evals, lazily": ("agent", "def f():\n    import {p}perfagent.evals.x\n"),
    "evals imports api": ("evals", "import {p}perfagent.api\n"),
    "agent imports GitPython": ("agent", "def f():\n    import git\n"),
    "tools imports GitPython outside the git seam": ("tools", "from git.cmd import Git\n"),
}


@pytest.fixture
def fake(tmp_path: Path) -> Path:
    """tmp_path with the fake tree in src/ and the renamed contracts in pyproject.toml."""
    config = _contracts()
    exempt = [line for c in config["contracts"] for line in c.get("ignore_imports", [])]
    _fake_tree(tmp_path / "src", config["root_packages"], config["contracts"][0]["layers"], exempt)
    (tmp_path / "pyproject.toml").write_text(_fake_config(config))
    return tmp_path


def test_the_fake_tree_without_a_violation_keeps_every_contract(fake: Path):
    done = lint_imports(fake, pythonpath=str(fake / "src"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{len(_contracts()['contracts'])} kept, 0 broken" in done.stdout, done.stdout


@pytest.mark.parametrize("case", sorted(VIOLATIONS))
def test_a_violating_import_breaks_a_contract(fake: Path, case: str):
    where, code = VIOLATIONS[case]
    (fake / "src" / f"{PREFIX}perfagent" / where / "bad.py").write_text(code.format(p=PREFIX))
    done = lint_imports(fake, pythonpath=str(fake / "src"))
    assert done.returncode != 0, done.stdout
    report = done.stdout + done.stderr
    assert "1 broken" in done.stdout and f"{PREFIX}perfagent.{where}.bad" in done.stdout, report
