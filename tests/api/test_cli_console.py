"""The console rule, through the real CLI as a subprocess: user text is never Rich markup.

Brackets in messages, help text and paths are printed as written (they used to vanish, or
crash the error printer with a MarkupError), and exit codes say what happened.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def perfagent(*args: str, cwd: Path | None = None, stdin: str | None = None, timeout: float = 120):
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}
    return subprocess.run(
        [sys.executable, "-m", "perfagent.api.cli", *args],
        check=False,
        cwd=cwd or ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_an_error_naming_a_toml_table_keeps_its_brackets(tmp_path):
    target = tmp_path / "[x]"
    target.mkdir()
    result = perfagent("run", str(target))
    assert result.returncode == 1
    assert (
        f"error: {target} has no perfagent.toml and no [tool.perfagent] in pyproject.toml"
        in result.stderr
    )
    assert "Traceback" not in result.stderr


def test_a_path_that_looks_like_a_closing_tag_is_printed_not_parsed(tmp_path):
    result = perfagent("sql", "analyze", "queries/[/x].sql", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == "error: query file queries/[/x].sql does not exist"


def test_help_shows_option_text_as_written():
    result = perfagent("load", "run", "--help")
    assert result.returncode == 0
    assert "perfagent.toml with [service] and [[service.endpoint]]" in " ".join(
        result.stdout.split()
    )


def test_query_text_with_markup_in_a_report_is_printed_verbatim(tmp_path):
    sql = tmp_path / "q.sql"
    sql.write_text('SELECT * FROM "[red]orders[/]";\n')
    result = perfagent("sql", "analyze", str(sql))
    assert result.returncode == 0, result.stderr
    assert '"[red]orders[/]"' in result.stdout  # in the table of query classes, as written
    assert "select_star" in result.stdout and "Traceback" not in result.stderr


def test_sql_analyze_exits_1_when_nothing_could_be_parsed(tmp_path):
    bad, empty = tmp_path / "bad.sql", tmp_path / "empty.sql"
    bad.write_text("this is not sql (\n")
    empty.write_text("")
    result = perfagent("sql", "analyze", str(bad))
    assert result.returncode == 1
    assert "parse_error" in result.stdout  # the report (what failed, where) is still shown
    assert (
        result.stderr.strip()
        == f"error: no query in {bad} could be parsed (1 read, 1 parse error(s))"
    )
    as_json = perfagent("sql", "analyze", str(empty), "--json")
    assert as_json.returncode == 1 and '"queries": 0' in as_json.stdout
    assert (
        as_json.stderr.strip() == f"error: {empty} holds no SQL statement"
    )  # the sdk's sentence, as MCP says it
    good = perfagent("sql", "analyze", "-", stdin="select id from orders where id = 1;\n")
    assert good.returncode == 0, good.stderr
