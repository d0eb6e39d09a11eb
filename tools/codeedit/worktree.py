"""A candidate's own git worktree, on its own new branch, in a temporary folder.

The user's working tree, index and current branch are never touched: the worktree
is made from a commit (``base``, HEAD by default) in a folder outside the user's
tree, and only git's own bookkeeping (the worktree list, the new branch) changes in
the repository. On exit — normal, exception or Ctrl-C — the worktree is removed; the
branch survives only if a commit was made on it. Nothing is ever pushed.

The target may be a folder inside a bigger repository: ``target_root`` is the same
folder inside the worktree.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from pydantic import BaseModel, Field

from perfagent.tools.codeedit.gitcmd import GitFailed, git, out, repository
from perfagent.tools.errors import InputError


class CandidateTree(BaseModel):
    """Where a candidate is being tried."""

    path: Path = Field(description="the worktree's top folder (temporary)")
    repo_root: Path = Field(description="the user's repository (its working tree's top folder)")
    target_root: Path = Field(description="the target's folder inside the worktree")
    branch: str = Field(description="the candidate's new branch")
    base_sha: str = Field(description="the commit the worktree started from")


def locate(target: str | Path) -> tuple[Path, Path]:
    """The top of the repository holding ``target``, and ``target`` relative to it."""
    path = Path(target)
    if not path.exists():
        raise InputError(f"{target} does not exist")
    if not path.is_dir():
        raise InputError(f"{target} is not a folder")
    try:
        repo = repository(path)
    except GitFailed as exc:
        if "not a git repository" not in exc.reason:  # e.g. git refusing a folder it does not trust
            raise InputError(
                f"git cannot use the repository holding {target}: {exc.reason}"
            ) from None
        raise InputError(
            f"{target} is not in a git repository, so a candidate "
            "cannot get its own worktree and branch"
        ) from None
    if repo.top is None:
        what = "a bare git repository" if repo.bare else "a repository's git folder"
        raise InputError(f"{target} is inside {what}, which has no working tree")
    top = repo.top.resolve()
    return top, path.resolve().relative_to(top)


def _resolve(top: Path, ref: str) -> str:
    try:
        return out(top, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}")
    except GitFailed:
        raise InputError(f"git ref {ref!r} does not name a commit in {top}") from None


def _check_branch(top: Path, branch: str) -> None:
    ref = f"refs/heads/{branch}"
    valid = git(top, "check-ref-format", ref, check=False).returncode == 0
    if not branch or branch.startswith("-") or not valid:
        raise InputError(f"{branch!r} is not a valid git branch name")
    if git(top, "show-ref", "--verify", "--quiet", ref, check=False).returncode == 0:
        raise InputError(
            f"branch {branch!r} already exists in {top}; a candidate needs a new branch"
        )


@contextlib.contextmanager
def candidate_worktree(
    repo_path: str | Path, *, branch: str, base: str = "HEAD"
) -> Iterator[CandidateTree]:
    """A worktree of ``base`` on the new branch ``branch``, removed on exit."""
    top, rel = locate(repo_path)
    base_sha = _resolve(top, base)
    _check_branch(top, branch)
    tmp = Path(tempfile.mkdtemp(prefix="perfagent-candidate-")).resolve()
    if tmp.is_relative_to(top):
        shutil.rmtree(tmp, ignore_errors=True)
        raise InputError(
            f"the temporary folder {tmp.parent} is inside the repository {top}; "
            "set TMPDIR to a folder outside it"
        )
    path = tmp / top.name
    tree = CandidateTree(
        path=path, repo_root=top, target_root=path / rel, branch=branch, base_sha=base_sha
    )
    owns_branch = False
    try:
        try:
            owns_branch = True  # from here a leftover branch at base_sha is ours to delete
            git(top, "worktree", "add", "--quiet", "-b", branch, str(path), base_sha)
        except GitFailed as exc:
            owns_branch = "already exists" not in exc.reason
            raise InputError(
                f"could not make a worktree of {base_sha[:12]} on branch {branch!r}: {exc.reason}"
            ) from None
        if not tree.target_root.is_dir():
            raise InputError(
                f"{rel.as_posix()} is not in commit {base_sha[:12]} of {top} "
                "(untracked or ignored?), so the worktree has no copy of the target"
            )
        yield tree
    finally:
        _shielded(lambda: _remove(tree, tmp, owns_branch=owns_branch))


def _remove(tree: CandidateTree, tmp: Path, *, owns_branch: bool) -> None:
    """Remove the worktree and its folder; delete the branch unless it has moved past the base.

    Idempotent, so it can be run again after an interruption.
    """
    top = tree.repo_root
    if tree.path.exists():
        try:
            git(top, "worktree", "remove", "--force", str(tree.path))
        except GitFailed:
            _rmtree(tree.path)  # e.g. read-only files a test left: remove by hand, then prune
    with contextlib.suppress(GitFailed):  # a cleanup step failing must not hide the first error
        git(top, "worktree", "prune", check=False)
    _rmtree(tmp)
    if owns_branch:
        with contextlib.suppress(GitFailed):
            # Deletes only while the branch still points at the base: a commit keeps it.
            git(top, "update-ref", "-d", f"refs/heads/{tree.branch}", tree.base_sha, check=False)


def _rmtree(path: Path) -> None:
    def make_writable(func, name, _exc) -> None:
        with contextlib.suppress(OSError):
            Path(name).parent.chmod(0o700)
            Path(name).chmod(0o700)
            func(name)

    if path.exists():
        shutil.rmtree(path, onerror=make_writable)


def _shielded(cleanup: Callable[[], None]) -> None:
    """Run ``cleanup`` to the end even through Ctrl-C, then re-raise the interrupt."""
    interrupted: KeyboardInterrupt | None = None
    while True:
        try:
            cleanup()
            break
        except KeyboardInterrupt as exc:
            interrupted = exc
    if interrupted is not None:
        raise interrupted
