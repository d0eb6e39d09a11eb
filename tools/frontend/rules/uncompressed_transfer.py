"""A compressible asset served without Content-Encoding."""

from __future__ import annotations

from perfagent.tools.frontend.measure import COMPRESSIBLE
from perfagent.tools.frontend.models import Asset, FrontendFinding

MIN_BYTES = 1400  # below one packet compression buys nothing


def uncompressed_transfer(asset: Asset, content: bytes) -> list[FrontendFinding]:
    if (
        asset.transfer_bytes is None
        or asset.kind not in COMPRESSIBLE
        or asset.raw_bytes < MIN_BYTES
    ):
        return []
    if asset.content_encoding and asset.content_encoding.lower() not in ("identity", ""):
        return []
    saving = asset.raw_bytes - asset.brotli_bytes
    return [
        FrontendFinding(
            id="uncompressed_transfer",
            severity="high" if saving > 50_000 else "medium",
            asset=asset.path,
            message=(
                f"{asset.path} is served uncompressed: {asset.raw_bytes:,} bytes where brotli "
                f"sends {asset.brotli_bytes:,} and gzip {asset.gzip_bytes:,}"
            ),
            saving_bytes=saving,
            fix=(
                "enable brotli/gzip for text assets (pre-compress at build time, or "
                "GZipMiddleware / nginx gzip_static)"
            ),
        )
    ]
