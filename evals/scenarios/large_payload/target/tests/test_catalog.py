"""The catalogue's own tests, on a database of their own."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "catalog.db"
    os.environ["CATALOG_DB"] = str(path)
    from catalog import db
    from catalog.app import app
    from fastapi.testclient import TestClient

    db.create(path)
    return TestClient(app)


def test_export_has_every_product_in_order(client):
    products = client.get("/api/export/products").json()
    assert [p["id"] for p in products] == list(range(1, 2_001))
    assert all(p["description"].endswith(".") for p in products)


def test_one_product(client):
    assert client.get("/api/products/321").json()["sku"] == "SKU-000321"
    assert client.get("/api/products/0").status_code == 404
