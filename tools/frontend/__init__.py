"""Frontend asset audit: raw / gzip / brotli sizes, hashed names, minification, and the
compression and cache headers a server actually sends (deliverable 8's static part)."""

from tools.frontend.audit import audit_build, audit_site, referenced_urls
from tools.frontend.models import Asset, AssetAudit, FrontendFinding

__all__ = ["Asset", "AssetAudit", "FrontendFinding", "audit_build", "audit_site", "referenced_urls"]
