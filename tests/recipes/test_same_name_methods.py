"""A method whose name two classes of one module define is found at the right one, by its
qualified name or line, from a finding (the engagement) and from a changed function (the
review). The loop recipes used to look the def up again by its bare name and declined
("m.py defines load 2 times")."""

from __future__ import annotations

from perfagent.agent.reasoner import rules
from perfagent.agent.state import make_finding
from perfagent.tools.recipes import RecipeTarget, propose_all

MODULE = """\
import sqlite3

_db = sqlite3.connect(":memory:", check_same_thread=False)
_db.row_factory = sqlite3.Row
_db.executescript("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT);")
_db.executemany("INSERT INTO orders VALUES (?, ?)", [(i, f"c{i % 13}") for i in range(1, 301)])


class Cached:
    def __init__(self) -> None:
        self.rows = {}

    def load(self, ids: list[int]) -> list:
        return [self.rows.get(i) for i in ids]


class Orders:
    def __init__(self, conn) -> None:
        self.conn = conn

    def load(self, ids: list[int]) -> list:
        out = []
        for oid in ids:
            row = self.conn.execute("SELECT customer FROM orders WHERE id = ?", (oid,)).fetchone()
            out.append(row["customer"] if row is not None else None)
        return out
"""


def _loaded(helpers, root):
    module = helpers.load(root / "orders.py")
    return module.Orders(module._db).load([5, 5, 9999, *range(1, 300)]), module.Cached().load(
        [1, 2]
    )


def test_a_changed_method_named_twice_is_batched_at_its_line(tmp_path, helpers):
    helpers.write(tmp_path, "orders.py", MODULE)
    before = _loaded(helpers, tmp_path)
    # as a review asks (tools/review/antipatterns.py): the bare name and the def's line
    line = max(
        n for n, text in enumerate(MODULE.splitlines(), 1) if "def load" in text
    )  # Orders.load
    proposals, declined = propose_all(
        tmp_path, RecipeTarget(file="orders.py", function="load", line=line)
    )
    assert [p.recipe for p in proposals] == ["nplusone"], declined
    assert not any("defines load 2 times" in d for d in declined)
    [block] = proposals[0].edit.blocks
    assert "class Orders" in block.search and "class Cached" not in block.search
    helpers.apply(tmp_path, proposals[0])
    assert _loaded(helpers, tmp_path) == before


def test_an_n_plus_one_finding_reaches_the_method_named_twice(tmp_path, helpers):
    helpers.write(tmp_path, "orders.py", MODULE)
    finding = make_finding(
        id="n_plus_one:x",
        kind="n_plus_one",
        title="N+1",
        evidence="e",
        source="query-log",
        location="SELECT customer FROM orders WHERE id = 17",
        detail={"batched_query": "SELECT customer FROM orders WHERE id IN (17)", "repeats": 40},
    )
    [candidate] = rules.propose(finding, root=tmp_path)
    assert candidate.recipe == "nplusone", candidate.reason
    [block] = candidate.edit.blocks
    assert "class Orders" in block.search and "class Cached" not in block.search
