"""A function or cast on a filtered column hides the column from its index.

>>> from perfagent.tools.sql.parse import parse_query
>>> sql = "SELECT a FROM t WHERE lower(email) = 'x' AND created::date = '2024-01-01'"
>>> q = parse_query(sql, "postgres")
>>> [f.evidence for f in non_sargable_predicate(q)]
["LOWER(email) = 'x'", "CAST(created AS DATE) = '2024-01-01'"]
>>> non_sargable_predicate(parse_query("SELECT a FROM t WHERE email = lower('X')", "postgres"))
[]
"""

from __future__ import annotations

from sqlglot import exp

from perfagent.tools.sql.models import Finding
from perfagent.tools.sql.parse import Query
from perfagent.tools.sql.rules._util import COMPARISONS, SqlRule, conditions, finding, flatten


def _wraps_column(side: exp.Expr) -> bool:
    """True when ``side`` computes on a column: f(col), CAST(col), col + 1."""
    if isinstance(side, (exp.Column, exp.Literal, exp.Subquery, exp.Paren)):
        return False
    if not isinstance(side, (exp.Func, exp.Cast, exp.Binary, exp.Unary)):
        return False
    if isinstance(side, (exp.Binary, exp.Unary)) and not isinstance(
        side, (exp.Add, exp.Sub, exp.Mul, exp.Div, exp.DPipe, exp.Neg)
    ):
        return False
    return side.find(exp.Column) is not None and side.find(exp.Select) is None


def non_sargable_predicate(query: Query) -> list[Finding]:
    out = []
    for condition in conditions(query):
        for predicate in flatten(condition, exp.And):
            if not isinstance(predicate, COMPARISONS):
                continue
            sides = [predicate.this]
            if not isinstance(predicate, (exp.In, exp.Between)):
                sides.append(predicate.expression)
            # col1 = f(col2) in a join is normal; flag only when the other side is constant.
            if len(sides) == 2 and all(s.find(exp.Column) is not None for s in sides):
                continue
            if any(_wraps_column(s) for s in sides):
                out.append(
                    finding(
                        query,
                        RULE.name,
                        RULE.severity,
                        "A function or cast on a filtered column stops the database from using "
                        "an index on that column.",
                        predicate,
                        "compare the bare column (e.g. a range instead of a date cast) "
                        "or create an expression index",
                    )
                )
    return out


RULE = SqlRule(check=non_sargable_predicate, order=30, severity="warning", slows_query=True)
