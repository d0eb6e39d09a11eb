"""Anti-pattern rules, one module each, declaring itself as ``RULE`` (its check, order,
severity, whether it slows the query); ``RULES`` is their checks in report order.
Adding a rule is adding its module (and its fixture under tests/sql/fixtures/rules).

>>> from perfagent.tools.sql.parse import parse_query
>>> sorted({f.rule for f in check(parse_query("SELECT * FROM t ORDER BY RANDOM()", "postgres"))})
['order_by_random', 'select_star']
"""

from __future__ import annotations

import importlib
import pkgutil

from perfagent.tools.sql.models import Finding
from perfagent.tools.sql.parse import Query
from perfagent.tools.sql.rules._util import SqlRule


def discover() -> tuple[SqlRule, ...]:
    """Every rule module's declared ``RULE``, in their declared order (helpers are ``_*``)."""
    found = [
        importlib.import_module(f"{__name__}.{m.name}").RULE
        for m in pkgutil.iter_modules(__path__)
        if not m.name.startswith("_")
    ]
    orders = [r.order for r in found]
    if len(set(orders)) != len(orders):
        raise ValueError(f"two SQL rules declare one order: {sorted(orders)}")
    return tuple(sorted(found, key=lambda r: r.order))


DECLARED: tuple[SqlRule, ...] = discover()
RULES = tuple(r.check for r in DECLARED)
SLOW_RULES = frozenset(r.name for r in DECLARED if r.slows_query)


def check(query: Query) -> list[Finding]:
    """Every rule's findings for one parsed query, in RULES order."""
    findings: list[Finding] = []
    for rule in RULES:
        try:
            findings.extend(rule(query))
        except Exception as exc:  # noqa: BLE001 - one rule's bug must not sink a 100k-query log
            findings.append(
                Finding(
                    rule="rule_failed",
                    severity="info",
                    message=f"rule {rule.__name__} failed on this query ({type(exc).__name__}: "
                    f"{exc}); please report it.",
                    line=query.line,
                )
            )
    return findings
