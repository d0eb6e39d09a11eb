"""Every ``>>>`` example in tools/, agent/ and api/ runs, so examples cannot rot."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("tools", "agent", "api", "evals")


def _modules() -> list[str]:
    names = []
    for package in PACKAGES:
        path = ROOT / package
        if not path.is_dir():
            continue
        for info in pkgutil.walk_packages([str(path)], prefix=f"{package}."):
            source = ROOT / (info.name.replace(".", "/") + ".py")
            if not source.exists():
                source = ROOT / info.name.replace(".", "/") / "__init__.py"
            # Modules that import locust run only in child processes (gevent patches).
            if source.exists() and ">>>" in source.read_text() and "import locust" not in source.read_text():
                names.append(info.name)
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
