"""The Sloth SLO spec and the Grafana dashboard."""

from __future__ import annotations

import json

import yaml

from perfagent.tools.monitoring.alerts import plan_monitoring
from perfagent.tools.monitoring.grafana import GRID_W, dashboard, dashboard_json
from perfagent.tools.monitoring.sloth import SlothSpec, sloth_spec, sloth_yaml


def test_sloth_spec_round_trips_through_yaml(seed_spec):
    plan = plan_monitoring(seed_spec)
    text = sloth_yaml(plan)
    data = yaml.safe_load(text)
    assert data["version"] == "prometheus/v1"
    assert data["service"] == "shop"
    availability = data["slos"][0]
    assert availability["name"] == "requests-availability"
    assert availability["objective"] == 99.9
    events = availability["sli"]["events"]
    assert (
        events["error_query"]
        == 'sum(rate(http_requests_total{service="shop",status=~"5.."}[{{.window}}]))'
    )
    assert events["total_query"] == 'sum(rate(http_requests_total{service="shop"}[{{.window}}]))'
    assert availability["alerting"]["name"] == "ShopAvailabilityBudgetBurn"
    assert availability["alerting"]["page_alert"]["labels"] == {"severity": "critical"}
    assert availability["alerting"]["ticket_alert"]["labels"] == {"severity": "warning"}
    latency = data["slos"][1]
    assert latency["name"] == "latency-api-search" and latency["objective"] == 95.0
    assert "{{.window}}" in latency["sli"]["events"]["error_query"]
    assert SlothSpec.from_yaml(text) == sloth_spec(plan)
    assert SlothSpec.from_yaml(SlothSpec.from_yaml(text).to_yaml()) == sloth_spec(plan)


def test_sloth_queries_are_the_rules_queries(seed_spec):
    """The recorded 5m ratio is the Sloth SLI with the window filled in: one source of truth."""
    plan = plan_monitoring(seed_spec)
    spec = sloth_spec(plan)
    five = plan.groups[0].recording[0].expr
    events = spec.slos[0].sli.events
    assert five == (
        f"({events.error_query.replace('{{.window}}', '5m')})\n/\n"
        f"({events.total_query.replace('{{.window}}', '5m')})"
    )


def test_dashboard_has_a_latency_panel_per_route_with_budget_lines(seed_spec):
    board = json.loads(dashboard_json(plan_monitoring(seed_spec)))
    latency = [p for p in board["panels"] if p["title"].startswith("Latency ")]
    assert [p["title"] for p in latency] == ["Latency /api/users", "Latency /api/search"]
    users = latency[0]
    assert [t["legendFormat"] for t in users["targets"]] == ["p50", "p95", "p99"]
    assert all(
        "histogram_quantile" in t["expr"] and 'route="/api/users"' in t["expr"]
        for t in users["targets"]
    )
    steps = users["fieldConfig"]["defaults"]["thresholds"]["steps"]
    assert [s["value"] for s in steps] == [None, 0.1, 0.2, 0.5]
    assert users["fieldConfig"]["defaults"]["custom"]["thresholdsStyle"]["mode"] == "line"
    titles = [p["title"] for p in board["panels"]]
    for wanted in (
        "Request rate by route",
        "Error rate",
        "Error budget remaining: requests-availability",
        "CPU utilisation",
        "Memory utilisation",
        "Resident memory (RSS)",
    ):
        assert wanted in titles


def test_dashboard_follows_the_model(seed_spec):
    board = dashboard(plan_monitoring(seed_spec))
    assert isinstance(board["schemaVersion"], int) and board["uid"] and len(board["uid"]) <= 40
    assert board["templating"]["list"][0]["type"] == "datasource"
    ids = [p["id"] for p in board["panels"]]
    assert len(ids) == len(set(ids))
    cells = set()
    for panel in board["panels"]:
        pos = panel["gridPos"]
        assert set(pos) == {"h", "w", "x", "y"}
        assert pos["w"] > 0 and pos["h"] > 0 and pos["x"] >= 0 and pos["y"] >= 0
        assert pos["x"] + pos["w"] <= GRID_W
        covered = {
            (x, y)
            for x in range(pos["x"], pos["x"] + pos["w"])
            for y in range(pos["y"], pos["y"] + pos["h"])
        }
        assert not covered & cells, f"panel {panel['title']} overlaps another"
        cells |= covered
        assert panel["type"] in {"timeseries", "stat"}
        assert panel["targets"] and all(t["expr"] and t["refId"] for t in panel["targets"])
        assert panel["datasource"] == {"type": "prometheus", "uid": "${datasource}"}
