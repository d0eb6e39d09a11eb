"""What a review finds in the lines a change adds, without benchmarks: SQL and Python."""

from __future__ import annotations

import json

import pytest
from conftest import build_shop, git, snapshot
from sarif_check import check_sarif

from perfagent.tools.review import review_change


@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    """The shop without a perfagent.toml."""
    return build_shop(tmp_path_factory.mktemp("review") / "plain", spec=None)


def test_sql_and_python_risks_the_change_adds(plain, tmp_path):
    before = snapshot(plain)
    review = review_change(plain, "main", "risky", out_dir=tmp_path)
    found = {(f.rule_id, f.file, f.line) for f in review.findings}
    assert found == {
        ("sql/select_star", "shop/orders.py", 6),
        ("sql/non_sargable_predicate", "shop/orders.py", 6),
        ("python/query_in_loop", "shop/orders.py", 12),
        ("python/join", "shop/orders.py", 17),
    }
    loop = next(f for f in review.findings if f.rule == "query_in_loop")
    assert "N+1" in loop.message and "with_items" in loop.message
    assert loop.suggestion.startswith("batch the N+1 queries of with_items")  # the recipe's fix

    # No benchmarks: the review says so instead of guessing a verdict.
    assert review.benchmarks == [] and review.verdict == "inconclusive"
    assert review.headline.startswith("No benchmarks declared")
    assert any(n.startswith("no benchmarks declared") for n in review.notes)

    md = (tmp_path / "review.md").read_text()
    assert "### Findings in the diff (4)" in md
    assert "`shop/orders.py:6` | `sql/select_star`" in md
    assert "`shop/orders.py:12` | `python/query_in_loop`" in md
    results = check_sarif(json.loads((tmp_path / "review.sarif").read_text()))
    assert {
        (r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results
    } == {(rule, line) for rule, _file, line in found}
    assert snapshot(plain) == before


def test_risks_that_were_already_there_are_not_blamed_on_the_change(plain, tmp_path):
    # `touched` edits the N+1 function, but not its query: the loop was there before.
    review = review_change(plain, "risky", "touched", out_dir=tmp_path)
    assert review.changed_files == ["shop/orders.py"]
    assert review.findings == []
    assert "No SQL or Python performance anti-patterns" in (tmp_path / "review.md").read_text()


def test_sql_files_and_blocking_sleep(plain, tmp_path):
    repo = tmp_path / "repo"
    git(plain, "clone", "-q", str(plain), str(repo))  # a scratch copy this test may commit to
    git(repo, "config", "user.email", "dev@example.invalid")
    git(repo, "config", "user.name", "dev")
    (repo / "reports").mkdir()
    (repo / "reports" / "top.sql").write_text(
        "-- the busiest customers\nSELECT id FROM customers LIMIT 10;\n\n"
        "SELECT *\nFROM orders\nORDER BY random()\nLIMIT 5;\n"
    )
    (repo / "shop" / "api.py").write_text(
        "import time\n\n\nasync def poll():\n    time.sleep(1)\n    return 1\n"
    )
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "reports")
    review = review_change(repo, "HEAD~1", "HEAD", out_dir=tmp_path / "out")
    found = {(f.rule_id, f.file, f.line) for f in review.findings}
    assert found == {
        ("sql/limit_without_order_by", "reports/top.sql", 2),
        ("sql/select_star", "reports/top.sql", 4),
        ("sql/order_by_random", "reports/top.sql", 4),
        ("python/blocking_sleep", "shop/api.py", 5),
    }
