"""The git seam: the one module that runs git, every command with the same safety settings.

Commands run with the repository's hooks, fsmonitor, commit signing and pager switched off
(a candidate's commit must not run the user's pre-commit tooling or ask for a key), without
optional locks (so nothing refreshes the user's index) or terminal prompts, in the C locale
(so git's reasons can be quoted), within a time limit, and without inherited variables that
would point git at another repository or inject configuration (a hook that runs perfagent
sets ``GIT_DIR`` and ``GIT_INDEX_FILE``). A failure is :class:`GitFailed`, one sentence.

GitPython runs each command: ``git.cmd.Git.execute`` starts it, collects its output and, at
the time limit, kills it and every process it started (``kill_after_timeout``: 3.2.1 walks
the whole tree with ``pgrep -P``, 3.1 killed direct children only, hence the minimum version
in pyproject.toml), and raises its typed :class:`git.exc.GitCommandNotFound` when the
program cannot be started. What the seam adds:

- ``execute`` builds the child's environment from a copy of ``os.environ`` and can only add
  to it, so each redirecting variable present is removed by running ``env -u NAME ... git``
  (names only: a variable's value never reaches a command line, where ``ps`` would show it);
- ``git -C <folder>``, because ``execute`` quietly runs in the current folder when the one it
  was given cannot be entered;
- the settings above, input through a temporary file (``execute`` passes its ``istream`` as
  stdin and writes nothing itself), stdout as bytes with its last newline kept (patches
  need it), and git's reasons as :class:`GitFailed`.

``git.Repo`` is not used, not even to find a repository: it reads ``GIT_DIR``,
``GIT_WORK_TREE``, ``GIT_COMMON_DIR`` and ``GIT_OBJECT_DIRECTORY`` from ``os.environ`` while
searching, so a leaked variable would redirect it; :func:`repository` asks git instead, under
the same settings. GitPython is imported on the first command, not with this module: its
import runs ``git version`` and fails when git is missing. tests/test_git_seam.py checks
that no other module imports ``git`` or starts a ``git`` process, and the import-linter
contract in pyproject.toml that only this module imports GitPython.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

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
_INJECTED_CONFIG = ("GIT_CONFIG_KEY_", "GIT_CONFIG_VALUE_")
_VARIABLES = {"LC_ALL": "C", "LANGUAGE": "C", "GIT_OPTIONAL_LOCKS": "0", "GIT_TERMINAL_PROMPT": "0"}
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


def command(
    folder: str | Path, args: Sequence[str], environ: Mapping[str, str], keep: Collection[str] = ()
) -> list[str]:
    """The command line for ``git args`` in ``folder``: behind ``env -u NAME`` for each
    redirecting variable in ``environ`` (``keep`` names those the caller sets itself).

    >>> leaked = {"GIT_DIR": "/elsewhere", "GIT_CONFIG_KEY_0": "x", "HOME": "/h"}
    >>> command("/repo", ["status"], leaked)
    ['env', '-u', 'GIT_CONFIG_KEY_0', '-u', 'GIT_DIR', 'git', '-C', '/repo', '-c', ..., 'status']
    >>> command("/repo", ["status"], {"HOME": "/h"})[:3]
    ['git', '-C', '/repo']
    """
    leaked = sorted(
        name
        for name in environ
        if (name in _REDIRECTS or name.startswith(_INJECTED_CONFIG)) and name not in keep
    )
    unset = [part for name in leaked for part in ("-u", name)]
    git = ["git", "-C", os.path.abspath(folder), *_SETTINGS, *args]
    return ["env", *unset, *git] if unset else git


def variables(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The variables the seam sets for git, on top of ``os.environ``: ``extra`` wins.

    >>> env = variables({"GIT_AUTHOR_NAME": "perfagent"})
    >>> env["GIT_TERMINAL_PROMPT"], env["GIT_AUTHOR_NAME"], env["LC_ALL"]
    ('0', 'perfagent', 'C')
    """
    return {**_VARIABLES, **(extra or {})}


def git(
    cwd: str | Path,
    *args: str,
    env: Mapping[str, str] | None = None,
    input: bytes | None = None,
    check: bool = True,
    timeout_s: float = TIMEOUT_S,
) -> subprocess.CompletedProcess[bytes]:
    """Run ``git args`` in ``cwd``; :class:`GitFailed` when it fails and ``check`` is set."""
    if not Path(cwd).is_dir():
        raise GitFailed(f"{cwd} is not a folder", 128)
    try:
        from git.cmd import Git
        from git.exc import GitCommandNotFound
    except ImportError as err:
        if isinstance(err, ModuleNotFoundError):
            raise  # GitPython itself is missing: a broken install, not the user's input
        raise GitFailed(_unusable(err), 127) from None
    extra = variables(env)
    line = command(cwd, args, os.environ, keep=extra)
    started = time.monotonic()
    with contextlib.ExitStack() as stack:
        stdin = None
        if input is not None:
            stdin = stack.enter_context(tempfile.TemporaryFile())
            stdin.write(input)
            stdin.seek(0)
        try:
            status, stdout, stderr = Git(Path(cwd)).execute(
                line,
                istream=cast(BinaryIO | None, stdin),
                with_extended_output=True,
                with_exceptions=False,
                stdout_as_string=False,
                strip_newline_in_stdout=False,
                kill_after_timeout=timeout_s,
                env=extra,
            )
        except GitCommandNotFound:
            raise GitFailed(f"{line[0]} is not installed", 127) from None
    if status < 0 and time.monotonic() - started >= timeout_s:
        what = " ".join(args[:2])
        raise GitFailed(f"`git {what}` did not finish within {timeout_s:g} s", -1)
    if status == 127 and line[0] == "env" and stderr.startswith("env:"):
        raise GitFailed("git is not installed", 127)
    done = subprocess.CompletedProcess(
        line, status, stdout, stderr.encode(errors="surrogateescape")
    )
    if check and status != 0:
        raise GitFailed(reason(done.stderr), status)
    return done


def _unusable(err: ImportError) -> str:
    """Why GitPython could not load: its import runs ``git version`` and fails without git."""
    if shutil.which("git") is None:
        return "git is not installed"
    first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    return f"GitPython cannot run git: {first}"


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
