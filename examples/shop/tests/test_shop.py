"""The shop's own tests: the correctness gate any optimization must pass."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("SHOP_SCALE", "0.02")


@pytest.fixture(scope="session")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "shop.db"
    os.environ["SHOP_DB"] = str(path)
    from fastapi.testclient import TestClient
    from shop import app as app_module
    from shop import db

    db.seed(path)
    app_module._conn = None
    return TestClient(app_module.app)


def test_health(client):
    assert client.get("/healthz").json() == {"ok": True}


def test_recent_orders_have_items_with_names(client):
    orders = client.get("/api/orders/recent?limit=5").json()
    assert len(orders) == 5
    assert [o["id"] for o in orders] == sorted((o["id"] for o in orders), reverse=True)
    for order in orders:
        assert 1 <= len(order["items"]) <= 4
        assert all(line["name"].startswith("product ") and line["qty"] >= 1 for line in order["items"])


def test_customer_orders_belong_to_the_customer(client):
    from shop import db

    rows = client.get("/api/customers/3/orders").json()
    conn = db.connect()
    expected = conn.execute("SELECT COUNT(*) FROM orders WHERE customer_id = 3").fetchone()[0]
    assert len(rows) == expected
    assert [r["created_at"] for r in rows] == sorted((r["created_at"] for r in rows), reverse=True)


def test_related_products_are_unique_same_category_and_exclude_self(client):
    product = client.get("/api/products/7").json()
    related = client.get("/api/products/7/related").json()
    assert 0 < len(related) <= 10
    assert 7 not in [r["id"] for r in related]
    assert len({r["name"] for r in related}) == len(related)
    assert all(r["category"] == product["category"] for r in related)
    distances = [abs(r["price_cents"] - product["price_cents"]) for r in related]
    assert distances == sorted(distances)


def test_related_is_deterministic():
    from shop import recommend

    candidates = [{"id": i, "name": f"p{i % 5}", "price_cents": i * 10} for i in range(1, 30)]
    first = recommend.related(3, candidates, limit=4)
    assert [c["id"] for c in first] == [c["id"] for c in recommend.related(3, candidates, limit=4)]
    assert len({c["name"] for c in first}) == 4


def test_quote_is_stable_and_grows_with_weight(client):
    light = client.get("/api/quote?zone=2&weight_g=100").json()["shipping_cents"]
    heavy = client.get("/api/quote?zone=2&weight_g=5000").json()["shipping_cents"]
    assert heavy > light > 0
    assert client.get("/api/quote?zone=2&weight_g=100").json()["shipping_cents"] == light
    assert client.get("/api/quote?zone=9").status_code == 422


def test_catalog_lists_every_product(client):
    from shop import db

    products = client.get("/api/catalog").json()
    assert len(products) == db.connect().execute("SELECT COUNT(*) FROM products").fetchone()[0]
    assert products[0]["id"] == 1


def test_static_bundle_and_no_traversal(client):
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/..%2Fshop%2Fdb.py").status_code == 404
    assert client.get("/").status_code == 200


def test_query_log_tags_each_query_with_its_request(tmp_path, monkeypatch):
    import json

    from fastapi.testclient import TestClient
    from shop import app as app_module
    from shop import db

    path = tmp_path / "shop.db"
    db.seed(path, factor=0.01)
    log = tmp_path / "queries.log"
    monkeypatch.setenv("SHOP_DB", str(path))
    monkeypatch.setenv("SHOP_QUERY_LOG", str(log))
    saved, app_module._conn = app_module._conn, None
    try:
        TestClient(app_module.app).get("/api/orders/recent?limit=3", headers={"x-request-id": "r1"})
    finally:
        app_module._conn = saved
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    # the orders, then their items (one query per order today; one batched query after the fix)
    assert len(entries) >= 2 and all(e["request_id"] == "r1" for e in entries)
    assert all(e["duration_ms"] >= 0 and e["sql"].startswith("SELECT") for e in entries)
