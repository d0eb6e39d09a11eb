"""Adding samples until a verdict keeps the false-verdict rate at its nominal level.

Pure simulation, no processes: thousands of A/A comparisons (both sides drawn from the
same noisy distribution) go through the look schedules compare() uses, and the share
called faster or slower at ANY look must stay within alpha. The same simulation with
a fixed 5% at every look shows the inflation the spending prevents.

The rank test is vectorised over the comparisons; the comparisons it flags at a look go
through the real decision (tools.bench.compare._verdict: interval and test at that
look's level). With ``min_effect=0`` the interval adds no protection, so the test
alone must hold the rate: the hardest case.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import mannwhitneyu

from perfagent.tools.bench.compare import _verdict
from perfagent.tools.bench.models import Sample
from perfagent.tools.bench.sequential import level_at, look_levels, schedule, spent

ALPHA = 0.05
N_COMPARISONS = 1000
# A binomial rate of 0.05 over 1000 comparisons has a standard error of 0.0069: 2.5 of them.
SLACK = 2.5 * (ALPHA * (1 - ALPHA) / N_COMPARISONS) ** 0.5
SCHEDULES = [schedule(20, 60), schedule(10, 40), [5, 10, 15, 20, 25, 30, 35, 40], schedule(3, 9)]


def _noise(rng: np.random.Generator, shape) -> np.ndarray:
    """Per-sample times: lognormal 5% spread with a heavy tail (one run in 20 is 30% slow)."""
    x = rng.lognormal(0.0, 0.05, shape)
    return x * np.where(rng.random(shape) < 0.05, 1.3, 1.0)


def _samples(values) -> list[Sample]:
    return [Sample(wall_s=float(v), cpu_s=0.0, peak_rss_bytes=0, loops=1) for v in values]


def false_verdict_rate(
    looks: list[int],
    levels: list[float],
    *,
    seed: int,
    shift: float = 0.0,
    comparisons: int = N_COMPARISONS,
) -> float:
    rng = np.random.default_rng(seed)
    a = _noise(rng, (comparisons, looks[-1]))
    b = _noise(rng, (comparisons, looks[-1])) * (1.0 + shift)
    called = np.zeros(comparisons, dtype=bool)
    for k, (n, level) in enumerate(zip(looks, levels, strict=True)):
        p = mannwhitneyu(a[:, :n], b[:, :n], alternative="two-sided", axis=1).pvalue
        for i in np.flatnonzero((p < level) & ~called):
            verdict = _verdict(
                _samples(a[i, :n]),
                _samples(b[i, :n]),
                "time",
                0.0,
                level,
                seed=i,
                final=k == len(looks) - 1,
            )[4]
            called[i] = verdict in ("faster", "slower")
    return float(called.mean())


@pytest.mark.parametrize("spending", ["obf", "pocock"])
@pytest.mark.parametrize("looks", SCHEDULES, ids=lambda looks: "-".join(map(str, looks)))
def test_spending_keeps_aa_false_verdicts_within_alpha(looks, spending):
    rate = false_verdict_rate(
        looks, look_levels(looks, alpha=ALPHA, spending=spending), seed=len(looks)
    )
    assert rate <= ALPHA + SLACK, f"{rate:.3f} of A/A comparisons called faster/slower"


def test_a_fixed_level_at_every_look_inflates_the_rate():
    looks = [5, 10, 15, 20, 25, 30, 35, 40]
    naive = false_verdict_rate(looks, [ALPHA] * len(looks), seed=1)
    spent_ = false_verdict_rate(looks, look_levels(looks, alpha=ALPHA), seed=1)
    assert naive > ALPHA + SLACK > spent_  # measured: 0.109 against 0.017


def test_a_real_change_is_still_found():
    looks = schedule(10, 40)
    found = false_verdict_rate(looks, look_levels(looks), seed=3, shift=0.08, comparisons=200)
    assert found > 0.9  # 8% shift against 5% noise: called (slower) in nearly every comparison


def test_a_look_forced_by_the_budget_spends_what_is_left():
    first = level_at(20, previous=0, last=60)
    forced = level_at(27, previous=20, last=60, final=True)
    assert first + forced == pytest.approx(ALPHA)
    assert forced > level_at(30, previous=20, last=60)  # more than the planned look would get
    assert spent(1.0, spending="pocock") == pytest.approx(ALPHA) == spent(1.0)


def test_one_instruction_count_a_side_settles_a_3pct_change_and_not_an_aa():
    """The budget allowed one count a side: the instrument's known noise (0.1% floor) decides."""

    def counts(*values):
        return [
            Sample(wall_s=0.0, cpu_s=0.0, peak_rss_bytes=0, loops=1, instructions=v) for v in values
        ]

    slower = _verdict(
        counts(1_000_000), counts(1_030_100), "instructions", 0.002, ALPHA, seed=0, final=True
    )
    assert slower[4] == "slower"
    same = _verdict(
        counts(1_000_000), counts(1_000_200), "instructions", 0.002, ALPHA, seed=0, final=True
    )
    assert same[4] not in ("faster", "slower")
