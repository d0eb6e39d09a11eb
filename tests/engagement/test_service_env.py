"""The service gets the same environment traced and untraced: ``${VAR}`` in [service] env is
read from perfagent's environment for both (full-stack-fastapi-template: the traced service
got a literal ``${FSFT_SECRET_KEY}`` as its JWT key, so a token minted with the real key was
refused under the traced load only)."""

from __future__ import annotations

import sys
import urllib.request
from pathlib import Path

from perfagent.agent.service import running
from perfagent.agent.state import EngagementState
from perfagent.agent.tracing import running_traced

FIXTURE = Path(__file__).parent / "fixtures" / "shop-state.json"
SECRET = "svc-env-3c1d-secret"
APP = """
import http.server, os, sys

class Echo(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = os.environ.get("APP_SECRET", "<unset>").encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass

http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Echo).serve_forever()
"""


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as answer:
        return answer.read().decode()


def test_traced_and_untraced_services_read_the_same_variables(tmp_path: Path, monkeypatch):
    root = tmp_path / "app"
    root.mkdir()
    (root / "echo.py").write_text(APP)
    text = FIXTURE.read_text().replace("{reports}", str(tmp_path / "r"))
    state = EngagementState.model_validate_json(text.replace("{work}", str(tmp_path / "w")))
    state.spec.root = str(root)
    service = state.spec.load.service
    service.start, service.ready = f"{sys.executable} echo.py {{port}}", "/"
    service.env = {"APP_SECRET": "${T_SVC_SECRET}"}
    monkeypatch.setenv("T_SVC_SECRET", SECRET)
    with running(state) as svc:
        assert _get(svc.base_url + "/") == SECRET
    with running_traced(state) as (svc, _):
        assert _get(svc.base_url + "/") == SECRET


def test_the_database_url_reads_its_password_from_the_environment(tmp_path: Path, monkeypatch):
    """[database] url = "...:${VAR}@..." (CTFd on MariaDB as its own user): connections get the
    password, the spec and the saved state keep ``${VAR}``, an unset one is one sentence."""
    import pytest

    from perfagent.agent.database import database_url
    from perfagent.agent.spec import load_target
    from perfagent.agent.state import Settings
    from perfagent.tools.errors import InputError
    from perfagent.tools.sql import db as sqldb

    root = tmp_path / "target"
    root.mkdir()
    (root / "perfagent.toml").write_text(
        '[target]\nname = "db"\n\n[database]\n'
        'url = "postgresql://postgres:${PA_DB_PW}@127.0.0.1:5432/test"\n'
    )
    state = EngagementState(
        run_id="dburl", spec=load_target(root), settings=Settings(report_dir=str(tmp_path / "r"))
    )
    monkeypatch.delenv("PA_DB_PW", raising=False)
    with pytest.raises(InputError, match="database.url: the environment variable PA_DB_PW is not"):
        database_url(state)
    monkeypatch.setenv("PA_DB_PW", SECRET + "/#?@")  # percent-encoded: the host stays the host
    url = database_url(state)
    assert sqldb.parse_url(url).password == SECRET + "/#?@"
    assert SECRET in url and "${PA_DB_PW}" in state.spec.database.url
    assert SECRET not in state.model_dump_json()
    database = sqldb.connect(url)  # trust auth takes any password: the URL is a working one
    try:
        assert database.query("SELECT 1") == [(1,)]
    finally:
        database.close()
