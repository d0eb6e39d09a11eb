"""Compare one benchmark on two git refs, each checked out in its own temporary worktree.

The user's working tree, index and branch are never touched: worktrees are made
detached at the resolved commits in a temporary folder and removed afterwards,
on failure too.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel

from perfagent.tools.bench.compare import compare
from perfagent.tools.bench.models import BenchSpec, Comparison
from perfagent.tools.codeedit.gitcmd import GitFailed, git, out, repository
from perfagent.tools.errors import InputError
from perfagent.tools.sandbox import repo_venv_python


class RefComparison(BaseModel):
    """A comparison of ``head`` against ``base`` in one repository."""

    repo: str
    base: str
    head: str
    base_sha: str
    head_sha: str
    comparison: Comparison


def open_repo(path: str | Path) -> Path:
    """``path``, absolute, once it is a repository's top folder (or a bare repository)."""
    folder = Path(os.path.normpath(Path(path).expanduser().absolute()))
    if not folder.exists():
        raise InputError(f"repository path {path} does not exist")
    try:
        repo = repository(folder)
    except GitFailed:
        raise InputError(f"{path} is not a git repository") from None
    if (repo.top or repo.git_dir).resolve() != folder.resolve():  # a folder inside one is not
        raise InputError(f"{path} is not a git repository")
    return folder


def resolve(repo: Path, ref: str) -> str:
    """The full commit SHA ``ref`` names, or one clear sentence."""
    try:
        return out(
            repo, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"
        )
    except GitFailed:
        raise InputError(f"git ref {ref!r} does not exist in {repo}") from None


@contextlib.contextmanager
def worktree(repo: Path, sha: str, *, prefix: str = "perfagent-wt-") -> Iterator[Path]:
    """A detached worktree of ``sha`` in a temporary folder, removed on exit."""
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    path = tmp / "tree"
    try:
        git(repo, "worktree", "add", "--detach", "--quiet", str(path), sha)
        yield path
    finally:
        with contextlib.suppress(GitFailed):
            git(repo, "worktree", "remove", "--force", str(path), check=False)
        with contextlib.suppress(GitFailed):
            git(repo, "worktree", "prune", check=False)
        shutil.rmtree(tmp, ignore_errors=True)


def committed(repo: Path, sha: str, rel: str) -> bool:
    """Whether ``rel`` exists at ``sha``. A file committed at both refs is each side's own (it
    may be part of the change); one missing at a ref runs from the user's copy on both."""
    with contextlib.suppress(GitFailed):
        found = git(repo, "rev-parse", "--verify", "--quiet", f"{sha}:{rel}", check=False)
        return found.returncode == 0
    return False


def compare_refs(
    repo_path: str | Path,
    base: str,
    head: str,
    target: str | BenchSpec,
    *,
    subdir: str = "",
    python: str | None = None,
    setup: str | None = None,
    env: dict[str, str] | None = None,
    user_pythonpath: str = "",
    invoked_from: Path | None = None,
    check_imports: bool = True,
    setup_timeout_s: float = 600.0,
    **kwargs,
) -> RefComparison:
    """Benchmark ``target`` at ``base`` and at ``head``; ``kwargs`` go to :func:`compare`.

    Each side runs its own worktree's code (tools.bench.target): ``python``, else a venv per
    side built by ``setup``, else the repository's own venv; the worktree first on PYTHONPATH,
    then ``user_pythonpath`` and ``env``'s; the benchmark file carried to both sides when it is
    not committed; a probe refuses a package imported from anywhere else. ``max_time_s`` (in
    ``kwargs``) bounds the probes and the comparison; building the venvs is outside it.
    """
    from perfagent.tools.bench import target as code

    repo = open_repo(repo_path)
    repo_dir = repo.resolve()
    shas = {"base": resolve(repo, base), "head": resolve(repo, head)}
    spec = target if isinstance(target, BenchSpec) else BenchSpec.parse(target)
    env = dict(env or {})
    max_time_s = float(kwargs.pop("max_time_s", 60.0))
    with worktree(repo, shas["base"]) as base_dir, worktree(repo, shas["head"]) as head_dir:
        trees = {"base": base_dir.resolve(), "head": head_dir.resolve()}
        spec, notes = code.carry(
            spec,
            repo_dir,
            trees,
            lambda rel, side: committed(repo, shas[side], rel),
            invoked_from=invoked_from,
        )
        sides = {}
        for name, tree in trees.items():
            interpreter, roots = python, [str(tree)]
            if setup:
                folder = tree.parent / "venv"
                interpreter = code.build_venv(
                    tree, folder, setup, python=python, timeout_s=setup_timeout_s
                )
                roots.append(str(folder))
            interpreter = interpreter or repo_venv_python(repo_dir)
            side_env = {**spec.env, **env}
            side_env["PYTHONPATH"] = code.pythonpath(
                tree, repo_dir, user_pythonpath, side_env.get("PYTHONPATH", "")
            )
            sides[name] = code.Side(tree=str(tree), python=interpreter, env=side_env, roots=roots)
        if not (python or setup) and sides["base"].python:
            notes.append(f"ran with the repository's own interpreter {sides['base'].python}")
        elif not (python or setup):
            notes.append(
                "ran with perfagent's own interpreter (give --python or --setup for the target's)"
            )
        start = time.perf_counter()
        specs = {}
        for name, side in sides.items():
            ref = base if name == "base" else head
            specs[name] = spec.model_copy(
                update={
                    "cwd": str(Path(side.tree) / subdir),
                    "name": f"{spec.name} @ {ref}",
                    "env": side.env,
                    "python": side.python,
                }
            )
            if check_imports:
                packages = code.packages_in(Path(side.tree))
                notes += code.probe(
                    specs[name],
                    side,
                    name,
                    packages,
                    timeout_s=max(min(code.PROBE_TIMEOUT_S, max_time_s / 6), 1.0),
                )
        left = max_time_s - (time.perf_counter() - start)
        result = compare(specs["base"], specs["head"], max_time_s=max(left, 0.001), **kwargs)
    result.notes = notes + result.notes
    result.max_time_s = max_time_s
    return RefComparison(
        repo=str(repo),
        base=base,
        head=head,
        base_sha=shas["base"],
        head_sha=shas["head"],
        comparison=result,
    )
