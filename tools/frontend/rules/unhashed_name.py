"""JS/CSS without a content hash in its name cannot be cached long without going stale."""

from __future__ import annotations

from perfagent.tools.frontend.models import Asset, FrontendFinding


def unhashed_name(asset: Asset, content: bytes) -> list[FrontendFinding]:
    if asset.kind not in ("js", "css") or asset.hashed_name:
        return []
    return [
        FrontendFinding(
            id="unhashed_name",
            severity="low",
            asset=asset.path,
            message=(
                f"{asset.path} has no content hash in its name, so browsers cannot cache it "
                "for long safely"
            ),
            fix=(
                "emit content-hashed file names from the bundler (e.g. [name].[contenthash].js) "
                "and reference them from HTML"
            ),
        )
    ]
