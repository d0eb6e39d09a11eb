"""webp_images: PNG/JPEG images the build's HTML and CSS load, served as WebP copies."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from PIL import Image

from perfagent.tools.codeedit.diff import apply_diff
from perfagent.tools.recipes.base import Decline, RecipeTarget
from perfagent.tools.recipes.webp_images import webp_images


def _photo(path: Path, fmt: str) -> None:
    rng = random.Random(3)
    img = Image.new("RGB", (320, 200))
    img.putdata(
        [
            ((x % 320) // 2 + rng.randrange(40), (x // 320) + rng.randrange(40), 120)
            for x in range(320 * 200)
        ]
    )
    img.save(path, fmt, **({"quality": 92} if fmt == "JPEG" else {}))


def _target(file: str = "img/hero.jpg") -> RecipeTarget:
    return RecipeTarget(
        kind="frontend", file=file, extra={"build": "public", "rule": "legacy_image_format"}
    )


@pytest.fixture
def build(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    public = root / "public"
    (public / "img").mkdir(parents=True)
    _photo(public / "img" / "hero.jpg", "JPEG")
    Image.new("RGBA", (64, 64), (10, 120, 200, 90)).save(
        public / "img" / "icon.png"
    )  # transparency
    _photo(public / "img" / "unused.png", "PNG")
    (public / "index.html").write_text(
        '<img src="/img/hero.jpg" srcset="img/hero.jpg 1x, img/other.jpg 2x">'
        '<link rel="icon" href="img/icon.png"><a href="https://cdn.example/img/hero.jpg">x</a>'
    )
    (public / "site.css").write_text(".logo { background: url('img/icon.png') }")
    return root


def test_converts_what_the_pages_load_and_points_them_at_it(build: Path):
    public = build / "public"
    jpeg, icon = (
        (public / "img" / "hero.jpg").read_bytes(),
        (public / "img" / "icon.png").read_bytes(),
    )
    proposal = webp_images(build, _target())
    assert "unused.png: no HTML or CSS of the build references it" in proposal.rationale
    changed = apply_diff(build, proposal.edit.diff)
    assert sorted(changed) == [
        "public/img/hero.webp",
        "public/img/icon.webp",
        "public/index.html",
        "public/site.css",
    ]
    html = (public / "index.html").read_text()
    assert 'src="/img/hero.webp" srcset="img/hero.webp 1x, img/other.jpg 2x"' in html
    assert (
        'href="img/icon.webp"' in html and "https://cdn.example/img/hero.jpg" in html
    )  # other origin
    assert "url('img/icon.webp')" in (public / "site.css").read_text()
    assert (public / "img" / "hero.jpg").read_bytes() == jpeg  # the original stays for other links
    hero = Image.open(public / "img" / "hero.webp")
    assert hero.format == "WEBP" and hero.size == (320, 200)
    assert (public / "img" / "hero.webp").stat().st_size < len(jpeg) * 0.9
    lossless = Image.open(public / "img" / "icon.webp").convert("RGBA")
    assert lossless.tobytes() == Image.open(io.BytesIO(icon)).convert("RGBA").tobytes()


@pytest.mark.parametrize(
    "file, why",
    [("app.js", "not about a PNG or JPEG"), ("img/anim.gif", "not about a PNG or JPEG")],
)
def test_declines_findings_that_are_not_images(build: Path, file: str, why: str):
    with pytest.raises(Decline, match=why):
        webp_images(build, _target(file))


def test_declines_when_nothing_is_referenced(build: Path):
    (build / "public" / "index.html").write_text("<p>no images</p>")
    (build / "public" / "site.css").write_text("p { color: red }")
    with pytest.raises(Decline, match="no image of the build is referenced and smaller as WebP"):
        webp_images(build, _target())
