"""Every shop recipe applied, one after the other, to one copy of the shop; then the
shop's own test suite (its correctness gate) runs on the edited copy, and passes.
"""

from __future__ import annotations

import pytest

from perfagent.tools.recipes import by_name
from perfagent.tools.recipes.base import RecipeTarget

EDITS = [
    (
        "memoize",
        RecipeTarget(kind="cpu_hotspot", file="shop/pricing.py", line=9, function="shipping_table"),
    ),
    ("membership", RecipeTarget(kind="cpu_hotspot", file="shop/recommend.py", function="related")),
    ("hoist", RecipeTarget(kind="cpu_hotspot", file="shop/recommend.py", function="related")),
    ("compression", RecipeTarget(kind="payload", endpoint="/api/catalog")),
    ("response_cache", RecipeTarget(kind="latency", endpoint="/api/catalog")),
]
NPLUSONE = RecipeTarget(kind="latency", endpoint="/api/orders/recent?limit=50")


def _shop_tests(helpers, root, *args: str):
    code = f"import sys, pytest; sys.exit(pytest.main(['-q', '-p', 'no:cacheprovider', *{args!r}]))"
    return helpers.run(root, code, timeout=240)


def _apply(helpers, root, name, target):
    proposal = by_name(name).propose(root, target)  # reads the copy as the last edit left it
    assert proposal is not None, f"{name} declined: {by_name(name).attempt(root, target)}"
    helpers.apply(root, proposal)


@pytest.mark.slow
def test_combined_edits_pass_the_shops_own_tests(shop, helpers):
    for name, target in EDITS:
        _apply(helpers, shop, name, target)
    result = _shop_tests(helpers, shop)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "9 passed" in result.stdout

    _apply(helpers, shop, "nplusone", NPLUSONE)
    app = (shop / "shop" / "app.py").read_text()
    assert "GZipMiddleware" in app and "_catalog_uncached" in app and "IN (" in app
    result = _shop_tests(helpers, shop)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "9 passed" in result.stdout
