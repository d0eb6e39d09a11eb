"""The chat engine's offline (rules) path, and `perfagent chat` in the terminal."""

from __future__ import annotations

import subprocess
import sys

from agent.chat import ChatActions, rules_turn, turn


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple] = []
        self.state = "running"

    def actions(self) -> ChatActions:
        def start(target: str, phase: str) -> str:
            self.calls.append(("start", target, phase))
            return "eng-1"

        def status(engagement: str) -> dict:
            return {"status": self.state, "question": {"title": "cache table with lru_cache"},
                    "result": {"recommendations": [{"title": "Add an index"}], "validations": []}}

        def decide(engagement: str, approve: bool, reason: str) -> str:
            self.calls.append(("decide", engagement, approve, reason))
            return "ok"

        return ChatActions(start=start, status=status, decide=decide)


def test_run_starts_an_engagement_with_the_phase_named():
    recorder = Recorder()
    answer, update = rules_turn("please run examples/shop in the testing phase", {}, recorder.actions())
    assert recorder.calls == [("start", "examples/shop", "testing")] and update == {"engagement": "eng-1"}
    assert "eng-1" in answer


def test_approve_and_reject_answer_the_sessions_engagement_with_the_reason():
    recorder = Recorder()
    rules_turn("reject: not on a Friday", {"engagement": "eng-1"}, recorder.actions())
    rules_turn("approve", {"engagement": "eng-1"}, recorder.actions())
    assert recorder.calls == [("decide", "eng-1", False, "not on a Friday"), ("decide", "eng-1", True, "")]


def test_a_decision_without_an_engagement_is_explained_not_guessed():
    recorder = Recorder()
    answer, _ = rules_turn("approve", {}, recorder.actions())
    assert recorder.calls == [] and "no engagement" in answer


def test_status_says_what_the_engagement_waits_for():
    recorder = Recorder()
    recorder.state = "waiting"
    answer, _ = rules_turn("status?", {"engagement": "eng-1"}, recorder.actions())
    assert "waits for your decision on: cache table with lru_cache" in answer


def test_the_session_remembers_its_engagement_across_turns(tmp_path):
    recorder = Recorder()
    checkpoint = str(tmp_path / "ck.sqlite")
    turn("s1", "run examples/shop", recorder.actions(), checkpoint_url=checkpoint)
    answer = turn("s1", "what are the top recommendations?", recorder.actions(), checkpoint_url=checkpoint)
    assert answer == "Top recommendations:\n1. Add an index"


def test_perfagent_chat_in_the_terminal_answers_line_by_line(tmp_path):
    lines = "hello\nexplain `SELECT * FROM orders WHERE lower(email) = 'a'`\n"
    proc = subprocess.run([sys.executable, "-m", "api.cli", "chat", "--checkpoint", str(tmp_path / "ck.sqlite")],
                          input=lines, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "I can: analyse a SQL query" in proc.stdout
    assert "select_star" in proc.stdout and "non_sargable" in proc.stdout
