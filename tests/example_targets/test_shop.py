"""The bundled example target stays healthy, and its seeded problems stay seeded."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from perfagent.tools.sandbox import run, scrubbed_env

SHOP = Path(__file__).resolve().parents[2] / "examples" / "shop"


def test_the_shops_own_tests_pass():
    result = run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=SHOP, timeout_s=120
    )
    assert result.ok, result.stdout[-2000:]
    assert " passed" in result.stdout and "failed" not in result.stdout


@pytest.fixture(scope="module")
def shop_db(tmp_path_factory):
    sys.path.insert(0, str(SHOP))
    try:
        from shop import db

        yield db.seed(tmp_path_factory.mktemp("shop") / "shop.db", factor=0.05)
    finally:
        sys.path.remove(str(SHOP))


def test_missing_index_makes_customer_orders_scan(shop_db):
    conn = sqlite3.connect(shop_db)
    plan = " ".join(
        row[-1]
        for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT id, created_at, status FROM orders WHERE customer_id = 3 "
            "ORDER BY created_at DESC"
        )
    )
    assert "SCAN orders" in plan and "USE TEMP B-TREE" in plan


def test_recent_orders_is_an_n_plus_one(shop_db):
    code = f"""
import os, sys, json
os.environ["SHOP_DB"] = {str(shop_db)!r}
sys.path.insert(0, {str(SHOP)!r})
from fastapi.testclient import TestClient
from shop import app as m
statements = []
m.conn().set_trace_callback(statements.append)
TestClient(m.app).get("/api/orders/recent?limit=20")
print(json.dumps(statements))
"""
    result = run([sys.executable, "-c", code], env=scrubbed_env(), timeout_s=60)
    assert result.ok, result.stderr
    import json

    statements = json.loads(result.stdout.strip().splitlines()[-1])
    per_order = [s for s in statements if "FROM order_items WHERE order_id" in s]
    assert len(per_order) == 20  # one query per order: the N+1
    assert len(statements) > 40
