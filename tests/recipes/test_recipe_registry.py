"""The registry: findings in, proposals and decline reasons out; the shop end to end."""

from __future__ import annotations

import pytest

from perfagent.agent.reasoner.rules import recipe_target
from perfagent.agent.state import Finding, make_finding
from perfagent.tools.recipes import RECIPES, by_name, propose_all
from perfagent.tools.recipes.base import Proposal, Recipe, RecipeTarget


def _finding(kind: str, location: str, **detail) -> Finding:
    return make_finding(
        id=f"{kind}:{location}",
        kind=kind,
        title="t",
        location=location,
        evidence="e",
        source="test",
        detail=detail,
    )


def test_targets_read_typed_findings():
    cpu = _finding("cpu_hotspot", "shop/pricing.py:9", function="shipping_table", calls=6)
    assert (cpu.target.path, cpu.target.line, cpu.target.function) == (
        "shop/pricing.py",
        9,
        "shipping_table",
    )
    target = recipe_target(cpu)
    assert (target.kind, target.file, target.line, target.function) == (
        "cpu_hotspot",
        "shop/pricing.py",
        9,
        "shipping_table",
    )
    latency = recipe_target(_finding("latency", "GET /api/catalog"))
    assert latency.endpoint == "/api/catalog" and latency.file is None
    sql = recipe_target(_finding("n_plus_one", "SELECT name FROM products WHERE id = 1"))
    assert sql.extra["sql"].startswith("SELECT name")
    qualified = recipe_target(_finding("cpu_hotspot", "a.py", function="Cls.method"))
    assert (qualified.file, qualified.line, qualified.function) == ("a.py", None, "Cls.method")
    assert RecipeTarget.model_validate_json(target.model_dump_json()) == target


def test_every_recipe_declares_itself():
    for recipe in RECIPES:
        assert recipe.kinds and recipe.measure in ("benchmark", "load", "browser", "unmeasurable")
        assert recipe.measure != "unmeasurable" or recipe.unmeasurable_why
    assert [r.order for r in RECIPES] == sorted({r.order for r in RECIPES})
    assert {r.name: r.measure for r in RECIPES if r.measure == "browser"} == {
        "compression": "browser",
        "cache_headers": "browser",
        "minify_assets": "browser",
        "webp_images": "browser",
    }


def test_names_and_kinds():
    assert [r.name for r in RECIPES] == [
        "memoize",
        "memoize_method",
        "membership",
        "hoist",
        "join",
        "regex_alternation",
        "line_starts",
        "nplusone",
        "sqlalchemy_nplusone",
        "window_count",
        "compression",
        "cache_headers",
        "response_cache",
        "minify_assets",
        "webp_images",
        "django_conn_max_age",
    ]
    assert by_name("hoist").kinds == {"cpu_hotspot"}
    assert by_name("django_conn_max_age").kinds == {"library_cost"}
    with pytest.raises(KeyError, match="known: memoize"):
        by_name("nope")


@pytest.mark.parametrize(
    ("finding", "expected"),
    [
        (("cpu_hotspot", "shop/pricing.py:9", {"function": "shipping_table"}), {"memoize"}),
        (("cpu_hotspot", "shop/recommend.py:7", {"function": "related"}), {"membership", "hoist"}),
        (("payload", "/api/catalog", {}), {"compression", "cache_headers", "response_cache"}),
        (("latency", "/api/catalog", {}), {"cache_headers", "response_cache"}),
        (
            ("latency", "/api/orders/recent?limit=50", {}),
            {"nplusone", "cache_headers", "response_cache"},
        ),
        (("n_plus_one", "SELECT name FROM products WHERE id = 3", {}), {"nplusone"}),
    ],
)
def test_shop_findings(shop, finding, expected):
    kind, location, detail = finding
    proposals, declined = propose_all(shop, recipe_target(_finding(kind, location, **detail)))
    assert {p.recipe for p in proposals} == expected
    applicable = {r.name for r in RECIPES if kind in r.kinds}
    assert {d.split(":")[0] for d in declined} == applicable - expected
    for proposal in proposals:
        assert Proposal.model_validate_json(proposal.model_dump_json()) == proposal
        assert proposal.edit.blocks and proposal.rationale and proposal.expected


def test_declines_say_why_and_a_broken_recipe_does_not_sink_the_others(tmp_path, monkeypatch):
    (tmp_path / "m.py").write_text("def f(xs: list[int]) -> int:\n    return sum(xs)\n")

    def broken(root, target):
        raise RuntimeError("boom")

    import perfagent.tools.recipes as registry

    monkeypatch.setattr(
        registry,
        "RECIPES",
        (*RECIPES, Recipe("broken", frozenset({"cpu_hotspot"}), broken, order=999)),
    )
    proposals, declined = registry.propose_all(
        tmp_path, RecipeTarget(kind="cpu_hotspot", file="m.py", function="f")
    )
    assert proposals == []
    assert "memoize: parameter xs: list[int] is not a hashable immutable type" in declined
    assert declined[-1] == "broken: failed (RuntimeError: boom); please report it"
    assert RECIPES[0].propose(tmp_path, RecipeTarget(file="m.py", function="f")) is None
