"""The database part of an engagement: the target's query log → query classes,
anti-patterns, N+1 loops, and indexes validated on the real database (tools/sql).

``[database] queries`` says where queries come from: ``log`` (the service writes
JSON lines to ``{run_dir}/queries.log`` while it is loaded), a file path relative to
the target, ``pg_stat_statements`` or ``performance_schema``.
"""

from __future__ import annotations

from pathlib import Path

from perfagent.agent.state import DatabaseReport, EngagementState
from perfagent.tools.errors import InputError
from perfagent.tools.spec import DatabaseSection

TOP_CLASSES = 10


def database_spec(state: EngagementState) -> DatabaseSection:
    """The spec's ``[database]``, for the work that needs one."""
    if state.spec.database is None:
        raise InputError(f"{state.spec.source}: there is no [database] section")
    return state.spec.database


def server_url(state: EngagementState) -> str:
    """The spec's [database] url with its ``${VAR}`` read from the environment (a password):
    what connections use; the spec, the state and the pages keep the unexpanded text."""
    from perfagent.agent.service import expand

    return expand(database_spec(state).url, "database.url", url=True)


def database_url(state: EngagementState, root: Path | None = None) -> str:
    """The spec's URL; a relative SQLite path is the file in the engagement's copy of the
    target (or in ``root``, a variant's copy)."""
    from perfagent.agent import workspace

    url = server_url(state)
    if sqlite_relative(url):
        return "sqlite:///" + str(
            (root or workspace.target(state)) / url.removeprefix("sqlite:///")
        )
    return url


def sqlite_relative(url: str) -> bool:
    """A SQLite file inside the target: each copy of the target has its own.

    >>> sqlite_relative("sqlite:///shop.db"), sqlite_relative("sqlite:////var/db.sqlite")
    (True, False)
    """
    return url.startswith("sqlite:///") and not url.startswith("sqlite:////")


def analyse(state: EngagementState) -> DatabaseReport:
    from perfagent.agent import workspace
    from perfagent.tools.sql import db as sqldb
    from perfagent.tools.sql.advisor import advise
    from perfagent.tools.sql.analyze import analyze_entries
    from perfagent.tools.sql.nplusone import detect_n_plus_one
    from perfagent.tools.sql.sources import (
        performance_schema_digests,
        pg_stat_statements,
        read_source,
    )

    url = database_url(state)
    queries = database_spec(state).queries
    database = sqldb.connect(url)
    dialect = database.dialect
    if queries == "pg_stat_statements":
        source, entries = "pg_stat_statements", pg_stat_statements(database)
    elif queries == "performance_schema":
        source, entries = "performance_schema", performance_schema_digests(database)
    else:
        path = (
            Path(state.report_dir) / "queries.log"
            if queries == "log"
            else workspace.target(state) / queries
        )
        traced = (
            Path(state.report_dir) / "queries-traced.log"
        )  # agent/tracing.py: no app log needed
        if queries == "log" and not path.is_file() and traced.is_file():
            path = traced
        if not path.is_file():
            fallback = _database_statistics(database, state)
            if fallback is None:
                raise InputError(
                    f"no query log at {path}: the service wrote none while it was loaded"
                )
            source, entries = fallback
        else:
            source, entries = read_source(str(path))
            if path == traced:
                source = "request traces (OpenTelemetry)"
    analysis = analyze_entries(entries, dialect=dialect, source=source)
    n_plus_one = detect_n_plus_one(entries, dialect=dialect)
    top = sorted(analysis.classes, key=lambda c: -c.total_ms)[:TOP_CLASSES]
    advice = advise(database, [c.sample for c in top])
    return DatabaseReport(
        url=database.safe_url,
        source=source,
        analysis=analysis,
        n_plus_one=n_plus_one,
        advice=advice,
    )


def _database_statistics(database, state: EngagementState):
    """The database's own statistics when neither the app nor the traces gave statements:
    pg_stat_statements (PostgreSQL), performance_schema (MySQL); None when they are not there."""
    from perfagent.tools.errors import PerfagentError
    from perfagent.tools.sql.sources import performance_schema_digests, pg_stat_statements

    reason = state.traces.note if state.traces is not None and state.traces.note else "no query log"
    readers = {
        "postgres": ("pg_stat_statements", pg_stat_statements),
        "mysql": ("performance_schema", performance_schema_digests),
    }
    if database.dialect not in readers:
        return None
    name, read = readers[database.dialect]
    try:
        entries = read(database)
    except PerfagentError:
        return None
    return f"{name} ({reason})", entries
