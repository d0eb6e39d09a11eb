"""Monitoring (deliverable 6): alert rules, SLOs, a dashboard and a live budget check.

MonitoringSpec ─► plan_monitoring ─► MonitoringPlan ─┬─► rules_yaml        alerts.rules.yml
                                                    ├─► rules_test_yaml   alerts.test.yml
                                                    ├─► sloth_yaml        slo.sloth.yml
                                                    ├─► dashboard_json    dashboard.grafana.json
                                                    └─► readme            README.md
write_monitoring(spec, out_dir)   writes them all (the only file I/O)
check_live(base_url, paths, budgets, ...) -> MonitorReport   (HTTP transport is the seam)
"""

from perfagent.tools.monitoring.alerts import plan_monitoring, rules_yaml
from perfagent.tools.monitoring.check import check_live
from perfagent.tools.monitoring.grafana import dashboard, dashboard_json
from perfagent.tools.monitoring.models import (
    EndpointBudget,
    InfraBudget,
    MetricNames,
    MonitoringArtifacts,
    MonitoringPlan,
    MonitoringSpec,
    MonitorReport,
)
from perfagent.tools.monitoring.promtool import rules_test_yaml
from perfagent.tools.monitoring.readme import readme
from perfagent.tools.monitoring.sloth import SlothSpec, sloth_spec, sloth_yaml
from perfagent.tools.monitoring.write import write_monitoring

__all__ = [
    "EndpointBudget",
    "InfraBudget",
    "MetricNames",
    "MonitorReport",
    "MonitoringArtifacts",
    "MonitoringPlan",
    "MonitoringSpec",
    "SlothSpec",
    "check_live",
    "dashboard",
    "dashboard_json",
    "plan_monitoring",
    "readme",
    "rules_test_yaml",
    "rules_yaml",
    "sloth_spec",
    "sloth_yaml",
    "write_monitoring",
]
