"""ruff bites: the rules in pyproject.toml (``[tool.ruff.lint]``, the 100 columns included) hold
for the whole tree, and the code is as ``ruff format`` writes it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUFF = Path(sys.executable).parent / "ruff"


def ruff(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    if not RUFF.is_file():
        pytest.fail(f"{RUFF} is missing: install the dev extra (pip install -e '.[dev]')")
    return subprocess.run(
        [str(RUFF), *args], cwd=cwd, capture_output=True, text=True, timeout=300, check=False
    )


def test_ruff_finds_nothing():
    done = ruff("check", "--no-cache", "--output-format", "concise", ".")
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr


def test_the_code_is_formatted():
    done = ruff("format", "--no-cache", "--check", ".")
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr


def test_the_rules_bite(tmp_path: Path):
    """The same configuration finds a long line and an unformatted module in a scratch copy."""
    (tmp_path / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text())
    (tmp_path / "long.py").write_text(f"TEXT = {'x' * 120!r}\n")
    (tmp_path / "ugly.py").write_text("def f( a,b ):\n    return a+b\n")
    checked = ruff("check", "--no-cache", "--output-format", "concise", ".", cwd=tmp_path)
    assert checked.returncode == 1 and "long.py:1:101: E501" in checked.stdout, checked.stdout
    formatted = ruff("format", "--no-cache", "--check", ".", cwd=tmp_path)
    assert formatted.returncode == 1 and "ugly.py" in formatted.stdout, formatted.stdout
