"""Assets past common per-file budgets (compressed JS/CSS, raw images and fonts)."""

from __future__ import annotations

from perfagent.tools.frontend.models import Asset, FrontendFinding

# Per-file ceilings: 100 KB of brotli'd JS is about a second of parse/compile on a
# mid-range phone; images and fonts are measured as shipped.
LIMITS_BYTES = {"js": 100_000, "css": 50_000, "image": 200_000, "font": 100_000}


def oversized_asset(asset: Asset, content: bytes) -> list[FrontendFinding]:
    limit = LIMITS_BYTES.get(asset.kind)
    if limit is None:
        return []
    size = asset.brotli_bytes if asset.kind in ("js", "css") else asset.raw_bytes
    if size <= limit:
        return []
    measure = "brotli-compressed" if asset.kind in ("js", "css") else "as shipped"
    return [
        FrontendFinding(
            id="oversized_asset",
            severity="high" if size > 2 * limit else "medium",
            asset=asset.path,
            message=(
                f"{asset.path} is {size:,} bytes {measure}, over the {limit:,}-byte per-file "
                f"budget for {asset.kind}"
            ),
            saving_bytes=size - limit,
            fix="split the bundle and lazy-load what the first screen does not need"
            if asset.kind == "js"
            else "resize/recompress (images: WebP/AVIF at the displayed size)"
            if asset.kind == "image"
            else "subset the font or drop unused weights"
            if asset.kind == "font"
            else "remove unused rules",
        )
    ]
