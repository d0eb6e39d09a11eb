"""The database part of an engagement: the target's query log → query classes,
anti-patterns, N+1 loops, and indexes validated on the real database (tools/sql).

``[database] queries`` says where queries come from: ``log`` (the service writes
JSON lines to ``{run_dir}/queries.log`` while it is loaded), a file path relative to
the target, ``pg_stat_statements`` or ``performance_schema``.
"""

from __future__ import annotations

from pathlib import Path

from agent.state import DatabaseReport, EngagementState
from tools.errors import InputError

TOP_CLASSES = 10


def database_url(state: EngagementState, root: Path | None = None) -> str:
    """The spec's URL; a relative SQLite path is the file in the engagement's copy of the
    target (or in ``root``, a variant's copy)."""
    from agent import workspace

    url = state.spec.database.url
    if sqlite_relative(url):
        return "sqlite:///" + str((root or workspace.target(state)) / url.removeprefix("sqlite:///"))
    return url


def sqlite_relative(url: str) -> bool:
    """A SQLite file inside the target: each copy of the target has its own.

    >>> sqlite_relative("sqlite:///shop.db"), sqlite_relative("sqlite:////var/db.sqlite")
    (True, False)
    """
    return url.startswith("sqlite:///") and not url.startswith("sqlite:////")


def analyse(state: EngagementState) -> DatabaseReport:
    from agent import workspace
    from tools.sql import db as sqldb
    from tools.sql.advisor import advise
    from tools.sql.analyze import analyze_entries
    from tools.sql.nplusone import detect_n_plus_one
    from tools.sql.sources import performance_schema_digests, pg_stat_statements, read_source

    url = database_url(state)
    queries = state.spec.database.queries
    database = sqldb.connect(url)
    dialect = database.dialect
    if queries == "pg_stat_statements":
        source, entries = "pg_stat_statements", pg_stat_statements(database)
    elif queries == "performance_schema":
        source, entries = "performance_schema", performance_schema_digests(database)
    else:
        path = Path(state.report_dir) / "queries.log" if queries == "log" else workspace.target(state) / queries
        if not path.is_file():
            raise InputError(f"no query log at {path}: the service wrote none while it was loaded")
        source, entries = read_source(str(path))
    analysis = analyze_entries(entries, dialect=dialect, source=source)
    n_plus_one = detect_n_plus_one(entries, dialect=dialect)
    top = sorted(analysis.classes, key=lambda c: -c.total_ms)[:TOP_CLASSES]
    advice = advise(database, [c.sample for c in top])
    return DatabaseReport(url=database.safe_url, source=source, analysis=analysis, n_plus_one=n_plus_one,
                          advice=advice)
