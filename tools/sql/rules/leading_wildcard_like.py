"""LIKE '%x' cannot use a B-tree index: the database scans every row.

>>> from perfagent.tools.sql.parse import parse_query
>>> q = parse_query("SELECT a FROM t WHERE b LIKE '%x'", "mysql")
>>> [f.rule for f in leading_wildcard_like(q)]
['leading_wildcard_like']
>>> leading_wildcard_like(parse_query("SELECT a FROM t WHERE b LIKE 'x%'", "mysql"))
[]
"""

from __future__ import annotations

from sqlglot import exp

from perfagent.tools.sql.models import Finding
from perfagent.tools.sql.parse import Query
from perfagent.tools.sql.rules._util import SqlRule, finding


def leading_wildcard_like(query: Query) -> list[Finding]:
    out = []
    for like in query.nodes(exp.Like, exp.ILike):
        pattern = like.expression
        if (
            isinstance(pattern, exp.Literal)
            and pattern.is_string
            and pattern.this[:1] in "%_"
            and pattern.this
        ):
            out.append(
                finding(
                    query,
                    RULE.name,
                    RULE.severity,
                    "LIKE with a leading wildcard cannot use a B-tree index, so every row is read.",
                    like,
                    "use full-text search or a trigram index (PostgreSQL pg_trgm), "
                    "or anchor the pattern at the start",
                )
            )
    return out


RULE = SqlRule(check=leading_wildcard_like, order=40, severity="warning", slows_query=True)
