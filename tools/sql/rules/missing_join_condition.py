"""Two tables joined with no condition between them: a Cartesian product.

>>> from perfagent.tools.sql.parse import parse_query
>>> q = parse_query("SELECT a.x FROM a, b WHERE a.y = 1", "postgres")
>>> [f.rule for f in missing_join_condition(q)]
['missing_join_condition']
>>> missing_join_condition(parse_query("SELECT a.x FROM a, b WHERE a.id = b.a_id", "postgres"))
[]
"""

from __future__ import annotations

from sqlglot import exp

from perfagent.tools.sql.models import Finding
from perfagent.tools.sql.parse import Query
from perfagent.tools.sql.rules._util import SqlRule, finding, flatten


def _linked(where: exp.Expr | None, name: str) -> bool:
    """Does the WHERE clause compare a column of ``name`` with a column of another table?"""
    if where is None:
        return False
    for predicate in flatten(where.this, exp.And):
        for eq in predicate.find_all(exp.EQ, exp.In, exp.GT, exp.LT, exp.GTE, exp.LTE):
            columns = list(eq.find_all(exp.Column))
            tables = {c.table for c in columns}
            if (
                len(columns) >= 2
                and (name in tables or "" in tables)
                and len(tables) >= 2 - ("" in tables)
            ):
                return True
    return False


def missing_join_condition(query: Query) -> list[Finding]:
    out = []
    for select in query.nodes(exp.Select):
        for join in select.args.get("joins") or []:
            if join.args.get("on") is not None or join.args.get("using"):
                continue
            if (join.args.get("kind") or "").upper() == "CROSS" or join.args.get("side"):
                continue
            if isinstance(join.this, (exp.Unnest, exp.Lateral)) or join.args.get("method"):
                continue
            if not _linked(select.args.get("where"), join.this.alias_or_name):
                out.append(
                    finding(
                        query,
                        RULE.name,
                        RULE.severity,
                        f"Table {join.this.alias_or_name} is joined with no condition: every row "
                        "pairs with every other row (a Cartesian product).",
                        join.this,
                        "add JOIN ... ON with the key columns, or write CROSS JOIN if intended",
                    )
                )
    return out


RULE = SqlRule(check=missing_join_condition, order=10, severity="error", slows_query=True)
