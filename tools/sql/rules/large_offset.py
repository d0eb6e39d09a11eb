"""Large OFFSET pagination reads and throws away every skipped row.

>>> from perfagent.tools.sql.parse import parse_query
>>> q = parse_query("SELECT a FROM t ORDER BY id LIMIT 20 OFFSET 50000", "postgres")
>>> [f.rule for f in large_offset(q)]
['large_offset']
>>> q = parse_query("SELECT a FROM t ORDER BY id LIMIT 50000, 20", "mysql")
>>> [f.rule for f in large_offset(q)]
['large_offset']
>>> large_offset(parse_query("SELECT a FROM t ORDER BY id LIMIT 20 OFFSET 40", "postgres"))
[]
"""

from __future__ import annotations

from sqlglot import exp

from perfagent.tools.sql.models import Finding
from perfagent.tools.sql.parse import Query
from perfagent.tools.sql.rules._util import SqlRule, finding

LARGE_OFFSET_ROWS = 1000


def large_offset(query: Query) -> list[Finding]:
    out = []
    for offset in query.nodes(exp.Offset):
        value = offset.expression
        if (
            isinstance(value, exp.Literal)
            and not value.is_string
            and value.this.isdigit()
            and int(value.this) >= LARGE_OFFSET_ROWS
        ):
            out.append(
                finding(
                    query,
                    RULE.name,
                    RULE.severity,
                    f"OFFSET {value.this} makes the database read and discard {value.this} rows "
                    "on every page.",
                    offset,
                    "paginate by key (keyset): WHERE (sort_key, id) > (:last_key, :last_id) "
                    "ORDER BY sort_key, id LIMIT n",
                )
            )
    return out


RULE = SqlRule(check=large_offset, order=90, severity="warning", slows_query=True)
