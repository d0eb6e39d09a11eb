"""The kept changes put together on one branch: replayed in order, a conflicting one left out
with its reason, gated by the target's tests, measured against the unchanged commit."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfagent.agent.state import Candidate, Validation
from perfagent.agent.steps.validate import to_combine
from perfagent.agent.trial import combine_kept
from tests.engagement.test_optimize_loop import _git, _repo, _state_for

CACHED = (
    '"""Shipping bands: a pure, slow table, rebuilt on every quote."""\n',
    '"""Shipping bands: a pure, slow table, rebuilt on every quote."""\n\nimport functools\n',
    "def table(zone: int) -> list[int]:\n",
    "@functools.lru_cache(maxsize=None)\ndef table(zone: int) -> list[int]:\n",
)
SUMMED = (
    "        total = 0\n        for step in range(1, 600):\n"
    "            total += (band * step) % (zone + 7)\n",
    "        total = sum((band * step) % (zone + 7) for step in range(1, 600))\n",
)
RENAMED = ("def table(zone: int) -> list[int]:\n", "def table(zone: int, /) -> list[int]:\n")
BROKEN = ("    return table(zone)[band]\n", "    return table(zone)[band] + 1\n")


def _branch(repo: Path, name: str, *edits: str) -> str:
    """A perfagent-like branch: one commit on top of the repository's first commit."""
    branch = f"perfagent/manual/{name}"
    main = _git(repo, "branch", "--show-current").strip()
    _git(repo, "checkout", "-q", "-b", branch, main)
    core = repo / "calc" / "core.py"
    text = core.read_text()
    for old, new in zip(edits[::2], edits[1::2], strict=True):
        assert old in text
        text = text.replace(old, new, 1)
    core.write_text(text)
    _git(repo, "commit", "-q", "-am", f"perfagent: {name}")
    _git(repo, "checkout", "-q", main)
    return branch


def _kept(state, name: str, branch: str) -> None:
    cid = f"cand:{name}"
    state.candidates[cid] = Candidate(
        id=cid,
        finding_id="cpu:quote:table",
        kind="code",
        title=f"edit {name}",
        change="",
        status="kept",
        branch=branch,
        measure="bench",
        benchmark="quote",
    )
    state.validations[cid] = Validation(
        candidate_id=cid, method="benchmark", verdict="faster", kept=True
    )


@pytest.mark.slow
def test_kept_changes_are_combined_and_measured_and_a_conflicting_one_is_left_out(tmp_path):
    repo = _repo(tmp_path)
    state, _ = _state_for(repo, tmp_path)
    _kept(state, "cached", _branch(repo, "cached", *CACHED))
    _kept(state, "renamed", _branch(repo, "renamed", *RENAMED))  # the same line as "cached"
    _kept(state, "summed", _branch(repo, "summed", *SUMMED))
    assert to_combine(state)
    combined = combine_kept(state)
    assert combined.candidates == ["cand:cached", "cand:summed"], combined
    assert "conflicts" in combined.skipped["cand:renamed"]
    assert "calc/core.py" in combined.skipped["cand:renamed"]
    assert combined.tests.startswith("The target's tests passed with all 2 changes")
    # table() cached across the benchmark's six quotes of three zones: about half the work
    assert combined.verdict == "faster", combined.changes
    assert combined.changes[0].scope == "benchmark quote" and combined.changes[0].ratio < 0.8
    log = _git(repo, "log", "--format=%s", combined.branch, "-n", "3").split("\n")
    assert log[:3] == ["perfagent: summed", "perfagent: cached", "calc"]
    patch = Path(combined.patch)
    assert patch.name == "combined.patch" and patch.read_text().count("Subject: [PATCH") == 2
    assert _git(repo, "status", "--porcelain") == ""  # the user's tree is untouched
    assert "perfagent-candidate" not in _git(repo, "worktree", "list")
    state.combined = combined
    assert not to_combine(state)  # once


@pytest.mark.slow
def test_a_combination_that_fails_the_tests_leaves_no_branch(tmp_path):
    repo = _repo(tmp_path)
    state, _ = _state_for(repo, tmp_path)
    _kept(state, "cached", _branch(repo, "cached", *CACHED))
    _kept(state, "broken", _branch(repo, "broken", *BROKEN))
    combined = combine_kept(state)
    assert combined.branch is None and combined.changes == [], combined
    assert combined.tests.startswith("With all 2 changes, the test command"), combined.tests
    assert "failed with exit code 1: " in combined.tests and "1 failed" in combined.tests
    assert "combined" not in _git(repo, "branch", "--list", "perfagent/*")


def test_kept_changes_on_the_same_rows_are_named_as_measured_only_together(tmp_path):
    """An index and a rewrite of the statement it serves were each judged against the unchanged
    app; the combination says so (on full-stack-fastapi-template the rewrite, kept alone, was
    slower once the index existed)."""
    from perfagent.agent.finding_kinds import Index, IndexTrial, SlowSql, Traced
    from perfagent.agent.trial import overlaps

    repo = _repo(tmp_path)
    state, _ = _state_for(repo, tmp_path)
    page = "SELECT item.id FROM item WHERE item.owner_id = %(o)s::UUID ORDER BY item.created_at"
    state.findings += [
        Index(
            id="index:item(owner_id,created_at)",
            title="index item",
            evidence="plan",
            source="explain",
            detail=IndexTrial(table="item", query=page),
        ),
        SlowSql(
            id="trace:duplicate:items",
            title="page and count",
            evidence="traces",
            source="traces",
            detail=Traced(rule="duplicate_statement", endpoint="GET /items/", query=page),
        ),
        SlowSql(
            id="trace:duplicate:users",
            title="users page and count",
            evidence="traces",
            source="traces",
            detail=Traced(
                rule="duplicate_statement", endpoint="GET /users/", query="SELECT id FROM users"
            ),
        ),
    ]
    for cid, finding in (
        ("cand:index", "index:item(owner_id,created_at)"),
        ("cand:items", "trace:duplicate:items"),
        ("cand:users", "trace:duplicate:users"),
    ):
        state.candidates[cid] = Candidate(
            id=cid, finding_id=finding, kind="code", title=cid[5:], change="", status="kept"
        )
    [note] = overlaps(state, ["cand:index", "cand:items", "cand:users"])
    assert note.startswith("index and items both act on table `item`: each was judged against")
    assert "users" not in note
    assert overlaps(state, ["cand:index", "cand:users"]) == []
