"""membership: a list used only for `in` tests and append → a set."""

from __future__ import annotations

import pytest

from perfagent.tools.recipes.base import Decline, RecipeTarget
from perfagent.tools.recipes.membership import membership

CANDIDATES = [
    [
        {"id": i, "name": f"product {i % 7}", "price_cents": 500 + (i * 37) % 1900}
        for i in range(1, 80)
    ],
    [{"id": i, "name": f"p{i % 5}", "price_cents": i * 10} for i in range(1, 30)],
    [],
]


def test_related_seen_becomes_a_set(shop, helpers):
    original = helpers.load(shop / "shop" / "recommend.py")
    proposal = membership(shop, RecipeTarget(file="shop/recommend.py", function="related"))
    helpers.apply(shop, proposal)
    text = (shop / "shop" / "recommend.py").read_text()
    assert "    seen = set()\n" in text and "seen.add(key)" in text
    assert "unique = []" in text  # the list that is returned stays a list
    assert any('candidate["name"]' in a for a in proposal.assumptions)
    edited = helpers.load(shop / "shop" / "recommend.py")
    for candidates in CANDIDATES:
        for product_id in (1, 3, 7):
            assert edited.related(product_id, candidates) == original.related(
                product_id, candidates
            )
            assert edited.related(product_id, candidates, limit=3) == original.related(
                product_id, candidates, limit=3
            )


def test_typed_values_need_no_assumption(tmp_path, helpers):
    helpers.write(
        tmp_path,
        "m.py",
        (
            "def dedupe(words: list[str]) -> list[str]:\n"
            "    seen: list[str] = []\n"
            "    out = []\n"
            "    for w in words:\n"
            "        if w.lower() not in seen:\n"
            "            seen.append(w.lower())\n"
            "            out.append(w)\n"
            "    return out\n"
        ),
    )
    before = helpers.load(tmp_path / "m.py")
    proposal = membership(tmp_path, RecipeTarget(file="m.py", function="dedupe"))
    assert proposal.assumptions == []
    helpers.apply(tmp_path, proposal)
    assert "seen: set[str] = set()" in (tmp_path / "m.py").read_text()
    after = helpers.load(tmp_path / "m.py")
    words = ["a", "B", "b", "c", "A", "d"]
    assert after.dedupe(words) == before.dedupe(words) == ["a", "B", "c", "d"]


LOOP = (
    "def f(items: list[str]):\n"
    "    seen = []\n"
    "    for x in items:\n"
    "        if x not in seen:\n"
    "            seen.append(x)\n"
    "{extra}"
)
DECLINES = {
    "returned": (LOOP.format(extra="    return seen\n"), "used as a list"),
    "iterated": (LOOP.format(extra="    for s in seen:\n        print(s)\n"), "used as a list"),
    "indexed": (LOOP.format(extra="    return seen[0]\n"), "used as a list"),
    "sliced": (LOOP.format(extra="    return seen[:2]\n"), "used as a list"),
    "measured": (LOOP.format(extra="    return len(seen)\n"), "used as a list"),
    "passed on": (LOOP.format(extra="    print(seen)\n"), "used as a list"),
    "other method": (LOOP.format(extra="    seen.sort()\n"), "seen.sort"),
    "lambda": (LOOP.format(extra="    return lambda y: y in seen\n"), "nested function"),
    "rebound": (LOOP.format(extra="    seen = []\n"), "bound more than once"),
    "no loop": (
        "def f(x: str):\n    seen = []\n    seen.append(x)\n    return x in seen\n",
        "not tested for membership inside a loop",
    ),
    "unknown items": (
        (
            "def f(items):\n    seen = []\n    for x in items:\n"
            "        if x not in seen:\n            seen.append(x)\n"
        ),
        "hashable",
    ),
    "unhashable items": (
        (
            "def f(items: list[int]):\n    seen = []\n    for x in items:\n"
            "        if [x] not in seen:\n            seen.append([x])\n"
        ),
        "hashable",
    ),
    "no list": ("def f(items: list[int]):\n    return 1\n", "no local list"),
}


@pytest.mark.parametrize("case", sorted(DECLINES))
def test_declines(case, tmp_path, helpers):
    source, reason = DECLINES[case]
    helpers.write(tmp_path, "m.py", source)
    with pytest.raises(Decline, match=reason):
        membership(tmp_path, RecipeTarget(file="m.py", function="f"))
