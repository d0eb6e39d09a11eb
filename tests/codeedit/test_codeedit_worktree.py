"""A candidate in its own worktree and branch: edit, gate, commit, export — and the user's
checkout byte-identical afterwards, whatever happened inside."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from perfagent.tools.codeedit import (
    apply_blocks,
    candidate_worktree,
    commit,
    export_patch,
    parse_blocks,
    run_checks,
)
from perfagent.tools.errors import InputError

BRANCH = "perfagent/run-1/cache-table"
EDIT = """\
shop/pricing.py
<<<<<<< SEARCH
def shipping_table(zone):
=======
import functools


@functools.lru_cache(maxsize=64)
def shipping_table(zone):
>>>>>>> REPLACE
"""
TEST = "python test_pricing.py"
CRASH = 'python -c "import os; os.kill(os.getpid(), 9)"'
HANG = 'python -c "import time; time.sleep(60)"'


def test_edit_gate_commit_export_leaves_the_user_checkout_byte_identical(
    repo: Path, tmp_path: Path, git, inspect
):
    before = inspect.snapshot(repo)
    with candidate_worktree(repo / "examples" / "shop", branch=BRANCH) as tree:
        assert tree.repo_root == repo.resolve()
        assert tree.target_root == tree.path / "examples" / "shop"
        assert not tree.path.is_relative_to(repo.resolve())
        assert tree.base_sha == git(repo, "rev-parse", "HEAD").strip()
        assert not (tree.target_root / "notes.txt").exists()  # the user's untracked file stays home
        assert git(tree.path, "rev-parse", "--abbrev-ref", "HEAD").strip() == BRANCH
        changed = apply_blocks(tree.target_root, parse_blocks(EDIT))
        checks = run_checks(
            tree.target_root,
            setup="echo built > setup.log && touch made.tmp",
            test=TEST,
            timeout_s=60,
        )
        assert checks.ok, checks.reason
        assert (checks.step, checks.returncode, checks.timed_out) == ("test", 0, False)
        assert "pricing ok" in checks.output
        message = "perfagent: cache the shipping table\n\nmeasured 3.1x faster"
        sha = commit(tree, message, paths=changed)
        patch = export_patch(tree, tmp_path / "report" / "patches" / "cache-table.patch")
        worktree_path = tree.path
    assert not worktree_path.exists()
    assert inspect.worktrees(repo) == [str(repo.resolve())]
    assert inspect.snapshot(repo) == before

    # The branch survives with the commit, by perfagent, holding only the edited file.
    assert BRANCH in inspect.branches(repo)
    assert git(repo, "rev-parse", BRANCH).strip() == sha
    assert git(repo, "log", "-1", "--format=%an <%ae>|%cn <%ce>|%B", BRANCH).strip() == (
        "perfagent <perfagent@localhost>|perfagent <perfagent@localhost>|"
        "perfagent: cache the shipping table\n\nmeasured 3.1x faster"
    )
    assert git(repo, "show", "--name-only", "--format=", BRANCH).split() == [
        "examples/shop/shop/pricing.py"
    ]

    # The patch applies to a clean clone of the user's repository.
    text = patch.read_text()
    assert text.startswith("From " + sha) and "+@functools.lru_cache(maxsize=64)" in text
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", str(repo), str(clone))
    git(clone, "apply", "--check", str(patch))
    git(clone, "apply", str(patch))
    assert "@functools.lru_cache" in (clone / "examples/shop/shop/pricing.py").read_text()


def test_commit_without_paths_leaves_out_ignored_files_the_commands_made(repo: Path, git):
    with candidate_worktree(repo / "examples" / "shop", branch=BRANCH) as tree:
        apply_blocks(tree.target_root, parse_blocks(EDIT))
        assert run_checks(
            tree.target_root, setup="echo built > setup.log", test=TEST, timeout_s=60
        ).ok
        assert (tree.target_root / "setup.log").exists()
        assert not list(tree.target_root.rglob("__pycache__"))  # no bytecode left to commit
        commit(tree, "perfagent: cache the shipping table")
    assert git(repo, "show", "--name-only", "--format=", BRANCH).split() == [
        "examples/shop/shop/pricing.py"
    ]


@pytest.mark.parametrize(
    ("test", "timeout_s", "reason"),
    [
        (CRASH, 30, "exited with code 137 (killed by SIGKILL)"),
        (HANG, 1, "did not finish within 1 s and was killed"),
    ],
)
def test_a_crashing_or_hanging_test_is_a_verdict_and_the_worktree_is_removed(
    repo: Path, inspect, test: str, timeout_s: float, reason: str
):
    before = inspect.snapshot(repo)
    with candidate_worktree(repo / "examples" / "shop", branch=BRANCH) as tree:
        apply_blocks(tree.target_root, parse_blocks(EDIT))
        checks = run_checks(tree.target_root, setup=None, test=test, timeout_s=timeout_s)
        worktree_path = tree.path
    assert not checks.ok and checks.step == "test"
    assert checks.reason.endswith(reason)
    assert checks.timed_out == (test == HANG)
    assert not worktree_path.exists() and not worktree_path.parent.exists()
    assert inspect.worktrees(repo) == [str(repo.resolve())]
    assert BRANCH not in inspect.branches(repo)  # no commit: the branch goes too
    assert inspect.snapshot(repo) == before


@pytest.mark.parametrize("error", [RuntimeError("boom"), KeyboardInterrupt()])
def test_an_exception_inside_the_with_removes_the_worktree(repo: Path, inspect, error):
    before = inspect.snapshot(repo)
    with pytest.raises(type(error)), candidate_worktree(repo, branch=BRANCH) as tree:
        (tree.target_root / "examples" / "shop" / "scratch.txt").write_text("half-done\n")
        worktree_path = tree.path
        raise error
    assert not worktree_path.exists()
    assert inspect.worktrees(repo) == [str(repo.resolve())]
    assert BRANCH not in inspect.branches(repo)
    assert inspect.snapshot(repo) == before


def test_a_failing_setup_stops_before_the_test(repo: Path):
    with candidate_worktree(repo / "examples" / "shop", branch=BRANCH) as tree:
        checks = run_checks(
            tree.target_root, setup="echo no deps >&2; exit 2", test=TEST, timeout_s=30
        )
    assert (checks.ok, checks.step, checks.returncode) == (False, "setup", 2)
    assert checks.reason == "the setup command `echo no deps >&2; exit 2` failed with exit code 2"
    assert checks.output == "no deps"


def test_a_test_command_that_cannot_start_is_a_verdict_too(tmp_path: Path):
    checks = run_checks(tmp_path / "gone", setup=None, test=TEST, timeout_s=10)
    assert not checks.ok and checks.step == "test" and checks.returncode is None
    assert checks.reason.startswith(
        f"the test command `{TEST}` could not be started: working directory"
    )


def test_no_commands_pass_and_say_nothing_was_checked(tmp_path: Path):
    checks = run_checks(tmp_path, setup=None, test=None, timeout_s=10)
    assert checks.ok and checks.step is None and "nothing was checked" in checks.reason


def test_an_existing_branch_is_refused(repo: Path, git, inspect):
    git(repo, "branch", "taken")
    before = inspect.snapshot(repo)
    refused = "branch 'taken' already exists in .*; a candidate needs a new branch"
    with pytest.raises(InputError, match=refused), candidate_worktree(repo, branch="taken"):
        pytest.fail("the worktree must not be made")
    assert inspect.snapshot(repo) == before
    assert inspect.worktrees(repo) == [str(repo.resolve())]
    assert "taken" in inspect.branches(repo)


def test_a_folder_outside_git_is_refused_with_one_sentence(tmp_path: Path):
    plain = tmp_path / "plain"
    plain.mkdir()
    with pytest.raises(InputError) as err, candidate_worktree(plain, branch=BRANCH):
        pytest.fail("no worktree outside git")
    assert str(err.value) == (
        f"{plain} is not in a git repository, so a candidate cannot get its own worktree and branch"
    )


def test_an_untracked_target_or_bad_ref_or_bad_branch_name_is_refused(repo: Path, inspect):
    (repo / "new-target").mkdir()
    before = inspect.snapshot(repo)
    cases = [
        (repo / "new-target", {}, "new-target is not in commit"),
        (repo, {"base": "nope"}, "git ref 'nope' does not name a commit"),
        (repo, {"branch": "bad..name"}, "'bad..name' is not a valid git branch name"),
    ]
    for target, kwargs, message in cases:
        with (
            pytest.raises(InputError, match=message),
            candidate_worktree(target, **{"branch": BRANCH, **kwargs}),
        ):
            pytest.fail("refused inputs make no worktree")
    assert inspect.snapshot(repo) == before
    assert inspect.worktrees(repo) == [str(repo.resolve())]
    assert BRANCH not in inspect.branches(repo)


def test_nothing_to_commit_and_nothing_to_export_are_one_sentence(repo: Path, tmp_path: Path):
    with candidate_worktree(repo, branch=BRANCH) as tree:
        with pytest.raises(InputError, match="changed nothing, so there is nothing to commit"):
            commit(tree, "empty")
        with pytest.raises(InputError, match="has no commit on top of .* to export"):
            export_patch(tree, tmp_path / "x.patch")


def test_a_worktree_of_an_older_base(repo: Path, git):
    first = git(repo, "rev-parse", "HEAD~1").strip()
    with candidate_worktree(repo / "examples" / "shop", branch=BRANCH, base="HEAD~1") as tree:
        assert tree.base_sha == first
        assert not (tree.path / "CHANGES.md").exists()
        assert (
            subprocess.run(
                ["git", "status", "--porcelain"],
                cwd=tree.path,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            == ""
        )
