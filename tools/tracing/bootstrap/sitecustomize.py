# ruff: noqa: BLE001, S110, UP031 -- runs inside the target: it must never raise into the app, and must read on old Pythons
"""Loaded by the target's own interpreter at start-up (perfagent puts this folder on
PYTHONPATH), as ``opentelemetry-instrument`` does. It imports nothing from perfagent.

- The OTel packages live in ``$PERFAGENT_OTEL_ROOT/otel-py<major>.<minor>``, installed for
  this Python version by perfagent; that folder goes at the END of ``sys.path`` so the app's
  own copies of shared dependencies (typing_extensions, wrapt, packaging) win.
- Every instrumentor whose library the app has is applied (the ``opentelemetry_instrumentor``
  entry points, after the same dependency check ``opentelemetry-instrument`` makes). Django
  waits for ``django.setup()``: its instrumentor reads the settings, and instrumenting before
  the app has set DJANGO_SETTINGS_MODULE would configure empty ones.
- Finished spans go, one JSON object a line, to ``$PERFAGENT_TRACE_DIR/spans-<pid>.jsonl``:
  buffered in memory and written when a request's root span ends (one write per request,
  nothing lost on SIGTERM but the requests in flight), a file per process (gunicorn's forked
  workers each get their own).
- A database span (one with ``db.system``) also gets ``code.filepath``, ``code.lineno`` and
  ``code.function``: the innermost frame that is not the standard library's, an installed
  package's or this bootstrap's, i.e. the app's line that ran the statement (a recipe edits it).
- ``status-<pid>.json`` says what happened: the interpreter, what was instrumented, and the
  error in one line when something failed. The app starts either way: a failure here is
  recorded, never raised.
"""

import json
import os
import sys
import threading
import time
import typing


def _status_path():
    return os.path.join(os.environ["PERFAGENT_TRACE_DIR"], f"status-{os.getpid()}.json")


def _write_status(**fields):
    fields.update(
        pid=os.getpid(),
        python=sys.executable,
        version="%d.%d.%d" % sys.version_info[:3],
        argv=sys.argv[:4],
        at=time.time(),
    )
    try:
        with open(_status_path(), "w") as out:
            json.dump(fields, out)
    except OSError:
        pass


if typing.TYPE_CHECKING:  # and a string annotation: the target's Python may predate TypedDict

    class _Status(typing.TypedDict, total=False):
        instrumented: list[str]
        skipped: dict[str, str]  # instrumentor -> why not
        forced: dict[str, str]  # instrumentor -> the dependency conflict it was applied over
        error: str | None
        forked_from: int
        commit: bool


_STATUS: "_Status" = {"instrumented": [], "skipped": {}, "error": None}


def _hex(value, width):
    return format(value, f"0{width}x")


def _attributes(attrs):
    out = {}
    for key, value in (attrs or {}).items():
        out[key] = list(value) if isinstance(value, tuple) else value
    return out


_NOT_APP: "list[tuple[str, ...]]" = []  # path prefixes of code that is not the app's


def _not_app_prefixes(packages):
    import sysconfig

    paths = sysconfig.get_paths()
    found = {paths.get(k) for k in ("stdlib", "platstdlib", "purelib", "platlib")}
    found |= {os.path.dirname(os.path.abspath(__file__)), packages}
    out = set()
    for path in found:
        if path:
            out.add(os.path.join(path, ""))
            out.add(os.path.join(os.path.realpath(path), ""))
    return tuple(sorted(out))


def _app_frame():
    """(file, line, function) of the innermost frame of the app's own code, else None."""
    prefixes = _NOT_APP[0] if _NOT_APP else ()
    frame: typing.Any = sys._getframe(2)
    while frame is not None:
        path = frame.f_code.co_filename
        if not (
            path.startswith(("<", *prefixes))
            or "/site-packages/" in path
            or "/dist-packages/" in path
        ):
            code = frame.f_code
            return path, frame.f_lineno, getattr(code, "co_qualname", code.co_name)
        frame = frame.f_back
    return None


class _FileSpanProcessor:
    """A span processor (duck-typed: the SDK only calls these methods) writing JSON lines."""

    def __init__(self, directory):
        self.directory = directory
        self.lock = threading.Lock()
        self.buffer = []
        self.pid = os.getpid()

    def on_start(self, span, parent_context=None):
        pass

    def _on_ending(self, span):
        pass

    def on_end(self, span):
        ctx, parent = span.context, span.parent
        attributes = _attributes(span.attributes)
        if ("db.system" in attributes or "db.system.name" in attributes) and (
            "code.filepath" not in attributes
        ):
            try:
                where = _app_frame()
            except Exception:
                where = None
            if where is not None:
                attributes["code.filepath"], attributes["code.lineno"] = where[0], where[1]
                attributes["code.function"] = where[2]
        record = {
            "trace_id": _hex(ctx.trace_id, 32),
            "span_id": _hex(ctx.span_id, 16),
            "parent_span_id": _hex(parent.span_id, 16) if parent is not None else None,
            "remote_parent": bool(parent is not None and parent.is_remote),
            "name": span.name,
            "kind": span.kind.name,
            "start_ns": span.start_time,
            "end_ns": span.end_time,
            "attributes": attributes,
            "status": span.status.status_code.name,
            "pid": os.getpid(),
            "thread": threading.current_thread().name,
        }
        with self.lock:
            self.buffer.append(record)
            flush = parent is None or parent.is_remote or len(self.buffer) >= 256
        if flush:
            self.force_flush()

    def force_flush(self, timeout_millis=30000):
        with self.lock:
            batch, self.buffer = self.buffer, []
        if not batch:
            return True
        data = "".join(json.dumps(r, default=str) + "\n" for r in batch).encode()
        path = os.path.join(self.directory, f"spans-{os.getpid()}.jsonl")
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            try:
                os.write(fd, data)
            finally:
                os.close(fd)
        except OSError:
            pass
        return True

    def shutdown(self):
        self.force_flush()


def _after_fork():
    # A forked worker starts with the parent's unwritten spans: drop them (the parent owns them).
    processor = _PROCESSOR[0]
    if processor is not None:
        with processor.lock:
            processor.buffer = []
        _STATUS["forked_from"] = processor.pid
        processor.pid = os.getpid()
        _write_status(ok=True, **_STATUS)


_PROCESSOR: "list[_FileSpanProcessor | None]" = [None]


def _instrument_django_on_setup(instrumentor_factory):
    """Wrap ``django.setup`` so the Django instrumentor runs once the settings are known."""
    import wrapt

    def hook(django):
        original = django.setup

        def setup(*args, **kwargs):
            try:
                instrumentor_factory().instrument()
                _STATUS["instrumented"].append("django")
            except Exception as exc:  # recorded, never raised into the app
                _STATUS["skipped"]["django"] = f"{type(exc).__name__}: {exc}"
            _write_status(ok=True, **_STATUS)
            django.setup = original
            return original(*args, **kwargs)

        django.setup = setup

    wrapt.register_post_import_hook(hook, "django")


def _traced_commits():
    """DB-API commits as spans (``COMMIT``): the instrumentations trace statements only, and a
    commit (an fsync on SQLite) is often the costly part of a write on a read-only page."""
    from opentelemetry import trace
    from opentelemetry.instrumentation import dbapi

    tracer = trace.get_tracer("perfagent.commit")

    def commit(self, *args, **kwargs):
        integration = self._self_db_api_integration
        system = getattr(integration, "database_system", None) or "other_sql"
        with tracer.start_as_current_span(
            "COMMIT",
            kind=trace.SpanKind.CLIENT,
            attributes={"db.system": system, "db.statement": "COMMIT"},
        ):
            return self.__wrapped__.commit(*args, **kwargs)

    dbapi.TracedConnectionProxy.commit = commit


def _sqlite_shortcuts():
    """``connection.execute`` is sqlite3's shortcut that makes its cursor in C, past the traced
    cursor: route it (and executemany/executescript) through the traced ``cursor()``."""
    import sqlite3

    from opentelemetry.instrumentation import dbapi

    def shortcut(name):
        def method(self, *args, **kwargs):
            if not isinstance(self.__wrapped__, sqlite3.Connection):
                return getattr(self.__wrapped__, name)(*args, **kwargs)
            cursor = self.cursor()
            getattr(cursor, name)(*args, **kwargs)
            return cursor

        method.__name__ = name
        return method

    for name in ("execute", "executemany", "executescript"):
        setattr(dbapi.TracedConnectionProxy, name, shortcut(name))


def _start():
    directory = os.environ.get("PERFAGENT_TRACE_DIR")
    root = os.environ.get("PERFAGENT_OTEL_ROOT")
    if not directory or not root:
        return
    packages = os.path.join(root, "otel-py%d.%d" % sys.version_info[:2])
    if not os.path.isfile(os.path.join(packages, ".complete")):
        _STATUS["error"] = (
            f"no OpenTelemetry packages for Python {sys.version_info[0]}.{sys.version_info[1]} "
            f"at {packages}"
        )
        _write_status(ok=False, **_STATUS)
        return
    if packages not in sys.path:
        sys.path.append(packages)
    try:
        _NOT_APP.append(_not_app_prefixes(packages))
    except Exception:
        pass
    try:
        from opentelemetry import trace
        from opentelemetry.instrumentation.dependencies import get_dist_dependency_conflicts
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.util._importlib_metadata import entry_points

        provider = TracerProvider(resource=Resource.create({"service.name": "perfagent-target"}))
        processor = _FileSpanProcessor(directory)
        _PROCESSOR[0] = processor
        provider.add_span_processor(processor)
        trace.set_tracer_provider(provider)
        os.register_at_fork(after_in_child=_after_fork)
        skip = set(filter(None, os.environ.get("PERFAGENT_OTEL_SKIP", "").split(",")))
        for ep in entry_points(group="opentelemetry_instrumentor"):
            if ep.name in skip or ep.name in _STATUS["instrumented"]:
                continue
            try:
                conflict = get_dist_dependency_conflicts(ep.dist) if ep.dist is not None else None
                if conflict and "outside of that range" not in str(conflict):
                    _STATUS["skipped"][ep.name] = str(conflict)  # the app does not use that library
                    continue
                if conflict:  # a newer release than the instrumentation declares: it usually works
                    _STATUS.setdefault("forced", {})[ep.name] = str(conflict)[:300]
                factory = ep.load()
                if ep.name == "django":
                    _instrument_django_on_setup(factory)
                    continue
                factory().instrument(skip_dep_check=True)
                _STATUS["instrumented"].append(ep.name)
                if ep.name == "sqlite3":
                    _sqlite_shortcuts()
                if ep.name in ("sqlite3", "psycopg2", "pymysql") and "commit" not in _STATUS:
                    _traced_commits()
                    _STATUS["commit"] = True
            except Exception as exc:  # one instrumentor failing leaves the others
                _STATUS["skipped"][ep.name] = f"{type(exc).__name__}: {exc}"[:300]
        _write_status(ok=True, **_STATUS)
    except Exception as exc:
        _STATUS["error"] = f"{type(exc).__name__}: {exc}"[:300]
        _write_status(ok=False, **_STATUS)


def _chain():
    """Run the sitecustomize this one shadows (a distribution's, a venv's), if there is one."""
    here = os.path.dirname(os.path.abspath(__file__))
    saved_path, saved_module = list(sys.path), sys.modules.pop("sitecustomize", None)
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != here]
    try:
        import importlib

        importlib.import_module("sitecustomize")
    except ImportError:
        pass
    except Exception:
        pass
    finally:
        sys.path[:] = saved_path
        if saved_module is not None:
            sys.modules["sitecustomize"] = saved_module


_start()
_chain()
