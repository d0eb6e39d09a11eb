"""A function or cast on a filtered column hides the column from its index.

>>> from perfagent.tools.sql.parse import parse_query
>>> sql = "SELECT a FROM t WHERE lower(email) = 'x' AND created::date = '2024-01-01'"
>>> q = parse_query(sql, "postgres")
>>> [f.evidence for f in non_sargable_predicate(q)]
["LOWER(email) = 'x'", "CAST(created AS DATE) = '2024-01-01'"]
>>> non_sargable_predicate(parse_query("SELECT a FROM t WHERE email = lower('X')", "postgres"))
[]

A bare cast to a string type is not flagged: it is how ORMs write every string lookup
(Django's ``"api_key"::text LIKE 'ab%'``), and on a string column PostgreSQL treats it as a
relabel and still uses the column's index (checked on PostgreSQL 15: an index scan for
``varchar_col::text LIKE 'abc%'`` with ``varchar_pattern_ops``, a sequential scan for
``int_col::text = '5'``). The rule sees no column types, so the second kind is left to the
plan, where a sequential scan on a large table is its own finding.

>>> non_sargable_predicate(parse_query("SELECT a FROM t WHERE k::text LIKE 'ab%'", "postgres"))
[]
>>> [f.evidence for f in non_sargable_predicate(
...     parse_query("SELECT a FROM t WHERE UPPER(email::text) = UPPER('x')", "postgres"))]
["UPPER(CAST(email AS TEXT)) = UPPER('x')"]
"""

from __future__ import annotations

from sqlglot import exp

from perfagent.tools.sql.models import Finding
from perfagent.tools.sql.parse import Query
from perfagent.tools.sql.rules._util import COMPARISONS, SqlRule, conditions, finding, flatten

_STRING_TYPES = {exp.DataType.Type.TEXT, exp.DataType.Type.VARCHAR, exp.DataType.Type.CHAR}


def _wraps_column(side: exp.Expr) -> bool:
    """True when ``side`` computes on a column: f(col), CAST(col), col + 1."""
    if isinstance(side, (exp.Column, exp.Literal, exp.Subquery, exp.Paren)):
        return False
    if (
        isinstance(side, exp.Cast)
        and isinstance(side.this, exp.Column)
        and side.to.this in _STRING_TYPES
    ):
        return False  # a relabel on a string column (module docstring)
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
