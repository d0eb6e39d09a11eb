"""Serve the build's PNG and JPEG images as WebP: convert with Pillow, write
``<name>.webp`` beside each original, and point the build's HTML and CSS at it.

Each image is encoded as tools.frontend.images.to_webp says: JPEGs and photograph-like
PNGs lossy (quality 80 / 85), other PNGs losslessly. A WebP is kept only when it is at
least 10% smaller.

References are rewritten only where the build's own HTML (``src``, ``srcset``, ``href``)
and CSS (``url(...)``) name the file, by a path that resolves to it; the original stays
for anything else that links to it (mail, other sites). An image no HTML or CSS of the
build references is left alone: what loads it (a script?) is unknown. One edit covers
every image of the build, so the findings on each image share one candidate.

Declined: the finding is not about an image, no image is both referenced and smaller as
WebP, animated images (GIF, animated PNG), images Pillow cannot read.

>>> import tempfile, pathlib, random
>>> from PIL import Image
>>> root = pathlib.Path(tempfile.mkdtemp()); (root / "site").mkdir()
>>> rng = random.Random(0)
>>> img = Image.new("RGB", (400, 200))
>>> img.putdata([(x % 256, rng.randrange(256), 90) for x in range(400 * 200)])
>>> img.save(root / "site" / "hero.png")
>>> _ = (root / "site" / "index.html").write_text('<img src="hero.png" alt="">')
>>> p = webp_images(root, RecipeTarget(kind="frontend", file="hero.png",
...                                    extra={"build": "site", "rule": "legacy_image_format"}))
>>> p.title.split(":")[0], "site/index.html" in p.edit.diff
('serve 1 image of site/ as WebP', True)
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from perfagent.tools.recipes._assets import binary_diff, build_folder, files, rel
from perfagent.tools.recipes.base import Decline, Proposal, Recipe, RecipeTarget
from perfagent.tools.units import format_bytes

RULES = ("legacy_image_format", "oversized_asset")
SOURCES = (".png", ".jpg", ".jpeg")
MIN_SAVING = 0.10
# src="..." / href='...' / srcset="a.png 1x, b.png 2x" / url(...) in CSS
_ATTR = re.compile(
    r"""(?P<attr>\b(?:src|href|srcset|poster)\s*=\s*)(?P<q>["'])(?P<value>.*?)(?P=q)""",
    re.IGNORECASE | re.DOTALL,
)
_CSS_URL = re.compile(r"""url\(\s*(?P<q>["']?)(?P<value>[^"')]+)(?P=q)\s*\)""", re.IGNORECASE)


def encode(data: bytes, suffix: str) -> tuple[bytes, str]:
    from perfagent.tools.errors import InputError
    from perfagent.tools.frontend.images import to_webp

    try:
        return to_webp(data, suffix)
    except InputError as exc:
        raise Decline(str(exc)) from None


def webp_images(root: Path, target: RecipeTarget) -> Proposal:
    rule = target.extra.get("rule")
    if rule not in RULES or (
        target.file and PurePosixPath(target.file).suffix.lower() not in SOURCES
    ):
        raise Decline(f"the finding ({rule} on {target.file}) is not about a PNG or JPEG image")
    folder, build = build_folder(root, target)
    pages = files(folder, (".html", ".htm", ".css"))
    texts = {p: p.read_text(encoding="utf-8", errors="replace") for p in pages}
    changes: dict[str, bytes] = {}
    converted: list[str] = []
    skipped: list[str] = []
    before = after = 0
    for image in files(folder, SOURCES):
        name, webp = rel(root, image), image.with_suffix(".webp")
        if webp.exists():
            skipped.append(f"{name}: {webp.name} exists already")
            continue
        referencing = [p for p in pages if _rewrite(texts[p], p, image, folder) != texts[p]]
        if not referencing:
            skipped.append(f"{name}: no HTML or CSS of the build references it")
            continue
        raw = image.read_bytes()
        try:
            data, how = encode(raw, image.suffix.lower())
        except Decline as why:
            skipped.append(f"{name}: {why}")
            continue
        if len(data) > len(raw) * (1 - MIN_SAVING):
            skipped.append(f"{name}: WebP ({how}) saves under {MIN_SAVING:.0%}")
            continue
        changes[rel(root, webp)] = data
        for page in referencing:
            texts[page] = _rewrite(texts[page], page, image, folder)
            changes[rel(root, page)] = texts[page].encode()
        converted.append(f"{name} {format_bytes(len(raw))} → {format_bytes(len(data))} WebP, {how}")
        before, after = before + len(raw), after + len(data)
    if not converted:
        raise Decline(
            "no image of the build is referenced and smaller as WebP ("
            + ("; ".join(skipped[:4]) or "no PNG or JPEG found")
            + ")"
        )
    count = f"{len(converted)} image{'s' if len(converted) > 1 else ''}"
    pages_changed = sorted(p for p in changes if not p.endswith(".webp"))
    return Proposal(
        recipe="webp_images",
        title=f"serve {count} of {build}/ as WebP: {format_bytes(before)} → {format_bytes(after)}",
        edit=_edit(
            root, changes, f"WebP copies of {count}; {', '.join(pages_changed)} point at them"
        ),
        rationale=(
            "; ".join(converted) + f". {', '.join(pages_changed)} now load the WebP files; the "
            "originals stay for anything else that links to them."
            + (f" Left alone: {'; '.join(skipped[:3])}." if skipped else "")
        ),
        expected=(
            f"{format_bytes(before - after)} fewer image bytes on every cold load; the LCP "
            "image (if one of these) arrives sooner on a slow link"
        ),
        assumptions=[
            "every browser the site supports decodes WebP (all current ones do)",
            "lossy re-encoding at quality 80-85 is visually acceptable for photographs",
        ],
    )


def _rewrite(text: str, page: Path, image: Path, folder: Path) -> str:
    """``text`` with every reference that resolves to ``image`` pointing at its WebP."""

    def swap(value: str) -> str:
        parts = []
        for candidate in value.split(","):  # srcset lists
            stripped = candidate.strip()
            url = stripped.split()[0] if stripped else ""
            if url and _resolves(url, page, image, folder):
                candidate = candidate.replace(url, _webp_url(url), 1)
            parts.append(candidate)
        return ",".join(parts)

    if page.suffix.lower() == ".css":
        return _CSS_URL.sub(
            lambda m: m.group(0).replace(m.group("value"), swap(m.group("value"))), text
        )
    return _ATTR.sub(
        lambda m: f"{m.group('attr')}{m.group('q')}{swap(m.group('value'))}{m.group('q')}", text
    )


def _webp_url(url: str) -> str:
    parts = urlsplit(url)
    path = str(PurePosixPath(parts.path).with_suffix(".webp"))
    return parts._replace(path=path).geturl()


def _resolves(url: str, page: Path, image: Path, folder: Path) -> bool:
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path:
        return False  # another origin, or a data: URL
    target_rel = image.relative_to(folder).as_posix()
    if parts.path.startswith("/"):  # root-relative: the build may be served under a prefix
        return parts.path == "/" + target_rel or parts.path.endswith("/" + target_rel)
    return (page.parent / parts.path).resolve() == image.resolve()


def _edit(root: Path, changes: dict[str, bytes], description: str):
    from perfagent.tools.codeedit.models import Edit

    return Edit(diff=binary_diff(root, changes), description=description)


RECIPE = Recipe(
    name="webp_images",
    kinds=frozenset({"frontend"}),
    build=webp_images,
    order=130,
    measure="browser",
    browser_resources=("image",),
)
