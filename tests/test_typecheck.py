"""mypy over the packages kept free of type errors: the ``files`` list of ``[tool.mypy]``
in pyproject.toml (the one list; DEVELOPERS.md says how to add to it)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _checked() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return list(config["tool"]["mypy"]["files"])


def test_the_checked_list_names_real_paths() -> None:
    checked = _checked()
    assert checked, "[tool.mypy] files is empty"
    missing = [name for name in checked if not (ROOT / name).exists()]
    assert not missing, f"[tool.mypy] files names paths that do not exist: {missing}"


@pytest.mark.slow
@pytest.mark.timeout(900)  # ~30 s of CPU without a cache; minutes of wall time on a loaded machine
def test_mypy_finds_no_error_in_the_checked_packages() -> None:
    # The venv's own mypy (a dev dependency), with the project's configuration;
    # with no path given it checks exactly [tool.mypy] files.
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=880,
        check=False,
    )
    assert run.returncode == 0, f"mypy failed (exit {run.returncode}):\n{run.stdout}{run.stderr}"
