"""The generated Prometheus rules: structure, promtool check, and promtool unit tests."""

from __future__ import annotations

import subprocess

import pytest
import yaml

from perfagent.tools.monitoring.alerts import plan_monitoring, rules_yaml
from perfagent.tools.monitoring.burnrate import BURN_WINDOWS, SLI_WINDOWS, budget_spent_pct
from perfagent.tools.monitoring.models import MetricNames, MonitoringSpec
from perfagent.tools.monitoring.promtool import check_rules, rules_test_yaml, test_rules


def _rules(spec):
    return yaml.safe_load(rules_yaml(plan_monitoring(spec)))["groups"]


def _alerts(groups, name):
    return [r for g in groups for r in g["rules"] if r.get("alert") == name]


def test_burn_windows_are_the_sre_workbook_ones():
    table = [(b.severity, b.factor, b.long_window, b.short_window) for b in BURN_WINDOWS]
    assert table == [
        ("page", 14.4, "1h", "5m"),
        ("page", 6, "6h", "30m"),
        ("ticket", 3, "1d", "2h"),
        ("ticket", 1, "3d", "6h"),
    ]
    assert [round(budget_spent_pct(b, 30), 6) for b in BURN_WINDOWS] == [2, 5, 10, 10]


def test_recording_rules_cover_every_window(seed_spec):
    groups = _rules(seed_spec)
    availability = next(
        g for g in groups if g["name"].startswith("sloth-slo-sli-recordings-shop-requests")
    )
    assert [r["labels"]["sloth_window"] for r in availability["rules"]] == list(SLI_WINDOWS)
    assert [r["record"] for r in availability["rules"]] == [
        f"slo:sli_error:ratio_rate{w}" for w in SLI_WINDOWS
    ]
    five = availability["rules"][0]["expr"]
    assert 'http_requests_total{service="shop",status=~"5.."}[5m]' in five


def test_page_alert_needs_long_and_short_window(seed_spec):
    page, ticket = _alerts(_rules(seed_spec), "ShopAvailabilityBudgetBurn")
    assert page["labels"]["severity"] == "critical" and ticket["labels"]["severity"] == "warning"
    assert "slo:sli_error:ratio_rate5m" in page["expr"] and "> (14.4 * 0.001)" in page["expr"]
    assert "slo:sli_error:ratio_rate1h" in page["expr"] and "> (6 * 0.001)" in page["expr"]
    assert "ratio_rate3d" in ticket["expr"] and "> (1 * 0.001)" in ticket["expr"]
    assert "for" not in page  # the short window, not `for`, keeps it from flapping


def test_latency_error_rate_and_saturation_alerts(seed_spec):
    groups = _rules(seed_spec)
    p95 = _alerts(groups, "ShopLatencyP95OverBudget")
    assert [a["labels"]["route"] for a in p95] == ["/api/users", "/api/search"]
    assert p95[0]["expr"] == (
        "histogram_quantile(0.95, sum by (le, route) (rate(http_request_duration_seconds_"
        'bucket{service="shop",route="/api/users"}[5m]))) > 0.2'
    )
    assert p95[0]["for"] == "5m"
    (errors,) = _alerts(groups, "ShopErrorRateHigh")
    assert errors["for"] == "2m" and errors["expr"].rstrip().endswith("> 0.01")
    assert errors["labels"]["severity"] == "critical"
    (cpu,) = _alerts(groups, "ShopCPUSaturation")
    assert cpu["for"] == "10m" and cpu["expr"].endswith("> 80")
    (budget,) = _alerts(groups, "ShopMemoryOverBudget")
    assert budget["expr"].endswith("> 70")


def test_latency_slo_only_where_a_bucket_matches(seed_spec):
    plan = plan_monitoring(seed_spec)
    assert [s.name for s in plan.slos] == ["requests-availability", "latency-api-search"]
    assert 'le="0.5"' in plan.slos[1].error_query
    assert any(
        "/api/users" in n and "not a histogram bucket boundary" in n and "0.2 s" in n
        for n in plan.notes
    )
    with_bucket = seed_spec.model_copy(update={"bucket_boundaries_s": [0.1, 0.2, 0.5, 1.0]})
    assert [s.name for s in plan_monitoring(with_bucket).slos][1:] == [
        "latency-api-users",
        "latency-api-search",
    ]


def test_whole_second_buckets_match_go_and_python_label_styles():
    spec = MonitoringSpec(service="api", endpoints=[{"route": "/x", "p95_ms": 1000}])
    assert 'le=~"1|1.0"' in plan_monitoring(spec).slos[1].error_query


def test_metric_and_label_names_are_configurable():
    spec = MonitoringSpec(
        service="api",
        endpoints=[{"route": "/x", "p95_ms": 500}],
        metrics=MetricNames(
            requests_total="reqs_total",
            duration_bucket="lat_seconds_bucket",
            route_label="handler",
            status_label="code",
        ),
    )
    text = rules_yaml(plan_monitoring(spec))
    assert 'reqs_total{service="api",code=~"5.."}' in text
    assert 'sum by (le, handler) (rate(lat_seconds_bucket{service="api",handler="/x"}[5m]))' in text
    assert "http_requests_total" not in text


def test_plan_round_trips_through_json(seed_spec):
    plan = plan_monitoring(seed_spec)
    assert type(plan).model_validate_json(plan.model_dump_json(by_alias=True)) == plan


def test_promtool_accepts_the_rules(promtool, seed_spec, tmp_path):
    path = tmp_path / "alerts.rules.yml"
    path.write_text(rules_yaml(plan_monitoring(seed_spec)))
    result = check_rules(path)
    assert result.ok, result.output
    assert "SUCCESS" in result.output


def test_promtool_rejects_a_broken_rule(promtool, tmp_path):
    path = tmp_path / "broken.rules.yml"
    path.write_text("groups:\n- name: x\n  rules:\n  - alert: X\n    expr: sum(rate(x[5m]) >\n")
    assert not check_rules(path).ok


def _write_test(tmp_path, plan):
    (tmp_path / "alerts.rules.yml").write_text(rules_yaml(plan))
    test_file = tmp_path / "alerts.test.yml"
    test_file.write_text(rules_test_yaml(plan))
    return test_file


def test_fast_burn_pages_and_healthy_traffic_does_not(promtool, seed_spec, tmp_path):
    result = test_rules(_write_test(tmp_path, plan_monitoring(seed_spec)))
    assert result.ok, result.output
    assert "SUCCESS" in result.output


def test_the_unit_test_catches_a_page_that_never_fires(promtool, seed_spec, tmp_path):
    """Control: with the page threshold raised past any error ratio, the same unit test fails."""
    plan = plan_monitoring(seed_spec)
    test_file = _write_test(tmp_path, plan)
    rules = tmp_path / "alerts.rules.yml"
    rules.write_text(
        rules.read_text()
        .replace("(14.4 * 0.001)", "(1000 * 0.001)")
        .replace("(6 * 0.001)", "(1000 * 0.001)")
    )
    result = test_rules(test_file)
    assert not result.ok
    assert "fast burn pages" in result.output


def test_promtool_missing_is_one_sentence(monkeypatch, tmp_path):
    from perfagent.tools.errors import ToolMissingError
    from perfagent.tools.monitoring import promtool as module

    monkeypatch.setattr(module.shutil, "which", lambda name: None)
    with pytest.raises(ToolMissingError, match="apt-get install prometheus"):
        check_rules(tmp_path / "x.yml", runner=subprocess.run)


def test_alert_coverage_counts_endpoints_with_a_latency_alert():
    spec = MonitoringSpec(
        service="api", endpoints=[{"route": "/a", "p95_ms": 100}, {"route": "/b", "p50_ms": 10}]
    )
    assert plan_monitoring(spec).alert_coverage_pct == 50.0
