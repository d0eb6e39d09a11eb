"""Helpers for the recipe tests: a private copy of the example shop, applying a
proposal's blocks by plain exact string replacement, and loading a module file under a
fresh name so the before and after versions can run side by side."""

from __future__ import annotations

import importlib.util
import itertools
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHOP = REPO / "examples" / "shop"
_counter = itertools.count()


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """A copy of examples/shop (never the original) without databases or caches."""
    target = tmp_path / "shop"
    shutil.copytree(
        SHOP,
        target,
        ignore=shutil.ignore_patterns(
            "*.db", "__pycache__", ".venv", ".pytest_cache", "node_modules"
        ),
    )
    return target


def apply_edit(root: Path, proposal) -> None:
    """Apply each SEARCH/REPLACE block by exact string replacement; SEARCH must match once."""
    for block in proposal.edit.blocks:
        path = root / block.path
        text = path.read_text()
        assert text.count(block.search) == 1, f"SEARCH must match {block.path} exactly once"
        path.write_text(text.replace(block.search, block.replace, 1))
        compile(path.read_text(), str(path), "exec")


def load_module(path: Path):
    """Execute a module file under a unique name (no sys.modules clash between versions)."""
    name = f"recipe_case_{next(_counter)}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses/pydantic look their module up
    spec.loader.exec_module(module)
    return module


def write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def run_python(cwd: Path, code: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run code with this venv's Python in ``cwd``, without the caller's SHOP_* settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHOP_")}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def helpers():
    """The helpers above, as one fixture (test modules here are not a package)."""

    class Helpers:
        apply = staticmethod(apply_edit)
        load = staticmethod(load_module)
        write = staticmethod(write)
        run = staticmethod(run_python)

    return Helpers
