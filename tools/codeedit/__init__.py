"""Trying a code edit for real: in its own git worktree and branch, gated by the target's tests.

Composable pieces (the engagement composes them)::

    with candidate_worktree(target, branch="perfagent/run-1/cache-table") as tree:
        changed = apply_blocks(tree.target_root, parse_blocks(text))   # or apply_diff
        checks = run_checks(tree.target_root, setup=setup, test=test, timeout_s=300)
        if checks.ok:
            commit(tree, "perfagent: cache the shipping table", paths=changed)
            export_patch(tree, report_dir / "cache-table.patch")
    # the worktree is gone; the branch stays only if it has a commit

Errors (all :class:`tools.errors.InputError`, one sentence; block errors also carry
the expected and closest existing lines, meant to be sent back to the edit's author).
"""

from perfagent.tools.codeedit.apply import apply_edit
from perfagent.tools.codeedit.blocks import apply_blocks, parse_blocks
from perfagent.tools.codeedit.commit import AUTHOR_EMAIL, AUTHOR_NAME, commit, export_patch, pick
from perfagent.tools.codeedit.diff import apply_diff
from perfagent.tools.codeedit.gate import CheckResult, run_checks
from perfagent.tools.codeedit.models import Edit, SearchReplace
from perfagent.tools.codeedit.worktree import CandidateTree, candidate_worktree

__all__ = [
    "AUTHOR_EMAIL",
    "AUTHOR_NAME",
    "CandidateTree",
    "CheckResult",
    "Edit",
    "SearchReplace",
    "apply_blocks",
    "apply_diff",
    "apply_edit",
    "candidate_worktree",
    "commit",
    "export_patch",
    "parse_blocks",
    "pick",
    "run_checks",
]
