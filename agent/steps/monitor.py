"""Step 6, monitor: alert rules, SLOs and a dashboard from the budgets, checked with promtool.

The rules are validated, not just written: ``promtool check rules`` and the
generated rule unit tests run when promtool is installed, and the result is part
of the deliverable. Only what promtool answered counts: a promtool killed by a
signal (ours while stopping, or anyone's) checked nothing, so it is recorded as not
validated with the reason, never as rules that FAILED.
"""

from __future__ import annotations

from pathlib import Path

from perfagent.agent.monitoring import monitoring_spec
from perfagent.agent.state import EngagementState, StepError
from perfagent.agent.steps import StepSpec, step
from perfagent.tools.errors import ServiceError, ToolMissingError
from perfagent.tools.monitoring import write_monitoring
from perfagent.tools.monitoring.promtool import answered, check_rules, test_rules


@step("monitor")
def monitor(state: EngagementState) -> dict:
    endpoints = state.spec.load.service.endpoints if state.spec.load else []
    from perfagent.tools.monitoring.routes import route_templates

    spec = monitoring_spec(
        state.spec.budgets,
        state.spec.name,
        endpoints=endpoints,
        templates=route_templates(state.spec.root),
    )
    written = write_monitoring(spec, Path(state.report_dir) / "6-monitoring")
    checks: dict[str, bool] = {}
    errors: list[StepError] = []
    try:
        checks["promtool check rules"] = check_rules(Path(written.alert_rules), runner=answered).ok
        checks["promtool test rules"] = test_rules(Path(written.rules_test), runner=answered).ok
    except (ToolMissingError, ServiceError) as exc:
        errors.append(StepError(step="monitor", kind=type(exc).__name__, message=str(exc)))
    artifacts = dict.fromkeys(
        (
            written.alert_rules,
            written.rules_test,
            written.sloth_spec,
            written.dashboard,
            written.readme,
            written.plan_json,
        ),
        "monitoring",
    )
    if not all(checks.values()):
        verdict = "FAILED promtool"
    elif errors:
        verdict = (
            "not validated (no promtool)"
            if errors[0].kind == "ToolMissingError"
            else "not validated (promtool killed)"
        )
    else:
        verdict = "validated by promtool"
    summary = f"{len(spec.endpoints)} budgeted route(s); rules {verdict}"
    return {
        "monitoring": written,
        "monitoring_checks": checks,
        "artifacts": artifacts,
        "errors": errors,
        "_summary": summary,
    }


STEP = StepSpec(
    name="monitor", run=monitor, order=60, phases=("elaboration", "construction", "transition")
)
