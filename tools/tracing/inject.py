"""Zero-change tracing of a service: the environment that injects OpenTelemetry into the
service's own interpreter, and what came back once it stopped.

    tracer = Tracer(out_dir)
    env = tracer.env(argv, service_env, cwd)      # installs OTel for its Python once, cached
    ... start the service with env, load it, stop it ...
    traces = tracer.collect()                       # TraceSet; .note says why when empty
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from perfagent.tools.errors import PerfagentError
from perfagent.tools.tracing.collect import read_spans, read_status, requests_from_spans
from perfagent.tools.tracing.install import ensure_packages, target_python
from perfagent.tools.tracing.models import TraceSet
from perfagent.tools.tracing.otlp import write_otlp

BOOTSTRAP = Path(__file__).resolve().parent / "bootstrap"


class Tracer:
    """One traced run of a service; spans land in ``out_dir`` (emptied first)."""

    def __init__(self, out_dir: str | Path, *, cache: Path | None = None) -> None:
        self.out_dir = Path(out_dir)
        self.cache = cache
        self.python: str | None = None
        self.note: str | None = None

    def env(
        self, argv: str | list[str], service_env: dict[str, str], cwd: str | Path | None
    ) -> dict[str, str]:
        """The variables to add to the service's environment; empty (with ``note`` set) when the
        OTel packages could not be made ready for the service's interpreter."""
        shutil.rmtree(self.out_dir, ignore_errors=True)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.python = target_python(argv, env=service_env, cwd=cwd)
        try:
            folder = ensure_packages(self.python, root=self.cache)
        except PerfagentError as exc:
            self.note = f"no request tracing: {exc}"
            return {}
        existing = service_env.get("PYTHONPATH")
        return {
            "PYTHONPATH": os.pathsep.join([str(BOOTSTRAP), *([existing] if existing else [])]),
            "PERFAGENT_TRACE_DIR": str(self.out_dir.resolve()),
            "PERFAGENT_OTEL_ROOT": str(folder.parent.resolve()),
        }

    def collect(
        self,
        *,
        otlp_path: str | Path | None = None,
        service_name: str = "target",
        root: str | Path | None = None,
    ) -> TraceSet:
        """The requests traced; ``note`` gives the reason in one sentence when there are none.
        Statements name the app's line that ran them relative to ``root`` when given."""
        spans = read_spans(self.out_dir)
        processes = read_status(self.out_dir)
        requests = requests_from_spans(spans, root)
        note = (self.note or _why_empty(processes, self.python)) if not requests else None
        written = None
        if spans and otlp_path is not None:
            written = str(write_otlp(spans, otlp_path, service_name=service_name))
        return TraceSet(
            requests=requests,
            processes=processes,
            span_count=len(spans),
            note=note,
            otlp_path=written,
        )


def _why_empty(processes, python: str | None) -> str:
    if not processes:
        return (
            "no request tracing: the service never loaded perfagent's sitecustomize "
            f"(its interpreter {python or 'unknown'} is not Python, runs isolated with -I/-E, "
            "or resets PYTHONPATH)"
        )
    failed = next((p for p in processes if not p.ok), None)
    if failed is not None:
        return (
            "no request tracing: injection failed in the service's Python "
            f"{failed.version}: {failed.error}"
        )
    frameworks = {"flask", "django", "fastapi", "starlette", "wsgi", "asgi"}
    names = sorted({n for p in processes for n in p.instrumented})
    if not frameworks & set(names):
        return (
            "no request tracing: OpenTelemetry loaded but found no web framework it instruments "
            f"(instrumented: {', '.join(names) or 'nothing'})"
        )
    return (
        f"no request tracing: OpenTelemetry loaded ({', '.join(names)}) but no request span "
        "arrived, so the service's web framework is not one it instruments (or none is used)"
    )
