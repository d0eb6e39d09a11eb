"""`perfagent sql ...` end to end through typer: tables for people, JSON for machines."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
import typer
from typer.testing import CliRunner

from perfagent.api.cli_sql import register
from perfagent.tools.sql.models import AdviceReport, AnalysisReport, ExplainReport

FIXTURES = Path(__file__).parent / "fixtures"
runner = CliRunner()


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer(pretty_exceptions_enable=False)
    register(app)

    @app.callback()
    def main() -> None:
        """perfagent (test harness)"""

    return app


def test_analyze_json_round_trips(app: typer.Typer, tmp_path: Path) -> None:
    sql = tmp_path / "q.sql"
    sql.write_text(
        "SELECT * FROM t WHERE id = 1;\nselect * from t where id = 2;\n"
        "SELECT a FROM t WHERE\n  b = = 1;\n"
    )
    result = runner.invoke(app, ["sql", "analyze", str(sql), "--json"])
    assert result.exit_code == 0, result.output
    report = AnalysisReport.model_validate_json(result.stdout)
    assert report.queries == 3
    assert [(c.calls, [f.rule for f in c.findings]) for c in report.classes] == [
        (2, ["select_star"])
    ]
    assert [(e.rule, e.line, e.column) for e in report.errors] == [("parse_error", 4, 7)]
    assert AnalysisReport.model_validate_json(report.model_dump_json()) == report


def test_analyze_log_from_stdin_finds_n_plus_one(app: typer.Typer) -> None:
    log = (FIXTURES / "logs" / "requests.jsonl").read_text()
    result = runner.invoke(app, ["sql", "analyze", "-", "--json"], input=log)
    assert result.exit_code == 0, result.output
    report = AnalysisReport.model_validate_json(result.stdout)
    assert [n.request_id for n in report.n_plus_one] == ["req-1"]
    human = runner.invoke(app, ["sql", "analyze", "-"], input=log)
    assert "N+1" in human.stdout and "IN (101, 102" in human.stdout


def test_explain_a_pasted_plan_without_a_database(app: typer.Typer, tmp_path: Path) -> None:
    case = json.loads((FIXTURES / "plans" / "pg_sort_spill.json").read_text())
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(case["plan"]))
    result = runner.invoke(app, ["sql", "explain", "--plan", str(plan), "--json"])
    assert result.exit_code == 0, result.output
    report = ExplainReport.model_validate_json(result.stdout)
    assert [f.rule for f in report.findings] == ["sort_spill"]


def test_missing_file_is_one_red_sentence(app: typer.Typer) -> None:
    result = runner.invoke(app, ["sql", "analyze", "/nonexistent/q.sql"])
    assert result.exit_code == 1
    assert "query file /nonexistent/q.sql does not exist" in result.output
    assert "Traceback" not in result.output


def test_unreachable_database_exits_1_with_one_sentence(app: typer.Typer) -> None:
    result = runner.invoke(
        app, ["sql", "explain", "--db", "postgresql://x@127.0.0.1:1/db", "SELECT 1"]
    )
    assert result.exit_code == 1
    assert "cannot connect to postgresql://x@127.0.0.1:1/db" in result.output
    assert "Traceback" not in result.output


@pytest.mark.postgres
def test_explain_refuses_a_write(app: typer.Typer, pg_dsn: str) -> None:
    result = runner.invoke(app, ["sql", "explain", "--db", pg_dsn, "DELETE FROM t"])
    assert result.exit_code == 1
    assert "only SELECT or WITH" in result.output


@pytest.mark.postgres
def test_advise_json_with_pool_advice(app: typer.Typer, pg_dsn: str) -> None:
    table = "sqltest_cli_events"
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute(f"DROP TABLE IF EXISTS {table}")
        conn.execute(
            f"CREATE TABLE {table} AS SELECT g AS id, g % 5000 AS kind "
            "FROM generate_series(1, 100000) g"
        )
        conn.execute(f"ANALYZE {table}")
    try:
        result = runner.invoke(
            app,
            [
                "sql",
                "advise",
                "--db",
                pg_dsn,
                "-q",
                f"SELECT id FROM {table} WHERE kind = 7",
                "--workers",
                "4",
                "--db-cores",
                "8",
                "--json",
            ],
        )
        assert result.exit_code == 0, result.output
        report = AdviceReport.model_validate_json(result.stdout)
        (rec,) = report.advice[0].recommendations
        assert rec.columns == ["kind"]
        assert report.pool is not None and report.pool.pool_size_per_worker == 4
        assert report.pool.reasoning
    finally:
        with psycopg.connect(pg_dsn, autocommit=True) as conn:
            conn.execute(f"DROP TABLE IF EXISTS {table}")
