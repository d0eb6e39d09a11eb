"""Values for a statement recorded without them: request traces keep a statement's
placeholders (``?``, ``:name``, a driver's ``%s`` / ``%(name)s``) and lose what was bound.

A placeholder compared to a column (``col = ?``, ``col IN (?, ...)``, ``col > ?`` ...) takes
that column's most frequent value (its next most frequent ones along an IN list), ``LIMIT ?`` a
page of rows and ``OFFSET ?`` the first. A placeholder compared to no column (``SELECT ? + 1``)
has no such value. The SQLite and MariaDB/MySQL seams read the columns and the frequent values;
the choice of values and the words for them are here, the same for both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlglot import exp

from perfagent.tools.errors import InputError
from perfagent.tools.sql.parse import Parameter, Query

# What a placeholder without a value is timed with: LIMIT ? a page of rows, OFFSET ? the first.
LIMIT_VALUE = 50
OFFSET_VALUE = 0
# A column's most frequent value is counted over at most this many of its rows.
SAMPLE_ROWS = 100_000

Params = tuple | dict


def literal(value: object) -> str:
    """A value as it reads in SQL, kept short for a note.

    >>> literal("it's"), literal(None), literal(7), literal("x" * 50)[-5:]
    ("'it''s'", 'NULL', '7', 'xx...')
    """
    if value is None:
        return "NULL"
    if isinstance(value, str):
        text = "'" + value.replace("'", "''") + "'"
    elif isinstance(value, bytes):
        text = "X'" + value.hex() + "'"
    else:
        text = str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def bind(params: list[Parameter], values: dict[int, object]) -> Params:
    """Values by parameter number as a DB-API driver takes them: a dict when every placeholder
    is named, else a sequence in number order."""
    if all(p.name for p in params):
        return {str(p.name): values[p.index] for p in params}
    return tuple(values[p.index] for p in params)


@dataclass
class Binding:
    """How a statement recorded without its values is planned and timed. ``values`` is None
    when a placeholder has nothing to take a representative value from: then it is not timed."""

    nulls: Params
    values: Params | None
    note: str


def most_frequent_sql(table: str, column: str, count: int) -> str:
    """The query for a column's ``count`` most frequent values but NULL over its first
    SAMPLE_ROWS rows (one GROUP BY, bounded); ``table`` and ``column`` quoted by the dialect.

    >>> most_frequent_sql('"t"', '"c"', 2)
    'SELECT v FROM (SELECT "c" AS v FROM "t" WHERE "c" IS NOT NULL LIMIT 100000) AS sample GROUP BY v ORDER BY count(*) DESC, v LIMIT 2'
    """  # noqa: E501
    return (
        f"SELECT v FROM (SELECT {column} AS v FROM {table} WHERE {column} IS NOT NULL "
        f"LIMIT {SAMPLE_ROWS}) AS sample GROUP BY v ORDER BY count(*) DESC, v "
        f"LIMIT {max(count, 1)}"
    )


def placeholders_said(count: int) -> str:
    return (
        f"the trace recorded its {count} placeholders without values"
        if count > 1
        else "the trace recorded its placeholder without a value"
    )


def representative(
    query: Query,
    params: list[Parameter],
    columns: Callable[[str], list[str]],
    most_frequent: Callable[[str, str, int], list[object]],
) -> tuple[dict[int, object], list[str], str]:
    """Each placeholder's value, the words for them, and why one has none ("" if all do; else
    the values are those found, for a plan, and there are no words: it is not timed).
    ``columns(table)`` lists a table's columns (InputError: no such table);
    ``most_frequent(table, column, count)`` its ``count`` most frequent values but NULL."""
    # The advisor's scope-aware resolver: an alias is looked up in the column's own SELECT
    # first (Django reuses U0 in both halves of a UNION).
    from perfagent.tools.sql.advisor import column_resolver

    columns_of: dict[str, list[str]] = {}
    for name in query.tables:
        try:
            columns_of[name] = columns(name)
        except InputError:
            columns_of[name] = []
    resolve = column_resolver(query, columns_of)

    def owner(column: exp.Column) -> str | None:
        table = resolve(column)
        if table is None:
            return None
        known = {c.lower() for c in columns_of.get(table.name, [])}
        return table.name if column.name.lower() in known else None

    values: dict[int, object] = {}
    # What each placeholder (an IN list's all together) was bound to, by (column, context).
    words: dict[tuple[str, str], list[str]] = {}
    frequent: dict[tuple[str, str], list[object]] = {}
    missing = ""
    for param in params:
        if param.role in ("limit", "offset"):
            values[param.index] = LIMIT_VALUE if param.role == "limit" else OFFSET_VALUE
            words[(f"{param.role.upper()} {values[param.index]}", "")] = []
            continue
        table = owner(param.column) if param.column is not None else None
        if param.column is None or table is None:
            where = f"`{param.context}`" if param.context else "the statement"
            missing = missing or (
                f"the placeholder in {where} is compared to no column of a table to take "
                "a representative value from"
            )
            continue
        name = f"{table}.{param.column.name}"
        key = (table, param.column.name)
        if key not in frequent:
            wanted = sum(1 for p in params if p.column is not None and p.context == param.context)
            frequent[key] = most_frequent(table, param.column.name, min(wanted, 100))
        found = frequent[key]
        if not found:
            missing = missing or f"{table} has no row with a {param.column.name} but NULL"
            continue
        value = found[param.in_list % len(found)]
        values[param.index] = value
        words.setdefault((name, param.context), []).append(literal(value))
    if missing:
        return values, [], missing
    said = []
    for (what, _), bound in words.items():
        if not bound:
            said.append(what)
        elif len(bound) == 1:
            said.append(f"{what}'s most frequent value ({bound[0]})")
        else:
            said.append(f"{what}'s {len(bound)} most frequent values ({', '.join(bound)})")
    return values, list(dict.fromkeys(said)), ""
