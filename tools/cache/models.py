"""Records of the cache instrument: plain pydantic data, JSON in and out.

>>> h = HitRate(url="redis://127.0.0.1:6379/0", window_s=2.0, hits=3, misses=1, hit_rate=0.75)
>>> HitRate.model_validate_json(h.model_dump_json()) == h, h.lookups
(True, 4)
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from perfagent.tools.cache.scope import CacheScope

Layer = Literal["L1", "L2", "L3", "L4"]


class HitRate(BaseModel):
    """Redis's keyspace counters over one window: the difference of two ``INFO`` readings.

    The counters are server-wide: on a Redis other clients read, the figure is theirs too.
    """

    url: str = Field(description="the Redis URL, password hidden")
    window_s: float
    hits: int
    misses: int
    hit_rate: float | None = Field(None, description="hits / (hits + misses); None with no lookups")
    evictions: int = 0
    expirations: int = 0
    used_memory_bytes: int | None = Field(None, description="at the end of the window")
    used_memory_delta_bytes: int | None = None
    keys: int | None = Field(None, description="keys in the URL's database at the end")
    counters_reset: bool = Field(
        False,
        description="a counter went backwards (restart, CONFIG RESETSTAT): "
        "figures count from the reset, so they undercount the window",
    )
    source: str = Field("", description="what ran during the window, e.g. which load test")

    @property
    def lookups(self) -> int:
        return self.hits + self.misses


class TableTraffic(BaseModel):
    """Statements that read or wrote one table, from the query classes of a log."""

    table: str
    reads: int = 0
    writes: int = 0
    read_ms: float = 0.0
    write_ms: float = 0.0

    @property
    def write_share(self) -> float | None:
        total = self.reads + self.writes
        return self.writes / total if total else None


class TtlAdvice(BaseModel):
    """How long a cached read may live, and whether writes must delete it, with the why."""

    cache: bool = Field(description="False when caching cannot pay (too few reads per write)")
    reads: int = 0
    writes: int = 0
    ttl_s: int | None = None
    invalidate_on_write: bool = False
    reads_per_s: float | None = None
    writes_per_s: float | None = None
    write_interval_s: float | None = Field(None, description="mean time between writes")
    bound_by: str | None = Field(None, description="the table whose traffic set the TTL")
    reasoning: str
    summary: str = Field("", description="the rule that applied, in a few words")


class CacheItem(BaseModel):
    """One thing to cache at one layer: the evidence for it, its TTL and how it is invalidated."""

    layer: Layer
    what: str
    evidence: str = Field(description="measured figures, quoted with their instrument")
    ttl_s: int | None = Field(None, description="None: no expiry needed, or not cached")
    ttl_reason: str
    invalidation: str
    directive: str | None = Field(
        None, description="the header or code to apply, when one line says it"
    )


class CachePlan(BaseModel):
    """The caching deliverable's machine file."""

    staleness_s: float
    redis: str | None = None
    window_s: float | None = Field(None, description="time the query counts cover, when known")
    window_source: str = ""
    traffic: list[TableTraffic] = Field(default_factory=list)
    ttls: dict[str, TtlAdvice] = Field(default_factory=dict, description="by table")
    items: list[CacheItem] = Field(default_factory=list)
    hit_rate: HitRate | None = None
    hit_rate_expr: str = ""
    alert_threshold: float | None = None
    alert_rules: str = ""
    code: str = Field("", description="file name of the generated invalidation code")
    scopes: dict[str, CacheScope] = Field(
        default_factory=dict,
        description="by endpoint: shared, per user or not cached, and why (tools/cache/scope.py)",
    )
