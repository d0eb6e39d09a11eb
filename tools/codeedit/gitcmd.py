"""The git seam: every git command this package runs, with the same safety settings.

Commands run with the repository's hooks, fsmonitor and commit signing switched off
(a candidate's commit must not run the user's pre-commit tooling or ask for a key),
without optional locks (so nothing refreshes the user's index), in the C locale (so
git's reasons can be quoted), and without inherited variables that would point git at
another repository.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from pathlib import Path

_SETTINGS = (
    "-c", "core.hooksPath=/dev/null",
    "-c", "core.fsmonitor=false",
    "-c", "commit.gpgSign=false",
    "-c", "color.ui=never",
)
_REDIRECTS = (
    "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_NAMESPACE", "GIT_PREFIX", "GIT_CONFIG_PARAMETERS",
)
TIMEOUT_S = 600.0


class GitFailed(Exception):
    """A git command exited non-zero; ``reason`` is git's own message as one line."""

    def __init__(self, reason: str, returncode: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.returncode = returncode


def environment(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _REDIRECTS}
    env.update(LC_ALL="C", LANGUAGE="C", GIT_OPTIONAL_LOCKS="0", GIT_TERMINAL_PROMPT="0")
    env.update(extra or {})
    return env


def git(
    cwd: str | Path, *args: str, env: Mapping[str, str] | None = None, input: bytes | None = None,
    check: bool = True,
) -> subprocess.CompletedProcess[bytes]:
    """Run ``git args`` in ``cwd``; :class:`GitFailed` when it fails and ``check`` is set."""
    try:
        done = subprocess.run(
            ["git", *_SETTINGS, *args], check=False, cwd=cwd, env=environment(env), input=input,
            stdin=None if input is not None else subprocess.DEVNULL, capture_output=True,
            timeout=TIMEOUT_S,
        )
    except FileNotFoundError:
        raise GitFailed("git is not installed", 127) from None
    except subprocess.TimeoutExpired:
        what = " ".join(args[:2])
        raise GitFailed(f"`git {what}` did not finish within {TIMEOUT_S:g} s", -1) from None
    if check and done.returncode != 0:
        raise GitFailed(reason(done.stderr), done.returncode)
    return done


def out(cwd: str | Path, *args: str, **kwargs) -> str:
    """The stripped text output of ``git args``."""
    return git(cwd, *args, **kwargs).stdout.decode(errors="replace").strip()


def reason(stderr: bytes | str) -> str:
    """git's error lines joined into one line, without their ``error:``/``fatal:`` labels.

    >>> reason(b"Checking patch a.py...\\nerror: patch failed: a.py:3\\n"
    ...        b"error: a.py: patch does not apply\\n")
    'patch failed: a.py:3; a.py: patch does not apply'
    """
    text = stderr.decode(errors="replace") if isinstance(stderr, bytes) else stderr
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    labelled = [line.split(":", 1)[1].strip() for line in lines
                if line.lower().startswith(("error:", "fatal:"))]
    return "; ".join(labelled or lines[-3:]) or "git gave no reason"
