"""Plans captured from the real servers (fixtures/plans/*.json, see capture.py) parse into one
model without a connection, and produce the insights their fixture expects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from perfagent.tools.errors import InputError
from perfagent.tools.sql.insights import INSIGHTS, check_plan
from perfagent.tools.sql.plans.model import Plan
from perfagent.tools.sql.plans.sqlite import parse_sqlite_rows
from perfagent.tools.sql.plans.text import parse_plan

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "plans").glob("*.json"))


def _load(path: Path) -> tuple[dict, Plan]:
    case = json.loads(path.read_text())
    if case["format"] == "sqlite-eqp":
        raw = case["plan"]
        plan = parse_sqlite_rows([tuple(r) for r in raw["rows"]], table_rows=raw["table_rows"])
    elif case["format"] == "text":
        plan = parse_plan(case["plan"])
    else:
        plan = parse_plan(json.dumps(case["plan"]))
    return case, plan


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_plan_fixture(path: Path) -> None:
    case, plan = _load(path)
    assert sorted({f.rule for f in check_plan(plan)}) == case["expect"]
    assert Plan.model_validate_json(plan.model_dump_json()) == plan
    assert plan.text()


def test_exclusive_time_sums_to_the_root_total() -> None:
    _, plan = _load(Path(FIXTURES[0]).with_name("pg_sort_spill.json"))
    assert plan.analyzed
    total = sum(n.exclusive_ms for n in plan.nodes())
    assert total == pytest.approx(plan.root.total_ms, rel=1e-6)


def test_exclusive_time_never_goes_negative() -> None:
    # PostgreSQL rounds per-loop times to 1 us: 20,000 loops of "0.001 ms" can exceed the
    # parent's total. Like pev2, the parent's own time is then clamped to zero.
    _, plan = _load(Path(FIXTURES[0]).with_name("pg_nested_loop.json"))
    assert all(n.exclusive_ms >= 0 for n in plan.nodes())
    inner = plan.root.children[1]
    assert inner.actual_loops >= 1000 and inner.exclusive_ms == pytest.approx(inner.total_ms)


def test_text_and_json_plans_agree() -> None:
    _, text_plan = _load(Path(FIXTURES[0]).with_name("pg_text_sort_spill.json"))
    _, json_plan = _load(Path(FIXTURES[0]).with_name("pg_sort_spill.json"))
    assert [n.node_type for n in text_plan.nodes()] == [n.node_type for n in json_plan.nodes()]
    assert text_plan.root.sort_space_type == json_plan.root.sort_space_type == "Disk"


def test_mariadb_cost_is_rows_examined() -> None:
    _, plan = _load(Path(FIXTURES[0]).with_name("mariadb_analyze_full_scan.json"))
    scan = plan.root.children[0]
    assert plan.total_cost == scan.plan_rows_read
    assert scan.rows_removed_by_filter == 99_000


def test_every_insight_is_exercised_by_a_fixture() -> None:
    seen = set()
    for path in FIXTURES:
        seen |= set(json.loads(path.read_text())["expect"])
    assert {i.__name__ for i in INSIGHTS} <= seen


@pytest.mark.parametrize("text", ["", "not a plan", "[]", '{"nope": 1}', "[{"])
def test_bad_pasted_plans_are_one_clear_error(text: str) -> None:
    with pytest.raises(InputError):
        parse_plan(text)


# MySQL 8.0's EXPLAIN FORMAT=JSON shape (no MySQL server here to capture from: this is
# written after the MySQL reference manual's example; MariaDB plans above are captured).
MYSQL8_PLAN = {
    "query_block": {
        "select_id": 1,
        "cost_info": {"query_cost": "10120.25"},
        "table": {
            "table_name": "orders",
            "access_type": "ALL",
            "rows_examined_per_scan": 100000,
            "rows_produced_per_join": 10000,
            "filtered": "10.00",
            "cost_info": {
                "read_cost": "9120.25",
                "eval_cost": "1000.00",
                "prefix_cost": "10120.25",
            },
            "attached_condition": "(`test`.`orders`.`status` = 7)",
        },
    }
}


def test_mysql8_json_uses_query_cost() -> None:
    plan = parse_plan(json.dumps(MYSQL8_PLAN))
    (scan,) = plan.root.children
    assert plan.total_cost == 10120.25
    assert (scan.relation, scan.plan_rows_read, scan.plan_rows) == ("orders", 100000, 10000)
    assert [f.rule for f in check_plan(plan)] == ["seq_scan_selective_filter"]
