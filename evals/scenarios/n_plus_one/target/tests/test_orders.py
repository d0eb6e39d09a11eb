"""The service's own tests, against the seeded tables (the setup command creates them)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from orders.app import app
from orders.db import conn


@pytest.fixture(scope="module")
def client():
    return TestClient(app)


def test_recent_orders_are_newest_first(client):
    orders = client.get("/api/orders/recent?limit=20").json()
    assert [o["id"] for o in orders] == list(range(30_000, 29_980, -1))


def test_each_order_has_its_own_lines_in_order(client):
    orders = client.get("/api/orders/recent?limit=15").json()
    for order in orders:
        expected = conn().execute(
            "SELECT product_id, qty, price_cents FROM eval_n1_items WHERE order_id = %s ORDER BY id",
            (order["id"],)).fetchall()
        assert [{k: line[k] for k in ("product_id", "qty", "price_cents")} for line in order["lines"]] == expected
        assert all(line["name"] == f"product {line['product_id']}" for line in order["lines"])
        assert list(order["lines"][0]) == ["product_id", "name", "qty", "price_cents"]


def test_one_order(client):
    assert client.get("/api/orders/20500").json()["id"] == 20500
    assert client.get("/api/orders/999999").status_code == 404
