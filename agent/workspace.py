"""Where an engagement runs the target: a private copy, never the user's tree.

The setup command, the benchmarks, the service and every candidate run in a copy
of the target under ``$PERFAGENT_WORK`` (default ``~/.cache/perfagent/work``), one
folder per run: ``<run-id>/target`` for the baseline and ``<run-id>/<name>`` for
each variant being validated. In a git repository the copy holds what ``git
ls-files`` lists (tracked files and untracked ones that are not ignored: the
working state the user is looking at, without build outputs or virtualenvs);
elsewhere the whole folder minus the usual caches. The copy is made once and
reused on resume; :func:`remove` drops the run's folder when the report is written.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from perfagent.agent.state import EngagementState
from perfagent.tools.errors import TargetError

IGNORED = (
    ".git",
    ".venv",
    "venv",
    "node_modules",
    "__pycache__",
    "*.pyc",
    "perf-report",
    ".pytest_cache",
    ".mypy_cache",
    ".ruff_cache",
    ".tox",
)


def work_root() -> Path:
    return Path(os.environ.get("PERFAGENT_WORK") or Path.home() / ".cache" / "perfagent" / "work")


def run_folder(state: EngagementState) -> Path:
    return work_root() / state.run_id


def target_path(state: EngagementState) -> Path:
    """Where the run's copy of the target is (or will be)."""
    return run_folder(state) / "target"


def target(state: EngagementState) -> Path:
    """The run's copy of the target, made on first use."""
    dest = target_path(state)
    if not dest.is_dir():
        copy_tree(Path(state.spec.root), dest)
    return dest


def variant(state: EngagementState, name: str) -> Path:
    """A fresh copy of the run's (set-up) target for one candidate; replaced if it exists."""
    dest = run_folder(state) / name
    if dest.exists():
        shutil.rmtree(dest)
    _copy_all(target(state), dest)
    return dest


def remove(state: EngagementState) -> None:
    shutil.rmtree(run_folder(state), ignore_errors=True)


def copy_tree(source: Path, dest: Path) -> None:
    """Copy the target's files to ``dest`` atomically (a partial copy never looks done)."""
    partial = dest.with_name(dest.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    files = _git_files(source)
    try:
        if files is None:
            shutil.copytree(source, partial, ignore=shutil.ignore_patterns(*IGNORED), symlinks=True)
        else:
            for rel in files:
                src = source / rel
                if not src.is_file() and not src.is_symlink():
                    continue  # listed but deleted in the working tree
                out = partial / rel
                out.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, out, follow_symlinks=False)
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise TargetError(f"could not copy the target {source} to {dest}: {exc}") from None
    partial.rename(dest)


def _copy_all(source: Path, dest: Path) -> None:
    partial = dest.with_name(dest.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    shutil.copytree(
        source, partial, symlinks=True, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    partial.rename(dest)


def _git_files(source: Path) -> list[str] | None:
    """Files of the working tree under ``source`` when it is inside a git repository."""
    from perfagent.tools.codeedit.gitcmd import GitFailed, git

    try:
        listed = git(
            source, "ls-files", "-z", "--cached", "--others", "--exclude-standard", timeout_s=60
        )
    except GitFailed:
        return None
    return sorted({p for p in listed.stdout.decode().split("\0") if p})


def committed(source: Path) -> set[str] | None:
    """The files HEAD of the repository holding ``source`` tracks, relative to ``source`` (None:
    not a git repository). A candidate's edit is applied to a worktree of HEAD: a file the
    target's setup generates (a collectstatic folder) is in the run's copy and not there."""
    from perfagent.tools.codeedit.gitcmd import GitFailed, git

    try:
        listed = git(source, "ls-files", "-z", "--cached", timeout_s=60)
    except GitFailed:
        return None
    return {p for p in listed.stdout.decode().split("\0") if p}


def scratch_repo(source: Path, dest: Path, *, message: str = "as bundled") -> Path:
    """A fresh git repository at ``dest`` holding a copy of ``source`` in one commit: a target
    for demos, benchmarks and tests whose kept edits become branches there, not in the
    repository ``source`` lives in."""
    from perfagent.tools.codeedit.gitcmd import git

    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(
        source, dest, ignore=shutil.ignore_patterns("__pycache__", "*.db", ".pytest_cache")
    )
    identity = ("-c", "user.email=perfagent@localhost", "-c", "user.name=perfagent")
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "--no-verify", "-m", message]):
        git(dest, *identity, *args)
    return dest
