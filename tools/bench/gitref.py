"""Compare one benchmark on two git refs, each checked out in its own temporary worktree.

The user's working tree, index and branch are never touched: worktrees are made
detached at the resolved commits in a temporary folder and removed afterwards,
on failure too.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel

from tools.bench.compare import compare
from tools.bench.models import BenchSpec, Comparison
from tools.errors import InputError


class RefComparison(BaseModel):
    """A comparison of ``head`` against ``base`` in one repository."""

    repo: str
    base: str
    head: str
    base_sha: str
    head_sha: str
    comparison: Comparison


def open_repo(path: str | Path):
    import git

    try:
        return git.Repo(path, search_parent_directories=False)
    except git.NoSuchPathError:
        raise InputError(f"repository path {path} does not exist") from None
    except git.InvalidGitRepositoryError:
        raise InputError(f"{path} is not a git repository") from None


def resolve(repo, ref: str) -> str:
    """The full commit SHA ``ref`` names, or one clear sentence."""
    import git

    try:
        return repo.commit(ref).hexsha
    except (git.BadName, ValueError, git.GitCommandError):
        raise InputError(f"git ref {ref!r} does not exist in {repo.working_dir}") from None


@contextlib.contextmanager
def worktree(repo, sha: str, *, prefix: str = "perfagent-wt-") -> Iterator[Path]:
    """A detached worktree of ``sha`` in a temporary folder, removed on exit."""
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    path = tmp / "tree"
    repo.git.worktree("add", "--detach", "--quiet", str(path), sha)
    try:
        yield path
    finally:
        with contextlib.suppress(Exception):
            repo.git.worktree("remove", "--force", str(path))
        with contextlib.suppress(Exception):
            repo.git.worktree("prune")
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)


def compare_refs(
    repo_path: str | Path, base: str, head: str, target: str | BenchSpec, *, subdir: str = "", **kwargs
) -> RefComparison:
    """Benchmark ``target`` at ``base`` and at ``head``; ``kwargs`` go to :func:`compare`."""
    repo = open_repo(repo_path)
    base_sha, head_sha = resolve(repo, base), resolve(repo, head)
    spec = target if isinstance(target, BenchSpec) else BenchSpec.parse(target)
    with worktree(repo, base_sha) as base_dir, worktree(repo, head_sha) as head_dir:
        a = spec.model_copy(update={"cwd": str(base_dir / subdir), "name": f"{spec.name} @ {base}"})
        b = spec.model_copy(update={"cwd": str(head_dir / subdir), "name": f"{spec.name} @ {head}"})
        result = compare(a, b, **kwargs)
    return RefComparison(
        repo=str(repo.working_dir), base=base, head=head, base_sha=base_sha, head_sha=head_sha,
        comparison=result,
    )
