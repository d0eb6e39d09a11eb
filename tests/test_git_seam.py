"""One git seam: tools/codeedit/gitcmd.py is the only module that runs git, and it cannot be
pointed at another repository, run the user's hooks or answer in more than one sentence."""

from __future__ import annotations

import ast
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import psutil
import pytest

from perfagent.tools.bench.gitref import worktree
from perfagent.tools.codeedit.gitcmd import GitFailed, git, out, repository
from perfagent.tools.errors import PerfagentError

ROOT = Path(__file__).resolve().parent.parent
SEAM = ROOT / "tools" / "codeedit" / "gitcmd.py"
PACKAGES = ("agent", "api", "evals", "prompts", "tools")
RUNNERS = {
    "run",
    "Popen",
    "call",
    "check_call",
    "check_output",
    "system",
    "popen",
    "create_subprocess_exec",
    "create_subprocess_shell",
    "getoutput",
    "getstatusoutput",
}


def git_uses(source: str) -> list[str]:
    """Where ``source`` imports GitPython or starts a git process: ``line: what``.

    >>> git_uses("import subprocess\\nsubprocess.run(['git', 'status'])\\n")
    ['2: the program name "git"']
    """
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import) and any(_top(a.name) == "git" for a in node.names):
            found.append(f"{node.lineno}: import git")
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and _top(node.module) == "git":
            found.append(f"{node.lineno}: from {node.module} import")
        elif isinstance(node, ast.Constant) and node.value == "git":
            found.append(f'{node.lineno}: the program name "git"')
        elif isinstance(node, ast.Call) and _name(node.func) in RUNNERS and _shell_git(node.args):
            found.append(f"{node.lineno}: a shell command starting with git")
    return sorted(found, key=lambda f: int(f.split(":")[0]))


def _top(module: str | None) -> str:
    return (module or "").split(".")[0]


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _shell_git(args: list[ast.expr]) -> bool:
    """Whether the first argument is a command line (a string, or an f-string) starting with git."""
    first = args[0] if args else None
    if isinstance(first, ast.JoinedStr) and first.values:
        first = first.values[0]
    return isinstance(first, ast.Constant) and str(first.value).startswith("git ")


def test_no_module_but_the_seam_imports_gitpython_or_starts_git():
    offenders = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if path != SEAM:
                rel = path.relative_to(ROOT).as_posix()
                offenders += [f"{rel}:{use}" for use in git_uses(path.read_text())]
    assert not offenders, "run git through tools.codeedit.gitcmd instead:\n" + "\n".join(offenders)


@pytest.mark.parametrize(
    "source",
    [
        "import git\n",
        "import git.exc as e\n",
        "def f():\n    from git import Repo\n",
        "subprocess.run(['git', '-C', str(p), 'status'])\n",
        "shutil.which('git')\n",
        "os.system('git status')\n",
        "subprocess.check_output(f'git log {ref}', shell=True)\n",
    ],
)
def test_the_scan_catches_each_way_of_running_git(source: str):
    assert git_uses(source)


def test_the_scan_leaves_words_about_git_alone():
    text = (
        'raise InputError(f"git ref {ref!r} does not exist")\n'
        'import gitdb\n"""git apply checks"""\nsubprocess.run(["gitk"])\n'
    )
    assert git_uses(text) == []


def _plain_git(cwd: Path, *args: str) -> str:
    identity = ("-c", "user.email=t@t.invalid", "-c", "user.name=t")
    done = subprocess.run(
        ["git", *identity, *args], cwd=cwd, check=True, capture_output=True, text=True
    )
    return done.stdout.strip()


def _repo(path: Path, text: str) -> Path:
    path.mkdir()
    _plain_git(path, "init", "-q")
    (path / "a.txt").write_text(text)
    _plain_git(path, "add", "a.txt")
    _plain_git(path, "commit", "-q", "-m", text)
    return path


def test_variables_a_hook_leaks_do_not_point_the_seam_at_another_repository(tmp_path, monkeypatch):
    mine, other = _repo(tmp_path / "mine", "mine"), _repo(tmp_path / "other", "other")
    monkeypatch.setenv("GIT_DIR", str(other / ".git"))
    monkeypatch.setenv("GIT_WORK_TREE", str(other))
    monkeypatch.setenv("GIT_INDEX_FILE", str(other / ".git" / "index"))
    assert repository(mine / ".").top == mine.resolve()
    assert out(mine, "log", "-1", "--format=%s") == "mine"
    with worktree(mine, out(mine, "rev-parse", "HEAD")) as tree:
        assert (tree / "a.txt").read_text() == "mine"
    monkeypatch.delenv("GIT_DIR")
    monkeypatch.delenv("GIT_WORK_TREE")
    monkeypatch.delenv("GIT_INDEX_FILE")
    assert _plain_git(other, "status", "--porcelain") == ""
    assert _plain_git(other, "worktree", "list").count("\n") == 0  # only its own tree


def test_the_repository_hooks_do_not_run(tmp_path):
    repo = _repo(tmp_path / "repo", "x")
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    marker = tmp_path / "hook-ran"
    hook = hooks / "post-checkout"
    hook.write_text(f"#!/bin/sh\ntouch {marker}\n")
    hook.chmod(0o755)
    _plain_git(repo, "config", "core.hooksPath", str(hooks))
    with worktree(repo, out(repo, "rev-parse", "HEAD")):
        pass
    assert not marker.exists()
    _plain_git(repo, "worktree", "add", "-q", "--detach", str(tmp_path / "plain"))
    assert marker.exists()  # plain git runs it: the seam's settings are what kept it off


def test_a_failure_is_one_sentence_of_the_error_tree(tmp_path):
    repo = _repo(tmp_path / "repo", "x")
    with pytest.raises(GitFailed) as err:
        git(repo, "rev-parse", "--verify", "no-such-ref^{commit}")
    assert isinstance(err.value, PerfagentError)
    assert str(err.value) == "Needed a single revision" and err.value.returncode == 128
    with pytest.raises(GitFailed, match=r"^\S*nowhere is not a folder$"):
        git(tmp_path / "nowhere", "status")
    with pytest.raises(GitFailed, match="not a git repository"):
        repository(tmp_path)


def test_leaked_config_variables_do_not_configure_a_seam_command(tmp_path, monkeypatch):
    repo = _repo(tmp_path / "repo", "x")
    monkeypatch.setenv("GIT_CONFIG_COUNT", "1")
    monkeypatch.setenv("GIT_CONFIG_KEY_0", "perfagent.leaked")
    monkeypatch.setenv("GIT_CONFIG_VALUE_0", "count")
    monkeypatch.setenv("GIT_CONFIG_PARAMETERS", "'perfagent.parameters'='yes'")
    monkeypatch.setenv("GIT_DIR", str(tmp_path / "nowhere"))
    monkeypatch.setenv("GIT_INDEX_FILE", str(tmp_path / "index"))
    # Plain git under the same variables sees the injected settings: they are live.
    assert (
        subprocess.run(
            ["git", "config", "perfagent.leaked"], cwd=repo, capture_output=True, text=True
        ).stdout
        == "count\n"
    )
    for name in ("perfagent.leaked", "perfagent.parameters"):
        assert git(repo, "config", "--get", name, check=False).returncode == 1
    assert out(repo, "log", "-1", "--format=%s") == "x"
    git(repo, "add", "a.txt")
    assert not (tmp_path / "index").exists()
    # Only the names reach the command line, never a value (ps shows command lines).
    line = " ".join(git(repo, "status").args)
    assert "-u GIT_CONFIG_KEY_0" in line and "perfagent.leaked" not in line
    assert str(tmp_path) not in line.replace(str(repo), "")


def test_a_command_over_its_time_limit_is_killed_with_the_processes_it_started(tmp_path):
    """git runs a script that starts ``sleep`` in the background and waits for it: both are
    git's descendants, and the time limit must end the sleep too, not leave it orphaned."""
    repo = _repo(tmp_path / "repo", "x")
    pidfile = tmp_path / "sleep.pid"
    script = tmp_path / "slow"
    script.write_text(f"#!/bin/sh\nsleep 300 >/dev/null 2>&1 &\necho $! > {pidfile}\nwait\n")
    script.chmod(0o755)
    with pytest.raises(GitFailed, match=r"^`git -c alias.slow=\S+` did not finish within 2 s$"):
        git(repo, "-c", f"alias.slow=!{script}", "slow", timeout_s=2)
    assert pidfile.is_file(), "the script did not start within the time limit"
    pid = int(pidfile.read_text())
    try:
        # SIGKILL was sent before git() returned; wait on the process table for it to land.
        deadline = time.monotonic() + 30
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert not _alive(pid), "the sleep git's alias started outlived the time limit"
    finally:
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie has died: only its exit status waits to be collected)."""
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def test_without_git_on_the_path_the_sentence_says_so(tmp_path, monkeypatch):
    repo = _repo(tmp_path / "repo", "x")
    bare_path = tmp_path / "bin"
    bare_path.mkdir()
    monkeypatch.setenv("PATH", str(bare_path))
    with pytest.raises(GitFailed, match="^git is not installed$"):
        git(repo, "status")
    # With a variable to drop, `env` starts first and is the one that cannot find git.
    (bare_path / "env").symlink_to(shutil.which("env", path=os.defpath) or "/usr/bin/env")
    monkeypatch.setenv("GIT_DIR", str(repo / ".git"))
    with pytest.raises(GitFailed, match="^git is not installed$"):
        git(repo, "status")
