"""Budgets checked the way Lighthouse CI asserts them, against measured Web Vitals.

An assertion is ``"audit-id": [level, options]`` as in ``lighthouserc.json``'s
``ci.assert.assertions`` (a bare level string means the audit's default check). Levels:
``error`` fails the check, ``warn`` reports, ``off`` skips. Options: ``maxNumericValue``
(or ``minScore`` is not supported: there are no Lighthouse scores here), ``maxLength``
for list audits, and ``aggregationMethod``: ``median`` (the default here),
``optimistic`` (the best run) or ``pessimistic`` (the worst run).

Audits understood:

    largest-contentful-paint, first-contentful-paint, server-response-time (ms)
    cumulative-layout-shift (unitless), total-blocking-time (ms)
    render-blocking-resources   maxLength: how many render-blocking requests
    resource-summary:<type>:size / :count   type = document, script, stylesheet, image,
                                            font, media, other or total; size in bytes

>>> from perfagent.tools.frontend.models import PageVitals, Spread
>>> s = lambda v: Spread(median=v, low=v, high=v, n=1)
>>> page = PageVitals(url="u", runs=[], lcp_ms=s(3100.0), cls=s(0.02), tbt_ms=s(0.0),
...                   transfer_bytes=s(9e5))
>>> assertions = {"largest-contentful-paint": ["error", {"maxNumericValue": 2500}],
...               "cumulative-layout-shift": "warn"}
>>> [(r.audit, r.passed) for r in check(page, assertions)]
[('largest-contentful-paint', False), ('cumulative-layout-shift', True)]
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from perfagent.tools.errors import InputError
from perfagent.tools.frontend.models import PageVitals

Level = Literal["error", "warn", "off"]
NUMERIC = {
    "largest-contentful-paint": ("lcp_ms", 2500.0, "ms"),
    "first-contentful-paint": ("fcp_ms", 1800.0, "ms"),
    "server-response-time": ("ttfb_ms", 800.0, "ms"),
    "cumulative-layout-shift": ("cls", 0.1, ""),
    "total-blocking-time": ("tbt_ms", 200.0, "ms"),
}
TYPES = ("document", "script", "stylesheet", "image", "font", "media", "other", "total")
# The Core Web Vitals "good" thresholds, with TBT for INP (what `perfagent frontend vitals` checks)
DEFAULT: dict[str, Any] = {
    "largest-contentful-paint": ["error", {"maxNumericValue": 2500}],
    "cumulative-layout-shift": ["error", {"maxNumericValue": 0.1}],
    "total-blocking-time": ["warn", {"maxNumericValue": 200}],
    "render-blocking-resources": ["warn", {"maxLength": 0}],
}


class AssertionResult(BaseModel):
    audit: str
    level: Level
    passed: bool
    actual: float | None = Field(None, description="None: the page reported no such value")
    limit: float
    unit: str = ""
    aggregation: str = "median"
    message: str


class VitalsCheck(BaseModel):
    """A page's Web Vitals and the assertions checked against them."""

    vitals: PageVitals
    assertions: list[AssertionResult]

    @property
    def failed(self) -> bool:
        return any(not a.passed and a.level == "error" for a in self.assertions)


def from_budgets(
    *,
    lcp_ms: float | None = None,
    cls: float | None = None,
    inp_ms: float | None = None,
    script_bytes: int | None = None,
) -> dict[str, Any]:
    """Assertions from a target's ``frontend:`` budgets (lcp, cls, inp → TBT, a JS size).

    >>> sorted(from_budgets(lcp_ms=2000, cls=0.05))
    ['cumulative-layout-shift', 'largest-contentful-paint', 'render-blocking-resources',
     'total-blocking-time']
    """
    out = dict(DEFAULT)
    if lcp_ms is not None:
        out["largest-contentful-paint"] = ["error", {"maxNumericValue": lcp_ms}]
    if cls is not None:
        out["cumulative-layout-shift"] = ["error", {"maxNumericValue": cls}]
    if inp_ms is not None:
        out["total-blocking-time"] = ["warn", {"maxNumericValue": inp_ms}]
    if script_bytes is not None:
        out["resource-summary:script:size"] = ["error", {"maxNumericValue": script_bytes}]
    return out


def load_assertions(path: str | Path) -> dict[str, Any]:
    """``lighthouserc.json`` (``ci.assert.assertions``) or a bare assertions object."""
    path = Path(path)
    try:
        data = json.loads(path.read_text())
    except FileNotFoundError:
        raise InputError(f"assertions file {path} does not exist") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON (line {exc.lineno})") from None
    if isinstance(data, dict) and "ci" in data:
        data = data.get("ci", {}).get("assert", {}).get("assertions")
    if not isinstance(data, dict):
        raise InputError(f"{path}: no assertions object (expected ci.assert.assertions)")
    return data


def check(page: PageVitals, assertions: dict[str, Any]) -> list[AssertionResult]:
    """Every assertion that is not ``off``, against ``page``; unknown audits are an error."""
    results = []
    for audit, spec in assertions.items():
        level, options = _parse(audit, spec)
        if level == "off":
            continue
        results.append(_one(page, audit, level, options))
    return results


def _parse(audit: str, spec: Any) -> tuple[Level, dict]:
    if isinstance(spec, str):
        spec = [spec, {}]
    if not (isinstance(spec, list) and spec and spec[0] in ("error", "warn", "off")):
        raise InputError(f'assertion {audit}: write ["error"|"warn"|"off", {{options}}]')
    options = spec[1] if len(spec) > 1 and isinstance(spec[1], dict) else {}
    return spec[0], options


def _pick(page: PageVitals, values: list[float], median: float, method: str) -> float:
    if method == "optimistic":
        return min(values) if values else median
    if method == "pessimistic":
        return max(values) if values else median
    return median


def _one(page: PageVitals, audit: str, level: Level, options: dict) -> AssertionResult:
    method = options.get("aggregationMethod", "median")
    if method not in ("median", "optimistic", "pessimistic", "median-run"):
        raise InputError(
            f"assertion {audit}: aggregationMethod {method!r} is not median, optimistic "
            "or pessimistic"
        )
    if audit in NUMERIC:
        field, default, unit = NUMERIC[audit]
        summary = getattr(page, field)
        if summary is None:  # a budget that cannot be checked does not pass
            limit = float(options.get("maxNumericValue", default))
            return AssertionResult(
                audit=audit,
                level=level,
                passed=False,
                limit=limit,
                unit=unit,
                aggregation=method,
                message=f"{audit}: not measured, the page reported no {field} in "
                f"{len(page.runs)} run(s) (nothing contentful was painted, or the page never "
                "settled): the limit of "
                f"{limit:,.4g}{(' ' + unit) if unit else ''} could not be checked",
            )
        per_run = [getattr(r, field) for r in page.runs if getattr(r, field) is not None]
        actual = _pick(page, per_run, summary.median, method)
        limit = float(options.get("maxNumericValue", default))
    elif audit == "render-blocking-resources":
        actual, limit, unit = (
            float(len(page.render_blocking)),
            float(options.get("maxLength", 0)),
            "requests",
        )
    elif audit.startswith("resource-summary:"):
        actual, limit, unit = _summary(page, audit, options, method)
    else:
        known = [*NUMERIC, "render-blocking-resources", "resource-summary:<type>:size|count"]
        raise InputError(
            f"assertion {audit}: not an audit perfagent measures; known: {', '.join(known)}"
        )
    passed = actual <= limit
    shown = f"{actual:,.4g}{(' ' + unit) if unit else ''}"
    how = (
        "in any run"
        if audit == "render-blocking-resources"
        else f"{method} of {len(page.runs) or 1} run(s)"
    )
    message = (
        f"{audit}: {shown} ({how}) "
        f"{'within' if passed else 'over'} the limit of {limit:,.4g}{(' ' + unit) if unit else ''}"
    )
    return AssertionResult(
        audit=audit,
        level=level,
        passed=passed,
        actual=actual,
        limit=limit,
        unit=unit,
        aggregation=method,
        message=message,
    )


def _summary(page: PageVitals, audit: str, options: dict, method: str) -> tuple[float, float, str]:
    parts = audit.split(":")
    if len(parts) != 3 or parts[1] not in TYPES or parts[2] not in ("size", "count"):
        raise InputError(
            f"assertion {audit}: write resource-summary:<{'|'.join(TYPES)}>:<size|count>"
        )
    kind, what = parts[1], parts[2]
    key = "transfer_bytes" if what == "size" else "requests"

    def of_run(run) -> float:
        totals = run.by_type()
        picked = totals.values() if kind == "total" else [totals[kind]] if kind in totals else []
        return float(sum(getattr(t, key) for t in picked))

    values = [of_run(r) for r in page.runs]
    if values:
        import statistics

        actual = _pick(page, values, statistics.median(values), method)
    else:
        picked = (
            page.by_type.values()
            if kind == "total"
            else [page.by_type[kind]]
            if kind in page.by_type
            else []
        )
        actual = float(sum(getattr(t, key) for t in picked))
    if "maxNumericValue" not in options:
        raise InputError(
            f"assertion {audit}: give maxNumericValue (bytes for size, requests for count)"
        )
    return actual, float(options["maxNumericValue"]), "bytes" if what == "size" else "requests"
