"""Build static/: what this app's old build script ships, the same bytes every time.

app.js      the whole app and its libraries in one file, unminified, no hash in its name
app.js.map  its source map, shipped to every visitor
styles.css  unminified
vendor.3f9a2c1b.js  the one library that is built right: minified, content-hashed
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent / "static"
WORDS = ["account", "basket", "cache", "delivery", "event", "filter", "gallery", "header", "invoice",
         "journal", "keyboard", "layout", "modal", "notice", "order", "payment", "query", "review",
         "session", "toolbar", "upload", "viewport", "widget"]


def _name(rng: random.Random) -> str:
    return rng.choice(WORDS) + rng.choice(WORDS).capitalize() + str(rng.randint(0, 999))


def app_js(rng: random.Random, modules: int = 1_300) -> str:
    parts = ["/* app bundle: every page's code and its libraries, concatenated */\n"]
    for m in range(modules):
        fn, arg, other = _name(rng), _name(rng), _name(rng)
        table = ", ".join(str(rng.randint(0, 99_999)) for _ in range(24))
        parts.append(
            f"\n/**\n * {fn}: updates the {rng.choice(WORDS)} when the {rng.choice(WORDS)} changes.\n"
            f" * @param {{Object}} {arg} the {rng.choice(WORDS)} state\n */\n"
            f"function {fn}({arg}) {{\n    var lookup = [{table}];\n"
            f"    if ({arg} && {arg}.{other} !== undefined) {{\n"
            f"        return lookup[{arg}.{other} % lookup.length] + {rng.randint(1, 999)};\n    }}\n"
            f"    return \"{rng.choice(WORDS)}-{m}\";\n}}\n")
    return "".join(parts)


def styles_css(rng: random.Random, rules: int = 700) -> str:
    out = ["/* site styles */\n"]
    for _ in range(rules):
        out.append(f"\n.{_name(rng)} .{_name(rng)} {{\n    margin: {rng.randint(0, 40)}px {rng.randint(0, 40)}px;\n"
                   f"    color: #{rng.randint(0, 0xFFFFFF):06x};\n    padding: {rng.randint(0, 20)}px;\n}}\n")
    return "".join(out)


def main() -> None:
    rng = random.Random(4)
    OUT.mkdir(exist_ok=True)
    js = app_js(rng)
    (OUT / "app.js").write_text(js)
    (OUT / "app.js.map").write_text(json.dumps({"version": 3, "file": "app.js", "sources": ["src/app.js"],
                                                "sourcesContent": [js], "mappings": "AAAA" * 20_000}))
    (OUT / "styles.css").write_text(styles_css(rng))
    (OUT / "vendor.3f9a2c1b.js").write_text(
        "".join(f"function v{i}(a){{return a*{i}%97}}" for i in range(150)))
    (OUT / "index.html").write_text(
        '<!doctype html><html><head><link rel="stylesheet" href="styles.css">'
        '<script src="vendor.3f9a2c1b.js" defer></script><script src="app.js" defer></script></head>'
        '<body><main id="app"></main></body></html>\n')


if __name__ == "__main__":
    main()
