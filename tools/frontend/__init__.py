"""Frontend instruments (deliverable 8).

audit     raw / gzip / brotli sizes, hashed names, minification, images as WebP, and the
          compression and cache headers a server actually sends
vitals    lab Web Vitals in the system's headless Chromium (LCP and its element, CLS by
          session windows, FCP, TTFB, TBT), bytes by resource type, render-blocking requests
budgets   Lighthouse CI style assertions over those measurements
compare   two versions of a site loaded interleaved: the bytes and timings a change moves
browser   the one seam to Chromium (Playwright over the DevTools protocol)
"""

from perfagent.tools.frontend.audit import audit_build, audit_site, referenced_urls
from perfagent.tools.frontend.models import Asset, AssetAudit, FrontendFinding

__all__ = ["Asset", "AssetAudit", "FrontendFinding", "audit_build", "audit_site", "referenced_urls"]
