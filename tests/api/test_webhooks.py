"""The GitHub webhook, with GitHub's own payloads byte for byte, and the API's guards."""

from __future__ import annotations

import pytest

from tests.api.conftest import SECRET, fixture_bytes, sign, webhook


@pytest.mark.parametrize("action", ["opened", "synchronize", "reopened"])
def test_a_pull_request_event_as_github_sends_it_queues_one_review(server, action):
    client, _, store = server
    body = fixture_bytes(f"pull_request.{action}.json")
    response = webhook(client, body, delivery=f"d-{action}")
    assert response.status_code == 202 and response.json()["status"] == "queued"
    job = store.job(response.json()["review"])
    assert job.kind == "review" and job.status == "queued"
    assert job.payload["source"] == "https://github.com/Codertocat/Hello-World.git"
    assert job.payload["github"]["repository"] == "Codertocat/Hello-World"
    assert job.payload["base"] and job.payload["head"] != job.payload["base"]


def test_closed_and_unhandled_events_are_acknowledged_and_ignored(server):
    client, _, store = server
    closed = webhook(client, fixture_bytes("pull_request.closed.json"), delivery="d-closed")
    issues = webhook(client, b'{"action": "opened"}', event="issues", delivery="d-issues")
    assert (closed.status_code, closed.json()["status"]) == (202, "ignored")
    assert (issues.status_code, issues.json()["status"]) == (202, "ignored")
    assert store.counts() == {}


def test_ping_is_answered(server):
    client, _, _ = server
    response = webhook(client, fixture_bytes("ping.json"), event="ping", delivery="d-ping")
    assert response.status_code == 200 and response.json()["status"] == "pong"


def test_a_bad_or_missing_signature_is_401_and_queues_nothing(server):
    client, _, store = server
    body = fixture_bytes("pull_request.opened.json")
    assert webhook(client, body, signature=sign(body, "wrong secret")).status_code == 401
    assert webhook(client, body, delivery="d-2", signature="").status_code == 401
    assert (
        webhook(client, body + b" ", delivery="d-3", signature=sign(body)).status_code == 401
    )  # body changed
    assert store.counts() == {}


def test_a_redelivery_is_processed_once(server):
    client, _, store = server
    body = fixture_bytes("pull_request.synchronize.json")
    first = webhook(client, body, delivery="same-id")
    again = webhook(client, body, delivery="same-id")
    assert first.json()["status"] == "queued" and again.json()["status"] == "duplicate"
    assert store.counts() == {"queued": 1}


def test_an_oversized_body_is_413(server):
    client, _, store = server
    body = b'{"pad": "' + b"x" * (300 * 1024) + b'"}'
    assert webhook(client, body).status_code == 413
    assert (
        client.post(
            "/v1/reviews", content=body, headers={"Content-Type": "application/json"}
        ).status_code
        == 413
    )
    assert store.counts() == {}


def test_local_repositories_are_refused_unless_allowed(server):
    client, _, _ = server
    response = client.post("/v1/reviews", json={"repository": "/etc", "base": "a", "head": "b"})
    assert response.status_code == 422
    assert response.json()["detail"] == [
        {
            "loc": ["body", "repository"],
            "type": "value_error",
            "msg": "this server does not accept local repository paths",
        }
    ]


def test_no_token_or_a_wrong_token_is_401(server):
    client, _, _ = server
    for headers in ({"Authorization": ""}, {"Authorization": "Bearer pa_not-a-token"}):
        response = client.get("/v1/jobs/x", headers=headers)
        assert response.status_code == 401 and "token" in response.json()["detail"]
    assert client.get("/healthz", headers={"Authorization": ""}).status_code == 200


def test_a_revoked_token_stops_working(server):
    client, token, store = server
    from perfagent.api.server.auth import digest

    token_id = store.token_by_hash(digest(token))
    assert client.get("/v1/jobs/nope").status_code == 404
    store.revoke_token(token_id)
    assert client.get("/v1/jobs/nope").status_code == 401


def test_path_traversal_in_an_artifact_path_is_404(server, tmp_path):
    client, _, store = server
    job = store.enqueue("review", {"source": "x", "base": "a", "head": "b"})
    out = tmp_path / "home" / "reviews" / job.stream
    out.mkdir(parents=True)
    (out / "review.md").write_text("# ok\n")
    (tmp_path / "home" / "secret.txt").write_text("no")
    base = f"/v1/reviews/{job.stream}/artifacts"
    assert client.get(f"{base}/review.md").text == "# ok\n"
    for path in (
        "../../secret.txt",
        "..%2F..%2Fsecret.txt",
        "%2Fetc%2Fpasswd",
        "../../server.sqlite",
    ):
        assert client.get(f"{base}/{path}").status_code == 404, path
    assert client.get("/v1/engagements/..%2F..%2F/artifacts/secret.txt").status_code == 404


def test_the_rate_limit_answers_429_with_retry_after(tmp_path):
    from fastapi.testclient import TestClient

    from perfagent.api.server.app import create_app
    from perfagent.api.server.auth import create_token
    from perfagent.api.server.config import ServerConfig
    from perfagent.api.server.store import Store

    config = ServerConfig(home=str(tmp_path), workers=0, rate_per_minute=3, webhook_secret=SECRET)
    _, token = create_token(Store(config.database_url), "t")
    with TestClient(create_app(config)) as client:
        codes = [
            client.get("/v1/jobs/x", headers={"Authorization": f"Bearer {token}"}).status_code
            for _ in range(5)
        ]
        last = client.get("/v1/jobs/x", headers={"Authorization": f"Bearer {token}"})
    assert codes[:3] == [404, 404, 404] and codes[3:] == [429, 429]
    assert last.status_code == 429 and int(last.headers["Retry-After"]) >= 1


def test_metrics_and_health_report_the_queue(server):
    client, _, store = server
    store.enqueue("review", {"source": "x", "base": "a", "head": "b"})
    text = client.get("/metrics").text
    assert 'perfagent_jobs{state="queued"} 1.0' in text
    assert client.get("/healthz").json()["jobs"] == {"queued": 1}


def test_cors_is_off_by_default(server):
    client, _, _ = server
    response = client.options(
        "/v1/reviews",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert "access-control-allow-origin" not in response.headers
