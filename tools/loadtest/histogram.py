"""Latency histograms: response times rounded to about three significant digits.

The child process counts every response into one histogram per endpoint per
second; percentiles and merges are computed here, in the parent, from those counts.
Keys are strings so histograms survive JSON unchanged.

>>> h = {}
>>> for ms in (1.234, 1.236, 2.0, 250.4, 1234.0):
...     add(h, ms)
>>> h
{'1.23': 1, '1.24': 1, '2.0': 1, '250.0': 1, '1230.0': 1}
>>> percentile_ms(h, 0.5), percentile_ms(h, 1.0)
(2.0, 1230.0)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def round_ms(ms: float) -> float:
    """``ms`` to about three significant digits (under 0.5% error), cheap enough per request.

    >>> round_ms(0.12345), round_ms(12.345), round_ms(123.45), round_ms(12345.6)
    (0.123, 12.3, 123.0, 12350.0)
    """
    if ms < 1:
        return round(ms, 3)
    if ms < 10:
        return round(ms, 2)
    if ms < 100:
        return round(ms, 1)
    if ms < 1000:
        return float(round(ms))
    return float(round(ms, -1))


def add(hist: dict[str, int], ms: float, count: int = 1) -> None:
    key = str(round_ms(ms))
    hist[key] = hist.get(key, 0) + count


def merge(hists: Iterable[Mapping[str, int]]) -> dict[str, int]:
    """The sum of several histograms.

    >>> merge([{"1.0": 2}, {"1.0": 1, "3.0": 1}])
    {'1.0': 3, '3.0': 1}
    """
    total: dict[str, int] = {}
    for hist in hists:
        for key, count in hist.items():
            total[key] = total.get(key, 0) + count
    return total


def count(hist: Mapping[str, int]) -> int:
    return sum(hist.values())


def percentile_ms(hist: Mapping[str, int], q: float) -> float | None:
    """The smallest recorded time with at least ``q`` of the responses at or below it.

    None for an empty histogram.

    >>> percentile_ms({"1.0": 98, "50.0": 2}, 0.95), percentile_ms({"1.0": 98, "50.0": 2}, 0.99)
    (1.0, 50.0)
    >>> percentile_ms({}, 0.5) is None
    True
    """
    total = count(hist)
    if total == 0:
        return None
    rank = max(1, -(-q * total // 1))  # ceil(q * total), at least the first response
    seen = 0
    for value in sorted(hist, key=float):
        seen += hist[value]
        if seen >= rank:
            return float(value)
    return max(float(v) for v in hist)


def share_within(hist: Mapping[str, int], limit_ms: float) -> float | None:
    """The share of responses that took at most ``limit_ms``; None for an empty histogram.

    >>> share_within({"1.0": 98, "50.0": 2}, 10.0)
    0.98
    """
    total = count(hist)
    if total == 0:
        return None
    return sum(n for value, n in hist.items() if float(value) <= limit_ms) / total


def max_ms(hist: Mapping[str, int]) -> float | None:
    return max((float(v) for v, c in hist.items() if c), default=None)
