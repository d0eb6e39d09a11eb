"""Statistics on known samples, and the verdict on synthetic samples (pure, no timing)."""

from __future__ import annotations

import numpy as np
import pytest

from perfagent.tools.bench import decide, mann_whitney_p, ratio_of_medians_ci, summarize
from perfagent.tools.bench.stats import welch_p


def test_summary_of_known_values():
    s = summarize([10.0, 12.0, 11.0, 13.0, 9.0, 50.0])
    assert s.n == 6
    assert s.min == 9.0 and s.max == 50.0
    assert s.median == pytest.approx(11.5)
    assert s.mean == pytest.approx(17.5)
    assert s.stdev == pytest.approx(np.std([10, 12, 11, 13, 9, 50], ddof=1))
    assert s.mad == pytest.approx(1.5)
    assert s.outliers == [5]  # 50 is flagged, and kept
    assert s.cv == pytest.approx(s.stdev / s.mean)


def test_percentiles_follow_numpy():
    values = list(range(1, 101))
    s = summarize(values)
    assert s.p50 == pytest.approx(50.5)
    assert s.p95 == pytest.approx(np.percentile(values, 95))
    assert s.p99 == pytest.approx(np.percentile(values, 99))
    assert s.outliers == []


def test_empty_sample_is_refused():
    with pytest.raises(ValueError):
        summarize([])


def test_ratio_interval_covers_the_true_ratio_and_is_repeatable():
    rng = np.random.default_rng(1)
    a = rng.normal(100, 2, 30)
    b = rng.normal(110, 2, 30)
    first = ratio_of_medians_ci(a, b)
    assert first == ratio_of_medians_ci(a, b)  # seeded: same samples, same interval
    ratio, lo, hi = first
    assert lo < 1.10 < hi
    assert lo < ratio < hi


def test_rank_and_t_tests_separate_shifted_samples():
    rng = np.random.default_rng(2)
    a, b = rng.normal(100, 1, 20), rng.normal(103, 1, 20)
    assert mann_whitney_p(a, b) < 0.001
    assert mann_whitney_p(a, a) > 0.9
    assert welch_p([1e9, 1e9 + 10, 1e9 - 5], [1.005e9, 1.005e9 + 3, 1.005e9 - 8]) < 1e-6


def _verdict(a, b, min_effect=0.02):
    ratio, lo, hi = ratio_of_medians_ci(a, b)
    return decide(
        ratio=ratio, ci_low=lo, ci_high=hi, p_value=mann_whitney_p(a, b), min_effect=min_effect
    )[0]


@pytest.mark.parametrize(("cv", "n"), [(0.01, 20), (0.02, 60)])
def test_aa_stays_unchanged_on_synthetic_noise(cv, n):
    # 1% noise with 20 samples, or 2% with the 60 an adaptive comparison grows to.
    rng = np.random.default_rng(3)
    verdicts = [_verdict(rng.lognormal(0, cv, n), rng.lognormal(0, cv, n)) for _ in range(200)]
    wrong = sum(v in ("faster", "slower") for v in verdicts)
    assert wrong / len(verdicts) <= 0.05
    assert verdicts.count("unchanged") >= 0.9 * len(verdicts)


def test_aa_with_too_much_noise_says_so_instead_of_guessing():
    rng = np.random.default_rng(7)
    verdicts = [
        _verdict(rng.lognormal(0, 0.05, 10), rng.lognormal(0, 0.05, 10)) for _ in range(100)
    ]
    assert sum(v in ("faster", "slower") for v in verdicts) <= 5
    assert verdicts.count("inconclusive") > 50


def test_clear_slowdown_and_speedup_are_called():
    rng = np.random.default_rng(4)
    base = rng.lognormal(0, 0.01, 20)
    assert _verdict(base, rng.lognormal(np.log(1.10), 0.01, 20)) == "slower"
    assert _verdict(base, rng.lognormal(np.log(0.90), 0.01, 20)) == "faster"


def test_effect_near_threshold_with_wide_noise_is_inconclusive():
    rng = np.random.default_rng(5)
    a = rng.lognormal(0, 0.05, 10)
    b = rng.lognormal(np.log(1.02), 0.05, 10)
    assert _verdict(a, b) == "inconclusive"


def test_significant_but_tiny_change_is_unchanged():
    rng = np.random.default_rng(6)
    a = rng.lognormal(0, 0.001, 40)
    b = rng.lognormal(np.log(1.005), 0.001, 40)
    assert mann_whitney_p(a, b) < 0.01
    assert _verdict(a, b) == "unchanged"
