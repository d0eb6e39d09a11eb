"""What every trace rule needs: requests grouped by endpoint, medians, example traces."""

from __future__ import annotations

import statistics
from collections import defaultdict

from perfagent.tools.tracing.models import RequestTrace

MAX_EXAMPLES = 3


def by_endpoint(requests: list[RequestTrace]) -> dict[str, list[RequestTrace]]:
    groups: dict[str, list[RequestTrace]] = defaultdict(list)
    for r in requests:
        groups[r.endpoint].append(r)
    return dict(groups)


def median(values) -> float:
    values = list(values)
    return round(float(statistics.median(values)), 3) if values else 0.0


def share_pct(part_ms: float, whole_ms: float) -> float:
    return round(min(100.0, 100.0 * part_ms / whole_ms), 1) if whole_ms > 0 else 0.0


def examples(requests: list[RequestTrace], key) -> list[str]:
    """Trace ids of the requests where ``key`` is largest: the ones worth opening first."""
    return [r.trace_id for r in sorted(requests, key=key, reverse=True)[:MAX_EXAMPLES]]


def short(text: str, limit: int) -> str:
    """A statement on one line, cut to ``limit`` characters (for titles and tables).

    >>> short("SELECT a\\nFROM t", 40)
    'SELECT a FROM t'
    """
    return " ".join(text.split())[:limit]
