"""Looking at the samples more than once without inflating the false-verdict rate. Pure.

A comparison that adds samples until it can call a verdict tests the same hypothesis
several times; at a fixed 5% per look, four looks call about 12% of A/A comparisons
faster or slower (tests/bench/test_sequential.py shows it). Here every look ``k`` at
``n_k`` samples per side gets its own level, the increment of a Lan-DeMets
alpha-spending function at the information fraction ``t_k = n_k / n_max``:

- O'Brien-Fleming type: ``alpha(t) = 2 - 2 * Phi(z_{alpha/2} / sqrt(t))`` — almost nothing
  early, nearly all of ``alpha`` at the last look (the default: full power at the end,
  and huge changes still stop early);
- Pocock type: ``alpha(t) = alpha * ln(1 + (e - 1) * t)`` — spread evenly.

The levels add up to ``alpha`` whatever the data, so by the union bound the chance that
*any* look calls an A/A comparison faster or slower is at most ``alpha`` (a little
conservative: exact group-sequential boundaries would be slightly wider). A look forced
early by the time budget spends everything left. The interval a look reports is taken
at ``1 - level``, so the interval and the test agree.

>>> levels = look_levels([10, 20, 30, 40], alpha=0.05, spending="obf")
>>> [f"{x:.5f}" for x in levels]
['0.00009', '0.00549', '0.01805', '0.02637']
>>> round(sum(levels), 10)
0.05
>>> [f"{x:.4f}" for x in look_levels([10, 20, 30, 40], alpha=0.05, spending="pocock")]
['0.0179', '0.0131', '0.0104', '0.0086']
>>> schedule(20, 60)
[20, 30, 40, 50, 60]
>>> level = level_at(25, previous=20, last=60, alpha=0.05, spending="obf", final=True)
>>> level == 0.05 - spent(20 / 60)
True
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Literal

from scipy.stats import norm

Spending = Literal["obf", "pocock"]


def spent(t: float, *, alpha: float = 0.05, spending: Spending = "obf") -> float:
    """Alpha spent by information fraction ``t`` (0 at 0, ``alpha`` at 1)."""
    t = min(max(t, 0.0), 1.0)
    if t == 0.0:
        return 0.0
    if spending == "pocock":
        return alpha * math.log(1.0 + (math.e - 1.0) * t)
    z = norm.isf(alpha / 2.0)
    return float(2.0 - 2.0 * norm.cdf(z / math.sqrt(t)))


def level_at(
    n: int,
    *,
    previous: int,
    last: int,
    alpha: float = 0.05,
    spending: Spending = "obf",
    final: bool = False,
) -> float:
    """The level of a look at ``n`` samples per side after one at ``previous`` (0: none).

    ``final``: no look follows (the budget or ``last`` is reached), so it spends what is left.
    """
    before = spent(previous / last, alpha=alpha, spending=spending)
    now = alpha if final or n >= last else spent(n / last, alpha=alpha, spending=spending)
    return max(now - before, 0.0)


def look_levels(
    looks: Sequence[int], *, alpha: float = 0.05, spending: Spending = "obf"
) -> list[float]:
    """The level of every look of a planned schedule; they add up to ``alpha``."""
    out, previous = [], 0
    for i, n in enumerate(looks):
        out.append(
            level_at(
                n,
                previous=previous,
                last=looks[-1],
                alpha=alpha,
                spending=spending,
                final=i == len(looks) - 1,
            )
        )
        previous = n
    return out


def schedule(first: int, last: int, step: int | None = None) -> list[int]:
    """Looks from ``first`` to ``last`` samples per side, every ``step`` (default: first // 2)."""
    step = max(step or first // 2, 1)
    looks = list(range(first, last + 1, step)) or [first]
    if looks[-1] != last and last > first:
        looks.append(last)
    return looks
