"""`perfagent monitor`: exit 1 with one sentence on a breach, --json, --out."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from perfagent.api.cli import app

BUDGETS = """
performance_budgets:
  api_endpoints:
    - {path: /fast, p95: 100ms}
    - {path: /slow, p95: 100ms}
  infrastructure: {cpu_avg: 60%, memory_avg: 70%, error_rate: 0.1%}
"""


def _budgets(tmp_path):
    path = tmp_path / "budgets.yaml"
    path.write_text(BUDGETS)
    return str(path)


def test_breach_exits_1_with_one_sentence(live_server, tmp_path):
    result = CliRunner().invoke(
        app, ["monitor", "--url", live_server, "--budgets", _budgets(tmp_path), "--samples", "5"]
    )
    assert result.exit_code == 1, result.output
    assert "1 budget breach: /slow p95 is" in result.output


def test_within_budget_exits_0_and_json_is_the_report(live_server, tmp_path):
    result = CliRunner().invoke(
        app,
        [
            "monitor",
            "--url",
            live_server,
            "--budgets",
            _budgets(tmp_path),
            "--path",
            "/fast",
            "--samples",
            "5",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["endpoints"][0]["path"] == "/fast"
    assert report["endpoints"][0]["checks"][0]["budget_ms"] == 100.0


def test_non_loopback_refused(tmp_path):
    result = CliRunner().invoke(app, ["monitor", "--url", "http://example.com", "--path", "/"])
    assert result.exit_code == 1
    assert "not on the monitor allow-list" in result.output


def test_out_writes_the_monitoring_files(tmp_path):
    out = tmp_path / "monitoring"
    result = CliRunner().invoke(
        app, ["monitor", "--budgets", _budgets(tmp_path), "--out", str(out), "--service", "shop"]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "README.md",
        "alerts.rules.yml",
        "alerts.test.yml",
        "dashboard.grafana.json",
        "monitoring.json",
        "slo.sloth.yml",
    ]
    assert "ShopLatencyP95OverBudget" in (out / "alerts.rules.yml").read_text()


def test_nothing_to_do_is_one_sentence():
    result = CliRunner().invoke(app, ["monitor"])
    assert result.exit_code == 1
    assert "give --url" in result.output
