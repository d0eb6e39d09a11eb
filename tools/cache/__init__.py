"""Caching: Redis hit rates from INFO deltas, TTLs reasoned from measured read/write
traffic, and generated read-through / invalidation code.

    redis_stats   hit_rate(url) / RedisSampler: keyspace hits, misses, evictions over a window
    ttl           table_traffic(classes), recommend_ttl(...): the TTL and why, per table
    codegen       invalidation_code(...): a runnable @cached decorator and invalidate(table)
    prometheus    the hit-rate PromQL for redis_exporter and its alert rules

Every function returns a pydantic record or text; nothing here imports the agent.
"""

import importlib

# Loaded on first use (PEP 562): the engagement state imports tools.cache.models for one
# record, and must not pay for sqlglot (ttl) and the Redis client (redis_stats) on start-up.
_WHERE = {
    "invalidation_code": "codegen",
    "CacheItem": "models",
    "CachePlan": "models",
    "HitRate": "models",
    "TableTraffic": "models",
    "TtlAdvice": "models",
    "alert_rules": "prometheus",
    "alert_threshold": "prometheus",
    "hit_rate_expr": "prometheus",
    "RedisSampler": "redis_stats",
    "hit_rate": "redis_stats",
    "hit_rate_between": "redis_stats",
    "access": "ttl",
    "recommend_ttl": "ttl",
    "strictest": "ttl",
    "table_traffic": "ttl",
}

__all__ = list(_WHERE)  # the names above, loaded on first use


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module 'perfagent.tools.cache' has no attribute {name!r}")
    return getattr(importlib.import_module(f"perfagent.tools.cache.{_WHERE[name]}"), name)
