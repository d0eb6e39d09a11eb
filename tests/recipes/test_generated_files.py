"""A recipe's edit of files the target's setup generates (healthchecks' collectstatic folder,
present in the run's copy, ignored by git) is declined with the reason, not trialled: the
branch the edit goes on is a worktree of HEAD, which does not hold them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from test_minify_assets import CSS, JS

from perfagent.agent.reasoner.rules import propose
from perfagent.agent.spec import load_target
from perfagent.agent.state import EngagementState, make_finding


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def _finding():
    return make_finding(
        id="frontend:unminified:app.js",
        kind="frontend",
        title="app.js is not minified",
        location="app.js",
        evidence="audit",
        source="frontend-audit",
        detail={"rule": "unminified"},
    )


def test_an_edit_of_the_setups_output_is_declined_and_of_tracked_files_proposed(tmp_path):
    repo = tmp_path / "app"
    repo.mkdir()
    (repo / "perfagent.toml").write_text('[target]\nname = "app"\n\n[frontend]\nbuild = "static"\n')
    (repo / ".gitignore").write_text("static/\n")  # made by the setup, as collectstatic does
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "-c", "user.email=t@e.invalid", "-c", "user.name=t", "commit", "-qm", "app")
    copy = tmp_path / "copy"  # the run's copy, after the setup ran
    shutil.copytree(repo, copy, ignore=shutil.ignore_patterns(".git"))
    (copy / "static").mkdir()
    (copy / "static" / "app.js").write_text(JS)
    (copy / "static" / "styles.css").write_text(CSS)
    state = EngagementState(run_id="gen", spec=load_target(repo))

    (words,) = propose(_finding(), root=copy, state=state)
    assert words.edit is None and words.declined, words
    assert words.declined[-1] == (
        "minify_assets: it edits static/app.js and 1 more, which the target's setup generates "
        "(static is not in the repository): change the step that builds it instead"
    )

    (repo / ".gitignore").write_text("")  # the same build, committed: the edit is proposed
    shutil.copytree(copy / "static", repo / "static")
    _git(repo, "add", ".")
    _git(repo, "-c", "user.email=t@e.invalid", "-c", "user.name=t", "commit", "-qm", "build")
    [edit] = propose(_finding(), root=copy, state=state)
    assert edit.recipe == "minify_assets" and edit.edit is not None
