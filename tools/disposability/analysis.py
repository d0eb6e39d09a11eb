"""Pure reductions of what a disposability test measured: no processes, no clocks.

>>> t = Timeline(started_wall=0.0, ended_wall=4.0, names=["GET /"],
...              start_s=[0.1, 0.9, 1.9, 1.95, 2.5, 3.5], end_s=[0.2, 1.0, 2.1, 2.2, 2.6, 3.6],
...              status=[200, 200, 200, 502, 200, 200], ok=[True, True, True, False, True, True],
...              endpoint=[0] * 6)
>>> in_flight_at(t, 2.0), failures_after(t, 2.0), failures_before(t, 2.0)
(2, 1, 0)
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence

from perfagent.tools.disposability.models import EventSeries, Marker, Timeline


def in_flight_at(t: Timeline, at_s: float) -> int:
    """Requests started before ``at_s`` and not finished by then."""
    return sum(1 for s, e in zip(t.start_s, t.end_s, strict=True) if s <= at_s < e)


def failures_after(t: Timeline, at_s: float) -> int:
    """Failed requests that ended at or after ``at_s`` (those the event can have caused)."""
    return sum(1 for e, ok in zip(t.end_s, t.ok, strict=True) if e >= at_s and not ok)


def failures_before(t: Timeline, at_s: float) -> int:
    return sum(1 for e, ok in zip(t.end_s, t.ok, strict=True) if e < at_s and not ok)


def binned(t: Timeline, bin_s: float, markers: Sequence[Marker] = ()) -> EventSeries:
    """Successful and failed responses per second, in bins of ``bin_s`` by completion time;
    a last partial bin (users finishing their requests after the end) is left out.

    >>> t = Timeline(started_wall=0, ended_wall=1.0, start_s=[0, 0, 0], end_s=[0.1, 0.2, 0.7],
    ...              status=[200, 0, 200], ok=[True, False, True], endpoint=[0, 0, 0])
    >>> s = binned(t, 0.5)
    >>> s.t_s, s.ok_per_s, s.errors_per_s
    ([0.0, 0.5], [2.0, 2.0], [2.0, 0.0])
    """
    n = max(1, int(t.duration_s / bin_s + 1e-9))
    ok, bad = [0] * n, [0] * n
    for end, good in zip(t.end_s, t.ok, strict=True):
        i = max(0, int(end / bin_s))
        if i >= n:
            continue
        if good:
            ok[i] += 1
        else:
            bad[i] += 1
    return EventSeries(
        bin_s=bin_s,
        t_s=[round(i * bin_s, 4) for i in range(n)],
        ok_per_s=[c / bin_s for c in ok],
        errors_per_s=[c / bin_s for c in bad],
        markers=list(markers),
    )


def baseline_rate(series: EventSeries, at_s: float, *, skip_s: float = 1.0) -> float:
    """The median successful rate before the event, after the users' ramp (``skip_s``).

    >>> s = EventSeries(bin_s=0.5, t_s=[0, 0.5, 1, 1.5, 2], ok_per_s=[1, 10, 12, 11, 0],
    ...                 errors_per_s=[0] * 5)
    >>> baseline_rate(s, 2.0, skip_s=0.5)
    11.0
    """
    window = [
        r
        for t, r in zip(series.t_s, series.ok_per_s, strict=True)
        if t >= skip_s and t + series.bin_s <= at_s
    ]
    if not window:
        window = [
            r for t, r in zip(series.t_s, series.ok_per_s, strict=True) if t + series.bin_s <= at_s
        ]
    return statistics.median(window) if window else 0.0


def recovery_s(
    series: EventSeries,
    at_s: float,
    *,
    baseline_rps: float,
    fraction: float = 0.9,
    window_s: float = 1.0,
    end_s: float | None = None,
) -> float | None:
    """Seconds from the event until a ``window_s`` window with no errors and at least ``fraction``
    of the baseline rate begins; the window must fit in the run. None: it never did.

    >>> s = EventSeries(bin_s=0.5, t_s=[0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5],
    ...                 ok_per_s=[10, 10, 2, 6, 10, 10, 10, 10],
    ...                 errors_per_s=[0, 0, 4, 0, 0, 0, 0, 0])
    >>> recovery_s(s, 1.0, baseline_rps=10)
    1.0
    >>> recovery_s(s, 1.0, baseline_rps=20) is None
    True
    """
    end = end_s if end_s is not None else (series.t_s[-1] + series.bin_s if series.t_s else 0.0)
    per_window = max(1, round(window_s / series.bin_s))
    bins = list(zip(series.t_s, series.ok_per_s, series.errors_per_s, strict=True))
    first = next((i for i, (t, _, _) in enumerate(bins) if t + series.bin_s > at_s), None)
    if first is None:
        return None
    for i in range(first, len(bins) - per_window + 1):
        window = bins[i : i + per_window]
        if window[-1][0] + series.bin_s > end + 1e-9:
            break
        rate = sum(b[1] for b in window) / per_window
        if all(b[2] == 0 for b in window) and rate >= fraction * baseline_rps:
            return round(max(0.0, window[0][0] - at_s), 4)
    return None


def trend_per_s(t_s: Sequence[float], values: Sequence[float]) -> float:
    """Least-squares slope of ``values`` over time (units per second); 0 for under 2 points.

    >>> trend_per_s([0, 1, 2, 3], [0, 2, 4, 6]), trend_per_s([0, 1, 2], [5, 5, 5])
    (2.0, 0.0)
    """
    if len(t_s) < 2:
        return 0.0
    mt, mv = statistics.fmean(t_s), statistics.fmean(values)
    den = sum((t - mt) ** 2 for t in t_s)
    if den == 0:
        return 0.0
    return sum((t - mt) * (v - mv) for t, v in zip(t_s, values, strict=True)) / den


def queue_bounded(
    t_s: Sequence[float],
    depth: Sequence[int],
    *,
    sustain_from_s: float,
    sustain_to_s: float,
    rate_per_s: float,
) -> tuple[bool, float]:
    """Bounded when the depth does not grow over the second half of the sustained phase by
    more than a tenth of the arrival rate (or half a job per second at low rates).

    >>> phase = dict(sustain_from_s=0, sustain_to_s=4, rate_per_s=20)
    >>> queue_bounded([0, 1, 2, 3, 4], [50, 10, 0, 1, 0], **phase)
    (True, 0.0)
    >>> queue_bounded([0, 1, 2, 3, 4], [50, 60, 70, 80, 90], **phase)
    (False, 10.0)
    """
    half = sustain_from_s + (sustain_to_s - sustain_from_s) / 2
    points = [(t, d) for t, d in zip(t_s, depth, strict=True) if half <= t <= sustain_to_s]
    growth = trend_per_s([p[0] for p in points], [p[1] for p in points])
    return growth <= max(0.5, 0.1 * rate_per_s), round(growth, 4)


def percentile(values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile; None for no values.

    >>> percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95), percentile([], 0.5)
    (10, None)
    """
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


def window_stats(t: Timeline, from_s: float, to_s: float) -> tuple[int, int, float | None]:
    """Requests, failures and p95 latency (ms) of requests that ended within [from_s, to_s).

    >>> t = Timeline(started_wall=0, ended_wall=2, start_s=[0.0, 0.5, 1.0], end_s=[0.1, 0.7, 1.5],
    ...              status=[200, 500, 200], ok=[True, False, True], endpoint=[0, 0, 0])
    >>> window_stats(t, 0.0, 1.0)
    (2, 1, 200.0)
    """
    latencies, failures = [], 0
    for s, e, ok in zip(t.start_s, t.end_s, t.ok, strict=True):
        if from_s <= e < to_s:
            latencies.append((e - s) * 1000)
            failures += not ok
    p95 = percentile(latencies, 0.95)
    return len(latencies), failures, round(p95, 3) if p95 is not None else None


def error_rates_by_endpoint(t: Timeline) -> dict[str, float]:
    """The share of failed requests per endpoint name.

    >>> t = Timeline(started_wall=0, ended_wall=1, names=["a", "b"], start_s=[0] * 3,
    ...              end_s=[0.1] * 3, status=[200, 401, 200], ok=[True, False, True],
    ...              endpoint=[0, 1, 1])
    >>> error_rates_by_endpoint(t)
    {'a': 0.0, 'b': 0.5}
    """
    totals: dict[str, list[int]] = {}
    for index, ok in zip(t.endpoint, t.ok, strict=True):
        name = t.names[index] if 0 <= index < len(t.names) else "?"
        row = totals.setdefault(name, [0, 0])
        row[0] += 1
        row[1] += not ok
    return {name: round(bad / n, 6) for name, (n, bad) in totals.items()}
