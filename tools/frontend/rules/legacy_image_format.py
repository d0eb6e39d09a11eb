"""Large PNG/JPEG images, with what they would weigh as WebP (encoded here, not guessed)."""

from __future__ import annotations

from pathlib import PurePosixPath

from perfagent.tools.errors import InputError
from perfagent.tools.frontend.models import Asset, FrontendFinding

MIN_BYTES = 50_000


def legacy_image_format(asset: Asset, content: bytes) -> list[FrontendFinding]:
    suffix = PurePosixPath(asset.path).suffix.lower()
    if (
        asset.kind != "image"
        or suffix not in (".png", ".jpg", ".jpeg", ".gif")
        or asset.raw_bytes < MIN_BYTES
    ):
        return []
    saving, measured = 0, "WebP/AVIF is typically 25-50% smaller"
    if suffix != ".gif":
        from perfagent.tools.frontend.images import to_webp

        try:
            webp, how = to_webp(content, suffix)
        except InputError:
            webp = None
        if webp is not None:
            saving = max(0, asset.raw_bytes - len(webp))
            measured = f"as WebP ({how}) it weighs {len(webp):,} bytes"
    return [
        FrontendFinding(
            id="legacy_image_format",
            severity="medium" if saving > 100_000 else "low",
            asset=asset.path,
            message=f"{asset.path} is a {asset.raw_bytes:,}-byte {suffix[1:].upper()}; {measured}",
            saving_bytes=saving,
            fix=(
                "serve it as WebP (or AVIF), pointing the pages at the new file, and measure "
                "the result"
            ),
        )
    ]
