"""Histogram buckets for latency SLOs: a p95 budget needs an ``le`` boundary equal to it, so
budgets that are not boundaries get one added (not skipped).

>>> with_budgets([0.1, 0.25, 0.5], [200, 250, None, 1500])
([0.1, 0.2, 0.25, 0.5, 1.5], [0.2, 1.5])
"""

from __future__ import annotations

from collections.abc import Iterable


def with_budgets(
    boundaries_s: Iterable[float], budgets_ms: Iterable[float | None]
) -> tuple[list[float], list[float]]:
    """The boundaries plus one per budget (in seconds), sorted; and the ones that were added."""
    have = sorted(set(boundaries_s))
    added: list[float] = []
    for ms in budgets_ms:
        if ms is None:
            continue
        s = round(ms / 1000.0, 6)
        if not any(abs(s - b) < 1e-6 for b in have + added):
            added.append(s)
    return sorted(have + added), sorted(added)
