"""Offline recipes: a measured finding in, a checked code edit (or a reason to decline) out.

One recipe per module, named after its function; ``RECIPES`` is the order they are
tried in and reported. Each recipe parses the target's module with libcst, matches one
shape it is sure about, rewrites it, and emits search/replace blocks over whole
top-level statements (tools.codeedit.models.Edit). When unsure it declines with a
reason: a wrong edit is worse than none.

    recipe               kinds                shape
    memoize              cpu_hotspot          pure function, hashable args → functools.lru_cache
    memoize_method       cpu_hotspot          recursive method, no self mutation → per-instance cache
    membership           cpu_hotspot          list only used with `in`/append in a loop → set
    hoist                cpu_hotspot          loop-invariant pure call / regex → computed once
    join                 cpu_hotspot          s += piece in a loop → list + "".join
    regex_alternation    cpu_hotspot          (\r\n|\r|\n)+ in a regex → (\r|\n)+ (no 2^n backtracking)
    nplusone             n_plus_one, latency  query per loop item → one IN (...) query
    sqlalchemy_nplusone  n_plus_one, latency  ORM lazy load per loop item → selectinload
    compression          payload              FastAPI/Starlette app → GZipMiddleware
    cache_headers        payload, latency     read-only GET endpoint → Cache-Control max-age
    response_cache       latency, payload     read-only GET endpoint → TTL cache (process/Redis)
    minify_assets        frontend             unminified JS/CSS of the build → rjsmin / rcssmin
    webp_images          frontend             PNG/JPEG the build's HTML/CSS load → WebP copies

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "m.py").write_text("def sq(n: int) -> int:\\n    return n * n\\n")
>>> proposals, declined = propose_all(root, RecipeTarget(kind="cpu_hotspot", file="m.py",
...                                                      function="sq"))
>>> [p.recipe for p in proposals]
['memoize']
>>> [d.split(":")[0] for d in declined]
['memoize_method', 'membership', 'hoist', 'join', 'regex_alternation']
"""

from __future__ import annotations

from pathlib import Path

from tools.recipes import (
    cache_headers,
    compression,
    hoist,
    join,
    membership,
    memoize,
    memoize_method,
    minify_assets,
    nplusone,
    regex_alternation,
    response_cache,
    sqlalchemy_nplusone,
    webp_images,
)
from tools.recipes.base import Decline, Proposal, Recipe, RecipeTarget

RECIPES: tuple[Recipe, ...] = (
    memoize.RECIPE,
    memoize_method.RECIPE,
    membership.RECIPE,
    hoist.RECIPE,
    join.RECIPE,
    regex_alternation.RECIPE,
    nplusone.RECIPE,
    sqlalchemy_nplusone.RECIPE,
    compression.RECIPE,
    cache_headers.RECIPE,
    response_cache.RECIPE,
    minify_assets.RECIPE,
    webp_images.RECIPE,
)

__all__ = ["RECIPES", "Decline", "Proposal", "Recipe", "RecipeTarget", "by_name", "propose_all"]


def by_name(name: str) -> Recipe:
    for recipe in RECIPES:
        if recipe.name == name:
            return recipe
    raise KeyError(f"no recipe named {name!r}; known: {', '.join(r.name for r in RECIPES)}")


def propose_all(root: Path, target: RecipeTarget) -> tuple[list[Proposal], list[str]]:
    """Every applicable recipe's proposal, and why the others declined ("recipe: reason")."""
    proposals: list[Proposal] = []
    declined: list[str] = []
    for recipe in RECIPES:
        if not recipe.applies_to(target):
            continue
        try:
            result = recipe.attempt(Path(root), target)
        except Exception as exc:  # noqa: BLE001 - one recipe's bug must not sink the others
            declined.append(f"{recipe.name}: failed ({type(exc).__name__}: {exc}); please "
                            "report it")
            continue
        if isinstance(result, Proposal):
            proposals.append(result)
        else:
            declined.append(f"{recipe.name}: {result}")
    return proposals, declined
