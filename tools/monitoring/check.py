"""The continuous check: time real requests to a live service and compare with the budgets.

Requests go only to allow-listed hosts (loopback by default), checked before anything
is sent; redirects are not followed, so a redirect cannot lead elsewhere. The HTTP
transport is the seam: tests pass a real server or ``httpx.MockTransport``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

import httpx
import numpy as np

from perfagent.tools.errors import InputError, ServiceError, UnsafeInputError
from perfagent.tools.monitoring.models import (
    BudgetCheck,
    EndpointBudget,
    EndpointCheck,
    MonitorReport,
    Quantile,
)
from perfagent.tools.monitoring.promql import fmt_num
from perfagent.tools.sandbox.network import LOOPBACK, host_allowed

PERCENTILES: tuple[tuple[Quantile, float], ...] = (("p50", 50.0), ("p95", 95.0), ("p99", 99.0))


def allowed_host(base_url: str, allow: Sequence[str] = LOOPBACK) -> str:
    """``base_url`` without a trailing slash if its host is allow-listed; else UnsafeInputError.

    Host names other than those listed literally are never resolved (DNS could change
    between this check and the request).

    >>> allowed_host("http://127.0.0.1:8000/")
    'http://127.0.0.1:8000'
    >>> allowed_host("http://example.com")
    Traceback (most recent call last):
    ...
    perfagent.tools.errors.UnsafeInputError: host example.com is not on the monitor allow-list
    (127.0.0.0/8, ::1, localhost); refusing to send requests to it
    """
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"url {base_url!r} must look like http://127.0.0.1:8000")
    name = parts.hostname.lower()
    if host_allowed(name, allow):
        return base_url.rstrip("/")
    raise UnsafeInputError(
        f"host {name} is not on the monitor allow-list ({', '.join(allow)}); "
        "refusing to send requests to it"
    )


def percentile(values: Sequence[float], pct: float) -> float:
    """Linear interpolation between closest ranks (numpy's default).

    >>> percentile([1, 2, 3, 4], 50), percentile([10.0], 99), percentile(list(range(101)), 95)
    (2.5, 10.0, 95.0)
    """
    if len(values) == 0:
        return math.nan
    return float(np.percentile(values, pct))


def compare(
    path: str, durations_ms: Sequence[float], errors: int, budget: EndpointBudget | None
) -> EndpointCheck:
    """Percentiles of one endpoint and their verdicts against ``budget`` (pure).

    >>> c = compare("/a", [10.0] * 19 + [300.0], 0, EndpointBudget(route="/a", p95_ms=200))
    >>> c.p95_ms, c.checks[0].ok, c.checks[0].margin_pct
    (24.5, True, 87.75)
    """
    measured = {name: percentile(durations_ms, pct) for name, pct in PERCENTILES}
    checks = []
    for name, _ in PERCENTILES:
        limit = budget.budget_ms(name) if budget else None
        if limit is None:
            continue
        value = measured[name]
        checks.append(
            BudgetCheck(
                percentile=name,
                budget_ms=limit,
                measured_ms=round(value, 3),
                margin_pct=round(100 * (limit - value) / limit, 2),
                ok=value <= limit,
            )
        )
    return EndpointCheck(
        path=path,
        samples=len(durations_ms),
        errors=errors,
        p50_ms=round(measured["p50"], 3),
        p95_ms=round(measured["p95"], 3),
        p99_ms=round(measured["p99"], 3),
        checks=checks,
    )


def breaches(endpoints: Sequence[EndpointCheck]) -> list[str]:
    """One sentence per breach.

    >>> c = compare("/slow", [300.0] * 20, 0, EndpointBudget(route="/slow", p95_ms=200))
    >>> breaches([c])
    ['/slow p95 is 300 ms, over its 200 ms budget by 50%.']
    """
    out = []
    for e in endpoints:
        if e.errors:
            out.append(
                f"{e.path} answered {e.errors} of {e.samples} requests with an error status."
            )
        for c in e.checks:
            if not c.ok:
                out.append(
                    f"{e.path} {c.percentile} is {fmt_num(round(c.measured_ms, 1))} ms, over its "
                    f"{fmt_num(c.budget_ms)} ms budget by {fmt_num(round(-c.margin_pct, 1))}%."
                )
    return out


def _budget_for(path: str, budgets: Sequence[EndpointBudget]) -> EndpointBudget | None:
    bare = path.split("?", 1)[0]
    return next((b for b in budgets if b.route.split("?", 1)[0] == bare), None)


def check_live(
    base_url: str,
    endpoints: Sequence[str],
    budgets: Sequence[EndpointBudget],
    *,
    samples: int = 50,
    timeout_s: float = 5.0,
    warmup: int = 2,
    transport: httpx.BaseTransport | None = None,
    allow: Sequence[str] = LOOPBACK,
    clock: Callable[[], float] = time.perf_counter,
) -> MonitorReport:
    """Time ``samples`` sequential GETs per endpoint (after ``warmup``) and judge them.

    Raises UnsafeInputError before sending anything when the host is not allow-listed
    or a path is not a path, and ServiceError when the service cannot be reached.
    """
    base = allowed_host(base_url, allow)
    if samples < 1:
        raise InputError(f"samples must be at least 1, not {samples}")
    if not endpoints:
        raise InputError("no endpoints to check: give paths or budgets with paths")
    for path in endpoints:
        if not path.startswith("/") or path.startswith("//"):
            raise UnsafeInputError(
                f"endpoint path {path!r} must start with a single '/' "
                "(a path on the host, not a URL)"
            )
    results = []
    with httpx.Client(
        base_url=base,
        timeout=timeout_s,
        transport=transport,
        follow_redirects=False,
        trust_env=False,
    ) as client:
        for path in endpoints:
            durations, errors = [], 0
            for i in range(warmup + samples):
                start = clock()
                try:
                    response = client.get(path)
                except httpx.TimeoutException:
                    raise ServiceError(
                        f"{base}{path} did not answer within {fmt_num(timeout_s)} s"
                    ) from None
                except httpx.HTTPError as exc:
                    raise ServiceError(
                        f"{base}{path} could not be reached ({type(exc).__name__})"
                    ) from None
                elapsed_ms = (clock() - start) * 1000
                if i < warmup:
                    continue
                durations.append(elapsed_ms)
                errors += response.status_code >= 400
            results.append(compare(path, durations, errors, _budget_for(path, budgets)))
    found = breaches(results)
    return MonitorReport(
        base_url=base, samples_per_endpoint=samples, endpoints=results, ok=not found, breaches=found
    )
