"""The chat engine's offline (rules) path, and `perfagent chat` in the terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from perfagent.agent.chat import ChatActions, rules_turn, turn

ROOT = Path(__file__).resolve().parents[2]


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple] = []
        self.state = "running"

    def actions(self) -> ChatActions:
        def start(target: str, phase: str) -> str:
            self.calls.append(("start", target, phase))
            return "eng-1"

        def status(engagement: str) -> dict:
            return {
                "status": self.state,
                "question": {"title": "cache table with lru_cache"},
                "result": {"recommendations": [{"title": "Add an index"}], "validations": []},
            }

        def decide(engagement: str, approve: bool, reason: str) -> str:
            self.calls.append(("decide", engagement, approve, reason))
            return "ok"

        return ChatActions(start=start, status=status, decide=decide)


def test_run_starts_an_engagement_with_the_phase_named():
    recorder = Recorder()
    answer, update = rules_turn(
        "please run examples/shop in the testing phase", {"base": "/work"}, recorder.actions()
    )
    assert recorder.calls == [("start", "/work/examples/shop", "testing")] and update == {
        "engagement": "eng-1"
    }
    assert "eng-1" in answer


def test_a_relative_target_needs_the_sessions_base_folder_never_the_processes_cwd(tmp_path):
    recorder = Recorder()
    checkpoint = str(tmp_path / "ck.sqlite")
    refused = turn("s-nobase", "run examples/shop", recorder.actions(), checkpoint_url=checkpoint)
    assert recorder.calls == [] and refused.startswith(
        "That did not work: the target 'examples/shop' is a relative"
    )
    turn("s-base", "run shop", recorder.actions(), checkpoint_url=checkpoint, base="/srv/a")
    turn(
        "s-base", "run ../b/shop", recorder.actions(), checkpoint_url=checkpoint, base="/elsewhere"
    )  # kept: /srv/a
    assert [call[1] for call in recorder.calls] == ["/srv/a/shop", "/srv/b/shop"]


def test_approve_and_reject_answer_the_sessions_engagement_with_the_reason():
    recorder = Recorder()
    rules_turn("reject: not on a Friday", {"engagement": "eng-1"}, recorder.actions())
    rules_turn("approve", {"engagement": "eng-1"}, recorder.actions())
    assert recorder.calls == [
        ("decide", "eng-1", False, "not on a Friday"),
        ("decide", "eng-1", True, ""),
    ]


def test_a_decision_without_an_engagement_is_explained_not_guessed():
    recorder = Recorder()
    answer, _ = rules_turn("approve", {}, recorder.actions())
    assert recorder.calls == [] and "no engagement" in answer


def test_status_says_what_the_engagement_waits_for():
    recorder = Recorder()
    recorder.state = "waiting"
    answer, _ = rules_turn("status?", {"engagement": "eng-1"}, recorder.actions())
    assert "waits for your decision on: cache table with lru_cache" in answer


def test_the_waiting_message_shows_the_diff_it_asks_about():
    recorder = Recorder()
    recorder.state = "waiting"
    question = {
        "title": "cache prices",
        "edit": [
            {
                "path": "shop/prices.py",
                "search": "def price(x):",
                "replace": "@lru_cache\ndef price(x):",
            }
        ],
    }
    actions = recorder.actions()
    actions.status = lambda engagement: {"status": "waiting", "question": question}
    answer, _ = rules_turn("status", {"engagement": "eng-1"}, actions)
    assert (
        "```diff\n--- shop/prices.py\n- def price(x):\n+ @lru_cache\n+ def price(x):\n```" in answer
    )
    assert answer.endswith("Say `approve` or `reject`.")


def test_the_session_remembers_its_engagement_across_turns(tmp_path):
    recorder = Recorder()
    checkpoint = str(tmp_path / "ck.sqlite")
    turn("s1", "run examples/shop", recorder.actions(), checkpoint_url=checkpoint, base="/work")
    answer = turn(
        "s1", "what are the top recommendations?", recorder.actions(), checkpoint_url=checkpoint
    )
    assert answer == "Top recommendations:\n1. Add an index"


def test_perfagent_chat_in_the_terminal_answers_line_by_line(tmp_path):
    lines = "hello\nexplain `SELECT * FROM orders WHERE lower(email) = 'a'`\n"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "perfagent.api.cli",
            "chat",
            "--checkpoint",
            str(tmp_path / "ck.sqlite"),
        ],
        input=lines,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "I can: analyse a SQL query" in proc.stdout
    assert "select_star" in proc.stdout and "non_sargable" in proc.stdout


def _chat(tmp_path, lines: str, cwd):
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "perfagent.api.cli",
            "chat",
            "--checkpoint",
            str(tmp_path / "ck.sqlite"),
        ],
        input=lines,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_perfagent_chat_resolves_a_relative_target_against_its_own_folder(tmp_path):
    proc = _chat(tmp_path, "run nosuch\n", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert f"That did not work: the target '{tmp_path / 'nosuch'}' does not exist" in proc.stdout


def test_piped_chat_exits_when_stdin_closes_and_stops_the_engagement_it_started(tmp_path):
    import psutil

    marker = f"perfagent-chat-eof-{tmp_path.name}"
    target = tmp_path / "slow"
    target.mkdir()
    (target / "perfagent.toml").write_text(
        '[target]\nname = "slow"\ntest = "true"\n\n[[benchmark]]\nname = "blocks"\n'
        f"command = \"python -c 'import sys, time; time.sleep(3600)' {marker}\"\n"
    )
    proc = _chat(tmp_path, "run slow\nstatus\n", cwd=tmp_path)
    try:
        assert proc.returncode == 0, proc.stderr
        assert "Started engagement `slow-" in proc.stdout and "is **running**" in proc.stdout
        run_id = proc.stdout.split("Started engagement `", 1)[1].split("`", 1)[0]
        assert f"engagement {run_id} stopped (stdin closed)" in proc.stderr
        children = [
            p
            for p in psutil.process_iter(["cmdline"])
            if run_id in " ".join(p.info["cmdline"] or [])
        ]
        assert children == [], "the perfagent run child outlived the chat"
    finally:
        for leftover in psutil.process_iter(
            ["cmdline"]
        ):  # the benchmark itself, if its group outlived the run
            if marker in " ".join(leftover.info["cmdline"] or []):
                leftover.kill()
