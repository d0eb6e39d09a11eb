"""NOT IN (subquery) is wrong with NULLs and often plans badly; NOT EXISTS is the anti-join.

>>> from perfagent.tools.sql.parse import parse_query
>>> q = parse_query("SELECT a FROM t WHERE a NOT IN (SELECT b FROM u)", "postgres")
>>> [f.rule for f in not_in_subquery(q)]
['not_in_subquery']
>>> not_in_subquery(parse_query("SELECT a FROM t WHERE a NOT IN (1, 2)", "postgres"))
[]
"""

from __future__ import annotations

from sqlglot import exp

from perfagent.tools.sql.models import Finding
from perfagent.tools.sql.parse import Query
from perfagent.tools.sql.rules._util import SqlRule, finding


def not_in_subquery(query: Query) -> list[Finding]:
    out = []
    for negation in query.nodes(exp.Not):
        inner = negation.this
        if isinstance(inner, exp.Paren):
            inner = inner.this
        if isinstance(inner, exp.In) and inner.args.get("query") is not None:
            out.append(
                finding(
                    query,
                    RULE.name,
                    RULE.severity,
                    "NOT IN (subquery) returns no rows if the subquery yields a NULL, and often "
                    "cannot be planned as an anti-join.",
                    negation,
                    "rewrite as NOT EXISTS (SELECT 1 FROM ... WHERE inner.key = outer.key)",
                )
            )
    return out


RULE = SqlRule(check=not_in_subquery, order=50, severity="warning", slows_query=True)
