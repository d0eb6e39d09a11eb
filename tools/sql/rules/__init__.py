"""Anti-pattern rules, one module each; ``RULES`` is their order in a report.

>>> from tools.sql.parse import parse_query
>>> sorted({f.rule for f in check(parse_query("SELECT * FROM t ORDER BY RANDOM()", "postgres"))})
['order_by_random', 'select_star']
"""

from __future__ import annotations

from tools.sql.models import Finding
from tools.sql.parse import Query
from tools.sql.rules.correlated_subquery_in_select import correlated_subquery_in_select
from tools.sql.rules.distinct_with_group_by import distinct_with_group_by
from tools.sql.rules.large_offset import large_offset
from tools.sql.rules.leading_wildcard_like import leading_wildcard_like
from tools.sql.rules.limit_without_order_by import limit_without_order_by
from tools.sql.rules.missing_join_condition import missing_join_condition
from tools.sql.rules.non_sargable_predicate import non_sargable_predicate
from tools.sql.rules.not_in_subquery import not_in_subquery
from tools.sql.rules.or_across_columns import or_across_columns
from tools.sql.rules.order_by_random import order_by_random
from tools.sql.rules.select_star import select_star
from tools.sql.rules.unbounded_select import unbounded_select

RULES = (
    missing_join_condition,
    unbounded_select,
    non_sargable_predicate,
    leading_wildcard_like,
    not_in_subquery,
    correlated_subquery_in_select,
    or_across_columns,
    order_by_random,
    large_offset,
    select_star,
    distinct_with_group_by,
    limit_without_order_by,
)


def check(query: Query) -> list[Finding]:
    """Every rule's findings for one parsed query, in RULES order."""
    findings: list[Finding] = []
    for rule in RULES:
        try:
            findings.extend(rule(query))
        except Exception as exc:  # noqa: BLE001 - one rule's bug must not sink a 100k-query log
            findings.append(Finding(
                rule="rule_failed", severity="info",
                message=f"rule {rule.__name__} failed on this query ({type(exc).__name__}: "
                f"{exc}); please report it.", line=query.line))
    return findings
