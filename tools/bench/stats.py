"""Pure statistics over samples: summaries, outliers, bootstrap intervals, rank tests.

No timing and no I/O here; everything takes lists of numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import stats as _st

from perfagent.tools.bench.models import Summary


def summarize(values: Sequence[float]) -> Summary:
    """Summary of ``values``; outliers flagged by Tukey fences (1.5 IQR), never dropped.

    >>> s = summarize([1.0, 2.0, 3.0, 4.0, 100.0])
    >>> s.median, s.min, s.max, s.outliers
    (3.0, 1.0, 100.0, [4])
    >>> round(s.mad, 3)
    1.0
    """
    if len(values) == 0:
        raise ValueError("cannot summarize an empty sample")
    x = np.asarray(values, dtype=float)
    q1, q3 = np.percentile(x, [25, 75])
    iqr = q3 - q1
    low, high = q1 - 1.5 * iqr, q3 + 1.5 * iqr
    mean = float(x.mean())
    stdev = float(x.std(ddof=1)) if len(x) > 1 else 0.0
    median = float(np.median(x))
    return Summary(
        n=len(x),
        min=float(x.min()),
        max=float(x.max()),
        mean=mean,
        median=median,
        stdev=stdev,
        mad=float(np.median(np.abs(x - median))),
        p50=float(np.percentile(x, 50)),
        p95=float(np.percentile(x, 95)),
        p99=float(np.percentile(x, 99)),
        cv=stdev / mean if mean else 0.0,
        outliers=[i for i, v in enumerate(x) if v < low or v > high],
    )


def ratio_of_medians_ci(
    a: Sequence[float],
    b: Sequence[float],
    *,
    confidence: float = 0.95,
    n_resamples: int = 4000,
    seed: int = 0,
) -> tuple[float, float, float]:
    """median(b)/median(a) with a percentile bootstrap confidence interval.

    The seed is fixed so the same samples always give the same interval.

    >>> r, lo, hi = ratio_of_medians_ci([10, 11, 10, 9, 10] * 4, [20, 22, 20, 18, 20] * 4)
    >>> r, lo <= 2.0 <= hi
    (2.0, True)
    """
    xa = np.asarray(a, dtype=float)
    xb = np.asarray(b, dtype=float)
    ratio = float(np.median(xb) / np.median(xa))
    if len(xa) < 2 or len(xb) < 2:
        return ratio, float("-inf"), float("inf")
    rng = np.random.default_rng(seed)
    ia = rng.integers(0, len(xa), size=(n_resamples, len(xa)))
    ib = rng.integers(0, len(xb), size=(n_resamples, len(xb)))
    boot = np.median(xb[ib], axis=1) / np.median(xa[ia], axis=1)
    tail = (1.0 - confidence) / 2.0 * 100.0
    lo, hi = np.percentile(boot, [tail, 100.0 - tail])
    return ratio, float(lo), float(hi)


def mann_whitney_p(a: Sequence[float], b: Sequence[float]) -> float:
    """Two-sided Mann-Whitney U p-value; 1.0 when there is nothing to test.

    >>> mann_whitney_p([1, 2, 3, 4, 5, 6], [11, 12, 13, 14, 15, 16]) < 0.01
    True
    >>> mann_whitney_p([1.0, 1.0], [1.0, 1.0])
    1.0
    """
    if len(a) < 2 or len(b) < 2:
        return 1.0
    if np.ptp(np.concatenate([np.asarray(a, float), np.asarray(b, float)])) == 0:
        return 1.0
    return float(_st.mannwhitneyu(a, b, alternative="two-sided").pvalue)


def welch_p(a: Sequence[float], b: Sequence[float]) -> float:
    """Two-sided Welch t-test p-value, for near-deterministic values (instruction counts).

    A rank test cannot reach p < 0.05 with three values a side; instruction counts
    vary by ~0.02%, so a parametric test on them is sound.

    >>> welch_p([1000.0, 1000.2, 999.9], [1010.0, 1010.1, 1009.8]) < 0.001
    True
    >>> welch_p([5.0, 5.0, 5.0], [5.0, 5.0, 5.0])
    1.0
    """
    xa, xb = np.asarray(a, float), np.asarray(b, float)
    if len(xa) < 2 or len(xb) < 2:
        return 1.0
    if xa.var() == 0 and xb.var() == 0:
        return 1.0 if xa.mean() == xb.mean() else 0.0
    return float(_st.ttest_ind(xa, xb, equal_var=False).pvalue)


def lognormal_floor(
    a: Sequence[float], b: Sequence[float], *, floor_cv: float, confidence: float
) -> tuple[float, float, float, float]:
    """Ratio of means B/A, its interval and a two-sided p-value, on the log scale, with the
    relative noise taken as at least ``floor_cv`` (a property of the instrument, known in
    advance: instruction counts repeat to ~0.02% here). For one or two values a side, where a
    t-test has nothing to estimate the noise from.

    >>> r, lo, hi, p = lognormal_floor([1000.0], [1030.0], floor_cv=0.001, confidence=0.95)
    >>> round(r, 3), lo > 1.02, p < 1e-6
    (1.03, True, True)
    >>> r, lo, hi, p = lognormal_floor([1000.0], [1000.2], floor_cv=0.001, confidence=0.95)
    >>> p > 0.5, 0.99 < lo < 1.0 < hi < 1.01
    (True, True)
    """
    la, lb = np.log(np.asarray(a, float)), np.log(np.asarray(b, float))
    pooled = [x.std(ddof=1) for x in (la, lb) if len(x) > 1]
    sd = max([floor_cv, *pooled])
    se = sd * float(np.sqrt(1 / len(la) + 1 / len(lb)))
    diff = float(lb.mean() - la.mean())
    z = _st.norm.isf((1 - confidence) / 2)
    p = float(2 * _st.norm.sf(abs(diff) / se))
    return float(np.exp(diff)), float(np.exp(diff - z * se)), float(np.exp(diff + z * se)), p
