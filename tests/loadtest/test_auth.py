"""Logged-in load against real apps (tests/loadtest/auth_apps.py): a CSRF login form with
expiring sessions, a token API with expiring tokens, a static header; wrong credentials are one
sentence before any load; the secret's value is in no artifact of the run."""

from __future__ import annotations

import json
import sys
import urllib.request
from pathlib import Path

import pytest

from perfagent.tools.errors import InputError
from perfagent.tools.loadtest import LoadPlan, run_load
from perfagent.tools.loadtest.auth import parse_auth, preflight
from perfagent.tools.loadtest.locustfile import render_locustfile
from perfagent.tools.loadtest.service import Service
from perfagent.tools.spec import parse_spec

APPS = Path(__file__).with_name("auth_apps.py")
SECRET = "pw-7f3a9c-do-not-leak"
FORM = {
    "kind": "form",
    "path": "/login",
    "fields": {"username": "alice", "password": "${T_APP_PW}"},
}
TOKEN = {
    "kind": "token",
    "path": "/token",
    "body": {"username": "alice", "password": "${T_APP_PW}"},
    "expires_in_path": "expires_in",
}


@pytest.fixture
def app(monkeypatch):
    monkeypatch.setenv("T_APP_PW", SECRET)  # what the spec's ${T_APP_PW} reads
    started: list[Service] = []

    def start(kind: str, *args: str):
        service = Service(
            " ".join([sys.executable, str(APPS), kind, "--port", "{port}", *args]),
            ready="/healthz",
            env={"APP_PASSWORD": SECRET},
        )
        started.append(service)
        return service.start()

    yield start
    for service in started:
        service.stop()


def stats(base_url: str) -> dict:
    with urllib.request.urlopen(base_url + "/__stats", timeout=10) as answer:
        return json.load(answer)


def plan(base_url: str, path: str, auth: dict, **kw) -> LoadPlan:
    return LoadPlan(
        host=base_url,
        endpoints=[{"path": path}],
        auth=auth,
        users=kw.pop("users", 3),
        spawn_rate=50,
        duration_s=kw.pop("duration_s", 3),
        **kw,
    )


def _scan(folder: Path) -> list[str]:
    return [str(p) for p in folder.rglob("*") if p.is_file() and SECRET.encode() in p.read_bytes()]


@pytest.mark.slow
def test_form_login_with_csrf_per_user_and_relogin_on_expiry(app, tmp_path):
    svc = app("form", "--session-s", "1")
    result = run_load(
        plan(svc.base_url, "/feed", FORM, duration_s=4), out_dir=tmp_path, server_pid=svc.pid
    )
    seen = stats(svc.base_url)
    feed = result.endpoints[0]
    assert result.auth is not None and result.auth.failures == 0 and seen["csrf_missing"] == 0
    assert result.auth.logins >= 3  # each simulated user logged in itself
    assert result.auth.relogins >= 1 and result.auth.expired >= 1  # sessions of 1 s ran out
    # the app's own count: the users' logins and re-logins, plus the one pre-flight check
    assert seen["logins"] == result.auth.logins + result.auth.relogins + 1 and seen["refused"] == 0
    # every /feed answer counted as the endpoint's was served logged in; expired ones were
    # counted apart
    assert (
        feed.failures == 0
        and feed.requests == seen["served"]
        and seen["anonymous"] == result.auth.expired
    )
    assert not _scan(tmp_path) and "${T_APP_PW}" in (tmp_path / "locustfile.py").read_text()


@pytest.mark.slow
def test_token_login_renews_before_expiry(app, tmp_path):
    svc = app("token", "--token-s", "1.5")
    result = run_load(plan(svc.base_url, "/api/me", TOKEN, duration_s=4), out_dir=tmp_path)
    seen = stats(svc.base_url)
    assert result.auth.logins >= 3 and result.auth.failures == 0
    assert result.auth.relogins + result.auth.expired >= 1
    assert result.endpoints[0].failures == 0 and result.endpoints[0].requests == seen["served"]
    assert not _scan(tmp_path)


@pytest.mark.slow
def test_token_login_as_an_oauth2_form(app, tmp_path):
    """An OAuth2 password grant (FastAPI's OAuth2PasswordRequestForm) takes form fields, not
    JSON: the preflight, every simulated user's login and the re-logins post a form."""
    svc = app("token", "--token-s", "1.5")
    form = {**TOKEN, "path": "/oauth/token", "body_format": "form"}
    result = run_load(plan(svc.base_url, "/api/me", form, duration_s=4), out_dir=tmp_path)
    seen = stats(svc.base_url)
    assert result.auth.logins >= 3 and result.auth.failures == 0 and seen["refused"] == 0
    assert result.auth.relogins + result.auth.expired >= 1
    assert result.endpoints[0].failures == 0 and result.endpoints[0].requests == seen["served"]
    assert not _scan(tmp_path)
    with pytest.raises(InputError, match="answered 422"):  # the same endpoint, sent JSON
        preflight(svc.base_url, parse_auth({**form, "body_format": "json"}))


@pytest.mark.slow
def test_static_header(app, tmp_path, monkeypatch):
    svc = app("token")
    token = json.load(
        urllib.request.urlopen(
            urllib.request.Request(
                svc.base_url + "/token",
                data=json.dumps({"username": "alice", "password": SECRET}).encode(),
                headers={"Content-Type": "application/json"},
            ),
            timeout=10,
        )
    )["access_token"]
    monkeypatch.setenv("T_APP_TOKEN", token)
    auth = {"kind": "header", "header": "Authorization", "value": "Bearer ${T_APP_TOKEN}"}
    result = run_load(plan(svc.base_url, "/api/me", auth, users=2, duration_s=2), out_dir=tmp_path)
    assert result.endpoints[0].requests > 0 and result.endpoints[0].failures == 0
    assert not any(token.encode() in p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())


@pytest.mark.parametrize(("kind", "auth"), [("form", FORM), ("token", TOKEN)])
def test_wrong_credentials_are_one_sentence_before_any_load(app, tmp_path, monkeypatch, kind, auth):
    svc = app(kind)
    monkeypatch.setenv("T_APP_PW", "wrong-password")
    with pytest.raises(InputError) as caught:
        run_load(
            plan(svc.base_url, "/feed" if kind == "form" else "/api/me", auth), out_dir=tmp_path
        )
    message = str(caught.value)
    assert (
        message.startswith("service.auth (")
        and "check the credentials" in message
        and "\n" not in message
    )
    assert "wrong-password" not in message
    seen = stats(svc.base_url)
    assert (
        seen["served"] == 0 and seen["anonymous"] == 0 and seen["refused"] == 1
    )  # only the one check


def test_a_missing_variable_is_named(tmp_path, monkeypatch):
    monkeypatch.delenv("T_APP_PW", raising=False)
    with pytest.raises(
        InputError, match=r"^service.auth: the environment variable T_APP_PW is not set"
    ):
        run_load(plan("http://127.0.0.1:9", "/feed", FORM), out_dir=tmp_path)


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (
            'kind = "form"\npath = "/login"\nfields = { username = "a", password = "hunter2" }\n',
            "service.auth.form.fields: Value error, password: a secret must come from the "
            "environment as ${VAR}",
        ),
        (
            'kind = "header"\nheader = "X-Api-Key"\nvalue = "abc"\n',
            "a secret must come from the environment",
        ),
        (
            'kind = "token"\npath = "/t"\nbody = { password = "${P}" }\ntemplate = "Bearer"\n',
            "must contain {token}",
        ),
        ('kind = "saml"\npath = "/x"\n', "service.auth"),
        (
            'kind = "form"\npath = "/login"\nfields = {}\nusername = "a"\n',
            "service.auth.form.username",
        ),
    ],
)
def test_bad_auth_tables_are_refused_when_the_spec_is_read(table: str, message: str):
    spec = (
        '[service]\nhost = "http://127.0.0.1:9"\n[[service.endpoint]]\npath = "/"\n[service.auth]\n'
        + table
    )
    with pytest.raises(InputError) as caught:
        parse_spec(spec)
    assert message.replace("Value error, ", "") in str(caught.value)


def test_the_locustfile_reads_secrets_from_the_environment():
    source = render_locustfile(plan("http://127.0.0.1:9", "/feed", FORM))
    compile(source, "locustfile.py", "exec")
    assert "${T_APP_PW}" in source and "def on_start(self):" in source and "T_APP_PW=..." in source
    assert "self.send(" in source and "def login(self, name):" in source


@pytest.mark.slow
def test_an_endpoint_header_reads_its_secret_from_the_environment(app, tmp_path, monkeypatch):
    """An API key in an endpoint's headers (beside a login, or alone) is ``${VAR}`` in the spec,
    sent with its value, and written nowhere; a literal one is refused when the spec is read."""
    svc = app("token")
    token = _token(svc.base_url)
    monkeypatch.setenv("T_APP_TOKEN", token)
    spec = parse_spec(
        '[service]\nhost = "http://127.0.0.1:9"\n[[service.endpoint]]\npath = "/api/me"\n'
        'headers = { Authorization = "Bearer ${T_APP_TOKEN}" }\n'
    )
    endpoint = spec.service.endpoints[0]
    load = LoadPlan(host=svc.base_url, endpoints=[endpoint], users=2, spawn_rate=50, duration_s=2)
    result = run_load(load, out_dir=tmp_path)
    assert result.endpoints[0].requests == stats(svc.base_url)["served"] > 0
    assert result.endpoints[0].failures == 0 and stats(svc.base_url)["anonymous"] == 0
    assert "${T_APP_TOKEN}" in (tmp_path / "locustfile.py").read_text()
    assert not any(token.encode() in p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    with pytest.raises(InputError, match="a secret must come from the environment"):
        parse_spec(
            '[service]\nhost = "http://127.0.0.1:9"\n[[service.endpoint]]\npath = "/api/me"\n'
            'headers = { X-Api-Key = "abc123" }\n'
        )


def test_the_probes_run_outside_locust_load_the_page_logged_in(app):
    """The payload probe and the scaling probe log in once ([service.auth]) and load the page
    itself, not its redirect to the login form; a redirect counts as a failed answer."""
    from perfagent.tools.loadtest.auth import parse_auth, session
    from perfagent.tools.loadtest.probe import probe
    from perfagent.tools.tracing.scaling import probe_scaling

    svc = app("form")
    feed = parse_spec(
        '[service]\nhost = "http://127.0.0.1:9"\n[[service.endpoint]]\npath = "/feed"\n'
    ).service.endpoints
    anonymous = probe(svc.base_url, feed, repeats=1)[0]
    assert anonymous.status == 302  # what the probe measured before: the login redirect
    logged_in = probe(svc.base_url, feed, repeats=1, auth=parse_auth(FORM))[0]
    assert logged_in.status == 200 and stats(svc.base_url)["logins"] == 1
    served = stats(svc.base_url)["served"]
    scaled = probe_scaling(
        svc.base_url,
        "/feed",
        workers=1,
        step_s=0.5,
        max_users=2,
        headers=session(svc.base_url, parse_auth(FORM)),
    )
    seen = stats(svc.base_url)
    assert seen["logins"] == 2  # one per probe, not one per connection
    assert all(step.answered > 0 for step in scaled.steps)
    # every answered request of the steps, and of the transport run (a new connection each)
    assert scaled.transport is not None and scaled.transport.fresh_requests > 0
    answered = sum(step.answered or 0 for step in scaled.steps) + scaled.transport.fresh_requests
    assert seen["served"] - served == answered
    outside = probe_scaling(svc.base_url, "/feed", workers=1, step_s=0.5, max_users=1)
    assert outside.steps[0].answered == 0  # redirected to the login form: nothing answered


def _token(base_url: str) -> str:
    return json.load(
        urllib.request.urlopen(
            urllib.request.Request(
                base_url + "/token",
                data=json.dumps({"username": "alice", "password": SECRET}).encode(),
                headers={"Content-Type": "application/json"},
            ),
            timeout=10,
        )
    )["access_token"]


@pytest.mark.slow
def test_a_shared_login_is_one_login_for_every_user_and_every_load(app, tmp_path):
    """``shared = true``: an app that limits logins per account (healthchecks: 20 a day) gets one
    login for all the engagement's loads; a session that ends is still noticed and renewed."""
    shared = {**FORM, "shared": True}
    svc = app("form")
    for _ in range(2):
        result = run_load(plan(svc.base_url, "/feed", shared, duration_s=1), out_dir=tmp_path)
        assert result.auth.shared and result.auth.logins == 0 and result.auth.relogins == 0
        assert result.endpoints[0].requests > 0 and result.endpoints[0].failures == 0
    seen = stats(svc.base_url)
    assert seen["logins"] == 1 and seen["anonymous"] == 0
    assert SECRET.encode() not in (tmp_path / "locustfile.py").read_bytes()

    # Another app, whose sessions last 1 s: the shared session (the first app's) is refused
    # there, and each user logs in again on its own, with no failed request.
    short = app("form", "--session-s", "1")
    result = run_load(plan(short.base_url, "/feed", shared, duration_s=3), out_dir=tmp_path)
    seen = stats(short.base_url)
    assert result.auth.relogins >= 3 and seen["logins"] == result.auth.relogins
    assert result.endpoints[0].failures == 0 and result.endpoints[0].requests == seen["served"]
