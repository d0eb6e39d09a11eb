"""The git seam: the one module that runs git, every command with the same safety settings.

Commands run with the repository's hooks, fsmonitor, commit signing and pager switched off
(a candidate's commit must not run the user's pre-commit tooling or ask for a key), without
optional locks (so nothing refreshes the user's index) or terminal prompts, in the C locale
(so git's reasons can be quoted), within a time limit, and without inherited variables that
would point git at another repository or inject configuration (a hook that runs perfagent
sets ``GIT_DIR`` and ``GIT_INDEX_FILE``). A failure is :class:`GitFailed`, one sentence.

GitPython, which perfagent depends on, is not used for this: its command runner starts every
git from a copy of ``os.environ`` with no way to drop a variable, and ``git.Repo`` reads
``GIT_WORK_TREE``, ``GIT_COMMON_DIR`` and ``GIT_OBJECT_DIRECTORY`` from it while finding the
repository, so a leaked variable would redirect it. tests/test_git_seam.py checks that no
other module imports ``git`` or starts a ``git`` process.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from perfagent.tools.errors import PerfagentError

_SETTINGS = (
    "-c",
    "core.hooksPath=/dev/null",
    "-c",
    "core.fsmonitor=false",
    "-c",
    "commit.gpgSign=false",
    "-c",
    "color.ui=never",
    "--no-pager",
)
_REDIRECTS = (
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_COMMON_DIR",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_NAMESPACE",
    "GIT_PREFIX",
    "GIT_CONFIG_PARAMETERS",
    "GIT_CONFIG_COUNT",
    "GIT_CONFIG",
)
TIMEOUT_S = 600.0


class GitFailed(PerfagentError):
    """A git command failed; ``reason`` is git's own message as one line."""

    def __init__(self, reason: str, returncode: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.returncode = returncode


@dataclass(frozen=True)
class Repository:
    """Where the repository holding a folder is, as git itself finds it."""

    git_dir: Path  # absolute
    bare: bool
    top: Path | None  # the working tree's top folder; None when there is none (bare)


def environment(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """``os.environ`` without git's redirecting variables, with the seam's own settings.

    >>> env = environment({"GIT_AUTHOR_NAME": "perfagent"})
    >>> env["GIT_TERMINAL_PROMPT"], env["GIT_AUTHOR_NAME"], "GIT_DIR" in env
    ('0', 'perfagent', False)
    """
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in _REDIRECTS and not k.startswith(("GIT_CONFIG_KEY_", "GIT_CONFIG_VALUE_"))
    }
    env.update(LC_ALL="C", LANGUAGE="C", GIT_OPTIONAL_LOCKS="0", GIT_TERMINAL_PROMPT="0")
    env.update(extra or {})
    return env


def git(
    cwd: str | Path,
    *args: str,
    env: Mapping[str, str] | None = None,
    input: bytes | None = None,
    check: bool = True,
    timeout_s: float = TIMEOUT_S,
) -> subprocess.CompletedProcess[bytes]:
    """Run ``git args`` in ``cwd``; :class:`GitFailed` when it fails and ``check`` is set."""
    try:
        done = subprocess.run(
            ["git", *_SETTINGS, *args],
            check=False,
            cwd=cwd,
            env=environment(env),
            input=input,
            stdin=None if input is not None else subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout_s,
        )
    except FileNotFoundError:
        if not Path(cwd).is_dir():
            raise GitFailed(f"{cwd} is not a folder", 128) from None
        raise GitFailed("git is not installed", 127) from None
    except subprocess.TimeoutExpired:
        what = " ".join(args[:2])
        raise GitFailed(f"`git {what}` did not finish within {timeout_s:g} s", -1) from None
    if check and done.returncode != 0:
        raise GitFailed(reason(done.stderr), done.returncode)
    return done


def out(cwd: str | Path, *args: str, **kwargs) -> str:
    """The stripped text output of ``git args``."""
    return git(cwd, *args, **kwargs).stdout.decode(errors="replace").strip()


def repository(path: str | Path) -> Repository:
    """The repository holding ``path`` (a parent folder's too, as git searches);
    :class:`GitFailed` when there is none."""
    done = git(
        path,
        "rev-parse",
        "--absolute-git-dir",
        "--is-bare-repository",
        "--show-toplevel",
        check=False,
    )
    lines = done.stdout.decode(errors="surrogateescape").splitlines()
    if len(lines) < 2:
        raise GitFailed(reason(done.stderr), done.returncode)
    top = Path(lines[2]) if done.returncode == 0 and len(lines) > 2 else None
    return Repository(git_dir=Path(lines[0]), bare=lines[1] == "true", top=top)


def reason(stderr: bytes | str) -> str:
    """git's error lines joined into one line, without their ``error:``/``fatal:`` labels.

    >>> reason(b"Checking patch a.py...\\nerror: patch failed: a.py:3\\n"
    ...        b"error: a.py: patch does not apply\\n")
    'patch failed: a.py:3; a.py: patch does not apply'
    """
    text = stderr.decode(errors="replace") if isinstance(stderr, bytes) else stderr
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    labelled = [
        line.split(":", 1)[1].strip()
        for line in lines
        if line.lower().startswith(("error:", "fatal:"))
    ]
    return "; ".join(labelled or lines[-3:]) or "git gave no reason"
