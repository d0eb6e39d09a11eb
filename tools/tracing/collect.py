"""The span files the injected exporter wrote → one ``RequestTrace`` per request."""

from __future__ import annotations

import contextlib
import json
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from perfagent.tools.tracing.models import InjectionStatus, RequestTrace, SpanRecord, Statement

WRITES = frozenset(
    {
        "insert",
        "update",
        "delete",
        "replace",
        "merge",
        "upsert",
        "commit",
        "create",
        "drop",
        "alter",
        "truncate",
        "set",
        "hset",
        "del",
        "incr",
        "expire",
        "lpush",
        "rpush",
    }
)
# Longer statements are cut here (and then cannot be parsed): CTFd's paginated users query,
# 34 columns of three joined tables, is over 2,000; the parser refuses past 100,000.
MAX_STATEMENT_CHARS = 20_000
_DIALECTS = {"postgresql": "postgres", "sqlite": "sqlite", "mysql": "mysql", "mariadb": "mysql"}
_FIRST_WORD = re.compile(r"[a-zA-Z]+")
_SPACE = re.compile(r"\s+")
_LITERAL = re.compile(r"'(?:[^']|'')*'|\b\d+(?:\.\d+)?\b")


def read_spans(directory: str | Path) -> list[SpanRecord]:
    """Every span in ``spans-*.jsonl`` under ``directory``; a torn last line is skipped."""
    spans = []
    for path in sorted(Path(directory).glob("spans-*.jsonl")):
        for line in path.read_text(errors="replace").splitlines():
            try:
                spans.append(SpanRecord.model_validate(json.loads(line)))
            except (ValueError, TypeError):
                continue
    return spans


def read_status(directory: str | Path) -> list[InjectionStatus]:
    out = []
    for path in sorted(Path(directory).glob("status-*.json")):
        try:
            out.append(InjectionStatus.model_validate(json.loads(path.read_text())))
        except (ValueError, TypeError, OSError):
            continue
    return out


@lru_cache(maxsize=4096)
def fingerprint_of(text: str, system: str) -> str:
    """The statement's class (tools/sql's fingerprint); a plain literal-stripping fold when
    sqlglot cannot read it, or the command as the client library reported it (Redis).

    >>> fingerprint_of("SELECT * FROM t WHERE id = 7", "sqlite")
    'select * from t where id = ?'
    """
    if system in _DIALECTS:
        from perfagent.tools.errors import PerfagentError
        from perfagent.tools.sql.parse import fingerprint

        try:
            return fingerprint(text, _DIALECTS[system])
        except PerfagentError:
            pass
    return _SPACE.sub(" ", _LITERAL.sub("?", text)).strip().lower()


def code_place(attrs: dict, root: Path | None) -> str | None:
    """``path:line`` of the app's line that ran a statement, relative to ``root`` when inside it.

    >>> code_place({"code.filepath": "/srv/app/api.py", "code.lineno": 7}, Path("/srv"))
    'app/api.py:7'
    >>> code_place({"code.filepath": "/lib/x.py", "code.lineno": 3}, Path("/srv"))
    '/lib/x.py:3'
    >>> code_place({}, None) is None
    True
    """
    path, line = attrs.get("code.filepath"), attrs.get("code.lineno")
    if not path or not line:
        return None
    if root is not None:
        with contextlib.suppress(ValueError, OSError):
            path = Path(path).resolve().relative_to(root.resolve()).as_posix()
    return f"{path}:{line}"


def _statement(
    span: SpanRecord, request_start_ns: int, root: Path | None = None
) -> Statement | None:
    attrs = span.attributes
    system = attrs.get("db.system.name") or attrs.get("db.system")
    if not system:
        return None
    sent = attrs.get("db.query.text") or attrs.get("db.statement")
    if not sent and str(system) in _DIALECTS:
        # A SQL client's span with no statement (the DB-API instrumentation's ``connect``) is
        # no query: connection time is the connect_per_request library cost's to report.
        return None
    full = str(sent or span.name)  # Redis: the command is the span's name
    text = full[:MAX_STATEMENT_CHARS]
    fp = fingerprint_of(text, str(system))
    word = _FIRST_WORD.search(fp)
    operation = word.group(0).lower() if word else "other"
    if operation == "with" and re.search(r"\b(insert|update|delete)\b", fp):
        operation = "write-cte"
    return Statement(
        span_id=span.span_id,
        system=str(system),
        text=text,
        fingerprint=fp,
        operation=operation,
        offset_ms=round((span.start_ns - request_start_ns) / 1e6, 3),
        duration_ms=round(span.duration_ms, 3),
        is_write=operation in WRITES or operation == "write-cte",
        code=code_place(attrs, root),
        function=attrs.get("code.function"),
        cut=len(full) > MAX_STATEMENT_CHARS,
    )


def _route(attrs: dict, name: str, method: str) -> str:
    """The request's route template, written as a path the way the load and the spec write it.

    Django's instrumentation gives its URL pattern without the leading slash (``books/<int:pk>/``)
    and, for the site's root (pattern ``""``), no ``http.route`` and a span named by the URL's
    name (``GET hc-index``): both become paths (``/books/<int:pk>/``, ``/``).

    >>> _route({"http.route": "books/<int:pk>/"}, "GET books/<int:pk>/", "GET")
    '/books/<int:pk>/'
    >>> _route({"http.target": "/"}, "GET hc-index", "GET")
    '/'
    >>> _route({"http.route": "^api/v1/(?P<code>[^/]+)$"}, "x", "GET")  # a regex stays a regex
    '^api/v1/(?P<code>[^/]+)$'
    >>> _route({}, "GET /items/{id}", "GET"), _route({}, "handler", "GET")
    ('/items/{id}', 'handler')
    """
    route = str(attrs.get("http.route") or "")
    if not route:
        head, _, tail = name.partition(" ")
        route = tail if head == method and tail else name
        path = str(attrs.get("url.path") or attrs.get("http.target") or "").split("?")[0]
        if "/" not in route and path:  # a URL's name, not a template: the path it was asked at
            return path
    return route if route.startswith(("/", "^")) or "/" not in route else "/" + route


def _seen_by_an_outer_layer(
    span: SpanRecord, stmt: Statement, kept: list[Statement], by_id: dict[str, SpanRecord]
) -> bool:
    """Whether a statement already kept (an outer layer's span, started no later) is this one:
    the same fingerprint, the same process and thread, and this span inside its time."""
    for other in reversed(kept):
        outer = by_id[other.span_id]
        if outer.end_ns < span.start_ns:
            continue
        if (
            other.fingerprint == stmt.fingerprint
            and outer.pid == span.pid
            and outer.thread == span.thread
            and outer.start_ns <= span.start_ns
            and span.end_ns <= outer.end_ns
        ):
            return True
    return False


def requests_from_spans(
    spans: list[SpanRecord], repo: str | Path | None = None
) -> list[RequestTrace]:
    """One request per server span that is a trace's root (no parent in this process).

    Database spans nested in another database span (SQLAlchemy's span over the sqlite3
    driver's) count once, as the outer one; so does a driver's span that is a sibling of
    SQLAlchemy's (its instrumentation makes its span current only around its own hook, so
    psycopg's span of the same execute hangs off the request): a span of the same statement on
    the same thread, inside another's time, is that statement seen twice, not run twice.
    A statement's ``code`` is relative to ``repo`` (the target the service runs from) if given.
    """
    base = Path(repo) if repo is not None else None
    by_trace: dict[str, list[SpanRecord]] = defaultdict(list)
    for span in spans:
        by_trace[span.trace_id].append(span)
    out = []
    for trace_id, members in by_trace.items():
        roots = [
            s
            for s in members
            if s.kind == "SERVER" and (s.parent_span_id is None or s.remote_parent)
        ]
        if not roots:
            continue
        root = min(roots, key=lambda s: s.start_ns)
        by_id = {s.span_id: s for s in members}
        statements: list[Statement] = []
        for span in sorted(members, key=lambda s: s.start_ns):
            parent = by_id.get(span.parent_span_id or "")
            if parent is not None and (
                parent.attributes.get("db.system") or parent.attributes.get("db.system.name")
            ):
                continue
            stmt = _statement(span, root.start_ns, base)
            if stmt is not None and not _seen_by_an_outer_layer(span, stmt, statements, by_id):
                statements.append(stmt)
        attrs = root.attributes
        method = str(
            attrs.get("http.request.method") or attrs.get("http.method") or root.name.split(" ")[0]
        )
        route = _route(attrs, root.name, method)
        status = attrs.get("http.response.status_code") or attrs.get("http.status_code")
        out.append(
            RequestTrace(
                trace_id=trace_id,
                method=method,
                route=str(route),
                path=attrs.get("url.path") or attrs.get("http.target"),
                status_code=int(status) if status is not None else None,
                start_ns=root.start_ns,
                server_ms=round(root.duration_ms, 3),
                statements=statements,
                span_count=len(members),
                pid=root.pid,
            )
        )
    return sorted(out, key=lambda r: r.start_ns)
