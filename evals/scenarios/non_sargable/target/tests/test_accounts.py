"""The accounts API's own tests, on a database of their own."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "accounts.db"
    os.environ["ACCOUNTS_DB"] = str(path)
    from accounts import db
    from accounts.app import app
    from fastapi.testclient import TestClient

    db.create(path)
    return TestClient(app)


def test_lookup_ignores_case(client):
    stored = client.get("/api/users/4242").json()["email"]
    for typed in (stored, stored.upper(), stored.lower()):
        assert client.get("/api/users/lookup", params={"email": typed}).json()["id"] == 4242


def test_lookup_of_an_unknown_address(client):
    assert client.get("/api/users/lookup", params={"email": "nobody@example.com"}).status_code == 404
