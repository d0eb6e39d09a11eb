"""The audit API's own tests, against the seeded table (the setup command creates it)."""

from __future__ import annotations

import pytest
from audit.app import app
from audit.db import conn
from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def client():
    return TestClient(app)


def test_an_accounts_events_are_its_own_newest_first(client):
    events = client.get("/api/accounts/317/events").json()
    assert 0 < len(events) <= 25
    ids = tuple(e["id"] for e in events)
    owners = conn().execute("SELECT DISTINCT account_id FROM eval_mi_events WHERE id = ANY(%s)", (list(ids),))
    assert owners == [{"account_id": 317}]
    assert [e["at"] for e in events] == sorted((e["at"] for e in events), reverse=True)


def test_one_event(client):
    assert client.get("/api/events/150000").json()["id"] == 150000
    assert client.get("/api/events/0").status_code == 404
