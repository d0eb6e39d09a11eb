"""Real git repositories in tmp_path: a target in a subfolder of a bigger repository,
with uncommitted work of the user's that every test checks is left exactly as it was."""

from __future__ import annotations

import hashlib
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

PRICING = """\
def shipping_table(zone):
    table = []
    for i in range(100):
        table.append(i * zone)
    return table


def price(items, zone):
    return sum(items) + shipping_table(zone)[len(items)]
"""

TEST_PRICING = """\
from shop.pricing import price

assert price([1, 2], 3) == 9, price([1, 2], 3)
print("pricing ok")
"""


def run_git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "--no-optional-locks", *args], cwd=repo, check=True, capture_output=True, text=True
    )
    return done.stdout


@pytest.fixture
def git() -> Callable[..., str]:
    return run_git


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """``tmp_path/user-repo`` with the target in ``examples/shop``, two commits, and
    uncommitted user work: a modified file, a staged file and an untracked file."""
    repo = tmp_path / "user-repo"
    shop = repo / "examples" / "shop"
    (shop / "shop").mkdir(parents=True)
    run_git(repo, "init", "-q", "-b", "main")
    run_git(repo, "config", "user.email", "user@example.invalid")
    run_git(repo, "config", "user.name", "user")
    (repo / "README.md").write_text("# the user's project\n")
    (repo / ".gitignore").write_text("*.log\n")
    (shop / "perfagent.toml").write_text('[target]\nname = "shop"\n')
    (shop / "shop" / "__init__.py").write_text("")
    (shop / "shop" / "pricing.py").write_text(PRICING)
    (shop / "test_pricing.py").write_text(TEST_PRICING)
    run_git(repo, "add", ".")
    run_git(repo, "commit", "-qm", "shop")
    (repo / "CHANGES.md").write_text("- shop\n")
    run_git(repo, "add", "CHANGES.md")
    run_git(repo, "commit", "-qm", "changes")
    # The user's work in progress, which no candidate may touch.
    (repo / "README.md").write_text("# the user's project\n\nwork in progress\n")
    (repo / "CHANGES.md").write_text("- shop\n- staged line\n")
    run_git(repo, "add", "CHANGES.md")
    (shop / "notes.txt").write_text("untracked notes\n")
    (shop / "debug.log").write_text("ignored\n")
    return repo


def snapshot(repo: Path) -> dict[str, str]:
    """Every file of the working tree (tracked, untracked, ignored), the index, HEAD, the
    branch and ``git status``: what must be byte-identical after a candidate."""
    state = {}
    for path in sorted(repo.rglob("*")):
        if path.is_file() and ".git" not in path.relative_to(repo).parts:
            state[path.relative_to(repo).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    # Read the index before any git command could refresh it.
    state[".git/index"] = hashlib.sha256((repo / ".git" / "index").read_bytes()).hexdigest()
    state[".git/HEAD"] = (repo / ".git" / "HEAD").read_text()
    state["HEAD"] = run_git(repo, "rev-parse", "HEAD")
    state["branch"] = run_git(repo, "rev-parse", "--abbrev-ref", "HEAD")
    state["status"] = run_git(repo, "status", "--porcelain", "--ignored", "--untracked-files=all")
    return state


def worktrees(repo: Path) -> list[str]:
    listing = run_git(repo, "worktree", "list", "--porcelain")
    return [line.split(" ", 1)[1] for line in listing.splitlines() if line.startswith("worktree ")]


def branches(repo: Path) -> list[str]:
    return run_git(repo, "branch", "--list", "--format=%(refname:short)").split()


class Inspect:
    """What the tests look at in the user's repository (a fixture: there is no package)."""

    snapshot = staticmethod(snapshot)
    worktrees = staticmethod(worktrees)
    branches = staticmethod(branches)


@pytest.fixture
def inspect() -> type[Inspect]:
    return Inspect
