"""Offline recipes: a measured finding in, a checked code edit (or a reason to decline) out.

One recipe per module, named after its function, declaring itself as ``RECIPE``
(``tools.recipes.base.Recipe``: its finding kinds, how its gain is measured, its order,
what a review says of its shape); ``RECIPES`` is every declared recipe, found by
``discover()``, in the order they are tried and reported. Adding a recipe is adding its
module (and its test and fixture); its docstring says the shape it rewrites.

Each recipe parses the target's module with libcst, matches one shape it is sure about,
rewrites it, and emits search/replace blocks over whole top-level statements
(tools.codeedit.models.Edit). When unsure it declines with a reason: a wrong edit is
worse than none.

>>> [(r.name, r.measure) for r in _all()][:3]
[('memoize', 'benchmark'), ('memoize_method', 'benchmark'), ('membership', 'benchmark')]
>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "m.py").write_text("def sq(n: int) -> int:\\n    return n * n\\n")
>>> proposals, declined = propose_all(root, RecipeTarget(kind="cpu_hotspot", file="m.py",
...                                                      function="sq"))
>>> [p.recipe for p in proposals]
['memoize']
>>> [d.split(":")[0] for d in declined][:2]
['memoize_method', 'membership']
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from perfagent.tools.recipes.base import CodeTarget, Decline, Proposal, Recipe, RecipeTarget


def discover() -> tuple[Recipe, ...]:
    """Every module of this package that declares a ``RECIPE``, by its declared order.
    Helpers (``_*``) and ``base`` declare none."""
    found = []
    for module in pkgutil.iter_modules(__path__):
        if module.name.startswith("_") or module.name == "base":
            continue
        recipe = getattr(importlib.import_module(f"{__name__}.{module.name}"), "RECIPE", None)
        if isinstance(recipe, Recipe):
            found.append(recipe)
    orders = [r.order for r in found]
    if len(set(orders)) != len(orders):
        raise ValueError(f"two recipes declare one order: {sorted(orders)}")
    return tuple(sorted(found, key=lambda r: r.order))


def _all() -> tuple[Recipe, ...]:
    """``RECIPES``, found on first use: importing the package (for ``base``) stays light."""
    found = globals().get("RECIPES")
    if found is None:
        found = globals()["RECIPES"] = discover()
    return found


def __getattr__(name: str) -> tuple[Recipe, ...]:
    if name == "RECIPES":
        return _all()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "RECIPES",
    "CodeTarget",
    "Decline",
    "Proposal",
    "Recipe",
    "RecipeTarget",
    "by_name",
    "declared",
    "propose_all",
]


def declared(name: str | None) -> Recipe | None:
    """The recipe of that name, None for a candidate no recipe wrote (Claude's, the rules')."""
    return next((r for r in _all() if r.name == name), None)


def by_name(name: str) -> Recipe:
    for recipe in _all():
        if recipe.name == name:
            return recipe
    raise KeyError(f"no recipe named {name!r}; known: {', '.join(r.name for r in _all())}")


def propose_all(root: Path, target: RecipeTarget) -> tuple[list[Proposal], list[str]]:
    """Every applicable recipe's proposal, and why the others declined ("recipe: reason")."""
    proposals: list[Proposal] = []
    declined: list[str] = []
    for recipe in _all():
        if not recipe.applies_to(target):
            continue
        try:
            result = recipe.attempt(Path(root), target)
        except Exception as exc:  # noqa: BLE001 - one recipe's bug must not sink the others
            declined.append(
                f"{recipe.name}: failed ({type(exc).__name__}: {exc}); please report it"
            )
            continue
        if isinstance(result, Proposal):
            proposals.append(result)
        else:
            declined.append(f"{recipe.name}: {result}")
    return proposals, declined
