"""The dashboard's own tests, on a small database of their own."""

from __future__ import annotations

import os
import sqlite3

import pytest


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "dashboard.db"
    os.environ["DASHBOARD_DB"] = str(path)
    from dashboard import seed
    from dashboard.app import app
    from fastapi.testclient import TestClient

    with sqlite3.connect(path) as db:
        db.executescript(seed.SCHEMA)
        seed.fill(db, sales=5_000)
    return TestClient(app)


def test_category_totals_add_up(client):
    totals = client.get("/api/stats/categories").json()
    assert len(totals) == 12
    assert sum(t["sales"] for t in totals) == 5_000
    assert [t["revenue_cents"] for t in totals] == sorted((t["revenue_cents"] for t in totals), reverse=True)
    sale = client.get("/api/sales/10").json()
    assert sale["category"] in {t["category"] for t in totals}


def test_unknown_sale(client):
    assert client.get("/api/sales/0").status_code == 404
