"""`perfagent profile`: a table and file paths on success; one sentence and exit 1 on failure."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from perfagent.api import cli_profile
from perfagent.tools.profile import CpuProfile

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer(pretty_exceptions_enable=False)
    cli_profile.register(app)

    @app.command("noop")  # a second command, so typer keeps `profile` as a subcommand
    def noop() -> None: ...

    return app


def invoke(app, args):
    result = CliRunner().invoke(app, ["profile", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def test_command_mode_prints_table_and_paths(app, python, hot_script, tmp_path):
    out = tmp_path / "prof"
    r = invoke(app, ["--out", str(out), "--rate", "200", "--", python, str(hot_script), "0.8"])
    assert r.exit_code == 0, r.output
    assert "hot_loop" in r.output
    assert r.output.index("hot_loop") < r.output.index("cold_loop")
    for name in (
        "flamegraph.svg",
        "profile.speedscope.json",
        "profile.collapsed.txt",
        "profile.json",
    ):
        assert str(out / name) in r.output.replace("\n", "")
        assert (out / name).exists()
    saved = CpuProfile.model_validate_json((out / "profile.json").read_text())
    assert saved.rate_hz == 200


def test_json_mode_is_a_profile_record(app, hot_module, tmp_path, monkeypatch):
    monkeypatch.chdir(hot_module)
    r = invoke(app, ["--callable", "hotmod:run", "--out", str(tmp_path), "--json"])
    assert r.exit_code == 0, r.output
    start = r.output.index("{")
    profile = CpuProfile.model_validate(json.loads(r.output[start:]))
    assert profile.source == "cprofile"
    assert profile.top(1)[0].function == "hot_loop"


def test_callable_mode_shows_calls_and_allocations(app, hot_module, tmp_path, monkeypatch):
    monkeypatch.chdir(hot_module)
    r = invoke(app, ["--callable", "hotmod:run", "--out", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert "calls" in r.output and "tracemalloc" in r.output
    assert str(tmp_path / "profile.pstats") in r.output.replace("\n", "")  # rich wraps long paths


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        ([], "nothing to profile"),
        (["--", "no-such-program"], "command not found: no-such-program"),
        (["--pid", "4194999", "--duration", "1"], "no process with PID 4194999"),
        (["--pid", "1", "--callable", "m:f"], "give only one of"),
        (["--callable", "not a ref"], "write it as module:function"),
    ],
)
def test_bad_input_is_one_sentence_and_exit_1(app, tmp_path, args, sentence):
    r = invoke(app, ["--out", str(tmp_path), *args])
    assert r.exit_code == 1
    assert sentence in " ".join(r.output.split())
    assert r.output.strip().startswith("error:")


def test_crash_and_timeout(app, python, write_script, hot_script, tmp_path):
    crash = write_script("crash.py", "raise SystemExit('cannot open config.yaml')\n")
    r = invoke(app, ["--out", str(tmp_path), "--", python, str(crash)])
    assert r.exit_code == 1
    assert "exited with status 1: cannot open config.yaml" in " ".join(r.output.split())
    r = invoke(app, ["--out", str(tmp_path), "--timeout", "1", "--", python, str(hot_script), "30"])
    assert r.exit_code == 1
    assert "did not finish within 1 s" in " ".join(r.output.split())


@pytest.mark.slow
def test_real_entry_point_has_no_traceback(tmp_path):
    exe = ROOT / ".venv" / "bin" / "perfagent"
    if not exe.exists():
        pytest.skip("perfagent is not installed in .venv")
    done = subprocess.run(
        [str(exe), "profile", "--out", str(tmp_path), "--", "no-such-program"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert "command not found: no-such-program" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout


def test_unwritable_out_dir(app, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    r = invoke(app, ["--out", str(blocker), "--", "python3", "-c", "pass"])
    assert r.exit_code == 1
    assert "cannot write profiles to" in " ".join(r.output.split())
