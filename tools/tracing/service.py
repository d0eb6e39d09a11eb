"""A service started traced, with the fallbacks: untraced when it will not start instrumented.

with traced(command, ready="/healthz", cwd=..., env=..., out_dir=...) as (svc, tracer):
    ... load svc.base_url ...
traces = tracer.collect()   # its note says, in one sentence, why there are no traces
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from perfagent.tools.errors import ServiceError, TargetError
from perfagent.tools.loadtest.service import RunningService, Service, command_argv, free_port
from perfagent.tools.sandbox import scrubbed_env
from perfagent.tools.tracing.inject import Tracer


@contextlib.contextmanager
def traced(
    command: str,
    *,
    ready: str = "/",
    cwd: str | Path | None = None,
    env: dict[str, str] | None = None,
    out_dir: str | Path,
    ready_timeout_s: float = 30.0,
    log_path: str | Path | None = None,
    enabled: bool = True,
) -> Iterator[tuple[RunningService, Tracer]]:
    """The service with OpenTelemetry injected; when it exits (or never gets ready) under
    instrumentation, started again untraced and the tracer's ``note`` says so. Not-ready errors
    of the untraced start propagate as usual (the service is broken, not the tracing)."""
    env = dict(env or {})
    tracer = Tracer(out_dir)
    port = free_port()
    extra = tracer.env(command_argv(command, port), scrubbed_env(env), cwd) if enabled else {}
    if not enabled:
        tracer.note = "request tracing was turned off"
    if extra:
        service = Service(
            command,
            ready=ready,
            cwd=cwd,
            env=env | extra,
            port=port,
            ready_timeout_s=ready_timeout_s,
            log_path=log_path,
        )
        try:
            info = service.start()
        except (TargetError, ServiceError) as exc:
            tracer.note = (
                "no request tracing: the service exited under OpenTelemetry instrumentation "
                f"({exc}); it ran untraced"
            )
        else:
            try:
                yield info, tracer
            finally:
                service.stop()
            return
    service = Service(
        command, ready=ready, cwd=cwd, env=env, ready_timeout_s=ready_timeout_s, log_path=log_path
    )
    with service as info:
        yield info, tracer
