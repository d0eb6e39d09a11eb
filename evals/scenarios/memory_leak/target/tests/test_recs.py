"""The recommendations API's own tests."""

from __future__ import annotations

from fastapi.testclient import TestClient
from recs.app import app

client = TestClient(app)


def test_a_user_always_gets_the_same_items():
    first = client.get("/api/recommendations?user=42").json()
    again = client.get("/api/recommendations?user=42").json()
    assert len(first) == 50
    assert [i["id"] for i in first] == [i["id"] for i in again]


def test_a_retry_gets_the_same_answer():
    headers = {"x-request-id": "retry-1"}
    assert client.get("/api/recommendations?user=3", headers=headers).json() == \
        client.get("/api/recommendations?user=3", headers=headers).json()


def test_count():
    assert len(client.get("/api/recommendations?user=7&count=10").json()) == 10
