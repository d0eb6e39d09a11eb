"""An API server per test: a fresh home (job database, outputs), a token, a webhook secret."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from perfagent.api.server.app import create_app
from perfagent.api.server.auth import create_token
from perfagent.api.server.config import ServerConfig
from perfagent.api.server.store import Store

FIXTURES = (
    Path(__file__).resolve().parent / "fixtures" / "github"
)  # a copy of ../shared/fixtures/github
SECRET = "It's a Secret to Everybody"


def sign(body: bytes, secret: str = SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def webhook(
    client: TestClient,
    body: bytes,
    *,
    event: str = "pull_request",
    delivery: str = "d-1",
    signature: str | None = None,
):
    return client.post(
        "/v1/webhooks/github",
        content=body,
        headers={
            "X-GitHub-Event": event,
            "X-GitHub-Delivery": delivery,
            "Content-Type": "application/json",
            "X-Hub-Signature-256": signature if signature is not None else sign(body),
        },
    )


@pytest.fixture
def server(tmp_path: Path):
    """(client, token, store) for a server that queues but runs no jobs (workers=0)."""
    config = ServerConfig(
        home=str(tmp_path / "home"),
        workers=0,
        webhook_secret=SECRET,
        checkpoints=str(tmp_path / "ck.sqlite"),
        max_body_bytes=256 * 1024,
        rate_per_minute=1000,
    )
    store = Store(config.database_url)
    _, token = create_token(store, "tests")
    with TestClient(create_app(config)) as client:
        client.headers["Authorization"] = f"Bearer {token}"
        yield client, token, store


def wait_status(
    get, url: str, states: set[str], *, timeout_s: float = 240.0, every_s: float = 0.3
) -> dict:
    """Poll ``get(url).json()`` (a TestClient's or an httpx client's get) until its status is in
    ``states``; fail with the last status after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while True:
        body = get(url).json()
        if body["status"] in states:
            return body
        if time.monotonic() > deadline:
            raise AssertionError(f"{url} still {body['status']} after {timeout_s:.0f} s")
        time.sleep(every_s)


def payload(name: str, **changes) -> bytes:
    data = json.loads(fixture_bytes(name))
    for dotted, value in changes.items():
        node = data
        *path, last = dotted.split(".")
        for key in path:
            node = node[key]
        node[last] = value
    return json.dumps(data).encode()
