"""Golden cases for the anti-pattern rules: fixtures/rules/*.sql, SQL in, finding ids out.

A case is ``# title:``, optional ``# dialect:``, ``# table_rows: name=rows`` and
``# unique_keys: name=a+b|c`` (the table's unique keys as the database reports them), then
``# expect:`` with the complete, comma-separated set of finding ids every rule together
produces (``none`` for a clean query; ``parse_error@line:column`` for unparsable SQL).
Adding a case needs no Python.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from perfagent.tools.sql.analyze import analyze_query
from perfagent.tools.sql.rules import RULES

FIXTURES = Path(__file__).parent / "fixtures" / "rules"


def _cases() -> list:
    cases = []
    for path in sorted(FIXTURES.glob("*.sql")):
        current: dict | None = None
        for line in path.read_text().splitlines():
            if line.startswith("# title:"):
                if current:
                    cases.append(current)
                current = {
                    "file": path.stem,
                    "title": line.split(":", 1)[1].strip(),
                    "dialect": "postgres",
                    "table_rows": {},
                    "unique_keys": {},
                    "sql": [],
                }
            elif line.startswith("# dialect:"):
                current["dialect"] = line.split(":", 1)[1].strip()
            elif line.startswith("# table_rows:"):
                for pair in line.split(":", 1)[1].split(","):
                    name, rows = pair.strip().split("=")
                    current["table_rows"][name] = int(rows)
            elif line.startswith("# unique_keys:"):
                for pair in line.split(":", 1)[1].split(","):
                    name, keys = pair.strip().split("=")
                    current["unique_keys"][name] = [k.split("+") for k in keys.split("|")]
            elif line.startswith("# expect:"):
                raw = line.split(":", 1)[1].strip()
                current["expect"] = [] if raw == "none" else [r.strip() for r in raw.split(",")]
            elif current is not None:
                current["sql"].append(line)
        if current:
            cases.append(current)
    return [pytest.param(c, id=f"{c['file']}: {c['title']}") for c in cases]


@pytest.mark.parametrize("case", _cases())
def test_rule_case(case: dict) -> None:
    sql = "\n".join(case["sql"]).strip().rstrip(";")
    findings = analyze_query(
        sql, case["dialect"], table_rows=case["table_rows"], unique_keys=case["unique_keys"]
    )
    got = sorted(
        {f"{f.rule}@{f.line}:{f.column}" if f.rule == "parse_error" else f.rule for f in findings}
    )
    assert got == sorted(case["expect"])
    for f in findings:
        assert f.message.endswith(".") or f.rule == "parse_error"


def test_every_rule_has_a_fixture_file() -> None:
    names = {rule.__name__ for rule in RULES}
    files = {p.stem for p in FIXTURES.glob("*.sql")}
    assert names <= files, f"rules without golden cases: {sorted(names - files)}"


def test_rule_modules_are_named_after_their_function() -> None:
    for rule in RULES:
        assert rule.__module__ == f"perfagent.tools.sql.rules.{rule.__name__}"
