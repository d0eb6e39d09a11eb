"""JS or CSS shipped unminified: measure what a minifier would save (rjsmin / rcssmin)."""

from __future__ import annotations

from perfagent.tools.frontend.measure import brotli_size, looks_minified
from perfagent.tools.frontend.models import Asset, FrontendFinding

MIN_BYTES = 2048


def minify(content: bytes, kind: str) -> bytes:
    import rcssmin
    import rjsmin

    text = content.decode("utf-8", errors="replace")
    return (rjsmin.jsmin(text) if kind == "js" else rcssmin.cssmin(text)).encode()


def unminified(asset: Asset, content: bytes) -> list[FrontendFinding]:
    if asset.kind not in ("js", "css") or asset.raw_bytes < MIN_BYTES:
        return []
    if looks_minified(content.decode("utf-8", errors="replace"), asset.kind):
        return []
    minified = minify(content, asset.kind)
    saving = asset.brotli_bytes - brotli_size(minified)
    raw_saving = asset.raw_bytes - len(minified)
    if raw_saving < asset.raw_bytes * 0.05:
        return []
    return [
        FrontendFinding(
            id="unminified",
            severity="medium" if raw_saving > 20_000 else "low",
            asset=asset.path,
            message=(
                f"{asset.path} is not minified: minifying takes it from {asset.raw_bytes:,} to "
                f"{len(minified):,} bytes ({raw_saving / asset.raw_bytes:.0%} smaller, "
                f"{max(saving, 0):,} bytes less over the wire with brotli)"
            ),
            saving_bytes=max(saving, 0),
            fix="minify JS in the build (esbuild or terser)"
            if asset.kind == "js"
            else "minify CSS in the build (lightningcss or cssnano)",
        )
    ]
