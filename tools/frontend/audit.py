"""Audit a frontend: a build folder on disk, or the pages and assets a local server sends.

Sizes are measured, not guessed: raw, gzip -9 and brotli q11 of every file; over
HTTP also the bytes actually transferred and the Content-Encoding and
Cache-Control the server sent.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from perfagent.tools.errors import InputError, ServiceError, UnsafeInputError
from perfagent.tools.frontend.measure import (
    brotli_size,
    gzip_size,
    is_hashed,
    kind_of,
    looks_minified,
)
from perfagent.tools.frontend.models import Asset, AssetAudit, FrontendFinding, KindTotals
from perfagent.tools.frontend.rules import run_rules
from perfagent.tools.sandbox.network import LOOPBACK, host_allowed

MAX_FILES = 5000
MAX_FILE_BYTES = 50 * 1024**2


def measure_asset(path: str, content: bytes, **http) -> Asset:
    kind = kind_of(path)
    text_like = kind in ("js", "css")
    return Asset(
        path=path,
        kind=kind,
        raw_bytes=len(content),
        gzip_bytes=gzip_size(content),
        brotli_bytes=brotli_size(content),
        hashed_name=is_hashed(path),
        minified=looks_minified(content.decode("utf-8", errors="replace"), kind)
        if text_like
        else None,
        **http,
    )


def summarize(
    source: str, measured: list[tuple[Asset, bytes]], bundle_budget_bytes: int | None
) -> AssetAudit:
    assets = [a for a, _ in measured]
    findings: list[FrontendFinding] = []
    for asset, content in measured:
        findings.extend(run_rules(asset, content))
    totals: dict[str, KindTotals] = {}
    for asset in assets:
        t = totals.setdefault(
            asset.kind, KindTotals(files=0, raw_bytes=0, gzip_bytes=0, brotli_bytes=0)
        )
        t.files += 1
        t.raw_bytes += asset.raw_bytes
        t.gzip_bytes += asset.gzip_bytes
        t.brotli_bytes += asset.brotli_bytes
    bundle = sum(a.brotli_bytes for a in assets if a.kind in ("js", "css"))
    if bundle_budget_bytes is not None and bundle > bundle_budget_bytes:
        findings.append(
            FrontendFinding(
                id="bundle_budget",
                severity="high",
                asset="(all JS + CSS)",
                message=(
                    f"JS + CSS weigh {bundle:,} bytes brotli-compressed, over the "
                    f"{bundle_budget_bytes:,}-byte budget"
                ),
                saving_bytes=bundle - bundle_budget_bytes,
                fix="minify, split and lazy-load until the first-load bundle fits the budget",
            )
        )
    order = {"high": 0, "medium": 1, "low": 2}
    findings.sort(key=lambda f: (order[f.severity], -f.saving_bytes, f.asset))
    return AssetAudit(
        source=source,
        assets=sorted(assets, key=lambda a: -a.raw_bytes),
        totals=totals,
        findings=findings,
        bundle_bytes=bundle,
        bundle_budget_bytes=bundle_budget_bytes,
    )


def audit_build(folder: str | Path, *, bundle_budget_bytes: int | None = None) -> AssetAudit:
    """Audit every file under ``folder`` (a build output such as ``dist/`` or ``static/``)."""
    root = Path(folder)
    if not root.is_dir():
        raise InputError(f"frontend build folder {root} does not exist")
    files = [p for p in sorted(root.rglob("*")) if p.is_file()]
    if len(files) > MAX_FILES:
        raise InputError(f"{root} holds {len(files):,} files; the audit stops at {MAX_FILES:,}")
    measured = []
    for path in files:
        if path.stat().st_size > MAX_FILE_BYTES:
            continue
        content = path.read_bytes()
        measured.append((measure_asset(path.relative_to(root).as_posix(), content), content))
    return summarize(str(root), measured, bundle_budget_bytes)


class _References(HTMLParser):
    """Script, stylesheet, image and preload URLs referenced by a page."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "script" and (src := a.get("src")):
            self.urls.append(src)
        elif (
            tag == "link"
            and (href := a.get("href"))
            and (a.get("rel") or "").lower() in ("stylesheet", "preload", "icon", "modulepreload")
        ):
            self.urls.append(href)
        elif tag in ("img", "source") and (src := a.get("src")):
            self.urls.append(src)


def referenced_urls(html: str, base_url: str) -> list[str]:
    """Same-origin asset URLs a page references, in order, without duplicates.

    >>> referenced_urls('<script src="/a.js"></script><link rel="stylesheet" href="s.css">'
    ...                 '<img src="https://cdn.example/x.png">', "http://127.0.0.1:8000/")
    ['http://127.0.0.1:8000/a.js', 'http://127.0.0.1:8000/s.css']
    """
    parser = _References()
    parser.feed(html)
    origin = urlsplit(base_url).netloc
    seen: list[str] = []
    for url in parser.urls:
        absolute = urljoin(base_url, url)
        if urlsplit(absolute).netloc == origin and absolute not in seen:
            seen.append(absolute)
    return seen


def audit_site(
    page_url: str,
    *,
    extra_paths: list[str] | None = None,
    bundle_budget_bytes: int | None = None,
    allow_hosts: list[str] | None = None,
    transport=None,
    timeout_s: float = 10.0,
) -> AssetAudit:
    """Fetch a page and the same-origin assets it references, as a browser asking for br/gzip."""
    import httpx

    host = urlsplit(page_url).hostname or ""
    allow = allow_hosts or list(LOOPBACK)
    if not host_allowed(host.lower(), allow):
        raise UnsafeInputError(
            f"host {host} is not on the allow-list ({', '.join(allow)}); refusing to fetch from it"
        )
    headers = {"Accept-Encoding": "br, gzip", "User-Agent": "perfagent-frontend-audit"}
    measured = []
    try:
        with httpx.Client(transport=transport, timeout=timeout_s, headers=headers) as client:
            page = client.get(page_url)
            page.raise_for_status()
            urls = [page_url, *referenced_urls(page.text, page_url)]
            urls += [
                urljoin(page_url, p)
                for p in (extra_paths or [])
                if urljoin(page_url, p) not in urls
            ]
            for url in urls:
                response = page if url == page_url else client.get(url)
                if response.status_code >= 400:
                    continue
                path = urlsplit(url).path or "/"
                name = (
                    path
                    if kind_of(path) != "other" or url != page_url
                    else path.rstrip("/") + "/index.html"
                )
                measured.append(
                    (
                        measure_asset(
                            name,
                            response.content,
                            content_encoding=response.headers.get("content-encoding"),
                            cache_control=response.headers.get("cache-control"),
                            transfer_bytes=response.num_bytes_downloaded,
                        ),
                        response.content,
                    )
                )
    except httpx.HTTPStatusError as exc:
        raise ServiceError(f"{page_url} answered {exc.response.status_code}") from None
    except httpx.HTTPError as exc:
        raise ServiceError(f"cannot fetch {page_url}: {exc}") from None
    return summarize(page_url, measured, bundle_budget_bytes)
