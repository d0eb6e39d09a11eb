"""Each SQL rule module declares itself (``RULE``): the registry finds it, in its declared
order, and an engagement ranks only the rules that declare they slow the query."""

from __future__ import annotations

from perfagent.tools.sql.parse import parse_query
from perfagent.tools.sql.rules import DECLARED, RULES, SLOW_RULES


def test_rules_are_found_in_their_declared_order():
    assert [r.order for r in DECLARED] == sorted({r.order for r in DECLARED})
    assert RULES == tuple(r.check for r in DECLARED)
    assert [r.name for r in DECLARED][:3] == [
        "missing_join_condition",
        "unbounded_select",
        "non_sargable_predicate",
    ]


def test_a_rule_reports_the_severity_it_declares():
    query = parse_query("SELECT * FROM t ORDER BY RANDOM() OFFSET 100000", "postgres")
    declared = {r.name: r.severity for r in DECLARED}
    found = [f for rule in RULES for f in rule(query)]
    assert {f.rule for f in found} >= {"select_star", "order_by_random", "large_offset"}
    assert all(f.severity == declared[f.rule] for f in found)


def test_slow_rules_are_the_ones_that_make_a_query_slow():
    assert SLOW_RULES == {
        "non_sargable_predicate",
        "leading_wildcard_like",
        "correlated_subquery_in_select",
        "not_in_subquery",
        "order_by_random",
        "large_offset",
        "missing_join_condition",
    }
