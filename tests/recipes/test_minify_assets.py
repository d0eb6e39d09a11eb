"""minify_assets: the build's unminified JS and CSS, minified by one git binary diff."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfagent.tools.codeedit.diff import apply_diff
from perfagent.tools.errors import InputError
from perfagent.tools.recipes.base import Decline, RecipeTarget
from perfagent.tools.recipes.minify_assets import minify_assets

JS = "\n".join(
    f"/*! licence: MIT */\n/**\n * total{i}: sums a cart line.\n */\n"
    f"function total{i}(price, qty) {{\n"
    f"    // prices are in cents\n    var line = price * qty;\n    return line + {i};\n}}\n"
    for i in range(80)
)
CSS = "\n".join(
    f".card-{i} {{\n    margin : {i % 5}px ;\n    /* from the design system */\n}}"
    for i in range(120)
)


def _target(**extra) -> RecipeTarget:
    return RecipeTarget(
        kind="frontend", file="app.js", extra={"build": "static", "rule": "unminified", **extra}
    )


@pytest.fixture
def build(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "static" / "vendor").mkdir(parents=True)
    (root / "static" / "app.js").write_text(JS)
    (root / "static" / "styles.css").write_text(CSS)
    (root / "static" / "vendor" / "lib.min.js").write_text(JS)  # minified by name: left alone
    (root / "static" / "mapped.js").write_text(JS + "\n//# sourceMappingURL=mapped.js.map\n")
    return root


def test_minifies_every_unminified_file_and_keeps_licences(build: Path):
    proposal = minify_assets(build, _target())
    assert proposal.title.startswith("minify 2 JS/CSS files of static/")
    assert "mapped.js: it points at a source map" in proposal.rationale
    raw = {p: (build / "static" / p).stat().st_size for p in ("app.js", "styles.css")}
    assert sorted(apply_diff(build, proposal.edit.diff)) == ["static/app.js", "static/styles.css"]
    app = (build / "static" / "app.js").read_text()
    assert (
        len(app) < raw["app.js"] * 0.7 and "function total79(price,qty){var line=price*qty;" in app
    )
    assert app.count("/*! licence: MIT */") == 80 and "prices are in cents" not in app
    assert (build / "static" / "styles.css").stat().st_size < raw["styles.css"] * 0.7
    assert (build / "static" / "vendor" / "lib.min.js").read_text() == JS
    with pytest.raises(InputError, match="does not apply"):  # checked against each file's old blob
        apply_diff(build, proposal.edit.diff)


def test_one_edit_for_every_finding_on_the_build(build: Path):
    a = minify_assets(build, _target())
    b = minify_assets(
        build,
        RecipeTarget(
            kind="frontend", file="styles.css", extra={"build": "static", "rule": "oversized_asset"}
        ),
    )
    assert a.edit == b.edit  # the optimize step keeps one candidate for both


@pytest.mark.parametrize(
    "target, why",
    [
        (
            RecipeTarget(
                kind="frontend",
                file="hero.png",
                extra={"build": "static", "rule": "oversized_asset"},
            ),
            "hero.png is not JavaScript or CSS",
        ),
        (
            RecipeTarget(
                kind="frontend", file="app.js", extra={"build": "static", "rule": "unhashed_name"}
            ),
            "not about unminified or oversized",
        ),
        (
            RecipeTarget(
                kind="frontend",
                file="app.js",
                extra={"build": "../elsewhere", "rule": "unminified"},
            ),
            "not a folder inside the target",
        ),
        (
            RecipeTarget(kind="frontend", file="app.js", extra={"rule": "unminified"}),
            "names no build folder",
        ),
    ],
)
def test_declines(build: Path, target: RecipeTarget, why: str):
    with pytest.raises(Decline, match=why):
        minify_assets(build, target)


def test_declines_an_already_minified_build(build: Path):
    apply_diff(build, minify_assets(build, _target()).edit.diff)
    with pytest.raises(Decline, match="no JS/CSS file of the build is left to minify"):
        minify_assets(build, _target())
