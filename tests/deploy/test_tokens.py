"""`perfagent token create NAME --from-env VAR`: a token held in a Kubernetes Secret is registered
(as a hash), registering it again is harmless, a malformed one is refused in one sentence."""

from __future__ import annotations

import secrets

from typer.testing import CliRunner

from perfagent.api.cli import app
from perfagent.api.server.auth import digest
from perfagent.api.server.store import Store


def test_a_token_from_the_environment_is_registered_once(tmp_path, monkeypatch):
    monkeypatch.setenv("PERFAGENT_SERVER_HOME", str(tmp_path))
    token = "pa_" + secrets.token_urlsafe(32)
    monkeypatch.setenv("CI_TOKEN", token)
    runner = CliRunner()
    first = runner.invoke(app, ["token", "create", "ci", "--from-env", "CI_TOKEN"])
    again = runner.invoke(app, ["token", "create", "ci", "--from-env", "CI_TOKEN"])
    assert first.exit_code == 0 and again.exit_code == 0, first.output + again.output
    assert "registered" in first.output and "already registered" in again.output
    store = Store(str(tmp_path / "server.sqlite"))
    assert store.token_by_hash(digest(token)) is not None
    assert token not in first.output  # the secret itself is never printed


def test_a_malformed_or_missing_token_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("PERFAGENT_SERVER_HOME", str(tmp_path))
    monkeypatch.setenv("CI_TOKEN", "short")
    runner = CliRunner()
    bad = runner.invoke(app, ["token", "create", "ci", "--from-env", "CI_TOKEN"])
    missing = runner.invoke(app, ["token", "create", "ci", "--from-env", "NOT_SET_ANYWHERE"])
    assert (
        bad.exit_code != 0
        and "must start with 'pa_'" in bad.output
        and "Traceback" not in bad.output
    )
    assert missing.exit_code != 0 and "is not set" in missing.output
