"""Sampling with py-spy on real scripts: hot function first, three outputs from one recording."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from perfagent.tools.errors import (
    InputError,
    PerfagentError,
    TargetError,
    TargetTimeout,
    ToolMissingError,
)
from perfagent.tools.profile import CpuProfile, pyspy, record_command, record_pid
from perfagent.tools.profile.collapsed import hotspots, parse_collapsed
from perfagent.tools.sandbox import spawn, terminate_group


def test_record_command_puts_the_hot_function_first(python, hot_script, tmp_path):
    out = tmp_path / "out"
    p = record_command([python, str(hot_script), "1.0"], out_dir=out, resource_interval_s=0.1)
    assert p.source == "py-spy" and p.rate_hz == 100
    assert p.samples >= 20
    first = p.top(1)[0]
    assert first.function == "hot_loop"
    assert first.file == str(hot_script) and first.line == 4  # --function: the def line
    spots = {
        h.function: h for h in p.hotspots if h.file == str(hot_script)
    }  # not <frozen site>'s main
    assert spots["hot_loop"].self_pct > spots["cold_loop"].self_pct
    assert spots["main"].total_pct > 90
    # the three outputs exist and agree with the table
    ET.parse(p.flamegraph_svg)
    speedscope = json.loads(Path(p.speedscope_json).read_text())
    assert any(f["name"] == "hot_loop" for f in speedscope["shared"]["frames"])
    collapsed = Path(p.collapsed).read_text()
    assert "process " not in collapsed  # the wrapper shell is gone
    assert hotspots(parse_collapsed(collapsed)) == p.hotspots
    assert p.resources is not None and p.resources.peak_rss_bytes > 1_000_000
    assert CpuProfile.model_validate_json(p.model_dump_json()) == p


def test_shell_string_commands_are_followed_into_python(python, hot_script, tmp_path):
    p = record_command(f"cd {hot_script.parent} && {python} hot.py 0.6", out_dir=tmp_path)
    assert p.top(1)[0].function == "hot_loop"


@pytest.mark.slow
def test_record_pid_attaches_to_a_running_process(python, hot_script, tmp_path):
    proc = spawn([python, str(hot_script), "8", "announce"], stdout=subprocess.PIPE)
    try:
        assert proc.stdout.readline().strip() == b"ready"
        p = record_pid(proc.pid, duration_s=1, out_dir=tmp_path, resource_interval_s=0.2)
    finally:
        terminate_group(proc, grace_s=1.0)
    assert p.target == f"PID {proc.pid}"
    assert p.top(1)[0].function == "hot_loop"
    assert 0.8 < p.duration_s < 30
    assert p.resources is not None and p.resources.pid == proc.pid


def test_missing_command(tmp_path):
    with pytest.raises(InputError, match="command not found: no-such-program"):
        record_command(["no-such-program", "--x"], out_dir=tmp_path)
    with pytest.raises(InputError, match="command not found"):
        record_command("no-such-program --x", out_dir=tmp_path)
    with pytest.raises(InputError, match="no command"):
        record_command([], out_dir=tmp_path)


def test_crashing_script_names_status_and_last_stderr_line(python, write_script, tmp_path):
    script = write_script(
        "crash.py",
        """
        def work():
            return sum(i * i for i in range(3_000_000))
        work()
        raise RuntimeError("database is on fire")
    """,
    )
    with pytest.raises(
        TargetError, match=r"exited with status 1: RuntimeError: database is on fire"
    ) as info:
        record_command([python, str(script)], out_dir=tmp_path)
    assert "Traceback" in info.value.detail


def test_timeout(python, hot_script, tmp_path):
    with pytest.raises(TargetTimeout, match="did not finish within 1 s"):
        record_command([python, str(hot_script), "30"], out_dir=tmp_path, timeout_s=1)


def test_not_a_python_program(tmp_path):
    with pytest.raises(InputError, match="not a Python program"):
        record_command(["sleep", "0.2"], out_dir=tmp_path)


def test_nonexistent_pid(tmp_path):
    with pytest.raises(InputError, match="no process with PID 4194999"):
        record_pid(4194999, duration_s=1, out_dir=tmp_path)


def test_attaching_to_a_non_python_process(tmp_path):
    proc = spawn(["sleep", "5"])
    try:
        with pytest.raises(InputError, match="not a Python program"):
            record_pid(proc.pid, duration_s=1, out_dir=tmp_path, subprocesses=False)
    finally:
        terminate_group(proc, grace_s=1.0)


def test_bad_rate_and_duration(tmp_path):
    with pytest.raises(InputError, match="sampling rate"):
        record_command(["true"], out_dir=tmp_path, rate_hz=0)
    with pytest.raises(InputError, match="duration must be positive"):
        record_pid(1, duration_s=0, out_dir=tmp_path)


def test_missing_py_spy_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ToolMissingError, match="py-spy is not installed"):
        pyspy.pyspy_binary()


def test_permission_denied_says_ptrace():
    error = pyspy._classify_pyspy_failure("Error: Permission denied (os error 13)", "PID 7")
    assert "CAP_SYS_PTRACE" in str(error) and "PID 7" in str(error)


def test_a_run_with_no_samples_is_an_error_not_an_empty_profile(python, tmp_path):
    # py-spy finds the process, which sleeps and exits before the first sample at 1 Hz: py-spy
    # exits 0 with an empty recording, which would otherwise read as "nothing is hot"
    with pytest.raises(PerfagentError, match="recorded no samples of .* in 1 run"):
        record_command(
            [python, "-c", "import time; time.sleep(0.3)"], out_dir=tmp_path / "p", rate_hz=1
        )
