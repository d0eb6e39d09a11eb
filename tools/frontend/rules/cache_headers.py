"""Static assets served without useful Cache-Control (L1 browser cache of the seed)."""

from __future__ import annotations

import re

from perfagent.tools.frontend.models import Asset, FrontendFinding

_MAX_AGE = re.compile(r"max-age\s*=\s*(\d+)")
YEAR_S = 31_536_000


def max_age_s(cache_control: str | None) -> int | None:
    """>>> max_age_s("public, max-age=31536000, immutable"), max_age_s("no-cache"), max_age_s(None)
    (31536000, None, None)
    """
    match = _MAX_AGE.search(cache_control or "")
    return int(match.group(1)) if match else None


def cache_headers(asset: Asset, content: bytes) -> list[FrontendFinding]:
    if asset.transfer_bytes is None or asset.kind in ("html", "other"):
        return []
    cc = (asset.cache_control or "").lower()
    age = max_age_s(cc)
    if asset.hashed_name and (age is None or age < YEAR_S // 2 or "immutable" not in cc):
        return [
            FrontendFinding(
                id="cache_headers",
                severity="medium",
                asset=asset.path,
                message=(
                    f"{asset.path} has a content hash but is served with Cache-Control "
                    f"{cc or '(none)'!r}"
                ),
                fix="serve hashed assets with Cache-Control: public, max-age=31536000, immutable",
            )
        ]
    if not asset.hashed_name and (not cc or (age is None and "no-cache" not in cc)):
        return [
            FrontendFinding(
                id="cache_headers",
                severity="medium",
                asset=asset.path,
                message=(
                    f"{asset.path} is served without Cache-Control: every visit may fetch it again"
                ),
                fix=(
                    "hash the file name and cache it for a year, or send Cache-Control: no-cache "
                    "with an ETag"
                ),
            )
        ]
    return []
