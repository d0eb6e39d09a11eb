"""A kept candidate becomes a commit on its branch, and a patch file a person can apply.

The commit is made by ``perfagent <perfagent@localhost>`` (author and committer),
without the repository's hooks or signing. Only the candidate's files are staged:
the paths the edit changed when given, else every change inside the target's folder
that ``.gitignore`` does not exclude.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from perfagent.tools.codeedit.gitcmd import GitFailed, git, out
from perfagent.tools.codeedit.worktree import CandidateTree
from perfagent.tools.errors import InputError

AUTHOR_NAME = "perfagent"
AUTHOR_EMAIL = "perfagent@localhost"
_IDENTITY_COMMITTER = {"GIT_COMMITTER_NAME": AUTHOR_NAME, "GIT_COMMITTER_EMAIL": AUTHOR_EMAIL}
_IDENTITY = {
    "GIT_AUTHOR_NAME": AUTHOR_NAME,
    "GIT_AUTHOR_EMAIL": AUTHOR_EMAIL,
    "GIT_COMMITTER_NAME": AUTHOR_NAME,
    "GIT_COMMITTER_EMAIL": AUTHOR_EMAIL,
}


def commit(tree: CandidateTree, message: str, *, paths: Sequence[str] | None = None) -> str:
    """Commit the candidate's change on its branch; the new commit's SHA.

    ``paths`` (relative to the target's root, as :func:`apply_blocks` and
    :func:`apply_diff` return them) limits the commit to the edited files, so files
    the setup or test commands created are left out even when not ignored.
    """
    if not message.strip():
        raise InputError("a candidate's commit needs a message")
    rel = tree.target_root.relative_to(tree.path)
    specs = [(rel / p).as_posix() for p in paths] if paths is not None else [rel.as_posix()]
    if not specs:
        raise InputError("the edit changed no file, so there is nothing to commit")
    try:
        git(tree.path, "--literal-pathspecs", "add", "--all", "--", *specs)
        if git(tree.path, "diff", "--cached", "--quiet", check=False).returncode == 0:
            raise InputError(
                f"the candidate on {tree.branch!r} changed nothing, so there is nothing to commit"
            )
        git(
            tree.path,
            "commit",
            "--quiet",
            "--no-verify",
            "--cleanup=whitespace",
            "-F",
            "-",
            input=message.encode(),
            env=_IDENTITY,
        )
        return out(tree.path, "rev-parse", "HEAD")
    except GitFailed as exc:
        raise InputError(
            f"could not commit the candidate on {tree.branch!r}: {exc.reason}"
        ) from None


def export_patch(tree: CandidateTree, out_path: str | Path) -> Path:
    """The candidate's commit(s) since the base, as ``git format-patch`` writes them.

    Paths in the patch are relative to the repository's top, so ``git am`` or ``git
    apply`` in the user's repository takes it. Works after the worktree is gone: it
    reads the branch.
    """
    span = f"{tree.base_sha}..refs/heads/{tree.branch}"
    try:
        if int(out(tree.repo_root, "rev-list", "--count", span)) == 0:
            raise InputError(
                f"branch {tree.branch!r} has no commit on top of {tree.base_sha[:12]} to export"
            )
        text = git(
            tree.repo_root,
            "format-patch",
            "--stdout",
            "--no-color",
            "--src-prefix=a/",
            "--dst-prefix=b/",
            span,
        ).stdout
    except GitFailed as exc:
        raise InputError(
            f"could not export the patch of branch {tree.branch!r}: {exc.reason}"
        ) from None
    target = Path(out_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(text)
    return target


def pick(tree: CandidateTree, branches: Sequence[str]) -> tuple[list[str], dict[str, str]]:
    """Each branch's commits since its fork from the tree's base, replayed on the tree's branch
    in order (``git cherry-pick``): the branches that applied, and for each that did not, why
    (a conflict with what is already picked). A branch that does not apply is left out whole
    and the tree is back where it was before it.

    Commits keep their author and message; perfagent is their committer.
    """
    applied: list[str] = []
    skipped: dict[str, str] = {}
    for branch in branches:
        ref = f"refs/heads/{branch}"
        try:
            span = f"{out(tree.path, 'merge-base', tree.base_sha, ref)}..{ref}"
            commits = out(tree.path, "rev-list", "--reverse", span).split()
        except GitFailed as exc:
            skipped[branch] = f"git cannot read the branch: {exc.reason}"
            continue
        if not commits:
            skipped[branch] = "it has no commit of its own"
            continue
        before = out(tree.path, "rev-parse", "HEAD")
        done = git(
            tree.path,
            "cherry-pick",
            "--allow-empty",
            "--keep-redundant-commits",
            *commits,
            env=_IDENTITY_COMMITTER,
            check=False,
        )
        if done.returncode == 0:
            applied.append(branch)
            continue
        conflicted = out(tree.path, "diff", "--name-only", "--diff-filter=U", check=False)
        git(tree.path, "cherry-pick", "--abort", check=False)
        git(tree.path, "reset", "--quiet", "--hard", before, check=False)
        files = ", ".join(conflicted.split()) or "its files"
        skipped[branch] = f"it conflicts with the changes picked before it in {files}"
    return applied, skipped
