"""Starting the target's service for the steps that load it, from the spec's ``[service]``."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from perfagent.agent.state import EngagementState
from perfagent.tools.errors import InputError
from perfagent.tools.loadtest import RunningService, Service
from perfagent.tools.spec import LoadSpec


def load_spec(state: EngagementState) -> LoadSpec:
    """The spec's ``[service]`` and ``[load]``, for the steps that load the service."""
    if state.spec.load is None:
        raise InputError(f"{state.spec.source}: there is no [service] section to load")
    return state.spec.load


def start_command(state: EngagementState) -> str:
    """The command that starts the service: an engagement starts and stops it itself."""
    start = load_spec(state).service.start
    if not start:
        raise InputError(
            f"{state.spec.source}: an engagement starts the service itself, so [service] needs "
            "start (a command with {port}); host alone is for `perfagent load`"
        )
    return start


@contextlib.contextmanager
def running(
    state: EngagementState,
    *,
    log_name: str = "service.log",
    root: Path | None = None,
    run_dir: Path | None = None,
    env: dict[str, str] | None = None,
) -> Iterator[RunningService]:
    """The service, started in the sandbox and stopped (its whole group) on exit.

    It runs from the engagement's copy of the target (``root`` for a variant being
    validated). ``{run_dir}`` in the service's env values becomes this engagement's
    report folder (or ``run_dir``), so a target can write its query log where the
    database step will read it. ``env`` overrides variables (a trial's copy of the database).
    """
    from perfagent.agent import workspace

    start = start_command(state)
    section = load_spec(state).service
    run_dir = run_dir or Path(state.report_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    env = {**service_env(state, run_dir), **(env or {})}
    cwd = (root or workspace.target(state)) / (section.cwd or ".")
    with Service(
        start,
        ready=section.ready,
        cwd=cwd,
        env=env,
        ready_timeout_s=section.ready_timeout_s,
        log_path=run_dir / log_name,
    ) as info:
        yield info


def service_env(state: EngagementState, run_dir: Path) -> dict[str, str]:
    """[service] env as the service gets it, traced or not: ``{run_dir}`` filled in, ``${VAR}``
    read from perfagent's environment, over the target interpreter's PATH (so ``python`` in
    the start command is the target's)."""
    env = {
        k: expand(v.replace("{run_dir}", str(run_dir.resolve())), f"service.env.{k}")
        for k, v in load_spec(state).service.env.items()
    }
    return {**state.spec.command_env(), **env}


def expand(value: str, where: str, *, url: bool = False) -> str:
    """``${VAR}`` in a spec value (a [service] env value, [database] url), from perfagent's
    environment: the app's own secrets (a database password, the login's password) stay out of
    perfagent.toml. The expanded value is used, never stored: the spec keeps ``${VAR}``. In a
    ``url`` the values are percent-encoded (a password with ``/`` would move the host)."""
    import os
    import re
    from urllib.parse import quote

    from perfagent.tools.errors import InputError

    def one(match: re.Match) -> str:
        if match.group(1) not in os.environ:
            raise InputError(f"{where}: the environment variable {match.group(1)} is not set")
        found = os.environ[match.group(1)]
        return quote(found, safe="") if url else found  # a password's / # ? @ stay inside it

    return re.sub(r"\$\{(\w+)\}", one, value)
