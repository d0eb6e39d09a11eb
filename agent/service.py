"""Starting the target's service for the steps that load it, from the spec's ``[service]``."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from agent.state import EngagementState
from tools.loadtest import RunningService, Service


@contextlib.contextmanager
def running(state: EngagementState, *, log_name: str = "service.log") -> Iterator[RunningService]:
    """The service, started in the sandbox and stopped (its whole group) on exit.

    ``{run_dir}`` in the service's env values becomes this engagement's report folder,
    so a target can write its query log where the database step will read it.
    """
    section = state.spec.load.service
    run_dir = Path(state.report_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    env = {k: v.replace("{run_dir}", str(run_dir)) for k, v in section.env.items()}
    cwd = Path(state.spec.root) / (section.cwd or ".")
    with Service(section.start, ready=section.ready, cwd=cwd, env=env, ready_timeout_s=section.ready_timeout_s,
                 log_path=run_dir / log_name) as info:
        yield info
