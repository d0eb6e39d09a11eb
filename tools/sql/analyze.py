"""A file or log in, query classes with findings out.

Every query is fingerprinted; each class is parsed and checked once.

Rules run on the first query of each class (pt-query-digest's "sample"): a log of
100k queries from a few dozen code paths costs a few dozen parses, not 100k.

>>> from perfagent.tools.sql.models import LogEntry
>>> r = analyze_entries([LogEntry(sql="SELECT * FROM t WHERE id = 1", duration_ms=2.0),
...                      LogEntry(sql="select * from t where id = 2", duration_ms=3.0)],
...                     dialect="postgres", source="example")
>>> [(c.calls, c.total_ms, [f.rule for f in c.findings]) for c in r.classes]
[(2, 5.0, ['select_star'])]
>>> bad = [LogEntry(sql="SELECT FROM WHERE", line=7)]
>>> analyze_entries(bad, dialect="postgres", source="x").errors[0].line
7
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from perfagent.tools.errors import InputError
from perfagent.tools.sql.models import AnalysisReport, Finding, LogEntry, QueryClass
from perfagent.tools.sql.parse import (
    QueryRefused,
    UnparsableQuery,
    dialect_name,
    fingerprint,
    fingerprint_id,
    parse_query,
)
from perfagent.tools.sql.rules import check

if TYPE_CHECKING:
    from perfagent.tools.sql.db import Database


_BROKEN = frozenset({"parse_error", "nesting_too_deep", "query_too_large", "multiple_statements"})


def _error(exc: Exception, entry: LogEntry) -> Finding:
    if isinstance(exc, UnparsableQuery):
        return Finding(
            rule="parse_error",
            severity="error",
            message=str(exc),
            evidence=entry.sql[:200],
            line=exc.line or entry.line,
            column=exc.column,
        )
    rule = exc.rule if isinstance(exc, QueryRefused) else "refused"
    return Finding(
        rule=rule, severity="error", message=str(exc), evidence=entry.sql[:200], line=entry.line
    )


def analyze_query(
    sql: str,
    dialect: str,
    *,
    line: int = 1,
    table_rows: dict[str, int] | None = None,
    unique_keys: dict[str, list[list[str]]] | None = None,
) -> list[Finding]:
    """Findings for one statement; unparsable or refused input becomes a finding, not a crash."""
    try:
        query = parse_query(sql, dialect, line=line)
    except (UnparsableQuery, QueryRefused) as exc:
        return [_error(exc, LogEntry(sql=sql, line=line))]
    query.table_rows = table_rows or {}
    query.unique_keys = unique_keys or {}
    return check(query)


def analyze_entries(
    entries: list[LogEntry],
    *,
    dialect: str,
    source: str,
    table_rows: dict[str, int] | None = None,
    unique_keys: dict[str, list[list[str]]] | None = None,
) -> AnalysisReport:
    name = dialect_name(dialect)
    classes: dict[str, QueryClass] = {}
    broken: set[str] = set()  # fingerprints whose statements cannot be parsed
    errors: list[Finding] = []
    for entry in entries:
        try:
            key = fingerprint(entry.sql, name)
        except (UnparsableQuery, QueryRefused) as exc:
            errors.append(_error(exc, entry))
            continue
        if key in broken:
            errors.extend(analyze_query(entry.sql, name, line=entry.line or 1))
            continue
        found = classes.get(key)
        if found is None:
            findings = analyze_query(
                entry.sql,
                name,
                line=entry.line or 1,
                table_rows=table_rows,
                unique_keys=unique_keys,
            )
            if any(f.rule in _BROKEN for f in findings):
                broken.add(key)
                errors.extend(findings)
                continue
            found = classes[key] = QueryClass(
                fingerprint=key,
                fingerprint_id=fingerprint_id(key),
                sample=entry.sql,
                calls=0,
                findings=findings,
            )
        found.calls += 1
        found.total_ms += entry.duration_ms
    ranked = sorted(classes.values(), key=lambda c: (-c.total_ms, -c.calls))
    return AnalysisReport(
        source=source, dialect=name, queries=len(entries), classes=ranked, errors=errors
    )


def analyze_with_database(entries: list[LogEntry], db: Database, *, source: str) -> AnalysisReport:
    """Like ``analyze_entries``, with table sizes (for unbounded_select) and unique keys (for
    limit_without_order_by) read from the database."""
    first = analyze_entries(entries, dialect=db.dialect, source=source)
    sizes: dict[str, int] = {}
    keys: dict[str, list[list[str]]] = {}
    for cls in first.classes:
        try:
            tables = parse_query(cls.sample, db.dialect).tables
        except (UnparsableQuery, QueryRefused):
            continue
        for table in tables:
            if table not in sizes:
                try:
                    sizes[table] = db.table_rows(table)
                except InputError:
                    sizes[table] = 0  # a CTE name or a table this database does not have
                    continue
                try:  # its keys, on their own: a failure here keeps the size read above
                    if db.columns(table):  # a table it has: its keys, even none, are known
                        keys[table] = db.unique_indexes(table)
                except InputError:
                    pass
    return analyze_entries(
        entries, dialect=db.dialect, source=source, table_rows=sizes, unique_keys=keys
    )
