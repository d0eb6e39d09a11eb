"""The open-loop rate of the validation rounds is one both services carry when the rounds begin:
a rate taken from a baseline measured at a busier or quieter moment would measure a queue."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from perfagent.agent.spec import load_target
from perfagent.agent.state import EngagementState, Settings
from perfagent.agent.trial import sustainable

# One request at a time, 40 ms each: at most 25 answers a second.
SLOW = textwrap.dedent(
    """
    import sys, time
    from http.server import BaseHTTPRequestHandler, HTTPServer

    class H(BaseHTTPRequestHandler):
        def do_GET(self):
            time.sleep(0.04)
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), H)
    print(server.server_address[1], flush=True)
    server.serve_forever()
    """
)


@pytest.fixture
def slow_service(tmp_path: Path):
    script = tmp_path / "slow.py"
    script.write_text(SLOW)
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    port = int(proc.stdout.readline())  # printed once the socket is bound
    yield f"http://127.0.0.1:{port}", proc.pid
    proc.terminate()
    proc.wait()


def _state(tmp_path: Path) -> EngagementState:
    root = tmp_path / "target"
    root.mkdir()
    (root / "perfagent.toml").write_text(
        '[target]\nname = "slow"\n\n[service]\nhost = "http://127.0.0.1:1"\n\n'
        '[[service.endpoint]]\npath = "/"\n'
    )
    settings = Settings(report_dir=str(tmp_path / "report"), validate_round_s=3)
    return EngagementState(run_id="rate", spec=load_target(root), settings=settings)


def test_a_rate_the_service_cannot_answer_is_lowered_to_one_it_can(tmp_path, slow_service):
    host, pid = slow_service
    rate, sentence = sustainable(
        _state(tmp_path), [(host, pid), (host, pid)], 8, 80.0, tmp_path / "calibration"
    )
    assert rate is not None and rate <= 25 * 0.85, (rate, sentence)
    assert sentence.startswith("; the baseline's rate (80 requests/s) was more than the services")
    assert f"so the rounds ran at {rate:g}/s" in sentence


def test_a_rate_it_answers_is_kept_and_a_closed_loop_is_left_alone(tmp_path, slow_service):
    host, pid = slow_service
    state = _state(tmp_path)
    assert sustainable(state, [(host, pid)], 2, 5.0, tmp_path / "c") == (5.0, "")
    assert sustainable(state, [(host, pid)], 2, None, tmp_path / "c") == (None, "")


# A threaded service whose token login takes 1.2 s (a password hash), its page 2 ms.
SLOW_LOGIN = textwrap.dedent(
    """
    import json, time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class H(BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            time.sleep(1.2)
            body = json.dumps({"access_token": "t"}).encode()
            self._send(body)

        def do_GET(self):
            ok = self.headers.get("Authorization") == "Bearer t"
            self._send(b"ok" if ok else b"no", 200 if ok else 401)

        def _send(self, body, status=200):
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), H)
    print(server.server_address[1], flush=True)
    server.serve_forever()
    """
)


def test_the_users_logging_in_do_not_count_as_a_queue(tmp_path, monkeypatch):
    """Each simulated user logs in before its first request: the first second of a short round
    answers nothing. The rate is judged on the seconds after it (fastapi-template's argon2
    logins made a rate the service answered in full look like 71% of it)."""
    script = tmp_path / "login.py"
    script.write_text(SLOW_LOGIN)
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        host = f"http://127.0.0.1:{int(proc.stdout.readline())}"
        monkeypatch.setenv("RATE_PW", "pw")
        state = _state(tmp_path)
        (Path(state.spec.root) / "perfagent.toml").write_text(
            '[target]\nname = "slow"\n\n[service]\nhost = "http://127.0.0.1:1"\n\n'
            '[service.auth]\nkind = "token"\npath = "/login"\n'
            'body = { password = "${RATE_PW}" }\n\n'
            '[[service.endpoint]]\npath = "/"\n'
        )
        state = state.model_copy(update={"spec": load_target(state.spec.root)})
        rate, sentence = sustainable(state, [(host, proc.pid)], 8, 30.0, tmp_path / "c")
        assert (rate, sentence) == (30.0, ""), sentence
    finally:
        proc.terminate()
        proc.wait()
