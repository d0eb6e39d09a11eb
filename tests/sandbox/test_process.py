"""The sandbox every target runs in: process group, limits, scrubbed environment."""

from __future__ import annotations

import os
import sys
import time

import psutil
import pytest

from perfagent.tools.errors import InputError, TargetTimeout
from perfagent.tools.sandbox import run, scrubbed_env, spawn, terminate_group


def test_secrets_never_reach_the_target(monkeypatch):
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-secret")
    monkeypatch.setenv("GITHUB_TOKEN", "ghp-secret")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "aws-secret")
    result = run(
        [sys.executable, "-c", "import os; print(sorted(os.environ))"],
        env=scrubbed_env({"MINE": "1"}),
    )
    assert result.ok
    assert "secret" not in result.stdout.lower() and "TOKEN" not in result.stdout
    assert "MINE" in result.stdout and "PATH" in result.stdout


def test_timeout_kills_the_whole_process_group(tmp_path):
    pidfile = tmp_path / "grandchild.pid"
    # The child starts a grandchild that would outlive it, then both sleep.
    code = (
        "import subprocess, sys, time;"
        f"p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']);"
        f"open({str(pidfile)!r}, 'w').write(str(p.pid));"
        "time.sleep(60)"
    )
    result = run(
        [sys.executable, "-c", code], timeout_s=5
    )  # long enough for two interpreters to start
    assert result.timed_out and not result.ok
    grandchild = int(pidfile.read_text())
    deadline = time.monotonic() + 30  # SIGKILL to the group is delivered asynchronously: wait on it
    while _running(grandchild) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not _running(grandchild)


def _running(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def test_timeout_can_raise_one_sentence():
    with pytest.raises(TargetTimeout, match=r"did not finish within 0.5 s"):
        run([sys.executable, "-c", "import time; time.sleep(5)"], timeout_s=0.5, check_timeout=True)


def test_memory_limit_stops_a_runaway_allocation():
    result = run(
        [sys.executable, "-c", "x = bytearray(2 * 1024**3); print('allocated')"],
        memory_bytes=512 * 1024**2,
    )
    assert not result.ok
    assert "MemoryError" in result.stderr
    assert "allocated" not in result.stdout


def test_result_reports_this_childs_own_cpu_and_rss():
    burn = run([sys.executable, "-c", "x = bytearray(200 * 1024**2); s = sum(range(10**7))"])
    idle = run([sys.executable, "-c", "pass"])
    assert burn.peak_rss_bytes > idle.peak_rss_bytes + 150 * 1024**2
    assert burn.cpu_s > idle.cpu_s


def test_spawned_group_is_terminated():
    proc = spawn([sys.executable, "-c", "import time; time.sleep(60)"])
    assert os.getpgid(proc.pid) == proc.pid  # its own process group
    terminate_group(proc, grace_s=2)
    assert proc.returncode is not None


def test_missing_program_and_directory_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="command not found"):
        run(["no-such-program-xyz"])
    with pytest.raises(InputError, match="does not exist"):
        run(["true"], cwd=tmp_path / "missing")
