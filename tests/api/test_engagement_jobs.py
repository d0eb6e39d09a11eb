"""Engagements and chat sessions through the API, run by a real worker (a job process):
SSE progress, the approval question, the answer (by /resume and in a chat), artifacts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from perfagent.api.server.app import create_app
from perfagent.api.server.auth import create_token
from perfagent.api.server.config import ServerConfig
from perfagent.api.server.store import Store
from tests.api.conftest import wait_status
from tests.engagement.test_optimize_loop import _repo

SETTINGS = {"bench_samples": 4, "compare_max_s": 20}


@pytest.fixture
def live(tmp_path: Path):
    config = ServerConfig(
        home=str(tmp_path / "home"),
        workers=1,
        poll_s=0.1,
        lease_s=6,
        checkpoints=str(tmp_path / "ck.sqlite"),
    )
    _, token = create_token(Store(config.database_url), "tests")
    with TestClient(create_app(config)) as client:
        client.headers["Authorization"] = f"Bearer {token}"
        yield client


def sse(response) -> list[tuple[str, dict]]:
    events, kind = [], None
    for line in response.iter_lines():
        if line.startswith("event: "):
            kind = line[7:]
        elif line.startswith("data: "):
            events.append((kind, json.loads(line[6:])))
    return events


@pytest.mark.heavy  # 31 s here
@pytest.mark.slow
def test_an_engagement_streams_its_steps_waits_for_approval_and_finishes_after_resume(
    live, tmp_path
):
    repo = _repo(tmp_path)
    accepted = live.post(
        "/v1/engagements", json={"target": str(repo), "approve": True, "settings": SETTINGS}
    )
    assert accepted.status_code == 202
    run = accepted.json()["id"]
    with live.stream("GET", f"/v1/engagements/{run}/events") as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        events = sse(response)  # ends when the job stops: here, paused for a decision
    kinds = [k for k, _ in events]
    assert kinds[0] == "queued" and "step_started" in kinds and kinds[-1] == "job_waiting"
    waiting = next(d for k, d in events if k == "waiting")
    assert waiting["question"]["files"] == ["calc/core.py"]
    assert [d["step"] for k, d in events if k == "step_finished"][:3] == [
        "baseline",
        "profile",
        "prioritize",
    ]
    status = live.get(f"/v1/engagements/{run}").json()
    assert status["status"] == "waiting" and status["result"]["pending"]

    assert live.post(f"/v1/engagements/{run}/resume", json={"approve": True}).status_code == 202
    done = wait_status(live.get, f"/v1/engagements/{run}", {"done", "failed"})
    assert done["status"] == "done", done
    kept = [v for v in done["result"]["validations"] if v["kept"]]
    assert kept and kept[0]["branch"], done["result"]["validations"]
    assert done["result"]["recommendations"][0]["rank"] == 1
    index = live.get(f"/v1/engagements/{run}/artifacts/index.md")
    assert index.status_code == 200 and "calc" in index.text
    assert live.post(f"/v1/engagements/{run}/resume", json={"approve": True}).status_code == 409
    assert 'perfagent_step_duration_seconds_count{step="baseline"}' in live.get("/metrics").text


@pytest.mark.slow
@pytest.mark.heavy
def test_a_chat_session_analyses_sql_runs_an_engagement_and_takes_the_approval(live, tmp_path):
    session = live.post("/v1/sessions").json()["id"]

    def say(text: str) -> str:
        with live.stream(
            "POST", f"/v1/sessions/{session}/messages", json={"text": text}
        ) as response:
            events = sse(response)
        assert events[0][0] == "user" and events[-1][0] == "done"
        return events[-1][1]["text"]

    assert "select_star" in say("why is SELECT * FROM orders WHERE lower(email) = 'a@b.c' slow?")
    repo = _repo(tmp_path)
    started = say(f"run {repo}")
    assert started.startswith("Started engagement")
    run = live.get(f"/v1/sessions/{session}").json()["engagement"]
    wait_status(live.get, f"/v1/engagements/{run}", {"waiting", "failed", "done"})
    assert "waits for your decision" in say("status?")
    assert "Approved" in say("approve, looks right")
    wait_status(live.get, f"/v1/engagements/{run}", {"done", "failed"})
    assert "is **done**" in say("status")
    assert say("what are the top recommendations?").startswith("Top recommendations:\n1. ")
    history = live.get(f"/v1/sessions/{session}").json()["messages"]
    assert len(history) == 12 and history[0]["role"] == "user"  # the thread is on the checkpointer
