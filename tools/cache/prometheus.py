"""Hit-rate monitoring in Prometheus, from redis_exporter's counters.

redis_exporter turns ``INFO``'s keyspace_hits / keyspace_misses / evicted_keys into
the counters ``redis_keyspace_hits_total``, ``redis_keyspace_misses_total`` and
``redis_evicted_keys_total``; ``rate()`` over a window is the same INFO delta the
RedisSampler takes, done continuously.

>>> print(hit_rate_expr())
rate(redis_keyspace_hits_total[5m]) /
  (rate(redis_keyspace_hits_total[5m]) + rate(redis_keyspace_misses_total[5m]))
>>> alert_threshold(None)[0], alert_threshold(HitRate(url="u", window_s=60, hits=93, misses=7,
...     hit_rate=0.93))[0]
(0.8, 0.83)
"""

from __future__ import annotations

import math

import yaml

from perfagent.tools.cache.models import HitRate

DEFAULT_THRESHOLD = 0.8
MARGIN = 0.10


def hit_rate_expr(window: str = "5m") -> str:
    hits = f"rate(redis_keyspace_hits_total[{window}])"
    misses = f"rate(redis_keyspace_misses_total[{window}])"
    return f"{hits} / ({hits} + {misses})"


def alert_threshold(measured: HitRate | None) -> tuple[float, str]:
    """Where the low-hit-rate alert fires, and why there.

    With a measured rate: 10 points under it, so the alert means "worse than we saw".
    Without one: 80%, a common starting point to revise once the cache has run.
    """
    if measured is None or measured.hit_rate is None:
        return DEFAULT_THRESHOLD, (
            f"{DEFAULT_THRESHOLD:.0%}: a starting point, not a measurement (no hit rate was "
            "measured); set it 10 points under the rate the cache reaches in production"
        )
    threshold = max(0.0, math.floor((measured.hit_rate - MARGIN) * 100 + 1e-9) / 100)
    return threshold, (
        f"{threshold:.0%}: {MARGIN * 100:.0f} points under the measured {measured.hit_rate:.1%} "
        f"({measured.hits:,} hits, {measured.misses:,} misses in {measured.window_s:g} s)"
    )


def alert_rules(*, threshold: float, window: str = "5m", for_: str = "10m") -> str:
    """A Prometheus rule file: hit rate under the threshold (while lookups happen), and evictions.

    >>> rules = yaml.safe_load(alert_rules(threshold=0.8))
    >>> [r["alert"] for r in rules["groups"][0]["rules"]]
    ['RedisCacheHitRateLow', 'RedisEvictingKeys']
    """
    lookups = (
        f"(rate(redis_keyspace_hits_total[{window}]) + "
        f"rate(redis_keyspace_misses_total[{window}])) > 0"
    )
    rules = {
        "groups": [
            {
                "name": "cache",
                "rules": [
                    {
                        "alert": "RedisCacheHitRateLow",
                        # Without lookups the ratio is 0/0: the `and` keeps an idle cache
                        # from alerting.
                        "expr": f"({hit_rate_expr(window)}) < {threshold:g} and {lookups}",
                        "for": for_,
                        "labels": {"severity": "warning"},
                        "annotations": {
                            "summary": f"Redis hit rate under {threshold:.0%} for {for_}",
                            "description": "Keys expire or are invalidated before they are "
                            "read again, or the keys vary per request: check TTLs and key design.",
                        },
                    },
                    {
                        "alert": "RedisEvictingKeys",
                        "expr": f"rate(redis_evicted_keys_total[{window}]) > 0",
                        "for": for_,
                        "labels": {"severity": "warning"},
                        "annotations": {
                            "summary": "Redis evicts keys: maxmemory is too small for the "
                            "cached set",
                            "description": "Evicted keys are misses that a TTL did not choose; "
                            "raise maxmemory or cache less.",
                        },
                    },
                ],
            }
        ]
    }
    return yaml.safe_dump(rules, sort_keys=False, width=100)
