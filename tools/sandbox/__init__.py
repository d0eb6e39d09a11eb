"""Run other people's code: own process group, time and memory limits, scrubbed environment."""

from tools.sandbox.process import (
    ProcessResult,
    run,
    scrubbed_env,
    spawn,
    terminate_group,
)

__all__ = ["ProcessResult", "run", "scrubbed_env", "spawn", "terminate_group"]
