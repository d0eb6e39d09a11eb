"""Large PNG/JPEG/GIF images where WebP or AVIF would usually be far smaller."""

from __future__ import annotations

from pathlib import PurePosixPath

from tools.frontend.models import Asset, FrontendFinding

MIN_BYTES = 50_000


def legacy_image_format(asset: Asset, content: bytes) -> list[FrontendFinding]:
    suffix = PurePosixPath(asset.path).suffix.lower()
    if asset.kind != "image" or suffix not in (".png", ".jpg", ".jpeg", ".gif") or asset.raw_bytes < MIN_BYTES:
        return []
    return [FrontendFinding(
        id="legacy_image_format", severity="low", asset=asset.path,
        message=f"{asset.path} is a {asset.raw_bytes:,}-byte {suffix[1:].upper()}; WebP/AVIF is typically 25-50% smaller",
        fix="convert to WebP or AVIF (keep the original as a <picture> fallback) and measure the result",
    )]
