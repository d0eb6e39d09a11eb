"""OR between conditions on different columns usually defeats single-column indexes.

>>> from perfagent.tools.sql.parse import parse_query
>>> q = parse_query("SELECT a FROM t WHERE b = 1 OR c = 2", "sqlite")
>>> [f.rule for f in or_across_columns(q)]
['or_across_columns']
>>> or_across_columns(parse_query("SELECT a FROM t WHERE b = 1 OR b = 2", "sqlite"))
[]
"""

from __future__ import annotations

from sqlglot import exp

from perfagent.tools.sql.models import Finding
from perfagent.tools.sql.parse import Query
from perfagent.tools.sql.rules._util import SqlRule, conditions, finding, flatten


def or_across_columns(query: Query) -> list[Finding]:
    out = []
    for condition in conditions(query):
        for predicate in flatten(condition, exp.And):
            if not isinstance(predicate, exp.Or):
                continue
            columns = set()
            for operand in flatten(predicate, exp.Or):
                columns |= {(c.table, c.name) for c in operand.find_all(exp.Column)}
            if len({name for _, name in columns}) > 1:
                out.append(
                    finding(
                        query,
                        RULE.name,
                        RULE.severity,
                        "OR across different columns often forces a full scan instead of index "
                        "use.",
                        predicate,
                        "split into UNION ALL of one query per column, each served by its own "
                        "index",
                    )
                )
    return out


RULE = SqlRule(check=or_across_columns, order=70, severity="info", slows_query=False)
