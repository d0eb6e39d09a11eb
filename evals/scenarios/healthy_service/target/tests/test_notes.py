"""The notes API's own tests, on a database of their own."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "notes.db"
    os.environ["NOTES_DB"] = str(path)
    from fastapi.testclient import TestClient
    from notes import db
    from notes.app import app

    db.create(path)
    return TestClient(app)


def test_a_users_notes_newest_first(client):
    notes = client.get("/api/users/17/notes?limit=20").json()
    assert 0 < len(notes) <= 20
    assert [n["updated_at"] for n in notes] == sorted((n["updated_at"] for n in notes), reverse=True)
    assert all(client.get(f"/api/notes/{n['id']}").json()["user_id"] == 17 for n in notes[:3])


def test_unknown_note(client):
    assert client.get("/api/notes/0").status_code == 404
