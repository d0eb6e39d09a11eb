"""The engagement's copy of the target: what it holds, and that the user's tree is left alone."""

from __future__ import annotations

import subprocess
from pathlib import Path

from perfagent.agent import workspace
from perfagent.agent.spec import load_target
from perfagent.agent.state import EngagementState


def _state(root: Path) -> EngagementState:
    return EngagementState(run_id="ws-test", spec=load_target(root))


def _target(tmp_path: Path) -> Path:
    root = tmp_path / "app"
    (root / "pkg").mkdir(parents=True)
    (root / "perfagent.toml").write_text('[target]\nname = "app"\n')
    (root / "pkg" / "mod.py").write_text("X = 1\n")
    (root / "build.log").write_text("ignored output\n")
    (root / ".gitignore").write_text("build.log\n")
    return root


def test_a_git_target_is_copied_as_its_working_state_without_ignored_files(tmp_path: Path):
    root = _target(tmp_path)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    subprocess.run(["git", "-C", str(root), "add", "perfagent.toml", ".gitignore"], check=True)
    (root / "pkg" / "mod.py").write_text("X = 2  # uncommitted: measured as the user sees it\n")
    state = _state(root)
    copy = workspace.target(state)
    assert copy != root and copy.is_dir()
    assert (copy / "pkg" / "mod.py").read_text().startswith("X = 2")
    assert not (copy / "build.log").exists() and not (copy / ".git").exists()
    (copy / "pkg" / "mod.py").write_text("changed in the copy\n")
    assert (root / "pkg" / "mod.py").read_text().startswith("X = 2")
    variant = workspace.variant(state, "try-1")
    assert (
        variant / "pkg" / "mod.py"
    ).read_text() == "changed in the copy\n"  # from the set-up copy
    workspace.remove(state)
    assert not workspace.run_folder(state).exists() and root.is_dir()


def test_a_plain_folder_is_copied_without_caches(tmp_path: Path):
    root = _target(tmp_path)
    (root / "__pycache__").mkdir()
    (root / "__pycache__" / "x.pyc").write_bytes(b"\0")
    (root / ".venv").mkdir()
    copy = workspace.target(_state(root))
    assert (copy / "build.log").is_file()  # no .gitignore without git
    assert not (copy / "__pycache__").exists() and not (copy / ".venv").exists()
