"""Two versions of a site in one browser, runs interleaved: what a frontend change does to
the bytes a page and an endpoint send, and to the page's timings.

Both sites are loaded ``runs`` times each in alternating order (A B, B A, A B ...), every
run in a fresh context (a cold cache) followed by a repeat view; an endpoint is fetched
twice by a page of its own origin (cold, then from the browser cache). Every metric is
then judged like the load comparisons (tools.loadtest.compare.change): ratio of medians,
95% bootstrap interval, Mann-Whitney p. Bytes barely vary between runs, so their verdict
is sure from four runs a side (Mann-Whitney p < 0.03); timings on loopback vary and show
the CPU a change costs, not the transfer time it saves on a real network.

``judge`` keeps a change when its primary byte metric got smaller and the page shows no
error it did not show before.

>>> same_errors(["HTTP 404 http://127.0.0.1:8001/a.png"], "http://127.0.0.1:8001")
['HTTP 404 /a.png']
"""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import BaseModel, Field

from perfagent.tools.frontend.browser import launch
from perfagent.tools.frontend.models import EndpointBytes, PageVitals
from perfagent.tools.frontend.vitals import PageSession, check_url, summarize
from perfagent.tools.loadtest.compare import MetricChange, change

RUNS = 4
PAGE_METRICS = ("transfer_bytes", "repeat_transfer_bytes", "lcp_ms", "fcp_ms", "cls")


class SiteComparison(BaseModel):
    page: str | None = None
    endpoint: str | None = None
    runs: int
    changes: list[MetricChange] = Field(default_factory=list)
    before: PageVitals | None = None
    after: PageVitals | None = None
    endpoint_before: list[EndpointBytes] = Field(default_factory=list)
    endpoint_after: list[EndpointBytes] = Field(default_factory=list)
    new_errors: list[str] = Field(
        default_factory=list, description="after only, URLs made relative"
    )


def same_errors(errors: list[str], base: str) -> list[str]:
    return [e.replace(base, "") for e in errors]


def compare_sites(
    before_base: str,
    after_base: str,
    *,
    page: str | None = "/",
    endpoint: str | None = None,
    origin: str | None = None,
    runs: int = RUNS,
    min_effect: float = 0.05,
    quiet_ms: float = 500.0,
    headers: Mapping[str, Mapping[str, str]] | None = None,
) -> SiteComparison:
    """Load ``page`` (a path) and fetch ``endpoint`` (a path) on both bases, interleaved; the
    endpoint is fetched by a page at ``origin`` (a light path of the same site; default
    ``page``). ``headers`` (by side, "before" and "after") are each side's logged-in user's
    (tools.loadtest.auth.session)."""
    for base in (before_base, after_base):
        check_url(base)
    pages: dict[str, list] = {"before": [], "after": []}
    fetched: dict[str, list[EndpointBytes]] = {"before": [], "after": []}
    bases = {"before": before_base.rstrip("/"), "after": after_base.rstrip("/")}
    with launch() as browser:
        session = PageSession(browser, quiet_ms=quiet_ms)
        for i in range(runs):
            for side in ("before", "after") if i % 2 == 0 else ("after", "before"):
                user = (headers or {}).get(side, {})
                if page is not None:
                    pages[side].append(session.run(bases[side] + page, headers=user))
                if endpoint is not None:
                    start = bases[side] + (origin or page or "/")
                    fetched[side].append(
                        session.fetch_twice(start, bases[side] + endpoint, headers=user)
                    )
    result = SiteComparison(
        page=page,
        endpoint=endpoint,
        runs=runs,
        endpoint_before=fetched["before"],
        endpoint_after=fetched["after"],
    )
    if page is not None:
        result.before = summarize(bases["before"] + page, pages["before"])
        result.after = summarize(bases["after"] + page, pages["after"])
        for side, vitals in (("before", result.before), ("after", result.after)):
            vitals.logged_in = any(k.lower() == "cookie" for k in (headers or {}).get(side, {}))
        result.changes += page_changes(result.before, result.after, f"page {page}", min_effect)
        old = set(same_errors(result.before.errors, bases["before"]))
        result.new_errors = [
            e for e in same_errors(result.after.errors, bases["after"]) if e not in old
        ]
    if endpoint is not None:
        scope = f"GET {endpoint}"
        for metric in ("transfer_bytes", "repeat_transfer_bytes"):
            one = _change(
                metric,
                scope,
                [getattr(e, metric) for e in fetched["before"]],
                [getattr(e, metric) for e in fetched["after"]],
                min_effect,
            )
            result.changes += [one] if one else []
    return result


def page_changes(
    before: PageVitals, after: PageVitals, scope: str, min_effect: float
) -> list[MetricChange]:
    """Per metric and per resource type, from the runs of each side."""
    out = []
    for metric in PAGE_METRICS:
        a = [v for v in (_value(r, metric) for r in before.runs) if v is not None]
        b = [v for v in (_value(r, metric) for r in after.runs) if v is not None]
        one = _change(metric, scope, a, b, min_effect)
        out += [one] if one else []
    types = sorted(set(before.by_type) | set(after.by_type))
    for kind in types:
        a = [
            float(r.by_type()[kind].transfer_bytes) if kind in r.by_type() else 0.0
            for r in before.runs
        ]
        b = [
            float(r.by_type()[kind].transfer_bytes) if kind in r.by_type() else 0.0
            for r in after.runs
        ]
        one = _change("transfer_bytes", f"{scope} {kind}", a, b, min_effect)
        out += [one] if one else []
    return out


def _value(run, metric: str) -> float | None:
    value = getattr(run, metric)
    return None if value is None else float(value)


def _change(
    metric: str, scope: str, before: list[float], after: list[float], min_effect: float
) -> MetricChange | None:
    """None when there is nothing to compare (too few values, or a zero before)."""

    if len(before) < 2 or len(after) < 2 or min(before) <= 0:
        return None  # a ratio to zero (a run served all from cache, say) has no interval
    return change(metric, scope, before, after, min_effect=min_effect)


def judge(comparison: SiteComparison, *, metric: str, scopes: list[str]) -> tuple[str, bool, str]:
    """The verdict on the primary byte metric at ``scopes`` (smaller at one, larger at none),
    vetoed by errors the page did not show before."""
    if comparison.new_errors:
        return (
            "failed",
            False,
            (
                "the page shows errors after the change that it did not show "
                "before: " + "; ".join(comparison.new_errors[:3])
            ),
        )
    primary = [c for c in comparison.changes if c.metric == metric and c.scope in scopes]
    if not primary:
        return "inconclusive", False, f"nothing measured {metric} at {' or '.join(scopes)}"
    shown = "; ".join(
        f"{c.scope} {metric} {c.before:,.0f} → {c.after:,.0f} ({(c.ratio - 1) * 100:+.1f}%)"
        for c in primary
    )
    if any(c.verdict == "slower" for c in primary):
        return "slower", False, f"more bytes where the finding is: {shown}"
    if any(c.verdict == "faster" for c in primary):
        return "faster", True, f"fewer bytes where the finding is: {shown}"
    if all(c.verdict == "unchanged" for c in primary):
        return "unchanged", False, f"no change in bytes where the finding is: {shown}: not kept"
    return "inconclusive", False, f"the runs disagree where the finding is: {shown}: not kept"
