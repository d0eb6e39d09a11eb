"""Compress large responses: GZip middleware on the target's FastAPI/Starlette or Django app.

Finds the module-level ``app = FastAPI(...)`` (the finding's file if it has one, else
the target's modules outside tests/ and virtualenvs), imports ``GZipMiddleware`` and
adds ``app.add_middleware(GZipMiddleware, minimum_size=1024)`` right after the app is
created. Clients that do not send ``Accept-Encoding: gzip`` get the same bytes as
before; the others get the same body, compressed, plus ``Content-Encoding: gzip`` and
``Vary: Accept-Encoding`` headers.

A Django project (no FastAPI app; a settings module with a literal ``MIDDLEWARE`` list or
tuple) gets ``django.middleware.gzip.GZipMiddleware`` in it, where Django's middleware-ordering
notes put it: after ``SecurityMiddleware`` and ``UpdateCacheMiddleware`` (it changes ``Vary``),
before everything that reads or changes the response body. Django compresses responses of
200 bytes and more for clients that accept gzip, and since 4.2 pads them against BREACH.

Declined: no app, several apps or settings modules, or a compression middleware (GZip, Brotli,
any ``*CompressionMiddleware``) already present anywhere in the target. A Django settings module
that adds GZipMiddleware only under a switch the service left off (healthchecks:
``if envbool("USE_GZIP_MIDDLEWARE", "False"):``) is declined with the switch to set: the
finding measured the responses uncompressed, so the middleware is not "already there".

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

import libcst as cst

from perfagent.tools.recipes._cst import (
    Source,
    blocks_between,
    load,
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
DJANGO_GZIP = "django.middleware.gzip.GZipMiddleware"
# An environment read's default that leaves a switch off, and the value that turns it on.
_ON = {"False": "True", "false": "true", "0": "1", "no": "yes", "off": "on"}
# Django's ordering notes: these two go before GZipMiddleware (SSL redirect first; the cache
# middleware must see the Vary header GZip adds).
DJANGO_BEFORE = (
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.cache.UpdateCacheMiddleware",
)


def compression(root: Path, target: RecipeTarget) -> Proposal:
    for rel in python_files(root):
        found = PRESENT.search((root / rel).read_text(encoding="utf-8", errors="replace"))
        if found:
            off = _switched_off(root, rel)
            if off:
                raise Decline(off)
            raise Decline(f"a compression middleware is already there ({found.group()} in {rel})")
    try:
        app = find_app(root, target.file)
    except Decline as no_app:
        settings = _django_settings(root, target.file)
        if settings is None:
            raise no_app from None
        return _django(settings, target)
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
            f"{_uncompressed(target)}. GZipMiddleware compresses responses "
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


def _switched_off(root: Path, rel: str) -> str | None:
    """Why Django's GZipMiddleware, named in ``rel``, is off: the module adds it to MIDDLEWARE
    only under one module-level ``if`` on an environment read whose default leaves it off
    (``if envbool("USE_GZIP_MIDDLEWARE", "False"):``). None for any other shape."""
    try:
        source = load(root, rel)
    except Decline:
        return None
    module = source.module
    gated = [
        s for s in module.body if isinstance(s, cst.If) and PRESENT.search(module.code_for_node(s))
    ]
    if len(gated) != 1 or gated[0].orelse is not None:
        return None
    body = module.code_for_node(gated[0].body)
    if (
        len(PRESENT.findall(source.text)) != len(PRESENT.findall(body))
        or DJANGO_GZIP not in body
        or "MIDDLEWARE" not in body
    ):
        return None
    test = gated[0].test
    if not isinstance(test, cst.Call) or not test.args:
        return None
    name = test.args[0].value
    default = next(
        (a.value for a in test.args[1:] if a.keyword is None or a.keyword.value == "default"),
        None,
    )
    if not (isinstance(name, cst.SimpleString) and isinstance(default, cst.SimpleString)):
        return None
    on = _ON.get(str(default.evaluated_value))
    if on is None:
        return None
    var = str(name.evaluated_value)
    return (
        f"GZipMiddleware is off: {rel} adds it only when `{module.code_for_node(test)}` holds, "
        f"and the probe got no Content-Encoding; set {var}={on} where the service runs"
    )


def _uncompressed(target: RecipeTarget) -> str:
    """ "<endpoint> is sent uncompressed", with the measured sizes when the finding has them."""
    endpoint = target.endpoint or "the app's responses"
    body, gzip = target.extra.get("body_bytes"), target.extra.get("gzip_bytes")
    size = (
        f": {endpoint} sent {body / 1024:,.0f} KiB, gzip would send {gzip / 1024:,.0f} KiB"
        if isinstance(body, int) and isinstance(gzip, int)
        else ""
    )
    return f"{endpoint} is sent uncompressed{size}"


def _middleware(module: cst.Module) -> cst.Assign | None:
    """The module's top-level ``MIDDLEWARE = [...]`` (or a tuple) of string literals."""
    for stmt in module.body:
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            if (
                isinstance(small, cst.Assign)
                and len(small.targets) == 1
                and isinstance(small.targets[0].target, cst.Name)
                and small.targets[0].target.value == "MIDDLEWARE"
                and isinstance(small.value, (cst.List, cst.Tuple))
                and all(isinstance(e.value, cst.SimpleString) for e in small.value.elements)
            ):
                return small
    return None


def _django_settings(root: Path, hint: str | None) -> Source | None:
    """The one settings module with a literal MIDDLEWARE; None when the target is not Django.
    Declines when several settings modules define one and the finding names none of them."""
    files = [hint] if hint and hint.endswith(".py") and (root / hint).is_file() else []
    files += [
        f
        for f in python_files(root)
        if "MIDDLEWARE" in (text := (root / f).read_text(encoding="utf-8", errors="replace"))
        and "django." in text
    ]
    found: dict[str, Source] = {}
    for rel in files:
        try:
            source = load(root, rel)
        except Decline:
            continue
        if _middleware(source.module) is not None:
            found.setdefault(rel, source)
            if rel == hint:
                return source
    if len(found) > 1:
        raise Decline(
            f"several Django settings modules define MIDDLEWARE ({', '.join(found)}); "
            "the finding does not say which one the service runs with"
        )
    return next(iter(found.values()), None)


def _separator(container: cst.List | cst.Tuple, elements: list, at: int) -> cst.Comma | None:
    """The comma (with its line break and indent) that follows the entry before ``at``, or
    that the opening bracket's layout implies for a new first entry."""
    if at:
        comma = elements[at - 1].comma
        return comma if isinstance(comma, cst.Comma) else None
    if len(elements) > 1 and isinstance(elements[0].comma, cst.Comma):
        return elements[0].comma
    opening = (
        container.lbracket.whitespace_after
        if isinstance(container, cst.List)
        else (container.lpar[0].whitespace_after if container.lpar else None)
    )
    if isinstance(opening, cst.ParenthesizedWhitespace):  # a multi-line list of one entry
        return cst.Comma(whitespace_after=opening)
    return None


def _django(settings: Source, target: RecipeTarget) -> Proposal:
    assign = _middleware(settings.module)
    assert assign is not None and isinstance(assign.value, (cst.List, cst.Tuple))
    elements = list(assign.value.elements)
    names = [str(cst.ensure_type(e.value, cst.SimpleString).evaluated_value) for e in elements]
    at = max((names.index(n) + 1 for n in DJANGO_BEFORE if n in names), default=0)
    quote = cst.ensure_type(elements[0].value, cst.SimpleString).quote if elements else '"'
    value = cst.SimpleString(f"{quote}{DJANGO_GZIP}{quote}")
    spaced = cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
    if at and not isinstance(elements[at - 1].comma, cst.Comma):  # after the last, no comma
        elements[at - 1] = elements[at - 1].with_changes(comma=spaced)
        new = cst.Element(value=value)
    else:  # the separator the list already uses there: one entry per line stays so
        new = cst.Element(value=value, comma=_separator(assign.value, elements, at) or spaced)
    elements.insert(at, new)
    rewritten = settings.module.deep_replace(
        assign.value, assign.value.with_changes(elements=elements)
    )
    assert isinstance(rewritten, cst.Module)
    after = names[at - 1].rsplit(".", 1)[-1] if at else None
    where = f"after {after}" if after else "first"
    return Proposal(
        recipe="compression",
        title=f"gzip responses with Django's GZipMiddleware ({settings.path})",
        edit=checked_edit(
            settings.text,
            rewritten.code,
            blocks_between(settings.path, settings.text, rewritten.code),
            f"{DJANGO_GZIP} in MIDDLEWARE of {settings.path}",
        ),
        rationale=(
            f"{_uncompressed(target)}. Django's GZipMiddleware, {where} in MIDDLEWARE, compresses "
            "responses of 200 bytes or more for clients that accept gzip and leaves the others "
            "as they are."
        ),
        expected=(
            "fewer bytes on the wire for large responses (HTML and JSON typically shrink 5-10x); "
            "transfer time drops on slow links, at a small CPU cost per response"
        ),
        assumptions=[
            "no proxy in front of the app already compresses",
            (
                "Django 4.2 or later (its GZipMiddleware pads responses against BREACH); on "
                "older versions, pages that hold a secret and reflect user input are exposed"
            ),
        ],
    )


RECIPE = Recipe(
    name="compression",
    kinds=frozenset({"payload"}),
    build=compression,
    order=90,
    measure="browser",
)
