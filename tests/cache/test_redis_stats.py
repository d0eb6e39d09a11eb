"""The hit-rate instrument against the real local Redis, and the generated cache code
measured by it: one miss, one hit, invalidate, one miss again."""

from __future__ import annotations

import uuid

import pytest
import redis

from perfagent.tools.cache import HitRate, RedisSampler, hit_rate, invalidation_code
from perfagent.tools.cache.redis_stats import InfoSnapshot, hit_rate_between
from perfagent.tools.errors import InputError, ServiceError, UnsafeInputError


@pytest.fixture
def prefix(redis_url):
    """A key prefix of this test's own, deleted afterwards."""
    name = f"perfagent-test:{uuid.uuid4().hex[:12]}:"
    yield name
    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(match=name + "*"))
    if keys:
        client.delete(*keys)


def test_window_counts_hits_and_misses(redis_url, prefix):
    client = redis.Redis.from_url(redis_url)
    client.set(prefix + "present", "1", ex=60)
    with hit_rate(redis_url) as window:
        for _ in range(3):
            client.get(prefix + "present")
        client.get(prefix + "absent")
    result = window.result
    assert isinstance(result, HitRate)
    assert (result.hits, result.misses) == (3, 1)
    assert result.hit_rate == 0.75
    assert result.window_s >= 0 and result.used_memory_bytes > 0
    assert result.url == redis_url and not result.counters_reset


def test_no_lookups_gives_no_rate(redis_url):
    sampler = RedisSampler(redis_url)
    sampler.start()
    result = sampler.stop()
    assert result.hit_rate is None and result.lookups == 0


def test_generated_code_is_measured_exactly(redis_url, prefix):
    """Only the lookup GET counts: fill (SET, RPUSH, EXPIRE) and invalidate (LPOP, UNLINK) don't."""
    code = invalidation_code(
        ttls_s={"orders": 30}, default_ttl_s=60, redis_url=redis_url, prefix=prefix
    )
    module: dict = {"__name__": "generated_invalidation"}
    exec(compile(code, "invalidation.py", "exec"), module)  # noqa: S102 - our own generated code
    calls = []

    @module["cached"]("orders")
    def recent(limit):
        calls.append(limit)
        return [{"id": i} for i in range(limit)]

    with hit_rate(redis_url) as window:
        first, second = recent(3), recent(3)
        assert module["invalidate"]("orders") == 1
        third = recent(3)
    assert first == second == third == [{"id": 0}, {"id": 1}, {"id": 2}]
    assert calls == [3, 3]  # miss, hit, (invalidate), miss
    stats = module["stats"]
    assert (stats["hits"], stats["misses"], stats["errors"]) == (1, 2, 0)
    assert (window.result.hits, window.result.misses) == (stats["hits"], stats["misses"])
    assert window.result.hit_rate == pytest.approx(1 / 3, abs=1e-4)
    client = redis.Redis.from_url(redis_url)
    key = next(iter(client.scan_iter(match=prefix + "v:*")))
    assert 0 < client.ttl(key) <= 30


def test_generated_code_refuses_uncacheable_tables(redis_url, prefix):
    code = invalidation_code(
        ttls_s={},
        default_ttl_s=60,
        redis_url=redis_url,
        prefix=prefix,
        uncacheable={"events": "1.2 reads per write"},
    )
    module: dict = {"__name__": "generated_invalidation"}
    exec(compile(code, "invalidation.py", "exec"), module)  # noqa: S102
    with pytest.raises(ValueError, match="do not cache reads of events: 1.2 reads per write"):
        module["cached"]("events")


def test_generated_code_survives_a_dead_redis(prefix):
    code = invalidation_code(
        ttls_s={"orders": 30}, default_ttl_s=60, redis_url="redis://127.0.0.1:1/0", prefix=prefix
    )
    module: dict = {"__name__": "generated_invalidation"}
    exec(compile(code, "invalidation.py", "exec"), module)  # noqa: S102
    double = module["cached"]("orders")(lambda x: 2 * x)
    assert double(21) == 42 and module["stats"]["errors"] == 1
    assert module["invalidate"]("orders") == 0


def test_dead_redis_is_one_sentence_naming_the_url():
    where = r"^Redis at redis://user:\*\*\*@127\.0\.0\.1:1/0 is unreachable"
    with pytest.raises(ServiceError, match=where):
        RedisSampler("redis://user:secret@127.0.0.1:1/0").start()


def test_only_loopback():
    with pytest.raises(UnsafeInputError, match="192.0.2.7 is not on the allow-list"):
        RedisSampler("redis://192.0.2.7:6379/0")
    with pytest.raises(InputError, match="not a Redis URL"):
        RedisSampler("http://127.0.0.1:6379/0")


def test_counter_reset_counts_from_the_reset():
    before = InfoSnapshot(t_s=10.0, hits=1_000, misses=100, evicted=5, expired=9)
    after = InfoSnapshot(t_s=12.5, hits=40, misses=10, evicted=0, expired=1)
    result = hit_rate_between(before, after, url="redis://127.0.0.1:6379/0")
    assert result.counters_reset
    assert (result.hits, result.misses, result.hit_rate, result.window_s) == (40, 10, 0.8, 2.5)
