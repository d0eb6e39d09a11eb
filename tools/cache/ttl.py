"""TTLs reasoned from measured traffic: reads and writes per table, and the staleness a
reader tolerates.

The rule, per table (``S`` = staleness tolerance, ``W`` = mean time between writes):

    no reads                      nothing to cache
    no writes                     TTL = S: the data did not change while measured
    fewer than 2 reads per write  do not cache: a value serves < 2 reads before it changes
    W unknown (no time window)    TTL = S, and delete the table's keys after each write
    W >= S                        TTL = S: a TTL alone keeps every read within tolerance
    W <  S                        TTL = W, and delete the table's keys after each write
                                  (the TTL then only bounds a lost or raced invalidation)

A cached item that reads several tables takes the strictest of their advice.

>>> traffic = table_traffic([
...     QueryClass(fingerprint="", fingerprint_id="1", sample="SELECT * FROM products", calls=900),
...     QueryClass(fingerprint="", fingerprint_id="2", calls=6,
...                sample="UPDATE products SET price_cents = 1 WHERE id = 2"),
... ], "sqlite")
>>> [(t.table, t.reads, t.writes) for t in traffic]
[('products', 900, 6)]
>>> print(recommend_ttl(reads=900, writes=6, window_s=60, staleness_s=30).reasoning)
900 reads and 6 writes in 60 s: one write every 10 s on average, more often than the 30 s
staleness tolerance: TTL 10 s (the write interval) and delete the table's keys after each write;
the TTL bounds a lost or raced invalidation
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from pydantic import BaseModel
from sqlglot import exp

from perfagent.tools.cache.models import TableTraffic, TtlAdvice
from perfagent.tools.errors import PerfagentError
from perfagent.tools.sql.models import QueryClass
from perfagent.tools.sql.parse import parse_query

WRITE_KINDS = frozenset({"insert", "update", "delete", "merge"})
MIN_READS_PER_WRITE = 2.0


class Access(BaseModel):
    """What one statement does to which tables."""

    kind: str
    reads: list[str]
    writes: list[str]


def access(sql: str, dialect: str = "postgres") -> Access:
    """The tables a statement reads and the ones it writes (CTE names left out).

    >>> access("INSERT INTO audit (id) SELECT id FROM orders WHERE total > 10", "sqlite")
    Access(kind='insert', reads=['orders'], writes=['audit'])
    >>> access("WITH c AS (SELECT * FROM t) SELECT * FROM c JOIN d ON c.id = d.id").reads
    ['d', 't']
    """
    query = parse_query(sql, dialect)
    ctes = {cte.alias for cte in query.tree.find_all(exp.CTE)}
    tables = [t for t in query.tables if t not in ctes]
    written: list[str] = []
    if query.kind in WRITE_KINDS and isinstance(query.tree.this, exp.Expression):
        target = query.tree.this.find(exp.Table)
        written = [target.name] if target is not None and target.name else []
    return Access(kind=query.kind, reads=sorted(set(tables) - set(written)), writes=written)


def table_traffic(classes: Iterable[QueryClass], dialect: str) -> list[TableTraffic]:
    """Reads and writes per table, summed over query classes (calls, and their time).

    A write statement's own reads (``UPDATE ... WHERE id IN (SELECT ...)``) are not
    counted as reads: nothing caches them. Statements that do not parse are skipped.
    """
    by_table: dict[str, TableTraffic] = {}
    for c in classes:
        try:
            found = access(c.sample, dialect)
        except PerfagentError:
            continue
        is_write = found.kind in WRITE_KINDS
        for name in found.writes if is_write else found.reads:
            t = by_table.setdefault(name, TableTraffic(table=name))
            if is_write:
                t.writes += c.calls
                t.write_ms += c.total_ms
            else:
                t.reads += c.calls
                t.read_ms += c.total_ms
    return sorted(by_table.values(), key=lambda t: (-(t.reads + t.writes), t.table))


def recommend_ttl(
    *,
    reads: int,
    writes: int,
    window_s: float | None,
    staleness_s: float,
    min_reads_per_write: float = MIN_READS_PER_WRITE,
) -> TtlAdvice:
    """The TTL for values read from a table with this traffic, and why.

    Read-mostly: nothing written, the staleness tolerance is the TTL.

    >>> a = recommend_ttl(reads=12_360, writes=0, window_s=10.0, staleness_s=60)
    >>> a.ttl_s, a.invalidate_on_write, a.reads_per_s
    (60, False, 1236.0)

    Written every 10 s, with 30 s tolerated: TTL 10 s, and invalidate on write.

    >>> a = recommend_ttl(reads=900, writes=6, window_s=60, staleness_s=30)
    >>> a.ttl_s, a.invalidate_on_write, a.write_interval_s
    (10, True, 10.0)

    Written every 120 s, with 60 s tolerated: the TTL alone is enough.

    >>> a = recommend_ttl(reads=500, writes=1, window_s=120, staleness_s=60)
    >>> a.ttl_s, a.invalidate_on_write
    (60, False)

    As many writes as reads: caching cannot pay.

    >>> a = recommend_ttl(reads=40, writes=30, window_s=10, staleness_s=60)
    >>> a.cache, a.ttl_s, a.reasoning
    (False, None, '40 reads and 30 writes in 10 s: 1.3 reads per write, so a cached value ...')
    """
    reads_per_s = writes_per_s = interval_s = None
    if window_s:
        reads_per_s, writes_per_s = reads / window_s, writes / window_s
    where = f"in {_num(window_s)} s" if window_s else "in the query counts (time window unknown)"
    head = f"{reads:,} reads and {writes:,} writes {where}"
    staleness = max(1, math.floor(staleness_s))

    def advice(
        cache: bool, ttl_s: int | None, invalidate: bool, why: str, summary: str
    ) -> TtlAdvice:
        return TtlAdvice(
            cache=cache,
            reads=reads,
            writes=writes,
            ttl_s=ttl_s,
            invalidate_on_write=invalidate,
            reads_per_s=_round(reads_per_s),
            writes_per_s=_round(writes_per_s),
            write_interval_s=_round(interval_s),
            reasoning=f"{head}: {why}",
            summary=summary,
        )

    if reads == 0:
        return advice(
            False, None, False, "nothing read it, so there is nothing to cache", "not read"
        )
    if writes == 0:
        return advice(
            True,
            staleness,
            False,
            "no write while measured, so the staleness tolerance "
            f"({_num(staleness_s)} s) "
            "alone bounds the TTL; delete its keys after any write outside the measured "
            "workload",
            f"no write {where} → the staleness tolerance",
        )
    per_write = reads / writes
    if per_write < min_reads_per_write:
        return advice(
            False,
            None,
            False,
            f"{per_write:.1f} reads per write, so a cached value would serve fewer than "
            f"{_num(min_reads_per_write)} reads before a write replaces it (hit rate at "
            f"most {max(0.0, 1 - writes / reads):.0%}): do not cache",
            f"{per_write:.1f} reads per write → not worth caching",
        )
    if not window_s:
        return advice(
            True,
            staleness,
            True,
            f"{per_write:,.0f} reads per write, but without a time window the write "
            "interval is unknown: TTL at the staleness tolerance "
            f"({_num(staleness_s)} s) "
            "and delete the table's keys after each write",
            "write interval unknown → the staleness tolerance, invalidate on write",
        )
    interval_s = window_s / writes
    if interval_s >= staleness_s:
        return advice(
            True,
            staleness,
            False,
            f"one write every {_num(interval_s)} s on average, rarer than the "
            f"{_num(staleness_s)} s staleness tolerance, so a TTL of {staleness} s keeps "
            "every read within tolerance without invalidation",
            f"a write every {_num(interval_s)} s, rarer than the tolerance → the "
            "staleness tolerance",
        )
    ttl_s = max(1, math.floor(interval_s))
    return advice(
        True,
        ttl_s,
        True,
        f"one write every {_num(interval_s)} s on average, more often than the "
        f"{_num(staleness_s)} s staleness tolerance: TTL {ttl_s} s (the write interval) "
        "and delete the table's keys after each write; the TTL bounds a lost or raced "
        "invalidation",
        f"a write every {_num(interval_s)} s, more often than the tolerance → the write "
        "interval, invalidate on write",
    )


def strictest(advice: dict[str, TtlAdvice]) -> TtlAdvice | None:
    """The advice for an item reading several tables: the shortest TTL, invalidating if any does.

    >>> a = {"orders": recommend_ttl(reads=900, writes=6, window_s=60, staleness_s=30),
    ...      "products": recommend_ttl(reads=500, writes=0, window_s=60, staleness_s=30)}
    >>> s = strictest(a)
    >>> s.ttl_s, s.invalidate_on_write, s.bound_by
    (10, True, 'orders')
    """
    if not advice:
        return None
    refused = [(n, a) for n, a in advice.items() if not a.cache and a.writes]
    if refused:  # one table written too often for caching to pay sinks the item
        name, worst = refused[0]
    else:
        usable = [(n, a) for n, a in advice.items() if a.cache]
        if not usable:
            return None
        name, worst = min(usable, key=lambda p: (p[1].ttl_s or 0, not p[1].invalidate_on_write))
    invalidate = any(a.invalidate_on_write for a in advice.values())
    return worst.model_copy(update={"bound_by": name, "invalidate_on_write": invalidate})


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _num(value: float | None) -> str:
    """A figure as people write it: no trailing ``.0``.

    >>> _num(60.0), _num(2.5), _num(0.33333)
    ('60', '2.5', '0.33')
    """
    if value is None:
        return "?"
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2g}" if abs(value) < 1 else f"{value:,.1f}"
