"""nplusone: a query per loop item → one batched IN (...) query before the loop."""

from __future__ import annotations

import json
import shutil

import pytest

from perfagent.tools.recipes.base import Decline, RecipeTarget
from perfagent.tools.recipes.nplusone import nplusone

DB = """\
import sqlite3

_db = sqlite3.connect(":memory:", check_same_thread=False)
_db.row_factory = sqlite3.Row
_db.executescript(
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT);"
    "CREATE TABLE items (id INTEGER PRIMARY KEY, order_id INTEGER, sku TEXT, qty INTEGER);"
)
_db.executemany("INSERT INTO orders VALUES (?, ?)", [(i, f"c{i % 13}") for i in range(1, 1301)])
_db.executemany("INSERT INTO items (order_id, sku, qty) VALUES (?, ?, ?)",
                [(o, f"s{o * k % 97}", k) for o in range(1, 1301) for k in range(o % 4)])


def conn():
    return _db

"""
FUNCS = """
def orders_with_items(limit: int) -> list[dict]:
    orders = conn().execute(
        "SELECT id, customer FROM orders ORDER BY id LIMIT ?", (limit,)
    ).fetchall()
    out = []
    for order in orders:
        items = conn().execute(
            "SELECT sku, qty AS quantity FROM items WHERE order_id = ? ORDER BY id", (order["id"],)
        ).fetchall()
        out.append({**dict(order), "items": [dict(i) for i in items], "n": len(items),
                    "first": items[0]["sku"] if items else None})
    return out


def customers(ids: list[int]) -> list:
    out = []
    for oid in ids:
        row = conn().execute("SELECT customer FROM orders WHERE id = ?", (oid,)).fetchone()
        out.append(row["customer"] if row is not None else None)
    return out
"""


def _counting(module) -> list[str]:
    statements: list[str] = []
    module._db.set_trace_callback(statements.append)
    return statements


def test_batched_queries_give_the_same_results(tmp_path, helpers):
    helpers.write(tmp_path, "m.py", DB + FUNCS)
    before = helpers.load(tmp_path / "m.py")
    for name in ("orders_with_items", "customers"):
        helpers.apply(tmp_path, nplusone(tmp_path, RecipeTarget(file="m.py", function=name)))
    after = helpers.load(tmp_path / "m.py")
    for limit in (0, 1, 7, 1300):
        assert after.orders_with_items(limit) == before.orders_with_items(limit)
    ids = [5, 5, 99999, 3, *range(100, 1300)]  # duplicates, a missing id, several chunks
    assert after.customers(ids) == before.customers(ids)

    old, new = _counting(before), _counting(after)
    before.orders_with_items(50)
    after.orders_with_items(50)
    assert len(old) == 51 and len(new) == 2
    old.clear()
    new.clear()
    before.customers(ids)
    after.customers(ids)
    assert len(old) == len(ids) and len(new) == 3  # 1200 distinct keys: 3 chunks of 500


def test_sql_sample_picks_the_query_from_the_log(tmp_path, helpers):
    helpers.write(tmp_path, "m.py", DB + FUNCS)
    target = RecipeTarget(
        kind="n_plus_one", extra={"sql": "SELECT customer FROM orders WHERE id = 17"}
    )
    proposal = nplusone(tmp_path, target)
    assert "customers" in proposal.title


SHOP_RUN = """\
import json, os, tempfile
d = tempfile.mkdtemp()
os.environ["SHOP_DB"] = d + "/shop.db"
os.environ["SHOP_QUERY_LOG"] = d + "/queries.log"
from fastapi.testclient import TestClient
from shop import app as app_module, db
db.seed(factor=0.01)
client = TestClient(app_module.app)
body = client.get("/api/orders/recent?limit=40").json()
queries = len(open(d + "/queries.log").read().splitlines())
print(json.dumps({"body": body, "queries": queries}))
"""


def test_shop_recent_orders_nested_loops(shop, helpers, tmp_path):
    original = tmp_path / "original"
    shutil.copytree(shop, original)
    target = RecipeTarget(kind="latency", endpoint="/api/orders/recent?limit=50")
    proposal = nplusone(shop, target)
    helpers.apply(shop, proposal)
    text = (shop / "shop" / "app.py").read_text()
    assert "WHERE order_id IN (" in text and "WHERE id IN (" in text
    assert 'items = list(items_by_key.get(order["id"], ()))' in text

    runs = []
    for root in (original, shop):
        result = helpers.run(root, SHOP_RUN)
        assert result.returncode == 0, result.stderr[-2000:]
        runs.append(json.loads(result.stdout))
    assert runs[1]["body"] == runs[0]["body"] and len(runs[0]["body"]) == 40
    assert runs[0]["queries"] > 100 and runs[1]["queries"] == 3


LOOP = (
    "def f(keys: list[int]) -> list:\n    out = []\n    for k in keys:\n"
    '        rows = db.execute("{sql}", (k,)).fetchall()\n{use}    return out\n'
)
DECLINES = {
    "positional access": (
        LOOP.format(sql="SELECT a FROM t WHERE k = ?", use="        out.append(rows[0][0])\n"),
        "plain dict",
    ),
    "iterating a row": (
        LOOP.format(
            sql="SELECT a FROM t WHERE k = ?", use="        out.extend(list(r) for r in rows)\n"
        ),
        "plain dict",
    ),
    "rows passed on": (
        LOOP.format(sql="SELECT a FROM t WHERE k = ?", use="        out.append(rows)\n"),
        "more than",
    ),
    "select star": (LOOP.format(sql="SELECT * FROM t WHERE k = ?", use=""), "selects \\*"),
    "limit per key": (LOOP.format(sql="SELECT a FROM t WHERE k = ? LIMIT 1", use=""), "LIMIT"),
    "aggregate": (LOOP.format(sql="SELECT count(a) AS n FROM t WHERE k = ?", use=""), "aggregates"),
    "two placeholders": (
        LOOP.format(sql="SELECT a FROM t WHERE k = ? AND b = ?", use=""),
        "exactly one",
    ),
    "not equality": (LOOP.format(sql="SELECT a FROM t WHERE k > ?", use=""), "column ="),
    "or": (LOOP.format(sql="SELECT a FROM t WHERE k = ? OR b = 1", use=""), "top-level"),
    "named placeholder": (LOOP.format(sql="SELECT a FROM t WHERE k = :k", use=""), "exactly one"),
    "writes in the loop": (
        LOOP.format(sql="SELECT a FROM t WHERE k = ?", use="        db.execute('DELETE FROM t')\n"),
        "writes",
    ),
    "generator iterable": (
        (
            "def f() -> list:\n    out = []\n    for k in keys():\n"
            '        rows = db.execute("SELECT a FROM t WHERE k = ?", (k,))'
            ".fetchall()\n    return out\n"
        ),
        "not a list bound once",
    ),
    "key not from the loop": (
        (
            "def f(keys: list[int], z: int) -> list:\n    for k in keys:\n"
            '        rows = db.execute("SELECT a FROM t WHERE k = ?", (z,))'
            ".fetchall()\n"
        ),
        "not the loop variable",
    ),
    # the inner list is one item of an unpacking: batching over the outer loop must not
    # take the whole right-hand side for it (it did, and crashed parsing its own edit)
    "unpacked inner list": (
        (
            "def f(groups: list) -> list:\n    out = []\n"
            "    for g in groups:\n"
            '        ids, tag = g.get("ids"), g.get("tag")\n'
            "        for i in ids:\n"
            '            rows = db.execute("SELECT a FROM t WHERE k = ?", (i,))'
            ".fetchall()\n            out.append((tag, len(rows)))\n"
            "    return out\n"
        ),
        "`ids` is not a list bound once",
    ),
    "unpacking loop": (
        (
            "def f(pairs: list[tuple]) -> None:\n    for k, v in pairs:\n"
            '        rows = db.execute("SELECT a FROM t WHERE k = ?", (k,)).fetchall()\n'
        ),
        "unpacks",
    ),
}


@pytest.mark.parametrize("case", sorted(DECLINES))
def test_declines(case, tmp_path, helpers):
    source, reason = DECLINES[case]
    helpers.write(tmp_path, "m.py", source)
    with pytest.raises(Decline, match=reason):
        nplusone(tmp_path, RecipeTarget(file="m.py", function="f"))
