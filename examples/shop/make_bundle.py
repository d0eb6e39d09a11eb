"""Regenerate static/app.js: a deliberately heavy, unminified bundle (seeded problem 6),
and static/hero.jpg: a 1200x480 hero photograph shipped as a quality-90 JPEG, where
WebP would weigh far less (seeded problem 7).

Deterministic (seeded), varied enough to compress like real code (~4-5x), not like
a repeated string. Run: python make_bundle.py
"""

import random
from pathlib import Path

rng = random.Random(6)
WORDS = ["cart", "price", "product", "order", "customer", "total", "shipping", "quote", "related", "catalog", "filter", "sort", "page", "item", "discount", "coupon", "currency", "locale", "label", "button", "modal", "toast", "error", "loading", "empty", "retry", "address", "payment", "invoice", "refund", "stock", "size", "colour", "review", "rating", "wishlist", "search"]


def word() -> str:
    return rng.choice(WORDS)


def ident() -> str:
    return word() + word().capitalize() + str(rng.randint(0, 999))


def function(i: int) -> str:
    name, arg, acc = ident(), ident(), ident()
    body = []
    for _ in range(rng.randint(4, 12)):
        choice = rng.random()
        if choice < 0.3:
            body.append(f"    var {ident()} = {arg}.{word()} * {rng.randint(2, 97)} + {rng.random():.5f};")
        elif choice < 0.55:
            body.append(f"    if ({arg}.{word()} > {rng.randint(0, 5000)}) {{\n        {acc}.push('{word()} {word()} {rng.randint(0, 99999)}');\n    }}")
        elif choice < 0.8:
            body.append(f"    {acc}.push(format{word().capitalize()}({arg}, '{word()}-{word()}-{rng.randint(0, 999)}'));")
        else:
            body.append(f"    // {word()} {word()} {word()} {word()}: keep in sync with the {word()} service")
    return (
        f"/**\n * {name}: {word()} {word()} {word()} for the {word()} view ({i}).\n"
        f" * @param {{Object}} {arg} the {word()} model\n */\n"
        f"function {name}({arg}) {{\n    var {acc} = [];\n" + "\n".join(body) + f"\n    return {acc};\n}}\n\n"
    )


parts = ["/*\n * shop front-end bundle: every module concatenated, unminified, comments kept.\n */\n\n"]
parts += [function(i) for i in range(700)]
messages = ",\n".join(f"    '{ident()}': '{' '.join(word() for _ in range(rng.randint(3, 9)))}'" for _ in range(600))
parts.append(f"var MESSAGES = {{\n{messages}\n}};\n")
parts.append("""
document.addEventListener('DOMContentLoaded', function () {
    fetch('/api/catalog').then(function (r) { return r.json(); }).then(function (products) {
        var root = document.getElementById('app');
        products.slice(0, 24).forEach(function (p) {
            var card = document.createElement('div');
            card.textContent = p.name;
            root.appendChild(card);
        });
    });
});
""")
Path(__file__).with_name("static").joinpath("app.js").write_text("".join(parts))


def hero(path: Path) -> None:
    """A smooth gradient with sensor-like noise: photograph-like bytes, made, not downloaded."""
    import numpy as np
    from PIL import Image

    noise = np.random.default_rng(6)
    y, x = np.mgrid[0:480, 0:1200].astype(float)
    red = 40 + 150 * x / 1200 + 30 * np.sin(y / 37)
    green = 60 + 120 * y / 480 + 25 * np.cos(x / 53)
    blue = 110 + 90 * np.sin((x + y) / 211)
    pixels = np.stack([red, green, blue], -1) + noise.normal(0, 5, (480, 1200, 3))
    Image.fromarray(np.clip(pixels, 0, 255).astype("uint8")).save(path, "JPEG", quality=90)


hero(Path(__file__).with_name("static").joinpath("hero.jpg"))
