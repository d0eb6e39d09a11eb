"""memoize: lru_cache on pure functions; the shop's shipping_table; what it declines."""

from __future__ import annotations

import shutil

import pytest

from perfagent.tools.recipes.base import Decline, RecipeTarget
from perfagent.tools.recipes.memoize import memoize


def test_shipping_table_is_cached_and_callers_get_fresh_lists(shop, helpers, tmp_path):
    original = helpers.load(shop / "shop" / "pricing.py")
    before = tmp_path / "pricing_before.py"
    shutil.copy(shop / "shop" / "pricing.py", before)
    target = RecipeTarget(
        kind="cpu_hotspot",
        file="shop/pricing.py",
        line=9,
        extra={"function": "shipping_table", "calls": 6, "benchmark": "quote"},
    )
    proposal = memoize(shop, target)
    assert [b.path for b in proposal.edit.blocks] == ["shop/pricing.py"]
    helpers.apply(shop, proposal)
    edited = helpers.load(shop / "shop" / "pricing.py")
    text = (shop / "shop" / "pricing.py").read_text()
    assert "import functools\n" in text and "@functools.lru_cache(maxsize=128, typed=True)" in text

    for zone in (1, 2, 3, 2, 1):
        assert edited.shipping_table(zone) == original.shipping_table(zone)
        for weight in (0, 99, 1200, 10_000):
            assert edited.quote_cents(zone, weight) == original.quote_cents(zone, weight)
    table = edited.shipping_table(2)
    table.append(-1)  # a caller mutating its list must not reach the cache
    assert edited.shipping_table(2) == original.shipping_table(2)
    assert isinstance(edited.shipping_table(2), list)
    assert edited._shipping_table_cached.cache_info().hits >= 4


def test_immutable_return_is_decorated_in_place(tmp_path, helpers):
    helpers.write(
        tmp_path,
        "m.py",
        "import math\n\n\ndef area(r: float) -> float:\n    return math.pi * r * r\n",
    )
    before = helpers.load(tmp_path / "m.py")
    proposal = memoize(tmp_path, RecipeTarget(file="m.py", function="area"))
    helpers.apply(tmp_path, proposal)
    after = helpers.load(tmp_path / "m.py")
    assert [after.area(x) for x in (1, 2.5, 1)] == [before.area(x) for x in (1, 2.5, 1)]
    assert after.area.cache_info().hits == 1
    assert proposal.edit.blocks[0].search == "import math\n"


def test_set_and_dict_returns_are_frozen_in_the_cache(tmp_path, helpers):
    helpers.write(
        tmp_path,
        "m.py",
        (
            "def divisors(n: int) -> set[int]:\n"
            "    return {d for d in range(1, n + 1) if n % d == 0}\n\n\n"
            "def squares(n: int, *, offset: int = 0) -> dict[int, int]:\n"
            "    out = {}\n"
            "    for i in range(n):\n"
            "        out[i] = i * i + offset\n"
            "    return out\n"
        ),
    )
    before = helpers.load(tmp_path / "m.py")
    helpers.apply(tmp_path, memoize(tmp_path, RecipeTarget(file="m.py", function="divisors")))
    helpers.apply(tmp_path, memoize(tmp_path, RecipeTarget(file="m.py", function="squares")))
    after = helpers.load(tmp_path / "m.py")
    assert after.divisors(12) == before.divisors(12) and isinstance(after.divisors(12), set)
    assert after.squares(5, offset=1) == before.squares(5, offset=1)
    first = after.squares(3)
    first[0] = 99
    assert after.squares(3) == before.squares(3)


def test_unannotated_scalar_parameter_is_accepted_with_an_assumption(tmp_path, helpers):
    helpers.write(tmp_path, "m.py", "def cube(x):\n    return int(x ** 3)\n")
    proposal = memoize(tmp_path, RecipeTarget(file="m.py", function="cube"))
    assert any("unannotated parameter x" in a for a in proposal.assumptions)


DECLINES = {
    "mutated argument": ("def f(xs):\n    xs.append(1)\n    return len(xs)\n", "not annotated"),
    "list argument": (
        "def f(xs: list[int]) -> int:\n    return sum(xs)\n",
        "not a hashable immutable type",
    ),
    "print": ("def f(n: int) -> int:\n    print(n)\n    return n\n", "print"),
    "clock": (
        "import time\n\n\ndef f(n: int) -> float:\n    return time.time() + n\n",
        "time.time",
    ),
    "random": (
        "import random\n\n\ndef f(n: int) -> int:\n    return random.randint(0, n)\n",
        "random.randint",
    ),
    "sql": (
        "def f(conn, n: int) -> int:\n    return conn.execute('x').fetchone()\n",
        "not annotated",
    ),
    "global": (
        ("COUNT = 0\n\n\ndef f(n: int) -> int:\n    global COUNT\n    COUNT += 1\n    return n\n"),
        "global",
    ),
    "mutable module state": (
        "cache = {}\n\n\ndef f(n: int) -> int:\n    return cache.get(n, 0)\n",
        "module-level cache",
    ),
    "generator": ("def f(n: int) -> int:\n    yield n\n", "generator"),
    "method": ("class A:\n    def f(self, n: int) -> int:\n        return n\n", "method"),
    "mutable items": (
        "def f(n: int) -> list[dict]:\n    return [{'n': n}]\n",
        "callers could mutate",
    ),
    "decorated": (
        ("import functools\n\n\n@functools.cache\ndef f(n: int) -> int:\n    return n\n"),
        "already decorated",
    ),
    "unknown import": (
        "from shop import db\n\n\ndef f(n: int) -> int:\n    return db.scale() * n\n",
        "db.scale",
    ),
    "impure helper": (
        "def g(n):\n    print(n)\n\n\ndef f(n: int) -> int:\n    g(n)\n    return n\n",
        "calls g",
    ),
    "varargs": ("def f(*ns: int) -> int:\n    return sum(ns)\n", "*args"),
    "bare tuple": ("def f(t: tuple) -> int:\n    return len(t)\n", "not a hashable immutable"),
    "bare return": (
        "def f(n: int) -> list[int]:\n    if n < 0:\n        return\n    return [n]\n",
        "bare return",
    ),
    "no annotation, list return": ("def f(n: int):\n    return [n]\n", "no return annotation"),
    "open": ("def f(p: str) -> str:\n    return open(p).read()\n", "open"),
}


@pytest.mark.parametrize("case", sorted(DECLINES))
def test_declines(case, tmp_path, helpers):
    source, reason = DECLINES[case]
    helpers.write(tmp_path, "m.py", source)
    with pytest.raises(Decline, match=reason.replace("*", r"\*").replace(".", r"\.")):
        memoize(tmp_path, RecipeTarget(file="m.py", function="f"))


def test_missing_function_and_file_decline(tmp_path, helpers):
    helpers.write(tmp_path, "m.py", "def g(n: int) -> int:\n    return n\n")
    with pytest.raises(Decline, match="no function f"):
        memoize(tmp_path, RecipeTarget(file="m.py", function="f"))
    with pytest.raises(Decline, match="not a Python file"):
        memoize(tmp_path, RecipeTarget(file="../m.py", function="f"))


def test_a_module_table_is_read_with_an_assumption(tmp_path, helpers):
    helpers.write(
        tmp_path,
        "m.py",
        "RATES = {1: 10, 2: 20}\n\n\ndef rate(zone: int) -> int:\n"
        "    return RATES.get(zone, 0) * 3\n",
    )
    proposal = memoize(tmp_path, RecipeTarget(file="m.py", function="rate"))
    assert any("module-level RATES is never changed" in a for a in proposal.assumptions)
    helpers.write(
        tmp_path,
        "m.py",
        (tmp_path / "m.py").read_text() + "\n\ndef set_rate(zone: int, cents: int) -> None:\n"
        "    RATES[zone] = cents\n",
    )
    with pytest.raises(Decline, match="module-level RATES"):
        memoize(tmp_path, RecipeTarget(file="m.py", function="rate"))
