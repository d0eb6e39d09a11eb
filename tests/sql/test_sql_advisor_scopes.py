"""Index candidates resolve table aliases per SELECT: Django names the tables of both halves
of a UNION (and of its subqueries) ``U0``, so one alias map per statement put one half's
column on the other half's table (``accounts_member(owner_id, user_id)``, which PostgreSQL
rejects: column "owner_id" does not exist). The statements are healthchecks' ORM output, as
its engagement traced them."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from perfagent.tools.sql.advisor import advise, candidates
from perfagent.tools.sql.db import connect
from perfagent.tools.sql.parse import parse_query

# Project.objects.filter(Q(owner=user) | Q(member__user=user)) as healthchecks' API lists a
# user's checks; the UNION's halves both read their table as "U0".
CHECKS_OF_USER = (
    'SELECT "api_check"."id", "api_check"."name", "api_check"."slug", "api_check"."tags", '
    '"api_check"."code", "api_check"."desc", "api_check"."project_id", "api_check"."created", '
    '"api_check"."kind", "api_check"."timeout", "api_check"."grace", "api_check"."schedule", '
    '"api_check"."tz", "api_check"."filter_subject", "api_check"."filter_body", '
    '"api_check"."filter_http_body", "api_check"."filter_default_fail", "api_check"."start_kw", '
    '"api_check"."success_kw", "api_check"."failure_kw", "api_check"."methods", '
    '"api_check"."manual_resume", "api_check"."badge_key", "api_check"."n_pings", '
    '"api_check"."last_ping", "api_check"."last_start", "api_check"."last_start_rid", '
    '"api_check"."last_duration", "api_check"."has_confirmation_link", '
    '"api_check"."alert_after", "api_check"."status", "accounts_project"."code" AS '
    '"project_code" FROM "api_check" INNER JOIN "accounts_project" ON '
    '("api_check"."project_id" = "accounts_project"."id") WHERE "api_check"."project_id" IN '
    '((SELECT "U0"."id" AS "id" FROM "accounts_project" "U0" WHERE "U0"."owner_id" = %s) '
    'UNION (SELECT "U0"."project_id" AS "project_id" FROM "accounts_member" "U0" WHERE '
    '"U0"."user_id" = %s))'
)
# The projects page: the same UNION, inside a GROUP BY and ORDER BY.
PROJECTS_OF_USER = (
    'SELECT "accounts_project"."id", "accounts_project"."code", '
    '"accounts_project"."name", "accounts_project"."owner_id", '
    '"accounts_project"."api_key", "accounts_project"."api_key_readonly", '
    '"accounts_project"."badge_key", "accounts_project"."ping_key", '
    '"accounts_project"."show_slugs", COUNT(DISTINCT "api_check"."id") AS "n_checks", '
    'COUNT(DISTINCT "api_channel"."id") AS "n_channels", "auth_user"."email" AS '
    '"owner_email" FROM "accounts_project" LEFT OUTER JOIN "api_check" ON '
    '("accounts_project"."id" = "api_check"."project_id") LEFT OUTER JOIN "api_channel" '
    'ON ("accounts_project"."id" = "api_channel"."project_id") INNER JOIN "auth_user" ON '
    '("accounts_project"."owner_id" = "auth_user"."id") WHERE "accounts_project"."id" IN '
    '((SELECT "U0"."id" AS "id" FROM "accounts_project" "U0" WHERE "U0"."owner_id" = %s) '
    'UNION (SELECT "U0"."project_id" AS "project_id" FROM "accounts_member" "U0" WHERE '
    '"U0"."user_id" = %s)) GROUP BY "accounts_project"."id", 12, '
    'LOWER("accounts_project"."name") ORDER BY LOWER("accounts_project"."name") ASC'
)
SCHEMA = {
    "accounts_project": ["id", "code", "name", "owner_id"],
    "accounts_member": ["id", "project_id", "user_id"],
    "api_check": ["id", "project_id", "code", "name"],
    "api_channel": ["id", "project_id"],
    "auth_user": ["id", "email"],
}


def _cands(sql: str, columns_of=None) -> list[tuple[str, list[str]]]:
    query = parse_query(sql, "postgres")
    return [(c.table, c.columns) for c in candidates(query, existing={}, columns_of=columns_of)]


@pytest.mark.parametrize("sql", [CHECKS_OF_USER, PROJECTS_OF_USER])
@pytest.mark.parametrize("columns_of", [None, SCHEMA])
def test_each_union_half_gets_its_own_tables_columns(sql: str, columns_of) -> None:
    got = _cands(sql, columns_of)
    assert ("accounts_member", ["user_id"]) in got
    assert ("accounts_project", ["owner_id"]) in got
    for table, columns in got:
        assert set(columns) <= set(SCHEMA[table]), (table, columns)


def test_a_table_read_in_two_selects_is_not_one_composite() -> None:
    """The outer read's filter and the subquery's filter are two reads, two indexes."""
    sql = "SELECT id FROM t WHERE t.a = 1 AND t.id IN (SELECT U0.id FROM t U0 WHERE U0.b = 2)"
    assert ("t", ["b"]) in _cands(sql)
    assert all("b" not in columns or columns == ["b"] for _, columns in _cands(sql))


@pytest.mark.parametrize(
    "sql,expected",
    [
        # u has no column b: the subquery's b is the outer t's (a correlated reference)
        (
            "SELECT id FROM t WHERE a = 1 AND EXISTS (SELECT 1 FROM u WHERE u.tid = t.id "
            "AND b = 2)",
            [("t", ["a", "b"]), ("t", ["id"]), ("u", ["tid"])],
        ),
        # u has a column id: an unqualified id in the subquery is u's, as SQL reads it
        (
            "SELECT id FROM t WHERE EXISTS (SELECT 1 FROM u WHERE tid = id AND x = 1)",
            [("u", ["x"]), ("u", ["tid"]), ("u", ["id"])],
        ),
    ],
)
def test_unqualified_columns_resolve_in_the_nearest_select_that_has_them(
    sql: str, expected: list
) -> None:
    columns_of = {"t": ["id", "a", "b"], "u": ["id", "tid", "x"]}
    assert _cands(sql, columns_of) == expected


@pytest.fixture
def healthchecks_schema(pg_dsn: str, monkeypatch: pytest.MonkeyPatch):
    """healthchecks' three tables (the columns the statement reads) in a schema of their own,
    without the foreign-key indexes Django would create, and that schema first on the search
    path of every connection the test opens (libpq reads PGOPTIONS)."""
    schema = f"sqlfix_{uuid.uuid4().hex[:10]}"
    text_columns = [
        "name", "slug", "tags", "code", "desc", "created", "kind", "timeout", "grace",
        "schedule", "tz", "filter_subject", "filter_body", "filter_http_body",
        "filter_default_fail", "start_kw", "success_kw", "failure_kw", "methods",
        "manual_resume", "badge_key", "n_pings", "last_ping", "last_start", "last_start_rid",
        "last_duration", "has_confirmation_link", "alert_after", "status",
    ]  # fmt: skip
    check_columns = ", ".join(f'"{c}" text' for c in text_columns)
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
        conn.execute(f"SET search_path TO {schema}")
        conn.execute(
            "CREATE TABLE accounts_project (id int PRIMARY KEY, code uuid NOT NULL UNIQUE, "
            "name text NOT NULL, owner_id int NOT NULL)"
        )
        conn.execute(
            "CREATE TABLE accounts_member (id int PRIMARY KEY, project_id int NOT NULL, "
            "user_id int NOT NULL)"
        )
        conn.execute(
            f"CREATE TABLE api_check (id int PRIMARY KEY, project_id int NOT NULL, {check_columns})"
        )
        conn.execute(
            "INSERT INTO accounts_project SELECT g, gen_random_uuid(), 'p' || g, g % 5000 "
            "FROM generate_series(1, 20000) g"
        )
        conn.execute(
            "INSERT INTO accounts_member SELECT g, g % 20000 + 1, g % 8000 "
            "FROM generate_series(1, 40000) g"
        )
        conn.execute(
            "INSERT INTO api_check (id, project_id, name) SELECT g, g % 20000 + 1, 'c' || g "
            "FROM generate_series(1, 40000) g"
        )
        conn.execute("ANALYZE accounts_project, accounts_member, api_check")
    monkeypatch.setenv("PGOPTIONS", f"-c search_path={schema}")
    yield schema
    monkeypatch.delenv("PGOPTIONS")
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.mark.postgres
def test_postgres_accepts_every_candidate_and_both_union_halves_get_one(
    pg_dsn: str, healthchecks_schema: str
) -> None:
    with connect(pg_dsn) as db:
        assert db.columns("accounts_member") == ["id", "project_id", "user_id"]
        report = advise(db, [CHECKS_OF_USER])
        columns = {t: db.columns(t) for t in ("accounts_project", "accounts_member", "api_check")}
    (advice,) = report.advice
    assert advice.skipped == []  # was: accounts_member(owner_id, user_id): column "owner_id" ...
    tried = {(t.table, tuple(t.columns)): t for t in advice.trials}
    for table, cols in tried:
        assert set(cols) <= set(columns[table]), (table, cols)
    # Each half of the UNION filters its own table; each gets its own index to try, and the
    # plan gets cheaper with it.
    for half in (("accounts_project", ("owner_id",)), ("accounts_member", ("user_id",))):
        assert half in tried
        assert tried[half].cost_after < tried[half].cost_before
