"""Before/after under load: two real servers, alternating rounds, verdicts with intervals."""

from __future__ import annotations

import pytest

from perfagent.tools.loadtest.compare import compare_load, per_second_samples
from perfagent.tools.loadtest.plan import LoadPlan
from perfagent.tools.loadtest.results import RawRun, SecondBucket


def test_per_second_samples_skip_the_ramp_and_thin_seconds():
    raw = RawRun(
        started_wall=100.0,
        ended_wall=104.0,
        endpoints={"GET /a": ["GET", "/a"]},
        buckets=[
            SecondBucket(
                t=100, name="GET /a", requests=5, hist={"50.0": 5}
            ),  # ramp second: dropped
            SecondBucket(t=101, name="GET /a", requests=4, hist={"10.0": 4}),
            SecondBucket(
                t=102, name="GET /a", requests=2, hist={"12.0": 2}
            ),  # too few for percentiles
            SecondBucket(t=103, name="GET /a", requests=3, hist={"11.0": 3}),
        ],
    )
    samples = per_second_samples(raw)
    assert samples["GET /a"]["rps"] == [4.0, 2.0, 3.0]
    assert samples["GET /a"]["p50_ms"] == [10.0, 11.0]
    assert samples["all"]["p95_ms"] == [10.0, 11.0]


def _plan(host: str) -> LoadPlan:
    return LoadPlan(host=host, endpoints=[{"path": "/limited"}], users=3, duration_s=3)


@pytest.mark.slow
def test_a_server_four_times_faster_is_called_faster(start_server):
    slow = start_server("--capacity", "50", "--service-ms", "40")
    fast = start_server("--capacity", "50", "--service-ms", "10")
    result = compare_load(
        _plan, slow.base_url, fast.base_url, rounds=2, before_pid=slow.pid, after_pid=fast.pid
    )
    by = {(c.scope, c.metric): c for c in result.changes}
    p50 = by[("all", "p50_ms")]
    assert p50.verdict == "faster" and p50.ci_high < 0.5, p50
    # More requests per second reads as better. Beside two CPU-bound processes Locust itself can be
    # the bottleneck and cap both sides' throughput: then "inconclusive" is the honest verdict
    # (seen in 1 of 3 loaded runs), but never "slower".
    assert by[("all", "rps")].verdict in {"faster", "inconclusive"}, by[("all", "rps")]
    assert len(result.before_runs) == len(result.after_runs) == 2


@pytest.mark.slow
def test_the_same_server_twice_is_never_called_faster_or_slower(start_server):
    a = start_server("--capacity", "50", "--service-ms", "20")
    b = start_server("--capacity", "50", "--service-ms", "20")
    result = compare_load(_plan, a.base_url, b.base_url, rounds=2, min_effect=0.10)
    verdicts = {c.verdict for c in result.changes if c.scope == "all"}
    assert verdicts <= {"unchanged", "inconclusive"}, [
        (c.metric, c.ratio, c.verdict) for c in result.changes
    ]


def test_few_samples_need_a_clear_difference_to_be_called_slower():
    from perfagent.tools.loadtest.compare import change

    # +30% and an interval above 1, from 7 vs 9 samples at p=0.014: the shape that flipped
    # between runs
    noisy = change(
        "p50_ms",
        "all",
        [13.0, 9, 12, 10, 11, 9, 10],
        [14.0, 15, 13, 14, 11, 13, 10, 15, 13],
        min_effect=0.05,
    )
    assert noisy.verdict == "inconclusive" and "only 7 vs 9 samples" in noisy.why
    clear = change(
        "p50_ms", "all", [11.0, 12, 11, 12, 13, 11], [40.0, 41, 42, 40, 43, 41], min_effect=0.05
    )
    assert clear.verdict == "slower"  # four times slower, every sample: a verdict even from 6 vs 6
