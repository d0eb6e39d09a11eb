"""Per-file measurements: kind, compressed sizes, hashed names, minification."""

from __future__ import annotations

import gzip
import re
from pathlib import PurePosixPath

import brotli

from perfagent.tools.frontend.models import Kind

_KINDS: dict[str, Kind] = {
    ".js": "js",
    ".mjs": "js",
    ".cjs": "js",
    ".css": "css",
    ".html": "html",
    ".htm": "html",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".gif": "image",
    ".webp": "image",
    ".avif": "image",
    ".svg": "image",
    ".ico": "image",
    ".woff": "font",
    ".woff2": "font",
    ".ttf": "font",
    ".otf": "font",
    ".eot": "font",
    ".map": "map",
}
# A content hash in the name, as bundlers write it: app.3f9a1c2b.js, app-3F9A1C2B.js,
# main.a1b2c3d4e5.css
_HASH = re.compile(
    r"[.\-_](?=[0-9a-zA-Z_-]*\d)(?=[0-9a-zA-Z_-]*[a-zA-Z])[0-9a-zA-Z_-]{8,}\.[a-z0-9]+$"
)
_HEX_HASH = re.compile(r"[.\-_][0-9a-f]{8,}\.[a-z0-9]+$", re.IGNORECASE)
COMPRESSIBLE: frozenset[Kind] = frozenset({"js", "css", "html", "map"})


def kind_of(path: str) -> Kind:
    """>>> kind_of("static/app.js"), kind_of("img/hero.JPG"), kind_of("README")
    ('js', 'image', 'other')
    """
    suffix = PurePosixPath(path).suffix.lower()
    if suffix == ".svg":
        return "image"
    return _KINDS.get(suffix, "other")


def is_hashed(path: str) -> bool:
    """Whether the file name carries a content hash (so it can be cached forever).

    >>> is_hashed("assets/app.3f9a1c2b.js"), is_hashed("index-BmZ2x9Qa.js"), is_hashed("app.js")
    (True, True, False)
    >>> is_hashed("jquery.min.js"), is_hashed("bootstrap-bundle.js")
    (False, False)
    """
    name = PurePosixPath(path).name
    return bool(_HEX_HASH.search(name) or _HASH.search(name))


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def brotli_size(data: bytes) -> int:
    return len(brotli.compress(data, quality=11))


def looks_minified(text: str, kind: Kind) -> bool | None:
    """A minifier's output: long lines, almost no indentation and no block comments.

    >>> looks_minified("function a(b){return b+1}var c=a(2);" * 40, "js")
    True
    >>> looks_minified("function add(b) {\\n    // add one\\n    return b + 1;\\n}\\n" * 40, "js")
    False
    """
    if kind not in ("js", "css"):
        return None
    if not text.strip():
        return True
    lines = text.splitlines() or [text]
    average_line = len(text) / len(lines)
    indented = sum(1 for line in lines if line.startswith(("  ", "\t"))) / len(lines)
    comments = text.count("/*") + text.count("\n//")
    comment_density = comments / max(1, len(text) / 1000)
    return average_line > 200 or (indented < 0.05 and comment_density < 0.5 and average_line > 80)
