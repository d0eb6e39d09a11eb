"""N+1 detection from a request log, with Sentry's thresholds.

The same fingerprint repeated >= 5 times inside one request, taking >= 50 ms together,
is a loop issuing one query per item; the batched query fetches them all at once.

>>> from perfagent.tools.sql.models import LogEntry
>>> log = [LogEntry(sql=f"SELECT * FROM items WHERE order_id = {i}", duration_ms=12,
...                 request_id="r1") for i in range(6)]
>>> [(n.repeats, n.total_ms, n.batched_query) for n in detect_n_plus_one(log)]
[(6, 72.0, 'SELECT * FROM items WHERE order_id IN (0, 1, 2, 3, 4, 5)')]
"""

from __future__ import annotations

from collections import defaultdict

from sqlglot import exp

from perfagent.tools.sql.models import LogEntry, NPlusOne
from perfagent.tools.sql.parse import (
    QueryRefused,
    UnparsableQuery,
    dialect_name,
    driver_placeholders,
    fingerprint,
    parse_query,
)

MIN_REPEATS = 5
MIN_TOTAL_MS = 50.0


LOOP_VALUES = "one IN list of the loop's values"


def batched_query(samples: list[str], dialect: str) -> str:
    """Turn ``WHERE key = <literal>`` repeated over literals into one ``WHERE key IN (...)``.

    >>> samples = ["SELECT a FROM t WHERE k = 1 AND x = 'y'",
    ...            "SELECT a FROM t WHERE k = 2 AND x = 'y'"]
    >>> batched_query(samples, "postgres")
    "SELECT a FROM t WHERE k IN (1, 2) AND x = 'y'"
    """
    return batch(samples, dialect)[0]


def batch(samples: list[str], dialect: str) -> tuple[str, str]:
    """The one query that fetches what the loop fetched, and a sentence about it: "" for an IN
    list of the samples' own literals, LOOP_VALUES for a statement recorded with placeholders
    (request traces keep no values), or, with no query, why there is none.

    >>> sql, said = batch(["SELECT title FROM book WHERE ? = book.author_id AND book.shelf = 3"]
    ...                   * 2, "sqlite")
    >>> sql
    'SELECT title FROM book WHERE book.author_id IN (?, ?, ...) AND book.shelf = 3'
    >>> said
    "one IN list of the loop's values"
    >>> batch(["SELECT title FROM book WHERE book.author_id = %(id_1)s"] * 2, "mysql")[0]
    'SELECT title FROM book WHERE book.author_id IN (%(id_1)s, %(id_1)s, ...)'
    >>> batch(["SELECT a FROM t WHERE b = ? AND c = ?"] * 2, "sqlite")[1]
    'it compares 2 columns to placeholders and the trace kept no values, so which one the loop
    varies is unknown'
    """
    try:
        trees = [parse_query(s, dialect).tree for s in samples]
    except (UnparsableQuery, QueryRefused) as exc:
        return "", f"the statement could not be parsed to batch it ({exc})"
    first = trees[0]
    # The equality whose literal differs between the samples is the loop variable.
    eqs = [list(t.find_all(exp.EQ)) for t in trees]
    for position, eq in enumerate(eqs[0]):
        if not (isinstance(eq.this, exp.Column) and isinstance(eq.expression, exp.Literal)):
            continue
        values = []
        for other in eqs:
            if position < len(other) and isinstance(other[position].expression, exp.Literal):
                values.append(other[position].expression)
        distinct = list({v.sql(): v for v in values}.values())
        if len(distinct) < 2:
            continue
        batched = first.copy()
        target = list(batched.find_all(exp.EQ))[position]
        target.replace(exp.In(this=target.this.copy(), expressions=[v.copy() for v in distinct]))
        return batched.sql(dialect=dialect), ""
    # Recorded with placeholders: the one ``column = ?`` is the loop variable.
    batched = first.copy()
    slots = [
        (eq, column, other)
        for eq in batched.find_all(exp.EQ)
        for column, other in ((eq.this, eq.expression), (eq.expression, eq.this))
        if isinstance(column, exp.Column) and isinstance(other, (exp.Placeholder, exp.Parameter))
    ]
    if len(slots) > 1:
        return "", (
            f"it compares {len(slots)} columns to placeholders and the trace kept no values, "
            "so which one the loop varies is unknown"
        )
    if not slots:
        return "", (
            "the repeats differ in no `column = value` comparison, so there is no loop "
            "variable to make an IN list of"
        )
    eq, column, placeholder = slots[0]
    eq.replace(
        exp.In(
            this=column.copy(),
            expressions=[placeholder.copy(), placeholder.copy(), exp.var("...")],
        )
    )
    if driver_placeholders(samples[0], dialect) != samples[0]:
        # Written as the app's driver writes them (PyMySQL's %(name)s), not as sqlglot read them
        for node in list(batched.find_all(exp.Placeholder)):
            node.replace(exp.var(f"%({node.this})s" if node.this else "%s"))
    return batched.sql(dialect=dialect), LOOP_VALUES


def detect_n_plus_one(
    entries: list[LogEntry],
    *,
    dialect: str = "postgres",
    min_repeats: int = MIN_REPEATS,
    min_total_ms: float = MIN_TOTAL_MS,
) -> list[NPlusOne]:
    name = dialect_name(dialect)
    groups: dict[tuple[str, str], list[LogEntry]] = defaultdict(list)
    for entry in entries:
        if entry.request_id is None:
            continue
        try:
            key = fingerprint(entry.sql, name)
        except (UnparsableQuery, QueryRefused):
            continue
        groups[(entry.request_id, key)].append(entry)
    found = []
    for (request, key), group in groups.items():
        total = sum(e.duration_ms for e in group)
        if len(group) < min_repeats or total < min_total_ms:
            continue
        query, said = batch([e.sql for e in group[:1000]], name)
        found.append(
            NPlusOne(
                request_id=request,
                fingerprint=key,
                repeats=len(group),
                total_ms=round(total, 3),
                sample=group[0].sql,
                batched_query=query,
                batched_note=said,
            )
        )
    return sorted(found, key=lambda n: -n.total_ms)
