"""Caching: Redis hit rates from INFO deltas, TTLs reasoned from measured read/write
traffic, and generated read-through / invalidation code.

    redis_stats   hit_rate(url) / RedisSampler: keyspace hits, misses, evictions over a window
    ttl           table_traffic(classes), recommend_ttl(...): the TTL and why, per table
    codegen       invalidation_code(...): a runnable @cached decorator and invalidate(table)
    prometheus    the hit-rate PromQL for redis_exporter and its alert rules

Every function returns a pydantic record or text; nothing here imports the agent.
"""

from tools.cache.codegen import invalidation_code
from tools.cache.models import CacheItem, CachePlan, HitRate, TableTraffic, TtlAdvice
from tools.cache.prometheus import alert_rules, alert_threshold, hit_rate_expr
from tools.cache.redis_stats import RedisSampler, hit_rate, hit_rate_between
from tools.cache.ttl import access, recommend_ttl, strictest, table_traffic

__all__ = [
    "CacheItem",
    "CachePlan",
    "HitRate",
    "RedisSampler",
    "TableTraffic",
    "TtlAdvice",
    "access",
    "alert_rules",
    "alert_threshold",
    "hit_rate",
    "hit_rate_between",
    "hit_rate_expr",
    "invalidation_code",
    "recommend_ttl",
    "strictest",
    "table_traffic",
]
