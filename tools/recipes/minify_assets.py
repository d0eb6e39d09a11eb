"""Minify the build's JavaScript and CSS: rjsmin and rcssmin over every file that is
not minified yet, so fewer bytes go over the wire on every cold load.

Both minifiers only drop whitespace and comments (``/*! ... */`` licence comments stay);
they rename nothing and reorder nothing, so the code does what it did. One edit covers
the whole build folder (``extra["build"]``), whichever unminified or oversized JS/CSS
file the finding names, so the findings on each file share one candidate. The edit is a
git binary diff (tools.recipes._assets): ``git apply`` checks each file's old content.

Skipped: files that already look minified (tools.frontend.measure.looks_minified),
``*.min.js``/``*.min.css``, files under 2 KiB, files that point at a source map (the map
would no longer match), files with template markers (``{{``, ``{%``, ``<%``), and files
where minifying saves under 5%. Declined when nothing is left, or when the finding is
about an image.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> (root / "static").mkdir()
>>> js = "\\n".join(f"function add{i}(a, b) {{\\n    // sum them\\n    return a + b;\\n}}"
...                 for i in range(200))
>>> _ = (root / "static" / "app.js").write_text(js)
>>> p = minify_assets(root, RecipeTarget(kind="frontend", file="app.js",
...                                      extra={"build": "static", "rule": "unminified"}))
>>> p.title
'minify 1 JS/CSS file of static/ (rjsmin, rcssmin): 11.6 KiB → 6.5 KiB'
"""

from __future__ import annotations

from pathlib import Path

from perfagent.tools.frontend.measure import brotli_size, kind_of, looks_minified
from perfagent.tools.recipes._assets import binary_diff, build_folder, files, rel
from perfagent.tools.recipes.base import Decline, Proposal, Recipe, RecipeTarget
from perfagent.tools.units import format_bytes

RULES = ("unminified", "oversized_asset", "bundle_budget")
MIN_BYTES = 2048
MIN_SAVING = 0.05
TEMPLATE_MARKERS = ("{{", "{%", "<%")


def minify(text: str, kind: str) -> str:
    import rcssmin
    import rjsmin

    return (
        rjsmin.jsmin(text, keep_bang_comments=True)
        if kind == "js"
        else rcssmin.cssmin(text, keep_bang_comments=True)
    )


def minify_assets(root: Path, target: RecipeTarget) -> Proposal:
    rule = target.extra.get("rule")
    if rule not in RULES:
        raise Decline(f"the finding ({rule}) is not about unminified or oversized JS/CSS")
    if target.file and kind_of(target.file) not in ("js", "css") and rule != "bundle_budget":
        raise Decline(f"{target.file} is not JavaScript or CSS")
    folder, build = build_folder(root, target)
    changes: dict[str, bytes] = {}
    skipped: list[str] = []
    before = after = before_br = after_br = 0
    for path in files(folder, (".js", ".mjs", ".css")):
        name = rel(root, path)
        why = _skip(path)
        if why:
            skipped.append(f"{name}: {why}")
            continue
        text = path.read_text(encoding="utf-8")
        small = minify(text, kind_of(path.name)).encode()
        raw = path.read_bytes()
        if len(small) > len(raw) * (1 - MIN_SAVING):
            skipped.append(f"{name}: minifying saves under {MIN_SAVING:.0%}")
            continue
        changes[name] = small
        before, after = before + len(raw), after + len(small)
        before_br, after_br = before_br + brotli_size(raw), after_br + brotli_size(small)
    if not changes:
        raise Decline(
            "no JS/CSS file of the build is left to minify ("
            + ("; ".join(skipped[:4]) or "none found")
            + ")"
        )
    count = f"{len(changes)} JS/CSS file{'s' if len(changes) > 1 else ''}"
    return Proposal(
        recipe="minify_assets",
        title=(
            f"minify {count} of {build}/ (rjsmin, rcssmin): "
            f"{format_bytes(before)} → {format_bytes(after)}"
        ),
        edit=_edit(root, changes, f"minified {', '.join(changes)}"),
        rationale=(
            f"{', '.join(changes)} ship with their whitespace and comments: "
            f"{format_bytes(before)} raw ({format_bytes(before_br)} with brotli). Minified they "
            f"weigh {format_bytes(after)} ({format_bytes(after_br)} with brotli)."
            + (f" Left alone: {'; '.join(skipped[:3])}." if skipped else "")
        ),
        expected=(
            f"{format_bytes(before - after)} fewer bytes on every cold load served uncompressed "
            f"({format_bytes(before_br - after_br)} when served with brotli), and less to parse"
        ),
        assumptions=[
            "the build's HTML references these files by their names (unchanged)",
            "no code reads its own source text (Function.prototype.toString)",
            "the page shows no new error in the browser after the change (the trial checks)",
        ],
    )


def _skip(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith((".min.js", ".min.css")):
        return "already minified by name"
    if path.stat().st_size < MIN_BYTES:
        return f"under {MIN_BYTES // 1024} KiB"
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return "not UTF-8 text"
    if "sourceMappingURL=" in text:
        return "it points at a source map, which would no longer match"
    if any(marker in text for marker in TEMPLATE_MARKERS):
        return "it holds template markers"
    if looks_minified(text, kind_of(path.name)):
        return "already minified"
    return None


def _edit(root: Path, changes: dict[str, bytes], description: str):
    from perfagent.tools.codeedit.models import Edit

    return Edit(diff=binary_diff(root, changes), description=description)


RECIPE = Recipe(
    name="minify_assets",
    kinds=frozenset({"frontend"}),
    build=minify_assets,
    order=120,
    measure="browser",
    browser_resources=("script", "stylesheet"),
)
