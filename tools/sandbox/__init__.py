"""Run other people's code: own process group, time and memory limits, scrubbed environment."""

from perfagent.tools.sandbox.process import (
    VENV_DIRS,
    ProcessResult,
    repo_venv_python,
    run,
    scrubbed_env,
    spawn,
    terminate_group,
)

__all__ = [
    "VENV_DIRS",
    "ProcessResult",
    "repo_venv_python",
    "run",
    "scrubbed_env",
    "spawn",
    "terminate_group",
]
