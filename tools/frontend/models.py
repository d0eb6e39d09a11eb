"""Records of the frontend asset audit."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Kind = Literal["js", "css", "html", "image", "font", "map", "other"]
Severity = Literal["high", "medium", "low"]


class Asset(BaseModel):
    """One file of a build folder (or one URL), with its sizes as shipped and compressed."""

    path: str
    kind: Kind
    raw_bytes: int
    gzip_bytes: int
    brotli_bytes: int
    hashed_name: bool
    minified: bool | None = Field(None, description="None where the notion does not apply")
    # From HTTP, when the asset was fetched from a server.
    content_encoding: str | None = None
    cache_control: str | None = None
    transfer_bytes: int | None = None


class FrontendFinding(BaseModel):
    id: str
    severity: Severity
    asset: str
    message: str
    saving_bytes: int = Field(
        0, description="bytes saved over the wire if fixed (estimated from measured sizes)"
    )
    fix: str = ""


class KindTotals(BaseModel):
    files: int
    raw_bytes: int
    gzip_bytes: int
    brotli_bytes: int


class AssetAudit(BaseModel):
    """The audit of one build folder or site."""

    source: str
    assets: list[Asset]
    totals: dict[str, KindTotals]
    findings: list[FrontendFinding]
    bundle_bytes: int = Field(description="JS + CSS, brotli-compressed: what size-limit reports")
    bundle_budget_bytes: int | None = None

    @property
    def within_budget(self) -> bool | None:
        if self.bundle_budget_bytes is None:
            return None
        return self.bundle_bytes <= self.bundle_budget_bytes


# --- Web Vitals in a real browser (tools.frontend.vitals) ---------------------------------

Rating = Literal["good", "needs-improvement", "poor"]
ResourceType = Literal["document", "script", "stylesheet", "image", "font", "media", "other"]


class LoadedResource(BaseModel):
    """One response the page loaded, as resource (or navigation) timing saw it."""

    url: str
    type: ResourceType
    transfer_bytes: int = Field(
        description="headers + body over the wire; 0 from the browser cache"
    )
    encoded_bytes: int = Field(description="the body as sent (compressed when it was)")
    decoded_bytes: int = Field(description="the body after decoding")
    render_blocking: bool = False


class TypeTotals(BaseModel):
    requests: int = 0
    transfer_bytes: int = 0
    decoded_bytes: int = 0


class VitalsRun(BaseModel):
    """One load of a page in a fresh browser context (cold cache), and its repeat view."""

    url: str
    lcp_ms: float | None = None
    lcp_element: str | None = Field(None, description="tag#id or tag.class of the LCP element")
    lcp_url: str | None = Field(None, description="the LCP image's source, if it is one")
    cls: float = Field(0.0, description="largest session window (1 s gap, 5 s cap) of shifts")
    shifts: int = 0
    shift_sources: list[str] = Field(default_factory=list, description="elements that moved")
    fcp_ms: float | None = None
    ttfb_ms: float | None = None
    tbt_ms: float = Field(0.0, description="sum of long tasks' time past 50 ms, after FCP")
    long_tasks: int = 0
    dom_content_loaded_ms: float | None = None
    load_ms: float | None = None
    resources: list[LoadedResource] = Field(default_factory=list, description="the document first")
    repeat_resources: list[LoadedResource] | None = Field(
        None, description="the same page loaded again in the same context (warm cache)"
    )
    errors: list[str] = Field(
        default_factory=list, description="script errors, console errors, failed requests"
    )
    landed_url: str | None = Field(
        None, description="where the page ended up when a redirect took it elsewhere (a login page)"
    )

    @property
    def transfer_bytes(self) -> int:
        return sum(r.transfer_bytes for r in self.resources)

    @property
    def repeat_transfer_bytes(self) -> int | None:
        if self.repeat_resources is None:
            return None
        return sum(r.transfer_bytes for r in self.repeat_resources)

    def by_type(self) -> dict[str, TypeTotals]:
        totals: dict[str, TypeTotals] = {}
        for r in self.resources:
            t = totals.setdefault(r.type, TypeTotals())
            t.requests += 1
            t.transfer_bytes += r.transfer_bytes
            t.decoded_bytes += r.decoded_bytes
        return totals


class Spread(BaseModel):
    """The median of several runs, with the lowest and highest value seen."""

    median: float
    low: float
    high: float
    n: int


class PageVitals(BaseModel):
    """Lab Web Vitals of one page: several runs in fresh contexts, medians and spread."""

    url: str
    throttle: str = "none"
    runs: list[VitalsRun]
    lcp_ms: Spread | None = None
    lcp_element: str | None = Field(None, description="the LCP element most runs agreed on")
    lcp_url: str | None = None
    cls: Spread
    fcp_ms: Spread | None = None
    ttfb_ms: Spread | None = None
    tbt_ms: Spread
    transfer_bytes: Spread
    repeat_transfer_bytes: Spread | None = None
    by_type: dict[str, TypeTotals] = Field(default_factory=dict, description="medians per type")
    render_blocking: list[str] = Field(default_factory=list)
    ratings: dict[str, Rating] = Field(default_factory=dict, description="of the medians")
    errors: list[str] = Field(default_factory=list, description="every distinct error, any run")
    landed_path: str | None = Field(
        None,
        description="the path most runs were redirected to instead of the page (a login page: "
        "what was measured is that page, not the one asked for)",
    )
    logged_in: bool = Field(False, description="loaded as the [service.auth] user")


class EndpointBytes(BaseModel):
    """A URL fetched twice by the page's own origin: cold, then with the browser cache."""

    url: str
    status: int
    transfer_bytes: int
    decoded_bytes: int
    repeat_transfer_bytes: int = Field(description="0 when the browser answered from its cache")

    @property
    def compressed(self) -> bool:
        return 0 < self.transfer_bytes < self.decoded_bytes
