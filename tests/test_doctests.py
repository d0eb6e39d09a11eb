"""Every ``>>>`` example in tools/, agent/ and api/ runs, so examples cannot rot."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("tools", "agent", "api", "evals")


def _modules() -> list[str]:
    """Every module file under the packages, namespace packages (no ``__init__.py``, like
    api/server) included: pkgutil.walk_packages skips those."""
    names = []
    for package in PACKAGES:
        for source in sorted((ROOT / package).rglob("*.py")):
            text = source.read_text()
            # Modules that import locust run only in child processes (gevent patches).
            if ">>>" not in text or "import locust" in text:
                continue
            parts = source.relative_to(ROOT).with_suffix("").parts
            names.append(
                ".".join(("perfagent", *(parts[:-1] if parts[-1] == "__init__" else parts)))
            )
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
