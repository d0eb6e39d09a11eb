"""Step 6, monitor: alert rules, SLOs and a dashboard from the budgets, checked with promtool.

The rules are validated, not just written: ``promtool check rules`` and the
generated rule unit tests run when promtool is installed, and the result is part
of the deliverable.
"""

from __future__ import annotations

from pathlib import Path

from agent.monitoring import monitoring_spec
from agent.state import EngagementState, StepError
from agent.steps import step
from tools.errors import ToolMissingError
from tools.monitoring import write_monitoring
from tools.monitoring.promtool import check_rules, test_rules


@step("monitor")
def monitor(state: EngagementState) -> dict:
    endpoints = state.spec.load.service.endpoints if state.spec.load else []
    from tools.monitoring.routes import route_templates

    spec = monitoring_spec(state.spec.budgets, state.spec.name, endpoints=endpoints,
                           templates=route_templates(state.spec.root))
    written = write_monitoring(spec, Path(state.report_dir) / "6-monitoring")
    checks: dict[str, bool] = {}
    errors: list[StepError] = []
    try:
        checks["promtool check rules"] = check_rules(Path(written.alert_rules)).ok
        checks["promtool test rules"] = test_rules(Path(written.rules_test)).ok
    except ToolMissingError as exc:
        errors.append(StepError(step="monitor", kind="ToolMissingError", message=str(exc)))
    artifacts = {path: "monitoring" for path in (written.alert_rules, written.rules_test, written.sloth_spec,
                                                 written.dashboard, written.readme, written.plan_json)}
    passed = all(checks.values()) if checks else None
    summary = f"{len(spec.endpoints)} budgeted route(s); rules " + (
        "validated by promtool" if passed else "FAILED promtool" if passed is False else "not validated (no promtool)")
    return {"monitoring": written, "monitoring_checks": checks, "artifacts": artifacts, "errors": errors,
            "_summary": summary}
