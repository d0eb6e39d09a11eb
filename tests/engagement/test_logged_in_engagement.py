"""A whole engagement on a login-protected app from a spec with no literal secret: the spec's
[load] users/duration_s are what the baseline runs, every user logs in, and the password's
value is in no artifact of the run (report, state.json, logs, locustfiles, the workspace, the
checkpoint store)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from perfagent.agent.engagement import start
from perfagent.agent.state import Settings

APP = Path(__file__).resolve().parents[1] / "loadtest" / "auth_apps.py"
SECRET = "pw-engagement-5b1e-never-written"


@pytest.mark.heavy
def test_logged_in_engagement_honours_the_spec_and_writes_no_secret(tmp_path, monkeypatch):
    root = tmp_path / "app"
    root.mkdir()
    shutil.copy(APP, root / "app.py")
    (root / "perfagent.toml").write_text(f'''
[target]
name = "login-app"

[service]
start = "{sys.executable} app.py form --port {{port}} --session-s 2"
ready = "/healthz"
env = {{ APP_PASSWORD = "${{LOGIN_APP_PW}}" }}

[service.auth]
kind = "form"
path = "/login"
fields = {{ username = "alice", password = "${{LOGIN_APP_PW}}" }}

[[service.endpoint]]
path = "/feed"

[load]
users = 3
duration_s = 4
''')
    monkeypatch.setenv("LOGIN_APP_PW", SECRET)
    monkeypatch.setenv("PERFAGENT_WORK", str(tmp_path / "work"))
    monkeypatch.delenv("PERFAGENT_LOAD_USERS", raising=False)
    monkeypatch.delenv("PERFAGENT_LOAD_DURATION_S", raising=False)
    settings = Settings(
        report_dir=str(tmp_path / "r"), keep_workspace=True, validate_rounds=2, validate_round_s=2.0
    )
    state = start(
        root, phase="construction", settings=settings, checkpoint_url=str(tmp_path / "ck.sqlite")
    )
    assert (state.settings.load_users, state.settings.load_duration_s) == (3, 4.0)
    baseline = state.load["baseline"]
    assert baseline.auth is not None and baseline.auth.logins >= 3 and baseline.auth.failures == 0
    assert baseline.endpoints[0].requests > 0 and baseline.endpoints[0].failures == 0
    index = (Path(state.report_dir) / "index.md").read_text()
    assert "## Effective plan" in index and "perfagent.toml [load] users" in index
    assert (
        "Logged in (form login"
        in (Path(state.report_dir) / "2-load-test" / "README.md").read_text()
    )
    leaks = [
        str(p)
        for folder in (tmp_path / "r", tmp_path / "work", tmp_path, root)
        for p in folder.rglob("*")
        if p.is_file() and SECRET.encode() in p.read_bytes()
    ]
    assert leaks == []
