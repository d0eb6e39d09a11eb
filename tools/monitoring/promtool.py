"""promtool: a generated rule unit test (pure), and running ``promtool`` (the one seam).

The unit test feeds synthetic ``http_requests_total`` series to the generated rules:

- *fast burn*: 20% errors for 70 minutes (200x the 0.1% budget): the page alert
  fires, and so do the ticket alert and the error-rate alert;
- *healthy*: 0.05% errors (half the budget): neither fires;
- *recovered*: 20% errors for an hour, then none: 35 minutes later the page has
  stopped (its short windows, 5m and 30m, are clean) while the ticket still fires.

promtool comes from Debian's ``prometheus`` package (``/usr/bin/promtool``).
"""

from __future__ import annotations

import shutil
import signal
import subprocess
from collections.abc import Callable
from pathlib import Path

import yaml
from pydantic import BaseModel

from perfagent.tools.errors import ServiceError, ToolMissingError
from perfagent.tools.monitoring.burnrate import slo_labels
from perfagent.tools.monitoring.models import AlertRule, MonitoringPlan, SLODef
from perfagent.tools.monitoring.promql import selector

Runner = Callable[..., subprocess.CompletedProcess]


class PromtoolResult(BaseModel):
    command: list[str]
    ok: bool
    output: str


def _series(plan: MonitoringPlan, status: str) -> str:
    m = plan.spec.metrics
    route = plan.spec.endpoints[0].route if plan.spec.endpoints else "/"
    return selector(
        m.requests_total,
        {m.service_label: plan.spec.service, m.route_label: route, m.status_label: status},
    )


def _error_status(plan: MonitoringPlan) -> str:
    """A status value the error regex matches (``5..`` → 500)."""
    import re

    for candidate in ("500", "503", "502", "429", "404", "400"):
        if re.fullmatch(plan.spec.metrics.error_status_regex, candidate):
            return candidate
    raise ValueError(
        f"error_status_regex {plan.spec.metrics.error_status_regex!r} matches no HTTP status"
    )


def _expected(plan: MonitoringPlan, slo: SLODef, rule: AlertRule, window: str) -> dict:
    ids = slo_labels(plan.spec, slo)
    labels = {**ids, "sloth_window": window, **rule.labels}
    annotations = {
        k: v.replace("{{$labels.sloth_service}}", ids["sloth_service"]).replace(
            "{{$labels.sloth_slo}}", ids["sloth_slo"]
        )
        for k, v in rule.annotations.items()
    }
    return {"exp_labels": labels, "exp_annotations": annotations}


def rules_test_document(plan: MonitoringPlan, rules_file: str = "alerts.rules.yml") -> dict:
    """A ``promtool test rules`` file for the availability SLO's burn-rate alerts.

    >>> from perfagent.tools.monitoring.alerts import plan_monitoring
    >>> from perfagent.tools.monitoring.models import MonitoringSpec
    >>> doc = rules_test_document(plan_monitoring(MonitoringSpec(service="shop")))
    >>> [t["name"] for t in doc["tests"]]
    ['fast burn pages', 'healthy traffic does not alert', 'page stops after the burn stops']
    """
    slo = plan.slos[0]  # availability: the SLO every service has
    page, ticket = (
        a
        for g in plan.groups
        for a in g.alerts
        if a.alert == slo.alert_name and a.labels["category"] == slo.category
    )
    ok, bad = _series(plan, "200"), _series(plan, _error_status(plan))
    name = slo.alert_name
    spike = next(a for g in plan.groups for a in g.alerts if a.alert.endswith("ErrorRateHigh"))
    spike_fired = {
        "exp_labels": spike.labels,
        "exp_annotations": {
            k: v.replace("{{ $value | humanizePercentage }}", "20%")
            for k, v in spike.annotations.items()
        },
    }
    return {
        "rule_files": [rules_file],
        "evaluation_interval": "1m",
        "tests": [
            {
                "name": "fast burn pages",
                "interval": "1m",
                "input_series": [
                    {"series": ok, "values": "0+480x120"},
                    {"series": bad, "values": "0+120x120"},
                ],
                "alert_rule_test": [
                    {
                        "eval_time": "70m",
                        "alertname": name,
                        "exp_alerts": [
                            _expected(plan, slo, page, "5m"),
                            _expected(plan, slo, ticket, "2h"),
                        ],
                    },
                    {"eval_time": "70m", "alertname": spike.alert, "exp_alerts": [spike_fired]},
                ],
            },
            {
                "name": "healthy traffic does not alert",
                "interval": "1m",
                "input_series": [
                    {"series": ok, "values": "0+9995x240"},
                    {"series": bad, "values": "0+5x240"},
                ],
                "alert_rule_test": [
                    {"eval_time": t, "alertname": n, "exp_alerts": []}
                    for t in ("70m", "4h")
                    for n in (name, spike.alert)
                ],
            },
            {
                "name": "page stops after the burn stops",
                "interval": "1m",
                "input_series": [
                    {"series": ok, "values": "0+480x120"},
                    {"series": bad, "values": "0+120x60 7200+0x60"},
                ],
                "alert_rule_test": [
                    {
                        "eval_time": "95m",
                        "alertname": name,
                        "exp_alerts": [_expected(plan, slo, ticket, "2h")],
                    },
                ],
            },
        ],
    }


def rules_test_yaml(plan: MonitoringPlan, rules_file: str = "alerts.rules.yml") -> str:
    header = (
        f"# promtool unit tests for {plan.spec.service}'s SLO burn-rate and error-rate alerts, "
        "generated by perfagent.\n"
        f"# Run beside {rules_file}: promtool test rules alerts.test.yml\n"
    )
    return header + yaml.safe_dump(
        rules_test_document(plan, rules_file), sort_keys=False, width=4096
    )


def promtool_path() -> str:
    """The promtool binary, or ToolMissingError saying how to install it."""
    path = shutil.which("promtool")
    if path is None:
        raise ToolMissingError(
            "promtool is not installed: apt-get install prometheus (Debian) provides it"
        )
    return path


def answered(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    """``subprocess.run``, refusing a promtool that a signal ended: it gave no verdict, so its
    rules are not validated (never FAILED). A runner for :func:`run_promtool`."""
    done = subprocess.run(command, check=False, **kwargs)
    if done.returncode < 0:
        name = signal.Signals(-done.returncode).name
        raise ServiceError(
            f"`{' '.join(command[:3])}` was killed by {name} before it answered; "
            "the rules were not validated"
        )
    return done


def run_promtool(
    args: list[str],
    *,
    runner: Runner = subprocess.run,
    timeout_s: float = 60.0,
    cwd: Path | None = None,
) -> PromtoolResult:
    """Run ``promtool ARGS``; a non-zero exit is a result (ok=False), not an exception."""
    command = [promtool_path(), *args]
    done = runner(command, capture_output=True, text=True, timeout=timeout_s, cwd=cwd)
    return PromtoolResult(
        command=command, ok=done.returncode == 0, output=(done.stdout or "") + (done.stderr or "")
    )


def check_rules(path: Path, **kwargs) -> PromtoolResult:
    return run_promtool(["check", "rules", str(path)], **kwargs)


def test_rules(path: Path, **kwargs) -> PromtoolResult:
    return run_promtool(["test", "rules", path.name], cwd=path.parent, **kwargs)


# Not a pytest test (test modules import it).
setattr(test_rules, "__test__", False)  # noqa: B010 - mypy allows no attribute on a function
