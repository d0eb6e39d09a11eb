"""Small pure helpers that write PromQL text: selectors, bucket matchers, durations."""

from __future__ import annotations

import re

from perfagent.tools.monitoring.models import EndpointBudget, MetricNames


def quote(value: str) -> str:
    """A PromQL double-quoted string literal.

    >>> quote('a"b')
    '"a\\\\"b"'
    """
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def selector(metric: str, matchers: dict[str, str], regex: dict[str, str] | None = None) -> str:
    """``metric{a="x",b=~"y"}``.

    >>> selector("up", {"job": "shop"}, {"status": "5.."})
    'up{job="shop",status=~"5.."}'
    """
    parts = [f"{k}={quote(v)}" for k, v in matchers.items()]
    parts += [f"{k}=~{quote(v)}" for k, v in (regex or {}).items()]
    return f"{metric}{{{','.join(parts)}}}"


def le_value(seconds: float) -> str:
    """The ``le`` label a client writes for a bucket boundary.

    Go clients write ``1`` and Python clients ``1.0`` for whole numbers (Prometheus 3
    normalises to ``1.0``), so whole numbers get a regex matching both.

    >>> le_value(0.25), le_value(1.0), le_value(10)
    ('"0.25"', '~"1|1.0"', '~"10|10.0"')
    """
    seconds = float(seconds)
    if seconds.is_integer():
        return f'~"{int(seconds)}|{seconds!r}"'
    return f'"{seconds!r}"'


def matching_bucket_s(budget_ms: float, boundaries_s: list[float]) -> float | None:
    """The bucket boundary equal to ``budget_ms`` (to 1 µs), or None.

    >>> matching_bucket_s(500, [0.25, 0.5, 1.0]), matching_bucket_s(200, [0.25, 0.5])
    (0.5, None)
    """
    for boundary in boundaries_s:
        if abs(boundary * 1000 - budget_ms) < 1e-3:
            return boundary
    return None


def route_matchers(service: str, endpoint: EndpointBudget | None, m: MetricNames) -> dict[str, str]:
    """Label matchers for a service and, optionally, one route (and method)."""
    matchers = {m.service_label: service}
    if endpoint is not None:
        matchers[m.route_label] = endpoint.route
        if endpoint.method:
            matchers[m.method_label] = endpoint.method.upper()
    return matchers


def window_h(window: str) -> float:
    """A Prometheus duration in hours.

    >>> window_h("5m"), window_h("1d"), window_h("3d")
    (0.08333333333333333, 24.0, 72.0)
    """
    match = re.fullmatch(r"(\d+)([smhdw])", window)
    if not match:
        raise ValueError(f"{window!r} is not a duration like 5m or 1d")
    scale = {"s": 1 / 3600, "m": 1 / 60, "h": 1.0, "d": 24.0, "w": 168.0}[match.group(2)]
    return int(match.group(1)) * scale


def camel(text: str) -> str:
    """An alert-name fragment from a service or route.

    >>> camel("shop-api"), camel("/api/users/{id}")
    ('ShopApi', 'ApiUsersId')
    """
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[^A-Za-z0-9]+", text) if word)


def slug(text: str) -> str:
    """A lowercase dash-separated name (Sloth SLO names, dashboard uids).

    >>> slug("/api/users/{id}")
    'api-users-id'
    """
    return "-".join(w for w in re.split(r"[^a-z0-9]+", text.lower()) if w) or "root"


def fmt_num(value: float) -> str:
    """A number without float noise.

    >>> fmt_num(14.4 * 0.001), fmt_num(0.2), fmt_num(6.0)
    ('0.0144', '0.2', '6')
    """
    return f"{value:.10g}"
