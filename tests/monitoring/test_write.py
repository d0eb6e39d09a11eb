"""write_monitoring: the files, and that the written rules check and test clean with promtool."""

from __future__ import annotations

import json

from perfagent.tools.monitoring.models import MonitoringArtifacts, MonitoringPlan
from perfagent.tools.monitoring.promtool import check_rules, test_rules
from perfagent.tools.monitoring.write import write_monitoring


def test_writes_every_artifact(seed_spec, tmp_path):
    artifacts = write_monitoring(seed_spec, tmp_path / "out")
    assert MonitoringArtifacts.model_validate_json(artifacts.model_dump_json()) == artifacts
    readme = (tmp_path / "out" / "README.md").read_text()
    assert "Why 14.4x: spending 2% of a 30-day (720-hour) budget in 1h" in readme
    assert "| `ShopErrorRateHigh` | critical | error rate > 1% for 2m |" in readme
    assert "not a histogram bucket boundary" in readme
    plan = MonitoringPlan.model_validate_json((tmp_path / "out" / "monitoring.json").read_text())
    assert plan.spec == seed_spec
    json.loads((tmp_path / "out" / "dashboard.grafana.json").read_text())
    assert artifacts.notes == plan.notes


def test_written_files_pass_promtool(promtool, seed_spec, tmp_path):
    artifacts = write_monitoring(seed_spec, tmp_path)
    assert check_rules(tmp_path / "alerts.rules.yml").ok
    result = test_rules(tmp_path / "alerts.test.yml")
    assert result.ok, result.output
    assert artifacts.rules_test.endswith("alerts.test.yml")
