"""Parsing, fingerprints and the input guards; the 22 TPC-H queries parse in every dialect."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from perfagent.tools.sql.analyze import analyze_entries, analyze_query
from perfagent.tools.sql.models import LogEntry
from perfagent.tools.sql.parse import (
    MAX_NESTING,
    QueryRefused,
    UnparsableQuery,
    fingerprint,
    guard,
    parse_query,
    split_statements,
)
from perfagent.tools.sql.safety import ensure_explainable

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[2]
TPCH = sorted((FIXTURES / "tpch").glob("q*.sql"))


def _fingerprint_cases() -> list[tuple[str, str]]:
    cases, query = [], []
    for line in (FIXTURES / "fingerprints.txt").read_text().splitlines():
        if line.startswith("#"):
            continue
        if line.startswith("=> "):
            cases.append(("\n".join(query), line[3:]))
            query = []
        else:
            query.append(line)
    return cases


@pytest.mark.parametrize("sql,expected", _fingerprint_cases())
def test_fingerprint_golden(sql: str, expected: str) -> None:
    assert fingerprint(sql) == expected


def test_tpch_has_all_22_queries() -> None:
    assert [p.stem for p in TPCH] == [f"q{i:02d}" for i in range(1, 23)]


@pytest.mark.parametrize("path", TPCH, ids=lambda p: p.stem)
@pytest.mark.parametrize("dialect", ["postgres", "mysql", "sqlite"])
def test_tpch_parses_and_fingerprints(path: Path, dialect: str) -> None:
    ((line, sql),) = split_statements(path.read_text())
    query = parse_query(sql, dialect, line=line)
    assert query.kind == "select"
    ensure_explainable(sql, dialect)
    fp = fingerprint(sql, dialect)
    assert fp.startswith(("select", "with")) and "'" not in fp and "--" not in fp


def test_tpch_fingerprints_are_distinct() -> None:
    fps = {fingerprint(split_statements(p.read_text())[0][1]) for p in TPCH}
    assert len(fps) == 22


def test_split_statements_keeps_line_numbers() -> None:
    text = "SELECT 1;\n\n-- a comment; with a semicolon\nSELECT ';'\n  FROM t;\nSELECT $$;$$"
    assert [line for line, _ in split_statements(text)] == [1, 3, 6]


def test_unparsable_sql_names_line_and_column() -> None:
    with pytest.raises(UnparsableQuery) as info:
        parse_query("SELECT a,\n  b FROM t WHERE\n  c = = 1", "postgres", line=10)
    assert (info.value.line, info.value.column) == (12, 7)
    assert "line 12, column 7" in str(info.value)


def test_unparsable_in_a_file_is_a_finding_not_a_crash() -> None:
    report = analyze_entries(
        [
            LogEntry(sql="SELECT 1", line=1),
            LogEntry(sql="SELEKT * FROM", line=4),
            LogEntry(sql="SELECT 'unterminated", line=9),
        ],
        dialect="postgres",
        source="x.sql",
    )
    assert report.queries == 3
    assert len(report.classes) == 1
    assert [(f.rule, f.line) for f in report.errors] == [("parse_error", 4), ("parse_error", 9)]


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT " + "(" * 5000 + "1" + ")" * 5000,
        "SELECT * FROM " + "(SELECT * FROM " * 500 + "t" + ") x" * 500,
        "SELECT " + "NOT " * 5000 + "a FROM t",
        "SELECT " + "CASE WHEN a THEN " * 2000 + "1" + " END" * 2000,
        "SELECT " + "- " * 5000 + "1",
        "SELECT a" + "[1]" * 4000 + " FROM t",  # not deep, but parses in super-linear time
        "SELECT " + "ARRAY[" * 200 + "1" + "]" * 200,
    ],
)
def test_deep_nesting_is_refused_before_parsing(sql: str) -> None:
    with pytest.raises(QueryRefused) as info:
        parse_query(sql, "postgres")
    assert info.value.rule == "nesting_too_deep"
    with pytest.raises(QueryRefused):
        fingerprint(sql)


def test_nesting_inside_strings_and_comments_does_not_count() -> None:
    sql = "SELECT '" + "(" * 500 + "' /* " + "(" * 500 + " */ FROM t"
    guard(sql)
    assert parse_query(sql, "postgres").kind == "select"


def test_reasonable_nesting_is_allowed() -> None:
    depth = MAX_NESTING - 4
    assert parse_query("SELECT " + "(" * depth + "1" + ")" * depth, "postgres").kind == "select"


def test_one_megabyte_query_is_refused() -> None:
    sql = "SELECT a FROM t WHERE a IN (" + ",".join(["123456"] * 150_000) + ")"
    assert len(sql) > 1_000_000
    with pytest.raises(QueryRefused) as info:
        parse_query(sql, "postgres")
    assert info.value.rule == "query_too_large"
    assert "1,050,028 characters" in str(info.value)
    report = analyze_entries([LogEntry(sql=sql, line=1)], dialect="postgres", source="big")
    assert [f.rule for f in report.errors] == ["query_too_large"]


def test_hostile_input_does_not_crash_the_process() -> None:
    """sqlglot[c] can overflow the C stack; a crash would kill the interpreter, so run it apart."""
    code = (
        "import sys; sys.setrecursionlimit(100000)\n"
        "from perfagent.tools.sql.analyze import analyze_entries\n"
        "from perfagent.tools.sql.models import LogEntry\n"
        "bad = ['SELECT ' + '(' * 20000 + '1' + ')' * 20000,\n"
        "       'SELECT ' + 'NOT ' * 20000 + '1',\n"
        "       'SELECT a FROM t WHERE a IN (' + ','.join(['1'] * 400000) + ')']\n"
        "r = analyze_entries([LogEntry(sql=s) for s in bad], dialect='mysql', source='x')\n"
        "print(sorted(f.rule for f in r.errors))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "['nesting_too_deep', 'nesting_too_deep', 'query_too_large']"


@pytest.mark.parametrize(
    "sql",
    [
        "'" + "\\'" * 49_999,  # an unterminated string of escaped quotes
        "$$" + "a" * 99_000,  # an unterminated dollar quote
        "/*" * 49_999,  # unterminated comments
    ],
)
def test_guard_scans_hostile_text_in_linear_time(sql: str) -> None:
    import time

    # CPU time of this process, not wall time: a quadratic scan of 100k characters costs
    # minutes of CPU, a linear one milliseconds, whatever else the machine is running.
    start = time.process_time()
    try:
        fingerprint(sql)
    except (QueryRefused, UnparsableQuery):
        pass
    split_statements(sql)
    assert time.process_time() - start < 2.0


def test_sqlglot_internal_errors_become_parse_errors() -> None:
    # sqlglot 30 raises TypeError (not ParseError) on a dangling JSON arrow in SQLite.
    with pytest.raises(UnparsableQuery, match="sqlglot failed with TypeError"):
        parse_query("SELECT a ->", "sqlite")
    report = analyze_entries([LogEntry(sql="SELECT a ->", line=3)], dialect="sqlite", source="x")
    assert [(f.rule, f.line) for f in report.errors] == [("parse_error", 3)]


@pytest.mark.parametrize("dialect", ["mysql", "sqlite", "postgres"])
@pytest.mark.parametrize(
    "sql",
    [
        "SELECT solves.id FROM solves WHERE solves.user_id = %s LIMIT %s",
        "SELECT solves.id FROM solves WHERE solves.user_id = %(user_id_1)s LIMIT %(param_1)s",
    ],
)
def test_a_driver_placeholder_statement_is_a_class_in_every_dialect(sql: str, dialect: str):
    """PyMySQL (SQLAlchemy's mysql+pymysql) records ``%s`` and ``%(name)s``: each statement is
    parsed, checked and counted in its class, not dropped as unparsable."""
    entries = [LogEntry(sql=sql, duration_ms=2.0)] * 3
    report = analyze_entries(entries, dialect=dialect, source="traces")
    assert report.errors == []
    (cls,) = report.classes
    assert cls.calls == 3 and cls.sample == sql
    assert cls.fingerprint == "select solves.id from solves where solves.user_id = ? limit ?"
    # checked, not refused: the one finding is a rule's (no ORDER BY under the LIMIT)
    assert [f.rule for f in analyze_query(sql, dialect)] == ["limit_without_order_by"]
    assert [f.rule for f in cls.findings] == ["limit_without_order_by"]
