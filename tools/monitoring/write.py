"""The one place monitoring touches the file system: write every artifact of a plan."""

from __future__ import annotations

from pathlib import Path

from perfagent.tools.errors import InputError
from perfagent.tools.monitoring.alerts import plan_monitoring, rules_yaml
from perfagent.tools.monitoring.grafana import dashboard_json
from perfagent.tools.monitoring.models import MonitoringArtifacts, MonitoringSpec
from perfagent.tools.monitoring.promtool import rules_test_yaml
from perfagent.tools.monitoring.readme import readme
from perfagent.tools.monitoring.sloth import sloth_yaml

FILES = {
    "alert_rules": "alerts.rules.yml",
    "rules_test": "alerts.test.yml",
    "sloth_spec": "slo.sloth.yml",
    "dashboard": "dashboard.grafana.json",
    "readme": "README.md",
    "plan_json": "monitoring.json",
}


def write_monitoring(spec: MonitoringSpec, out_dir: Path) -> MonitoringArtifacts:
    """Write rules, their unit test, the Sloth spec, the dashboard, a README and the plan as
    JSON."""
    plan = plan_monitoring(spec)
    texts = {
        "alert_rules": rules_yaml(plan),
        "rules_test": rules_test_yaml(plan, FILES["alert_rules"]),
        "sloth_spec": sloth_yaml(plan),
        "dashboard": dashboard_json(plan),
        "readme": readme(plan),
        "plan_json": plan.model_dump_json(indent=2, by_alias=True) + "\n",
    }
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for key, text in texts.items():
            (out_dir / FILES[key]).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(
            f"cannot write the monitoring files to {out_dir}: {exc.strerror}"
        ) from None
    return MonitoringArtifacts(
        out_dir=str(out_dir),
        notes=plan.notes,
        **{key: str(out_dir / name) for key, name in FILES.items()},
    )
