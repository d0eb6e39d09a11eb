"""The helpdesk's own tests, on a small database of their own."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "helpdesk.db"
    os.environ["HELPDESK_DB"] = str(path)
    from fastapi.testclient import TestClient
    from helpdesk import db
    from helpdesk.app import app

    db.create(path)
    return TestClient(app)


def test_a_customers_tickets_are_theirs_newest_first(client):
    from helpdesk.db import conn

    tickets = client.get("/api/customers/42/tickets").json()
    assert 0 < len(tickets) <= 20
    owners = {conn().execute("SELECT customer_id FROM tickets WHERE id = ?", (t["id"],))[0][0] for t in tickets}
    assert owners == {42}
    assert [t["opened_at"] for t in tickets] == sorted((t["opened_at"] for t in tickets), reverse=True)


def test_limit(client):
    assert len(client.get("/api/customers/42/tickets?limit=3").json()) == 3


def test_one_ticket(client):
    assert client.get("/api/tickets/1234").json()["id"] == 1234
    assert client.get("/api/tickets/999999999").status_code == 404
