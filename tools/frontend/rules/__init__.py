"""Frontend audit rules, one module each, run in order by :func:`run_rules`."""

from __future__ import annotations

from perfagent.tools.frontend.models import Asset, FrontendFinding
from perfagent.tools.frontend.rules.cache_headers import cache_headers
from perfagent.tools.frontend.rules.legacy_image_format import legacy_image_format
from perfagent.tools.frontend.rules.oversized_asset import oversized_asset
from perfagent.tools.frontend.rules.source_map_shipped import source_map_shipped
from perfagent.tools.frontend.rules.uncompressed_transfer import uncompressed_transfer
from perfagent.tools.frontend.rules.unhashed_name import unhashed_name
from perfagent.tools.frontend.rules.unminified import unminified

RULES = (
    unminified,
    uncompressed_transfer,
    cache_headers,
    unhashed_name,
    oversized_asset,
    legacy_image_format,
    source_map_shipped,
)


def run_rules(asset: Asset, content: bytes) -> list[FrontendFinding]:
    findings: list[FrontendFinding] = []
    for rule in RULES:
        findings.extend(rule(asset, content))
    return findings
