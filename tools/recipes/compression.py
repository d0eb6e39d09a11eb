"""Compress large responses: GZip middleware on the target's FastAPI/Starlette app.

Finds the module-level ``app = FastAPI(...)`` (the finding's file if it has one, else
the target's modules outside tests/ and virtualenvs), imports ``GZipMiddleware`` and
adds ``app.add_middleware(GZipMiddleware, minimum_size=1024)`` right after the app is
created. Clients that do not send ``Accept-Encoding: gzip`` get the same bytes as
before; the others get the same body, compressed, plus ``Content-Encoding: gzip`` and
``Vary: Accept-Encoding`` headers.

Declined: no app, several apps, or a compression middleware (GZip, Brotli, any
``*CompressionMiddleware``) already present anywhere in the target.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "main.py").write_text("from fastapi import FastAPI\\n\\napp = FastAPI()\\n")
>>> for block in compression(root, RecipeTarget(endpoint="/api/x")).edit.blocks:
...     print(block.replace, end="")
from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
app = FastAPI()
app.add_middleware(GZipMiddleware, minimum_size=1024)
"""

from __future__ import annotations

import re
from pathlib import Path

from perfagent.tools.recipes._cst import (
    blocks_between,
    names_in,
    python_files,
    rewrite,
    top_level_index,
    with_from_import,
)
from perfagent.tools.recipes._fastapi import find_app
from perfagent.tools.recipes.base import Decline, Proposal, Recipe, RecipeTarget, checked_edit

PRESENT = re.compile(r"GZipMiddleware|BrotliMiddleware|\w*CompressionMiddleware|GZipResponder")
MIDDLEWARE_MODULE = {"fastapi": "fastapi.middleware.gzip", "starlette": "starlette.middleware.gzip"}


def compression(root: Path, target: RecipeTarget) -> Proposal:
    app = find_app(root, target.file)
    for rel in python_files(root):
        found = PRESENT.search((root / rel).read_text(encoding="utf-8", errors="replace"))
        if found:
            raise Decline(f"a compression middleware is already there ({found.group()} in {rel})")
    module = app.source.module
    if "GZipMiddleware" in names_in(module):
        raise Decline("the name GZipMiddleware is already taken in the app's module")
    minimum = target.extra.get("minimum_size", 1024)
    if not isinstance(minimum, int) or minimum < 0:
        raise Decline(f"minimum_size must be a non-negative integer, not {minimum!r}")
    at = top_level_index(module, app.statement)
    line = f"{app.name}.add_middleware(GZipMiddleware, minimum_size={minimum})\n"
    rewritten = rewrite(module, {}, {id(module): [(at + 1, line, "after")]})
    rewritten = with_from_import(rewritten, MIDDLEWARE_MODULE[app.framework], "GZipMiddleware")
    source = app.source
    endpoint = target.endpoint or "the app's responses"
    body, gzip = target.extra.get("body_bytes"), target.extra.get("gzip_bytes")
    size = (
        f": {endpoint} sent {body / 1024:,.0f} KiB, gzip would send {gzip / 1024:,.0f} KiB"
        if isinstance(body, int) and isinstance(gzip, int)
        else ""
    )
    return Proposal(
        recipe="compression",
        title=f"gzip responses of {app.name} ({source.path})",
        edit=checked_edit(
            source.text,
            rewritten.code,
            blocks_between(source.path, source.text, rewritten.code),
            f"GZipMiddleware on {app.name} in {source.path}",
        ),
        rationale=(
            f"{endpoint} is sent uncompressed{size}. GZipMiddleware compresses responses "
            f"of at least {minimum} bytes for clients that accept gzip, and leaves the "
            "others as they are."
        ),
        expected=(
            "fewer bytes on the wire for large responses (JSON typically shrinks 5-10x); "
            "transfer time drops on slow links, at a small CPU cost per response"
        ),
        assumptions=[
            (
                "no proxy in front of the app already compresses (it would now receive "
                "gzip and pass it through)"
            ),
            "clients decode Content-Encoding: gzip when they ask for it",
        ],
    )


RECIPE = Recipe(
    name="compression",
    kinds=frozenset({"payload"}),
    build=compression,
    order=90,
    measure="browser",
)
