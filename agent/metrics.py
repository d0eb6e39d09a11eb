"""The seed's success metrics, computed from the engagement's measurements only.

    SLA achievement        share of requests within their endpoint's p95 budget (baseline load)
    stability at 3x load   the stress step at three times the baseline's users: errors, p95
    optimization impact    the kept changes' effect on the critical metrics, with intervals
    monitoring coverage    share of budgeted endpoints that have alert rules
    cost efficiency        requests/s per CPU core of the service under the baseline load

A metric that was not measured says why instead of showing a number.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from perfagent.agent.effective import DEFAULT_USERS
from perfagent.agent.state import EngagementState


class SuccessMetric(BaseModel):
    name: str
    value: str
    figure: float | None = None
    basis: str


def success_metrics(state: EngagementState) -> list[SuccessMetric]:
    return [sla(state), stability(state), impact(state), coverage(state), cost_efficiency(state)]


def _no(name: str, why: str) -> SuccessMetric:
    return SuccessMetric(name=name, value="not measured", basis=why)


def sla(state: EngagementState) -> SuccessMetric:
    name = "SLA achievement"
    base = state.load.get("baseline")
    checks = [
        c
        for c in (base.budgets if base else [])
        if c.percentile == "p95" and c.within_share is not None
    ]
    if base is None or not checks:
        return _no(name, "no baseline load test with p95 budgets and recorded latencies")
    requests = {e.name: e.requests for e in base.endpoints}
    total = sum(requests.get(c.endpoint, 0) for c in checks)
    if not total:
        return _no(name, "the baseline load test completed no budgeted request")
    share = (
        sum((c.within_share or 0.0) * requests.get(c.endpoint, 0) for c in checks) / total
    )  # each is set: filtered above
    met = sum(1 for c in checks if c.ok)
    return SuccessMetric(
        name=name,
        value=f"{share:.1%} of requests within their p95 budget",
        figure=share,
        basis=f"baseline load test, {total:,} budgeted requests; {met} of {len(checks)} "
        "endpoints meet their p95 budget",
    )


def stability(state: EngagementState) -> SuccessMetric:
    name = "Stability at 3x normal load"
    stress = state.load.get("stress")
    base = state.load.get("baseline")
    if stress is None or stress.stress is None:
        return _no(name, "no stress test in this phase (the testing and transition phases run one)")
    normal = (
        state.settings.load_users or DEFAULT_USERS
    )  # None: a state whose settings were never resolved
    target = 3 * normal
    steps = [s for s in stress.stress.steps if s.users >= target]
    if not steps:
        top = max((s.users for s in stress.stress.steps), default=0)
        why = f"the stress test stopped at {top} users, below 3x the baseline's {normal}"
        if stress.stress.breaking_users:
            why += f": it broke at {stress.stress.breaking_users} users"
        return SuccessMetric(
            name=name,
            value="unstable before 3x" if stress.stress.breaking_users else "not reached",
            figure=0.0 if stress.stress.breaking_users else None,
            basis=why,
        )
    step = steps[0]
    p95 = f"p95 {step.p95_ms:,.0f} ms" if step.p95_ms is not None else "no p95"
    base_p95 = (
        f" (baseline p95 {base.aggregate.p95_ms:,.0f} ms)" if base and base.aggregate.p95_ms else ""
    )
    verdict = "unstable" if step.broken else "stable"
    return SuccessMetric(
        name=name,
        value=f"{verdict} at {step.users} users",
        figure=0.0 if step.broken else 1.0,
        basis=f"stress step {step.index + 1}: error rate {step.error_rate:.2%}, {p95}{base_p95}, "
        f"{step.ok_rps:,.1f} successful req/s" + (f"; {step.reason}" if step.reason else ""),
    )


def impact(state: EngagementState) -> SuccessMetric:
    name = "Optimization impact"
    kept = [v for v in state.validations.values() if v.kept]
    if not state.validations:
        return _no(
            name,
            "no change was measured in this phase"
            if "validate" not in state.steps
            else "no candidate could be measured without a code edit",
        )
    if not kept:
        return SuccessMetric(
            name=name,
            value="no change kept",
            figure=0.0,
            basis=f"{len(state.validations)} measured, none faster beyond the noise",
        )
    parts = []
    for v in kept:
        for c in v.changes:
            if c.metric == "query_ms" or (c.scope == "all" and c.metric == "p95_ms"):
                parts.append(
                    f"{c.scope[:40] if c.metric == 'query_ms' else 'p95 of all requests'}: "
                    f"{(c.ratio - 1) * 100:+.0f}% [{(c.ci_low - 1) * 100:+.0f}%, "
                    f"{(c.ci_high - 1) * 100:+.0f}%] {c.verdict}"
                )
    return SuccessMetric(
        name=name,
        value=f"{len(kept)} change(s) kept",
        figure=float(len(kept)),
        basis="; ".join(parts),
    )


def coverage(state: EngagementState) -> SuccessMetric:
    name = "Monitoring coverage"
    if state.monitoring is None:
        return _no(name, "this phase has no monitor step")
    rules = Path(state.monitoring.alert_rules)
    if not rules.is_file():
        return _no(name, f"the alert rules file {rules} is gone")
    plan_file = Path(state.monitoring.plan_json)
    if (
        plan_file.is_file()
    ):  # only endpoints that got a latency SLO count (tools/monitoring/models.py)
        from perfagent.tools.monitoring.models import MonitoringPlan

        plan = MonitoringPlan.model_validate_json(plan_file.read_text())
        with_slo = {s.route for s in plan.slos if s.category == "latency"}
        routes = [e.route for e in plan.spec.endpoints]
        if not routes:
            return _no(name, "no endpoint has a latency budget")
        covered = [r for r in routes if r in with_slo]
        share = len(covered) / len(routes)
        missing = [r for r in routes if r not in with_slo]
        return SuccessMetric(
            name=name,
            value=f"{share:.0%} of budgeted endpoints have a latency SLO",
            figure=share,
            basis=f"{len(covered)} of {len(routes)} budgeted routes have an SLO and its burn-rate "
            f"alerts in {rules.name}" + (f"; none for {', '.join(missing)}" if missing else ""),
        )
    text = rules.read_text()
    budgeted = [
        e
        for e in (state.spec.load.service.endpoints if state.spec.load else [])
        if any(getattr(e.budget, f"{p}_ms", None) for p in ("p50", "p95", "p99"))
    ]
    if not budgeted:
        return _no(name, "no endpoint has a latency budget")
    alerted = [e for e in budgeted if e.path.split("?")[0] in text]
    share = len(alerted) / len(budgeted)
    return SuccessMetric(
        name=name,
        value=f"{share:.0%} of budgeted endpoints alerted",
        figure=share,
        basis=f"{len(alerted)} of {len(budgeted)} budgeted endpoints have rules in {rules.name}",
    )


def cost_efficiency(state: EngagementState) -> SuccessMetric:
    name = "Cost efficiency"
    base = state.load.get("baseline")
    if base is None or base.server is None or not base.server.cpu_pct_mean:
        return _no(name, "no baseline load test with the server's CPU sampled")
    cores = base.server.cpu_pct_mean / 100.0
    per_core = base.aggregate.rps / cores
    return SuccessMetric(
        name=name,
        value=f"{per_core:,.1f} req/s per CPU core",
        figure=per_core,
        basis=f"{base.aggregate.rps:,.1f} req/s at {base.server.cpu_pct_mean:.0f}% of a core "
        "(server and its children, psutil) under the baseline load",
    )
