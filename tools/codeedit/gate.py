"""The correctness gate: the target's own setup and test commands, sandboxed, in its tree.

A command that fails, crashes or hangs is a verdict (``ok=False`` with the reason),
never an exception: the caller's ``with candidate_worktree(...)`` then ends normally
and removes the worktree.

>>> import tempfile
>>> result = run_checks(tempfile.gettempdir(), setup=None, test="exit 3", timeout_s=10)
>>> result.ok, result.step, result.returncode, result.reason
(False, 'test', 3, 'the test command `exit 3` failed with exit code 3')
"""

from __future__ import annotations

import re
import signal
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from perfagent.tools.errors import PerfagentError
from perfagent.tools.sandbox import ProcessResult, run, scrubbed_env

Step = Literal["setup", "test"]
TAIL_LINES = 40
TAIL_CHARS = 6000
# A failed test as unittest/Django (``FAIL: test_x (app.tests.T.test_x)``, ``ERROR: ...``) and
# pytest (``FAILED tests/test_a.py::test_x - ...``) print it; not unittest's summary line
# ``FAILED (failures=1)``.
_FAILED = re.compile(r"^(?:FAIL|ERROR): (\S+(?: \([\w.]+\))?)|^FAILED (?!\()(\S+)", re.MULTILINE)


class CheckResult(BaseModel):
    """What the gate found: the step that failed (or the last one run) and why."""

    ok: bool
    step: Step | None = Field(
        None, description="the failing step, else the last one run; None if none ran"
    )
    command: str | None = None
    returncode: int | None = None
    timed_out: bool = False
    seconds: float = Field(0.0, description="wall time of every step run")
    output: str = Field("", description="the tail of the step's stdout then stderr")
    reason: str = Field("", description="one sentence")


def run_checks(
    target_root: str | Path,
    *,
    setup: str | None,
    test: str | None,
    timeout_s: float,
    runner: Callable[..., ProcessResult] = run,
    env: Mapping[str, str] | None = None,
) -> CheckResult:
    """Run ``setup`` then ``test`` in ``target_root``; each command gets ``timeout_s``;
    ``env`` (e.g. the target interpreter's PATH) is added to the scrubbed environment."""
    commands: tuple[tuple[Step, str | None], ...] = (("setup", setup), ("test", test))
    steps: list[tuple[Step, str]] = [(name, cmd) for name, cmd in commands if cmd]
    if not steps:
        return CheckResult(
            ok=True, reason="no setup or test command is configured, so nothing was checked"
        )
    # No bytecode caches: they would be untracked files in the candidate's tree.
    env = scrubbed_env({**(env or {}), "PYTHONDONTWRITEBYTECODE": "1"})
    seconds = 0.0
    for name, command in steps:
        try:
            done = runner(command, cwd=target_root, env=env, timeout_s=timeout_s)
        except (PerfagentError, OSError) as exc:
            why = f"the {name} command `{_short(command)}` could not be started: {exc}"
            return CheckResult(ok=False, step=name, command=command, seconds=seconds, reason=why)
        seconds += done.wall_s
        result = CheckResult(
            ok=done.ok,
            step=name,
            command=command,
            returncode=done.returncode,
            timed_out=done.timed_out,
            seconds=seconds,
            output=_tail(done),
            reason=_reason(name, command, done, timeout_s),
        )
        if not done.ok:
            return result
    return result


def failed_tests(output: str, limit: int = 3) -> str:
    """The failed tests a runner's output names (at most ``limit``, then how many more), else
    its last line: what a sentence about a failed suite can say.

    >>> failed_tests("...\\nFAIL: test_x (hc.api.tests.T.test_x)\\nTraceback\\nFAILED (failures=1)")
    'failed: test_x (hc.api.tests.T.test_x)'
    >>> failed_tests("FAILED tests/a.py::t1 - x\\nFAILED tests/a.py::t2\\n2 failed", limit=1)
    'failed: tests/a.py::t1 and 1 more'
    >>> failed_tests("Segmentation fault\\n")
    'last line: Segmentation fault'
    """
    names = list(dict.fromkeys(a or b for a, b in _FAILED.findall(output)))
    if names:
        more = f" and {len(names) - limit} more" if len(names) > limit else ""
        return f"failed: {', '.join(names[:limit])}{more}"
    last = output.strip().splitlines()[-1:]
    return f"last line: {last[0][:200]}" if last else ""


def _reason(step: str, command: str, done: ProcessResult, timeout_s: float) -> str:
    what = f"the {step} command `{_short(command)}`"
    if done.timed_out:
        return f"{what} did not finish within {timeout_s:g} s and was killed"
    code = done.returncode
    if code == 0:
        return f"{what} passed"
    if code < 0:
        return f"{what} was killed by {_signal_name(-code)}"
    if code > 128 and _signal_name(code - 128, default=""):
        # The shell reports a child killed by signal N as exit code 128 + N.
        return f"{what} exited with code {code} (killed by {_signal_name(code - 128)})"
    return f"{what} failed with exit code {code}"


def _signal_name(number: int, default: str | None = None) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}" if default is None else default


def _short(command: str, limit: int = 80) -> str:
    command = " ".join(command.split())
    return command if len(command) <= limit else command[: limit - 1] + "…"


def _tail(done: ProcessResult) -> str:
    text = "\n".join(part.rstrip() for part in (done.stdout, done.stderr) if part.strip())
    tail = "\n".join(text.splitlines()[-TAIL_LINES:])
    return tail[-TAIL_CHARS:]
