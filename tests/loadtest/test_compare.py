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


def _p50_settled(changes) -> bool:
    return next(c for c in changes if (c.scope, c.metric) == ("all", "p50_ms")).verdict != (
        "inconclusive"
    )


@pytest.mark.slow
def test_a_server_four_times_faster_is_called_faster(start_server):
    slow = start_server("--capacity", "50", "--service-ms", "40")
    fast = start_server("--capacity", "50", "--service-ms", "10")
    result = compare_load(
        _plan,
        slow.base_url,
        fast.base_url,
        rounds=2,
        before_pid=slow.pid,
        after_pid=fast.pid,
        max_rounds=6,
        settled=_p50_settled,
    )
    by = {(c.scope, c.metric): c for c in result.changes}
    p50 = by[("all", "p50_ms")]
    assert p50.verdict == "faster" and p50.ci_high < 0.5, p50
    # Rounds were added only until the verdict settled: a look after every round from the second
    # on, each at a small share of the 5% (four samples a side cannot reach the first look's).
    assert result.stopped == "settled" and result.rounds < 6, result.looks
    assert result.looks == list(range(2, result.rounds + 1))
    # More requests per second reads as better. Beside two CPU-bound processes Locust itself can be
    # the bottleneck and cap both sides' throughput: then "inconclusive" is the honest verdict
    # (seen in 1 of 3 loaded runs), but never "slower".
    assert by[("all", "rps")].verdict in {"faster", "inconclusive"}, by[("all", "rps")]
    assert len(result.before_runs) == len(result.after_runs) == result.rounds


@pytest.mark.slow
def test_the_same_server_twice_is_never_called_faster_or_slower(start_server):
    a = start_server("--capacity", "50", "--service-ms", "20")
    b = start_server("--capacity", "50", "--service-ms", "20")
    result = compare_load(_plan, a.base_url, b.base_url, rounds=2, min_effect=0.10)
    verdicts = {c.verdict for c in result.changes if c.scope == "all"}
    assert verdicts <= {"unchanged", "inconclusive"}, [
        (c.metric, c.ratio, c.verdict) for c in result.changes
    ]


def _short(host: str) -> LoadPlan:
    return LoadPlan(host=host, endpoints=[{"path": "/limited"}], users=2, duration_s=2)


@pytest.mark.slow
@pytest.mark.heavy  # six load runs, about 25 s here; the settling itself is in the test above
def test_rounds_are_added_while_unsettled_up_to_the_maximum_or_the_budget(start_server):
    from perfagent.tools.bench.sequential import spent

    a = start_server("--capacity", "50", "--service-ms", "5")
    b = start_server("--capacity", "50", "--service-ms", "5")
    looked: list[int] = []

    def never(changes) -> bool:
        looked.append(len(changes))
        return False

    result = compare_load(_short, a.base_url, b.base_url, rounds=1, max_rounds=2, settled=never)
    assert (result.rounds, result.looks, result.stopped) == (2, [1, 2], "max_rounds")
    assert len(result.before_runs) == len(result.after_runs) == 2
    # the first look was asked; the last spends all that is left of the 5%
    assert len(looked) == 1 and result.level == pytest.approx(0.05 - spent(0.5))
    # Past the time budget no round is added, whatever the verdict.
    capped = compare_load(
        _short, a.base_url, b.base_url, rounds=1, max_rounds=5, settled=never, budget_s=0.0
    )
    assert (capped.rounds, capped.stopped, capped.level) == (1, "budget", 0.05)


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


@pytest.mark.slow
def test_a_change_whose_requests_fail_is_slower_however_quick_its_errors(start_server):
    """The after server turns away all but one request at a time with a quick 503: its latencies
    are lower, and the change is still rejected for the requests it failed."""
    from perfagent.agent.state import Candidate
    from perfagent.agent.trial import _judge, overall_verdict

    before = start_server("--capacity", "50", "--service-ms", "20")
    after = start_server("--capacity", "1", "--service-ms", "20")
    result = compare_load(_plan, before.base_url, after.base_url, rounds=2)
    by = {(c.scope, c.metric): c for c in result.changes}
    errors = by[("all", "error_rate")]
    assert errors.verdict == "slower" and errors.before == 0 and errors.after > 0.3, errors
    assert "requests failed after, 0 of" in errors.why
    candidate = Candidate(
        id="c", finding_id="f", kind="code", title="t", change="c", endpoint="GET /limited"
    )
    verdict, kept, why = _judge(candidate, result.changes)
    assert (verdict, kept) == ("slower", False) and why.startswith("more requests failed"), why
    assert overall_verdict(result.changes) == "slower"


def test_error_answers_on_both_sides_judge_nothing():
    """Most requests failed before and after (an app user with no grants on either database
    copy): a quicker p50 of error answers keeps no index and no edit."""
    from perfagent.agent.state import Candidate
    from perfagent.agent.trial import _judge, overall_verdict
    from perfagent.tools.loadtest.compare import change, error_change

    quicker = change("p50_ms", "all", [50.0, 51, 49] * 5, [10.0, 11, 9] * 5, min_effect=0.05)
    changes = [quicker, error_change("all", (390, 400), (395, 400))]
    assert quicker.verdict == "faster" and overall_verdict([quicker]) == "faster"
    assert overall_verdict(changes) == "inconclusive"
    candidate = Candidate(id="c", finding_id="f", kind="code", title="t", change="c")
    verdict, kept, why = _judge(candidate, changes)
    assert (verdict, kept) == ("inconclusive", False) and "most requests failed on both" in why
