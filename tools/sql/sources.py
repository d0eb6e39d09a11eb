"""Where queries come from: .sql files, query logs, pg_stat_statements, performance_schema.

Files are read here (pure parsing of their text); the two database sources take a
``Database`` from ``tools.sql.db`` and only run SELECTs on catalog views.

>>> [e.sql for e in read_log_text("SELECT 1;\\nSELECT 2;", name="q.sql")]
['SELECT 1', 'SELECT 2']
>>> text = '{"sql": "SELECT 1", "duration_ms": 3.5, "request_id": "r1"}'
>>> e = read_log_text(text, name="x.jsonl")[0]
>>> (e.duration_ms, e.request_id)
(3.5, 'r1')
>>> text = "2024-01-01 LOG:  duration: 12.5 ms  statement: SELECT a FROM t"
>>> read_log_text(text, name="pg.log")[0].sql
'SELECT a FROM t'
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from perfagent.tools.errors import InputError, ServiceError
from perfagent.tools.sql.models import LogEntry
from perfagent.tools.sql.parse import split_statements

if TYPE_CHECKING:
    from perfagent.tools.sql.db import Database

MAX_FILE_BYTES = 512 * 1024 * 1024

_PG_DURATION = re.compile(
    r"duration: (?P<ms>[\d.]+) ms\s+(?:statement|execute [^:]*): (?P<sql>.*)$"
)
_SQL_KEYS = ("sql", "query", "statement")
_ID_KEYS = ("request_id", "trace_id", "request", "trace")


def read_source(path: str) -> tuple[str, list[LogEntry]]:
    """Read a .sql / log file, or standard input for ``-``: (name, entries)."""
    if path == "-":
        return "<stdin>", read_log_text(sys.stdin.read(), name="<stdin>")
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{path} is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}")
        text = file.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        raise InputError(f"query file {path} does not exist") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a directory; give a .sql or log file") from None
    except OSError as exc:
        raise InputError(f"cannot read query file {path}: {exc.strerror}") from None
    return str(file), read_log_text(text, name=file.name)


def _json_entry(record: dict, line: int) -> LogEntry | None:
    sql = next((record[k] for k in _SQL_KEYS if isinstance(record.get(k), str)), None)
    if sql is None:
        return None
    duration = record.get("duration_ms", record.get("duration", 0.0))
    request = next((str(record[k]) for k in _ID_KEYS if record.get(k) is not None), None)
    try:
        duration_ms = float(duration or 0.0)
    except (TypeError, ValueError):
        duration_ms = 0.0
    return LogEntry(sql=sql, duration_ms=duration_ms, request_id=request, line=line)


def read_log_text(text: str, *, name: str) -> list[LogEntry]:
    """Entries from a JSON-lines log, a PostgreSQL duration log, or plain SQL statements."""
    head = text.lstrip()[:1]
    if head == "{":
        entries = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{name} line {number} is not valid JSON: {exc.msg}") from None
            entry = _json_entry(record, number) if isinstance(record, dict) else None
            if entry is not None:
                entries.append(entry)
        return entries
    if "duration: " in text[:10_000]:
        entries = []
        for number, line in enumerate(text.splitlines(), 1):
            match = _PG_DURATION.search(line)
            if match:
                entries.append(
                    LogEntry(sql=match["sql"], duration_ms=float(match["ms"]), line=number)
                )
        return entries
    return [LogEntry(sql=sql, line=line) for line, sql in split_statements(text)]


def pg_stat_statements(db: Database, *, top: int = 20) -> list[LogEntry]:
    """Top statements by total execution time; says clearly when the extension is absent."""
    rows = db.query("SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements'")
    if not rows:
        raise ServiceError(
            f"pg_stat_statements is not installed in {db.safe_url}; run CREATE EXTENSION "
            "pg_stat_statements (it also needs shared_preload_libraries) or pass --log FILE"
        )
    rows = db.query(
        "SELECT query, calls, total_exec_time FROM pg_stat_statements "
        "WHERE query ~* '^\\s*(select|with)' ORDER BY total_exec_time DESC LIMIT %s",
        (top,),
    )
    return [LogEntry(sql=q, duration_ms=float(total)) for q, _calls, total in rows if q]


def performance_schema_digests(db: Database, *, top: int = 20) -> list[LogEntry]:
    """MariaDB / MySQL statement digests, top by total time (picoseconds -> ms)."""
    enabled = db.query("SELECT @@performance_schema")
    if not enabled or not int(enabled[0][0]):
        raise ServiceError(
            f"performance_schema is off on {db.safe_url}; start the server with "
            "performance_schema=ON or pass --log FILE"
        )
    rows = db.query(
        "SELECT COALESCE(QUERY_SAMPLE_TEXT, DIGEST_TEXT), SUM_TIMER_WAIT / 1e9 "
        "FROM performance_schema.events_statements_summary_by_digest "
        "WHERE DIGEST_TEXT LIKE 'SELECT%%' ORDER BY SUM_TIMER_WAIT DESC LIMIT %s",
        (top,),
    )
    return [LogEntry(sql=q, duration_ms=float(ms or 0.0)) for q, ms in rows if q]
