"""Statelessness: the cart that keeps sessions in process memory is a scaling blocker
(it fails round robin and passes with affinity); the same cart on Redis is not."""

from __future__ import annotations

import pytest

from perfagent.tools.disposability.stateless import stickiness_test
from tests.disposability.conftest import plan, sessions

pytestmark = pytest.mark.slow

CART = ({"path": "/cart", "weight": 3}, {"path": "/cart/items", "method": "POST"})


def test_sessions_in_process_memory_are_flagged_without_stickiness_and_pass_with_it(haproxy):
    report = stickiness_test(sessions(), plan(*CART, users=8), replicas=3, duration_s=2.0)
    assert report.sticky.error_rate == 0.0  # with affinity every client stays on its replica
    assert report.round_robin.error_rate > 0.3  # 2 of 3 requests land where the session is unknown
    assert report.blocker and set(report.broken_endpoints) == {"GET /cart", "POST /cart/items"}
    assert len(report.round_robin.per_replica) == 3  # the balancer did spread them


def test_sessions_in_a_shared_store_are_not_a_blocker(haproxy, redis_url):
    env = {"SESSIONS_STORE": redis_url}
    report = stickiness_test(
        sessions(env=env),
        plan(*CART, users=8),
        replicas=2,
        duration_s=1.5,
        namespace="perfagent-test-stateless",
    )
    assert report.round_robin.error_rate == 0.0 and report.sticky.error_rate == 0.0
    assert not report.blocker, report.reason
