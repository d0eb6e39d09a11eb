"""Source maps deployed next to production assets."""

from __future__ import annotations

from perfagent.tools.frontend.models import Asset, FrontendFinding


def source_map_shipped(asset: Asset, content: bytes) -> list[FrontendFinding]:
    if asset.kind != "map":
        return []
    return [
        FrontendFinding(
            id="source_map_shipped",
            severity="low",
            asset=asset.path,
            message=f"{asset.path} ({asset.raw_bytes:,} bytes) is deployed with the build",
            fix="upload source maps to the error tracker instead of serving them publicly",
        )
    ]
