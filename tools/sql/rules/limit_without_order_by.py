"""LIMIT without ORDER BY returns an arbitrary, plan-dependent set of rows.

Not when the SELECT can return at most one row, where order means nothing: every table it
reads is pinned by AND-ed equalities (to a value, or to a pinned table's column) covering a
unique key. The unique keys come from the database (``Query.unique_keys``); without them, a
column named ``id`` or ``pk`` under ``LIMIT 2`` is taken for the key, and ``LIMIT 21`` with
equalities is Django's ``.get()`` (it fetches MAX_GET_RESULTS = 21 rows to word its
MultipleObjectsReturned error, and clears the ordering first).

>>> from perfagent.tools.sql.parse import parse_query
>>> [f.rule for f in limit_without_order_by(parse_query("SELECT a FROM t LIMIT 10", "postgres"))]
['limit_without_order_by']
>>> q = parse_query("SELECT a FROM t WHERE EXISTS (SELECT 1 FROM u LIMIT 1)", "postgres")
>>> limit_without_order_by(q)
[]
>>> get = 'SELECT "p"."id" FROM "p" WHERE "p"."code" = %s LIMIT 21'
>>> limit_without_order_by(parse_query(get, "postgres"))
[]
>>> q = parse_query("SELECT id FROM p WHERE code = %s LIMIT 50", "postgres")
>>> q.unique_keys = {"p": [["id"], ["code"]]}
>>> limit_without_order_by(q)
[]
"""

from __future__ import annotations

from sqlglot import exp

from perfagent.tools.sql.models import Finding
from perfagent.tools.sql.parse import Query
from perfagent.tools.sql.rules._util import SqlRule, finding, flatten

# Django's QuerySet.get() reads this many rows (django.db.models.query.MAX_GET_RESULTS).
DJANGO_GET_LIMIT = 21
# Without the database's unique keys, a small LIMIT on these columns is a lookup by key.
KEY_NAMES = (["id"], ["pk"])
KEY_LIMITS = (2, DJANGO_GET_LIMIT)


def _limit_value(select: exp.Select) -> int | None:
    limit = select.args.get("limit")
    if isinstance(limit, exp.Limit) and isinstance(limit.expression, exp.Literal):
        try:
            return int(limit.expression.this)
        except ValueError:
            return None
    return None


def _pinned_to_one_row(select: exp.Select, query: Query, limit: int | None) -> bool:
    """Whether AND-ed equalities pin every table the SELECT reads to at most one row."""
    sources: list[exp.Expr] = []
    from_ = select.args.get("from_")
    if from_ is not None:
        sources.append(from_.this)
    joins = select.args.get("joins") or []
    sources.extend(j.this for j in joins)
    if not sources or not all(isinstance(s, exp.Table) and s.name for s in sources):
        return False  # a derived table or function: its rows are not keyed
    tables = {s.alias_or_name: s.name for s in sources}

    def alias_of(column: exp.Column) -> str | None:
        if column.table:
            return column.table if column.table in tables else None
        return next(iter(tables)) if len(tables) == 1 else None

    # For each table: (its column, the alias whose column it equals, or None for a value).
    equal: dict[str, list[tuple[str, str | None]]] = {alias: [] for alias in tables}
    conditions = [w.this for w in [select.args.get("where")] if w is not None]
    conditions += [j.args["on"] for j in joins if j.args.get("on") is not None]
    for condition in conditions:
        for predicate in flatten(condition, exp.And):
            if not isinstance(predicate, exp.EQ):
                continue
            left, right = predicate.this, predicate.expression
            for column, other in ((left, right), (right, left)):
                if not isinstance(column, exp.Column) or (alias := alias_of(column)) is None:
                    continue
                if isinstance(other, exp.Column):
                    other_alias = alias_of(other)
                    if other_alias is not None and other_alias != alias:
                        equal[alias].append((column.name.lower(), other_alias))
                elif other.find(exp.Column) is None:
                    equal[alias].append((column.name.lower(), None))

    def keys(table: str) -> list[list[str]] | None:
        """The table's unique keys; None when any equality will do (Django's .get())."""
        if table in query.unique_keys:
            return [[c.lower() for c in key] for key in query.unique_keys[table]]
        if limit == DJANGO_GET_LIMIT and select.args.get("offset") is None:
            return None
        return list(KEY_NAMES) if limit in KEY_LIMITS else []

    pinned: set[str] = set()
    grew = True
    while grew:
        grew = False
        for alias, table in tables.items():
            if alias in pinned:
                continue
            fixed = {col for col, other in equal[alias] if other is None or other in pinned}
            table_keys = keys(table)
            if fixed and (table_keys is None or any(k and set(k) <= fixed for k in table_keys)):
                pinned.add(alias)
                grew = True
    return len(pinned) == len(tables)


def limit_without_order_by(query: Query) -> list[Finding]:
    out = []
    for select in query.nodes(exp.Select):
        limit = select.args.get("limit")
        if limit is None or select.args.get("order") is not None:
            continue
        value = _limit_value(select)
        if value == 1:
            continue  # LIMIT 1 as an existence probe: any row will do
        if select.find_ancestor(exp.Exists) is not None or not select.args.get("from_"):
            continue
        if _pinned_to_one_row(select, query, value):
            continue  # a lookup by key: at most one row, so no order to choose
        out.append(
            finding(
                query,
                RULE.name,
                RULE.severity,
                "LIMIT without ORDER BY returns whichever rows the plan reaches first; results "
                "change between runs and pages can overlap.",
                limit,
                "add ORDER BY on a unique key",
            )
        )
    return out


RULE = SqlRule(check=limit_without_order_by, order=120, severity="warning", slows_query=False)
