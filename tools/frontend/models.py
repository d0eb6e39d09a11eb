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
    saving_bytes: int = Field(0, description="bytes saved over the wire if fixed (estimated from measured sizes)")
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
