"""A page with two known problems, made here: a banner inserted 300 ms after load that
pushes the content down (a layout shift well over 0.1) and a 1.1 MB photograph-like PNG
hero (the LCP element), plus unminified JS and CSS."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from perfagent.tools.errors import ToolMissingError


def need_chromium() -> None:
    """Skip without Debian's chromium outside CI; under CI=true fail, as for the local services."""
    from perfagent.tools.frontend.browser import chromium_path

    try:
        chromium_path()
    except ToolMissingError as exc:
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(f"{exc} (CI must have it: make sysdeps)")
        pytest.skip(str(exc))


BANNER = """<script>
setTimeout(function () {
  var b = document.createElement('div');
  b.id = 'banner'; b.style.height = '300px'; b.textContent = 'free shipping this week';
  document.body.insertBefore(b, document.body.firstChild);
}, 300);
</script>"""


def make_site(folder: Path, *, banner: bool = True) -> Path:
    import numpy as np
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    y, x = np.mgrid[0:500, 0:1000].astype(float)
    pixels = np.stack(
        [40 + 180 * x / 1000, 60 + 150 * y / 500, 110 + 90 * np.sin((x + y) / 97)], -1
    )
    pixels += np.random.default_rng(11).normal(0, 10, pixels.shape)
    Image.fromarray(np.clip(pixels, 0, 255).astype("uint8")).save(folder / "hero.png")
    (folder / "app.js").write_text(
        "\n".join(
            f"/**\n * add{i}: a helper for the cart view.\n */\nfunction add{i}(a, b) {{\n"
            f"    // keep in sync with the pricing service\n    return a + b + {i};\n}}\n"
            for i in range(150)
        )
    )
    (folder / "style.css").write_text(
        "\n".join(
            f".card-{i} {{\n    margin: {i % 7}px;\n    /* from the design system */\n"
            f"    color: #3{i % 10}3;\n}}"
            for i in range(150)
        )
    )
    (folder / "index.html").write_text(f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>test page</title>
<link rel="stylesheet" href="style.css"><script src="app.js"></script></head>
<body>
<p id="intro">Intro text that a late banner pushes down.</p>
<img id="hero" src="hero.png" width="1000" height="500" alt="hero">
{BANNER if banner else ""}
</body></html>
""")
    return folder


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return make_site(tmp_path / "site")
