"""`perfagent load ...` through typer's test runner (Locust still runs in a child process)."""

from __future__ import annotations

import json
import os
import sys

import psutil
import pytest
import typer
from typer.testing import CliRunner

from perfagent.api import cli_load

from .conftest import APP, server_counts

runner = CliRunner()


def _app() -> typer.Typer:
    app = typer.Typer()
    cli_load.register(app)

    @app.callback()
    def main() -> None:  # a group, so "load" stays a sub-command
        pass

    return app


def test_run_with_flags_prints_json(server, tmp_path):
    result = runner.invoke(
        _app(),
        [
            "load",
            "run",
            "--host",
            server.base_url,
            "--path",
            "/ok",
            "-u",
            "2",
            "-t",
            "2",
            "--json",
            "--out",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (
        data["kind"] == "run"
        and data["aggregate"]["requests"] == server_counts(server.base_url)["/ok"]
    )
    assert (tmp_path / "latency.png").exists()


def test_non_loopback_host_is_one_clear_error(tmp_path):
    result = runner.invoke(
        _app(),
        [
            "load",
            "run",
            "--host",
            "http://192.0.2.10:80",
            "--path",
            "/",
            "--out",
            str(tmp_path / "o"),
        ],
    )
    assert result.exit_code == 1
    assert "not on the load allow-list" in result.output and "Traceback" not in result.output


def test_bad_spec_names_file_and_field(tmp_path):
    spec = tmp_path / "perfagent.toml"
    spec.write_text(
        '[service]\nhost = "http://127.0.0.1:1"\n[[service.endpoint]]\npath = "/"\nweigth = 2\n'
    )
    result = runner.invoke(_app(), ["load", "run", "--spec", str(spec)])
    assert result.exit_code == 1
    assert "perfagent.toml: service.endpoint[0].weigth" in result.output.replace("\n", "")


def _ours(process: psutil.Process) -> bool:
    """Started under this test's process, or orphaned (a service left running is adopted by
    init); not the server another worker's test (tests/loadtest/test_compare.py) is running."""
    try:
        return process.ppid() == 1 or os.getpid() in {a.pid for a in process.parents()}
    except psutil.Error:
        return False  # gone meanwhile: not left over


@pytest.mark.slow
def test_spec_starts_profiles_and_stops_the_service(tmp_path):
    spec = tmp_path / "perfagent.toml"
    spec.write_text(
        f'[service]\nstart = "{sys.executable} {APP} --port {{port}}"\nready = "/healthz"\n'
        '[[service.endpoint]]\npath = "/ok"\nbudget = { p95_ms = 1000 }\n'
        "[load]\nusers = 2\nduration_s = 3\n"
    )
    before = {p.pid for p in psutil.process_iter()}
    result = runner.invoke(
        _app(),
        [
            "load",
            "soak",
            "--spec",
            str(spec),
            "--profile",
            "--json",
            "--out",
            str(tmp_path / "out"),
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["server"]["samples"] > 0 and data["leak"] is not None
    assert data["budgets"][0]["ok"]
    leftovers = [
        p
        for p in psutil.process_iter(["cmdline"])
        if p.pid not in before and str(APP) in " ".join(p.info["cmdline"] or []) and _ours(p)
    ]
    assert leftovers == []  # the service was stopped with its group
    if data["flamegraph"] is None:
        pytest.skip(f"py-spy could not attach here: {data['notes']}")
    assert (tmp_path / "out" / "profile").is_dir()


@pytest.mark.parametrize("ignored", [False, True], ids=["default", "started-with-sigint-ignored"])
def test_ctrl_c_prints_and_writes_partial_results(server, tmp_path, ignored):
    """SIGINT to the CLI process (as a terminal's Ctrl-C) reaches the child through the parent,
    also when the CLI was started with SIGINT ignored (a shell's background job inherits that)."""
    import os
    import signal
    import subprocess
    import time
    from pathlib import Path

    script = (
        ("import signal; signal.signal(signal.SIGINT, signal.SIG_IGN); " if ignored else "")
        + "import typer; from perfagent.api import cli_load; app = typer.Typer(); "
        "cli_load.register(app); "
        "app.callback()(lambda: None); app()"
    )
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            script,
            "load",
            "run",
            "--host",
            server.base_url,
            "--path",
            "/ok",
            "-u",
            "2",
            "-t",
            "60",
            "--json",
            "--out",
            str(tmp_path),
        ],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    try:
        deadline = time.monotonic() + 60
        while server_counts(server.base_url).get("/ok", 0) < 20 and time.monotonic() < deadline:
            time.sleep(0.2)  # polling the server's count: some load done, not a timer
        assert server_counts(server.base_url).get("/ok", 0) > 0, "the load never started"
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130, stderr.decode()[-2000:]
    data = json.loads(stdout)
    assert data["interrupted"] and data["duration_s"] < 30
    assert data["aggregate"]["requests"] == server_counts(server.base_url)["/ok"]
    assert json.loads((tmp_path / "result.json").read_text())["interrupted"]
