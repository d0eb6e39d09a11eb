"""Index candidates (pure), the DDL they become, the verdict rule, and pool advice."""

from __future__ import annotations

import pytest

from perfagent.tools.sql.advisor import candidates, index_ddl, judge
from perfagent.tools.sql.models import IndexTrial, PoolFacts
from perfagent.tools.sql.parse import parse_query
from perfagent.tools.sql.pool import pool_advice


def _cands(sql: str, existing=None, columns_of=None, dialect: str = "postgres"):
    query = parse_query(sql, dialect)
    return [
        (c.table, c.columns)
        for c in candidates(query, existing=existing or {}, columns_of=columns_of)
    ]


@pytest.mark.parametrize(
    "sql,expected",
    [
        ("SELECT id FROM t WHERE a = 1", [("t", ["a"])]),
        ("SELECT id FROM t WHERE b > 5 AND a = 1", [("t", ["a", "b"])]),
        ("SELECT id FROM t WHERE a IN (1, 2) AND c BETWEEN 1 AND 9 AND b < 3", [("t", ["a", "c"])]),
        (
            "SELECT id FROM t WHERE a = 1 ORDER BY created DESC LIMIT 10",
            [("t", ["a"]), ("t", ["a", "created"])],
        ),
        ("SELECT id FROM t WHERE name LIKE 'bo%'", [("t", ["name"])]),
        ("SELECT id FROM t WHERE name LIKE '%bo'", []),
        ("SELECT id FROM t WHERE lower(name) = 'bo'", []),
        (
            "SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.region = 3",
            [("customers", ["region"]), ("customers", ["id"]), ("orders", ["customer_id"])],
        ),
    ],
)
def test_candidates(sql: str, expected: list) -> None:
    assert _cands(sql) == expected


def test_an_existing_index_prefix_skips_the_candidate() -> None:
    sql = "SELECT id FROM t WHERE a = 1 AND b > 2"
    assert _cands(sql, existing={"t": [["a", "b", "c"]]}) == []
    assert _cands(sql, existing={"t": [["b", "a"]]}) == [("t", ["a", "b"])]


@pytest.mark.parametrize(
    "sql,expected",
    [
        ("SELECT d FROM s WHERE e > 1 AND k = 2", []),  # the key pins one row
        ("SELECT d FROM s WHERE k IN (1, 2) ORDER BY e", []),
        ("SELECT d FROM s WHERE k IS NULL AND e > 1", [("s", ["k", "e"])]),  # NULLs repeat
        ("SELECT d FROM s WHERE a = 1 AND e > 1", [("s", ["a", "e"])]),  # half of (a, b)
        ("SELECT d FROM s WHERE a = 1 AND b = 2 AND e > 1", []),
    ],
)
def test_a_unique_key_compared_for_equality_gets_no_candidate(sql: str, expected: list) -> None:
    query = parse_query(sql, "postgres")
    got = candidates(query, existing={}, unique={"s": [["k"], ["a", "b"]]})
    assert [(c.table, c.columns) for c in got] == expected


def test_unqualified_columns_resolve_through_the_schema() -> None:
    sql = "SELECT o.id FROM orders o JOIN customers c ON c.id = o.cid WHERE region = 3"
    got = _cands(sql, columns_of={"orders": ["id", "cid"], "customers": ["id", "region"]})
    assert ("customers", ["region"]) in got


@pytest.mark.parametrize(
    "dialect,expected",
    [
        ("postgres", "CREATE INDEX CONCURRENTLY t_a_b_idx ON t (a, b);"),
        ("mysql", "ALTER TABLE t ADD INDEX t_a_b_idx (a, b), ALGORITHM=INPLACE, LOCK=NONE;"),
        ("sqlite", "CREATE INDEX t_a_b_idx ON t (a, b);"),
    ],
)
def test_ddl_per_dialect(dialect: str, expected: str) -> None:
    assert index_ddl("t", ["a", "b"], dialect) == expected


def test_ddl_quotes_what_needs_quoting() -> None:
    assert index_ddl("Orders", ["customerId", "user"], "postgres") == (
        'CREATE INDEX CONCURRENTLY "Orders_customerId_user_idx" ON "Orders" ("customerId", "user");'
    )


@pytest.mark.parametrize(
    "before,after,t_before,t_after,recommended",
    [
        (1000.0, 500.0, None, None, True),  # exactly the 50% bar
        (1000.0, 510.0, None, None, False),
        (1000.0, 900.0, 20.0, 2.0, True),  # the measured time carries it
        (1000.0, 900.0, 0.5, 0.01, False),  # too fast to call from time
        (None, None, None, None, False),
    ],
)
def test_judge(before, after, t_before, t_after, recommended) -> None:
    trial = judge(
        IndexTrial(
            table="t",
            columns=["a"],
            ddl="",
            method="m",
            cost_before=before,
            cost_after=after,
            time_before_ms=t_before,
            time_after_ms=t_after,
        )
    )
    assert trial.recommended is recommended
    assert trial.reason


def test_pool_advice_warns_when_the_server_is_nearly_full() -> None:
    advice = pool_advice(
        PoolFacts(
            max_connections=100, connections_in_use=90, db_cores=4, app_workers=8, app_instances=2
        )
    )
    assert advice.pool_size_per_worker == 1
    assert advice.max_overflow == 0
    assert any("PgBouncer" in w for w in advice.warnings)
    assert len(advice.reasoning) == 4
    assert pool_advice(advice.facts) == advice  # pure: same facts, same advice


def test_a_time_drop_with_an_unchanged_plan_is_noise_not_a_recommendation() -> None:
    plan = "QUERY PLAN\n  SCAN users  (rows=3000)"
    trial = judge(
        IndexTrial(
            table="users",
            columns=["bracket_id"],
            ddl="",
            method="m",
            cost_before=3000.0,
            cost_after=3000.0,
            time_before_ms=402.6,
            time_after_ms=134.6,
            plan_before=plan,
            plan_after=plan,
        )
    )
    assert not trial.recommended
    assert trial.reason.endswith("the plan does not use the index, so the time difference is noise")
