"""Index advice: candidates from the query (pure), each one validated on the real database.

Candidates put equality columns first, then one range column or the ORDER BY columns;
join keys get a single-column candidate. A candidate that an existing index already
leads with is skipped, and so is every candidate on a table the query pins to one row by
comparing all the columns of a unique index (its primary key) for equality: nothing beats
that lookup (Django's session read, ``session_key = %s AND expire_date > %s``).
A candidate is recommended only when the database's own plan cost drops by >= 50%
(Dexter's bar), or the measured time does; at most one per table.

>>> from perfagent.tools.sql.parse import parse_query
>>> q = parse_query("SELECT * FROM orders o WHERE o.status = 'open' AND o.created > '2024-01-01' "
...                 "ORDER BY o.created", "postgres")
>>> [(c.table, c.columns) for c in candidates(q, existing={})]
[('orders', ['status', 'created'])]
>>> candidates(q, existing={"orders": [["status", "created", "id"]]})
[]
>>> candidates(q, existing={}, unique={"orders": [["status"]]})
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.optimizer.normalize_identifiers import normalize_identifiers
from sqlglot.optimizer.scope import Scope, traverse_scope

from perfagent.tools.errors import InputError
from perfagent.tools.sql.db import Database
from perfagent.tools.sql.models import AdviceReport, IndexAdvice, IndexTrial
from perfagent.tools.sql.parse import Query, QueryRefused, UnparsableQuery
from perfagent.tools.sql.rules._util import flatten
from perfagent.tools.sql.safety import ensure_explainable

MIN_COST_DROP = 0.5
MIN_TIME_DROP = 0.5
MIN_TIME_MS = 1.0
MAX_INDEX_COLUMNS = 4
_PLAIN_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Words PostgreSQL and SQLite reserve: such a name must be quoted in DDL.
_RESERVED = frozenset(
    [
        "all",
        "analyse",
        "analyze",
        "and",
        "any",
        "array",
        "as",
        "asc",
        "between",
        "both",
        "case",
        "cast",
        "check",
        "collate",
        "column",
        "constraint",
        "create",
        "current_date",
        "current_time",
        "current_user",
        "default",
        "desc",
        "distinct",
        "do",
        "else",
        "end",
        "except",
        "false",
        "fetch",
        "for",
        "foreign",
        "from",
        "grant",
        "group",
        "having",
        "in",
        "index",
        "initially",
        "inner",
        "into",
        "is",
        "join",
        "key",
        "leading",
        "left",
        "limit",
        "natural",
        "not",
        "null",
        "offset",
        "on",
        "only",
        "or",
        "order",
        "outer",
        "primary",
        "references",
        "right",
        "select",
        "session_user",
        "some",
        "table",
        "then",
        "to",
        "trailing",
        "true",
        "union",
        "unique",
        "user",
        "using",
        "values",
        "when",
        "where",
        "window",
        "with",
    ]
)
_RANGES = (exp.GT, exp.GTE, exp.LT, exp.LTE, exp.Between)


@dataclass
class Candidate:
    table: str
    columns: list[str]
    reason: str


@dataclass
class _Usage:
    equality: list[str] = field(default_factory=list)
    point: list[str] = field(default_factory=list)  # = or IN constants: a unique key's lookup
    ranges: list[str] = field(default_factory=list)
    order: list[str] = field(default_factory=list)
    joins: list[str] = field(default_factory=list)


def _add(items: list[str], name: str) -> None:
    if name not in items:
        items.append(name)


def _scopes(query: Query) -> dict[int, Scope]:
    """Each SELECT's scope, keyed by the id of the node it is rooted at."""
    try:
        return {id(scope.expression): scope for scope in traverse_scope(query.tree)}
    except SqlglotError:
        return {}


def _own_tables(scope: Scope) -> list[exp.Table | Scope] | None:
    """What this SELECT reads FROM and JOINs (tables, or scopes for derived tables and CTEs)."""
    try:
        return [source for _, source in scope.selected_sources.values()]
    except SqlglotError:  # one alias used twice: the database refuses it too
        return None


def column_resolver(query: Query, columns_of: dict[str, list[str]] | None):
    """Which table occurrence (its FROM/JOIN node) a column belongs to, or None.

    Aliases are looked up in the column's own SELECT, then in the SELECTs around it (a
    correlated reference): Django names the tables in both halves of a UNION, and in its
    subqueries, with the same alias ``U0``, so one alias map for the statement attributes
    one half's columns to the other half's table."""
    scopes = _scopes(query)
    known = columns_of or {}

    def scope_of(node: exp.Expr) -> Scope | None:
        current: exp.Expr | None = node
        while current is not None:
            if id(current) in scopes:
                return scopes[id(current)]
            current = current.parent
        return None

    def resolve(column: exp.Column) -> exp.Table | None:
        scope = scope_of(column)
        while scope is not None and isinstance(scope.expression, exp.Select):
            if column.table:
                source = scope.sources.get(column.table)
                if source is not None:
                    return source if isinstance(source, exp.Table) and source.name else None
            else:
                own = _own_tables(scope)
                if own is None:
                    return None
                tables = [s for s in own if isinstance(s, exp.Table) and s.name]
                if len(tables) != len(own):  # a derived table may be the owner: cannot tell
                    return None
                owners = [t for t in tables if column.name in known.get(t.name, [])]
                if len(owners) == 1:
                    return owners[0]
                if len(tables) == 1 and not known.get(tables[0].name):
                    return tables[0]  # no schema to ask: the only table it can be
                if owners or any(not known.get(t.name) for t in tables):
                    return None  # ambiguous here, so not a reference to an outer SELECT
            scope = scope.parent
        return None

    return resolve


def _constant(node: exp.Expr) -> bool:
    return node.find(exp.Column) is None


def usage(query: Query, columns_of: dict[str, list[str]] | None = None) -> list[tuple[str, _Usage]]:
    """Which columns of which table the query filters, joins and sorts on: one entry per
    time the statement reads the table (a table read in two SELECTs gets two entries, as an
    index serves each read on its own)."""
    resolve = column_resolver(query, columns_of)
    found: dict[int, tuple[str, _Usage]] = {}

    def note(column: exp.Column, kind: str) -> None:
        table = resolve(column)
        if table is not None:
            _, use = found.setdefault(id(table), (table.name, _Usage()))
            _add(getattr(use, kind), column.name)

    conditions = [w.this for w in query.nodes(exp.Where)]
    conditions += [j.args["on"] for j in query.nodes(exp.Join) if j.args.get("on") is not None]
    for condition in conditions:
        for predicate in flatten(condition, exp.And):
            left = predicate.args.get("this")
            right = predicate.args.get("expression")
            if (
                isinstance(predicate, exp.EQ)
                and isinstance(left, exp.Column)
                and isinstance(right, exp.Column)
            ):
                note(left, "joins")
                note(right, "joins")
            elif isinstance(predicate, (exp.EQ, exp.In, exp.Is)):
                column, other = (left, right) if isinstance(left, exp.Column) else (right, left)
                if isinstance(column, exp.Column) and (other is None or _constant(other)):
                    note(column, "equality")
                    if not isinstance(predicate, exp.Is):  # IS NULL: many rows, even unique
                        note(column, "point")
            elif isinstance(predicate, _RANGES + (exp.Like,)):
                if isinstance(predicate, exp.Like) and not (
                    isinstance(right, exp.Literal) and right.this[:1] not in ("%", "_")
                ):
                    continue
                if isinstance(left, exp.Column):
                    note(left, "ranges")
                elif isinstance(right, exp.Column):
                    note(right, "ranges")
    for order in query.nodes(exp.Order):
        for ordered in order.expressions:
            if isinstance(ordered.this, exp.Column):
                note(ordered.this, "order")
    return list(found.values())


def _covered(columns: list[str], existing: list[list[str]]) -> bool:
    return any(index[: len(columns)] == columns for index in existing)


def candidates(
    query: Query,
    *,
    existing: dict[str, list[list[str]]],
    columns_of: dict[str, list[str]] | None = None,
    unique: dict[str, list[list[str]]] | None = None,
) -> list[Candidate]:
    out: list[Candidate] = []
    seen: set[tuple[str, ...]] = set()
    for table, use in usage(query, columns_of):
        if any(key and set(key) <= set(use.point) for key in (unique or {}).get(table, [])):
            continue
        proposals = []
        if use.equality or use.ranges:
            cols = use.equality + use.ranges[:1]
            proposals.append((cols, "WHERE equality columns, then the first range column"))
        if use.order and not use.ranges:
            proposals.append(
                (
                    use.equality + [c for c in use.order if c not in use.equality],
                    "WHERE equality columns, then the ORDER BY columns",
                )
            )
        elif use.order and not use.equality and not use.ranges:
            proposals.append((use.order, "ORDER BY columns"))
        for key in use.joins:
            proposals.append(([key], "join key"))
        for cols, reason in proposals:
            cols = list(dict.fromkeys(cols))[:MAX_INDEX_COLUMNS]
            if not cols or (table, *cols) in seen or _covered(cols, existing.get(table, [])):
                continue
            seen.add((table, *cols))
            out.append(Candidate(table=table, columns=cols, reason=reason))
    return out


def _ident(name: str, dialect: str) -> str:
    """Quote a name only when the database would otherwise read it differently."""
    plain = name.lower() if dialect == "postgres" else name
    needs = name != plain or not _PLAIN_NAME.match(name) or name.lower() in _RESERVED
    return exp.to_identifier(name, quoted=needs).sql(dialect=dialect)


def index_ddl(table: str, columns: list[str], dialect: str) -> str:
    """Ready-to-run DDL for the real database.

    >>> index_ddl("orders", ["status", "created"], "postgres")
    'CREATE INDEX CONCURRENTLY orders_status_created_idx ON orders (status, created);'
    """
    name = "_".join([table.split(".")[-1], *columns, "idx"])[:60]
    cols = ", ".join(_ident(c, dialect) for c in columns)
    target = ".".join(_ident(p, dialect) for p in table.split("."))
    if dialect == "postgres":
        return f"CREATE INDEX CONCURRENTLY {_ident(name, dialect)} ON {target} ({cols});"
    if dialect == "mysql":
        return (
            f"ALTER TABLE {target} ADD INDEX {_ident(name, dialect)} ({cols}), "
            "ALGORITHM=INPLACE, LOCK=NONE;"
        )
    return f"CREATE INDEX {_ident(name, dialect)} ON {target} ({cols});"


def judge(trial: IndexTrial) -> IndexTrial:
    """Recommend on a >= 50% plan-cost drop, or a >= 50% drop of a measurable time.

    >>> judge(IndexTrial(table="t", columns=["a"], ddl="", method="x", cost_before=1000.0,
    ...                  cost_after=8.0)).reason
    'plan cost drops 99% (1,000 -> 8)'
    """
    drop = trial.cost_drop
    time_drop = None
    if (
        trial.time_before_ms
        and trial.time_after_ms is not None
        and trial.time_before_ms >= MIN_TIME_MS
    ):
        time_drop = 1.0 - trial.time_after_ms / trial.time_before_ms
    facts = []
    if drop is not None:
        facts.append(
            f"plan cost drops {drop:.0%} ({trial.cost_before:,.0f} -> {trial.cost_after:,.0f})"
        )
    if time_drop is not None:
        facts.append(
            f"time drops {time_drop:.0%} ({trial.time_before_ms:.2f} ms -> "
            f"{trial.time_after_ms:.2f} ms)"
        )
    # The same plan with the index as without: the index is not used, so a time drop is the
    # machine's noise (CTFd's leaderboard: 403 ms -> 135 ms for users(bracket_id), unused).
    unused = bool(trial.plan_before) and trial.plan_before == trial.plan_after
    trial.recommended = (drop is not None and drop >= MIN_COST_DROP) or (
        time_drop is not None and time_drop >= MIN_TIME_DROP and not unused
    )
    if unused and time_drop is not None and time_drop >= MIN_TIME_DROP:
        facts.append("the plan does not use the index, so the time difference is noise")
    if not facts:
        facts.append("no cost or time could be compared")
    trial.reason = "; ".join(facts)
    return trial


def advise_query(db: Database, sql: str) -> IndexAdvice:
    query = ensure_explainable(sql, db.dialect)
    if db.dialect == "postgres":
        # PostgreSQL folds unquoted names to lower case; look tables and columns up as it will.
        query = Query(
            sql=sql,
            dialect=query.dialect,
            tree=normalize_identifiers(query.tree.copy(), dialect="postgres"),
        )
    tables = query.tables
    columns_of = {t: db.columns(t) for t in tables}
    real = [t for t in tables if columns_of[t]]
    existing = {t: db.indexes(t) for t in real}
    unique = {t: db.unique_indexes(t) for t in real}
    advice = IndexAdvice(query=sql, fingerprint=query.fingerprint)
    for candidate in candidates(query, existing=existing, columns_of=columns_of, unique=unique):
        if candidate.table not in real:
            continue
        try:
            result = db.try_index(sql, candidate.table, candidate.columns)
        except InputError as exc:
            advice.skipped.append(f"{candidate.table}({', '.join(candidate.columns)}): {exc}")
            continue
        advice.trials.append(
            judge(
                IndexTrial(
                    table=candidate.table,
                    columns=candidate.columns,
                    ddl=index_ddl(candidate.table, candidate.columns, db.dialect),
                    method=result.method,
                    cost_before=result.before.total_cost,
                    cost_after=result.after.total_cost,
                    time_before_ms=result.time_before_ms,
                    time_after_ms=result.time_after_ms,
                    plan_before=result.before.text(),
                    plan_after=result.after.text(),
                    note=result.note,
                )
            )
        )
    _one_per_table(advice)
    return advice


def _one_per_table(advice: IndexAdvice) -> None:
    best: dict[str, IndexTrial] = {}
    for trial in advice.recommendations:
        current = best.get(trial.table)
        key = (
            trial.cost_after if trial.cost_after is not None else float("inf"),
            len(trial.columns),
        )
        if current is None or key < (
            current.cost_after if current.cost_after is not None else float("inf"),
            len(current.columns),
        ):
            best[trial.table] = trial
    for trial in advice.recommendations:
        if best.get(trial.table) is not trial:
            trial.recommended = False
            trial.reason += f"; {', '.join(best[trial.table].columns)} does better"


def advise(db: Database, queries: list[str]) -> AdviceReport:
    """Advice for each distinct query; refused or unparsable ones are noted, not fatal."""
    report = AdviceReport(database=db.safe_url, dialect=db.dialect)
    seen: set[str] = set()
    for sql in queries:
        try:
            query = ensure_explainable(sql, db.dialect)
        except (QueryRefused, UnparsableQuery) as exc:
            report.notes.append(f"skipped {sql[:80]!r}: {exc}")
            continue
        if query.fingerprint in seen:
            continue
        seen.add(query.fingerprint)
        try:
            report.advice.append(advise_query(db, sql))
        except InputError as exc:
            report.notes.append(f"skipped {sql[:80]!r}: {exc}")
    _covered_by_another(report)
    return report


def _covered_by_another(report: AdviceReport) -> None:
    """An index recommended for one query whose columns lead another recommended index on the
    same table is not recommended too: the longer one serves both queries (item(owner_id) for a
    COUNT beside item(owner_id, created_at) for the page of the same rows)."""
    chosen = [t for a in report.advice for t in a.recommendations]
    for trial in chosen:
        wider = next(
            (
                o
                for o in chosen
                if o is not trial
                and o.recommended
                and o.table == trial.table
                and len(o.columns) > len(trial.columns)
                and o.columns[: len(trial.columns)] == trial.columns
            ),
            None,
        )
        if wider is not None:
            trial.recommended = False
            trial.reason += (
                f"; {wider.table}({', '.join(wider.columns)}), recommended for another query, "
                "serves this one too"
            )
