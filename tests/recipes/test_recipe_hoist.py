"""hoist: loop-invariant pure calls and regex compilation move out of the loop."""

from __future__ import annotations

import pytest

from perfagent.tools.recipes.base import CodeTarget, Decline, RecipeTarget
from perfagent.tools.recipes.hoist import hoist

CANDIDATES = [
    {"id": i, "name": f"product {i % 9}", "price_cents": 500 + (i * 37) % 1900}
    for i in range(1, 60)
]


def test_price_is_computed_once_in_related(shop, helpers):
    original = helpers.load(shop / "shop" / "recommend.py")
    proposal = hoist(shop, RecipeTarget(file="shop/recommend.py", function="related"))
    helpers.apply(shop, proposal)
    text = (shop / "shop" / "recommend.py").read_text()
    assert "    price = _price(candidates, product_id)\n    unique.sort(" in text
    assert 'abs(c["price_cents"] - price)' in text
    edited = helpers.load(shop / "shop" / "recommend.py")
    for product_id in (1, 5, 1000):
        assert edited.related(product_id, CANDIDATES) == original.related(product_id, CANDIDATES)

    calls = []
    inner = edited._price
    edited._price = lambda *a: calls.append(a) or inner(*a)
    edited.related(5, CANDIDATES)
    assert len(calls) == 1


def test_invariant_call_in_a_for_body(tmp_path, helpers):
    helpers.write(
        tmp_path,
        "m.py",
        (
            "def weight(table: tuple) -> int:\n"
            "    return sum(table)\n\n\n"
            "def total(items: list[int], table: tuple) -> list[int]:\n"
            "    out = []\n"
            "    for x in items:\n"
            "        # scale each item\n"
            "        w = weight(table)\n"
            "        out.append(x * w)\n"
            "    return out\n"
        ),
    )
    before = helpers.load(tmp_path / "m.py")
    proposal = hoist(tmp_path, RecipeTarget(file="m.py", function="total"))
    helpers.apply(tmp_path, proposal)
    text = (tmp_path / "m.py").read_text()
    assert "    weight_value = weight(table)\n    for x in items:\n" in text
    assert "        # scale each item\n        w = weight_value\n" in text
    after = helpers.load(tmp_path / "m.py")
    assert after.total([1, 2, 3], (1, 2)) == before.total([1, 2, 3], (1, 2))
    assert after.total([], (1,)) == before.total([], (1,))


def test_regex_in_a_loop_is_compiled_once_at_module_level(tmp_path, helpers):
    helpers.write(
        tmp_path,
        "m.py",
        (
            '"""Words."""\n\n'
            "import re\n\n\n"
            "def words(lines: list[str]) -> list[str]:\n"
            "    out = []\n"
            "    for line in lines:\n"
            "        m = re.match(r'(\\w+)', line, re.I)\n"
            "        if m:\n"
            "            out.append(m.group(1))\n"
            "        out.extend(re.findall(r'\\d+', line))\n"
            "        out.append(re.sub(r'\\s+', ' ', line, count=1))\n"
            "        out.extend(re.compile('[aeiou]').findall(line))\n"
            "    return out\n"
        ),
    )
    before = helpers.load(tmp_path / "m.py")
    proposal = hoist(tmp_path, RecipeTarget(file="m.py", function="words"))
    helpers.apply(tmp_path, proposal)
    text = (tmp_path / "m.py").read_text()
    assert "_WORDS_RE = re.compile(r'(\\w+)', re.I)\n" in text
    assert "m = _WORDS_RE.match(line)" in text
    assert "_WORDS_RE_3.sub(' ', line, count=1)" in text
    after = helpers.load(tmp_path / "m.py")
    lines = ["hello  world 42", "  x 7 8", "", "Über 1"]
    assert after.words(lines) == before.words(lines)


DECLINES = {
    "argument mutated in the loop": (
        (
            "def f(acc: list[int]) -> int:\n    return len(acc)\n\n\n"
            "def g(xs: list[int]) -> list[int]:\n    acc = []\n    out = []\n"
            "    for x in xs:\n        out.append(f(acc))\n        acc.append(x)\n    return out\n"
        ),
        "may mutate `acc`",
    ),
    "argument rebound in the loop": (
        (
            "def f(n: int) -> int:\n    return n * 2\n\n\n"
            "def g(xs: list[int]) -> list[int]:\n    n = 0\n    out = []\n"
            "    for x in xs:\n        out.append(f(n))\n        n = x\n    return out\n"
        ),
        "changes inside the loop",
    ),
    "sorting the argument in place": (
        (
            "def f(xs: list[int]) -> int:\n    return len(xs)\n\n\n"
            "def g(ys: list[int]) -> list[int]:\n    xs = list(ys)\n"
            "    xs.sort(key=lambda c: c * f(xs))\n    return xs\n"
        ),
        "reads the list being sorted",
    ),
    "impure callee": (
        (
            "def f(n: int) -> int:\n    print(n)\n    return n\n\n\n"
            "def g(xs: list[int], n: int) -> list[int]:\n"
            "    return sorted(xs, key=lambda c: c - f(n))\n"
        ),
        "f may not be pure",
    ),
    "depends on the item": (
        (
            "def f(n: int) -> int:\n    return n\n\n\n"
            "def g(xs: list[int]) -> list[int]:\n    return sorted(xs, key=lambda c: f(c))\n"
        ),
        "depends on the key function's item",
    ),
    "conditional call": (
        (
            "def f(n: int) -> int:\n    return n\n\n\n"
            "def g(xs: list[int], n: int) -> list[int]:\n    out = []\n    for x in xs:\n"
            "        if x:\n            out.append(f(n))\n    return out\n"
        ),
        "no loop-invariant call",
    ),
    "after a continue": (
        (
            "def f(n: int) -> int:\n    return n\n\n\n"
            "def g(xs: list[int], n: int) -> list[int]:\n    out = []\n    for x in xs:\n"
            "        if x:\n            continue\n        out.append(f(n))\n    return out\n"
        ),
        "no loop-invariant call",
    ),
    "bad pattern": (
        (
            "import re\n\n\ndef g(xs: list[str]) -> list[bool]:\n"
            "    return [bool(re.match('(', x)) for x in xs]\n"
        ),
        "does not compile",
    ),
    "f-string pattern": (
        (
            "import re\n\n\ndef g(xs: list[str], p: str) -> list[bool]:\n"
            "    return [bool(re.match(f'{p}+', x)) for x in xs]\n"
        ),
        "not a literal string",
    ),
    "nothing to hoist": (
        "def g(xs: list[int]) -> int:\n    return sum(xs)\n",
        "no loop-invariant call",
    ),
}


@pytest.mark.parametrize("case", sorted(DECLINES))
def test_declines(case, tmp_path, helpers):
    source, reason = DECLINES[case]
    helpers.write(tmp_path, "m.py", source)
    with pytest.raises(Decline, match=reason):
        hoist(tmp_path, RecipeTarget(file="m.py", function="g"))


def test_argument_touched_by_the_loop_header_is_not_hoisted(tmp_path, helpers):
    helpers.write(
        tmp_path,
        "m.py",
        (
            "def f(acc: list[int]) -> int:\n    return len(acc)\n\n\n"
            "def drain(acc: list[int]) -> list[int]:\n"
            "    return [acc.pop() for _ in range(len(acc))]\n"
            "\n\ndef g(acc: list[int]) -> list[int]:\n    out = []\n"
            "    for x in drain(acc):\n        out.append(f(acc))\n    return out\n"
        ),
    )
    with pytest.raises(Decline, match="drain"):
        hoist(tmp_path, RecipeTarget(file="m.py", function="g"))


def test_a_hot_callee_is_hoisted_in_its_caller(shop):
    target = RecipeTarget.at(
        CodeTarget(path="shop/recommend.py", line=19, function="_price"), kind="cpu_hotspot"
    )
    proposal = hoist(shop, target)
    assert "related" in proposal.title
    assert "price = _price(candidates, product_id)" in proposal.edit.blocks[0].replace


def test_a_lambda_hotspot_is_found_by_its_line(shop):
    target = RecipeTarget.at(
        CodeTarget(path="shop/recommend.py", line=15, function="<lambda>"), kind="cpu_hotspot"
    )  # a lambda is found by its line
    assert "price = _price(" in hoist(shop, target).edit.blocks[0].replace
