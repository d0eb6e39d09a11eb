"""The README for people: every alert with its threshold and the reason for it.

Rendered from the :class:`MonitoringPlan` records, never from the YAML text; its wording and
layout are templates/readme.md.j2.

>>> from perfagent.tools.monitoring.alerts import plan_monitoring
>>> from perfagent.tools.monitoring.models import MonitoringSpec
>>> text = readme(plan_monitoring(MonitoringSpec(service="shop")))
>>> "14.4x" in text and "2% of the 30-day budget" in text
True
"""

from __future__ import annotations

from perfagent.tools.markdown import cell_text, render
from perfagent.tools.monitoring.burnrate import BURN_WINDOWS, budget_spent_pct
from perfagent.tools.monitoring.models import MonitoringPlan
from perfagent.tools.monitoring.promql import fmt_num, window_h


def _cell(text: str) -> str:
    return cell_text(text)


def readme(plan: MonitoringPlan) -> str:
    """The README (templates/readme.md.j2), from the plan's records."""
    spec = plan.spec
    period = spec.slo_period_days
    budget_pct = round(100 - spec.availability_pct, 9)
    fast = BURN_WINDOWS[0]
    return render(
        "perfagent.tools.monitoring",
        "readme.md.j2",
        spec=spec,
        m=spec.metrics,
        period=period,
        num=fmt_num,
        boundaries=", ".join(fmt_num(b) for b in spec.bucket_boundaries_s),
        added=", ".join(fmt_num(b) for b in spec.buckets_added_s),
        slo_rows=[
            [
                slo.name,
                f"{fmt_num(slo.objective_pct)}% over {period} days",
                f"{fmt_num(round(100 - slo.objective_pct, 9))}% of requests",
                _cell(slo.description),
            ]
            for slo in plan.slos
        ],
        burn_rows=[
            [
                b.severity,
                f"{fmt_num(b.factor)}x",
                b.long_window,
                b.short_window,
                f"{fmt_num(round(b.factor * (100 - spec.availability_pct), 9))}%",
                f"{fmt_num(round(budget_spent_pct(b, period), 2))}% of the {period}-day budget",
            ]
            for b in BURN_WINDOWS
        ],
        fast={
            "factor": fast.factor,
            "long_window": fast.long_window,
            "spent_pct": round(budget_spent_pct(fast, period), 2),
            "hours": period * 24,
            "long_h": window_h(fast.long_window),
            "gone_days": round(period / fast.factor, 1),
            "budget_pct": budget_pct,
            "fires_pct": round(fast.factor * (100 - spec.availability_pct), 9),
        },
        alert_rows=[
            [f"`{a.alert}`", a.labels.get("severity", ""), _cell(a.threshold), _cell(a.why)]
            for group in plan.groups
            for a in group.alerts
        ],
        notes=plan.notes,
    )
