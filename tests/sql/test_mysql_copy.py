"""Copies of a MariaDB database for an index trial, against the real local server: each copy
holds the source's tables, rows, keys, views and triggers; the DDL runs on one copy only; the
copies are dropped however the trial ends; the source database is only read."""

from __future__ import annotations

import os
import uuid

import pymysql
import pytest

from perfagent.tools.errors import ServiceError
from perfagent.tools.sql.mysql_copy import database_copies, point_env, run_ddl

pytestmark = pytest.mark.mariadb

DDL = (
    "ALTER TABLE orders ADD INDEX orders_customer_id_created_idx (customer_id, created), "
    "ALGORITHM=INPLACE, LOCK=NONE;"
)


def _conn(database: str | None = None, user: str = "root", password: str = ""):
    return pymysql.connect(
        host="127.0.0.1", port=3306, user=user, password=password, database=database,
        autocommit=True,
    )  # fmt: skip


def _one(sql: str, args=None):
    with _conn() as conn, conn.cursor() as cur:
        cur.execute(sql, args)
        return cur.fetchall()


@pytest.fixture
def source(mariadb_dsn):
    """A database of its own: customers, orders (a foreign key, a generated column, an id 0),
    a view on a view, a trigger writing to a log table."""
    name = f"pa_mcopy_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    with _conn() as conn, conn.cursor() as cur:
        cur.execute(f"CREATE DATABASE `{name}`")
        cur.execute(f"USE `{name}`")
        cur.execute("SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_AUTO_VALUE_ON_ZERO')")
        cur.execute("CREATE TABLE customers (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20))")
        cur.execute(
            "CREATE TABLE orders (id INT AUTO_INCREMENT PRIMARY KEY, customer_id INT NOT NULL, "
            "created INT NOT NULL, total INT NOT NULL, doubled INT AS (total * 2) VIRTUAL, "
            "FOREIGN KEY (customer_id) REFERENCES customers (id))"
        )
        cur.execute("CREATE TABLE audit (order_id INT)")
        cur.execute("INSERT INTO customers (id, name) VALUES (0, 'walk-in')")
        cur.execute("INSERT INTO customers (name) SELECT CONCAT('c', seq) FROM seq_1_to_99")
        cur.execute(
            "INSERT INTO orders (customer_id, created, total) "
            "SELECT seq % 100, seq, seq % 997 FROM seq_1_to_20000"
        )
        cur.execute("CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 900")
        cur.execute("CREATE VIEW biggest AS SELECT id FROM big_orders WHERE total > 990")
        cur.execute(
            "CREATE TRIGGER orders_audit AFTER INSERT ON orders FOR EACH ROW "
            "INSERT INTO audit VALUES (NEW.id)"
        )
    yield name, f"mysql+pymysql://root@127.0.0.1:3306/{name}"
    with _conn() as conn, conn.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS `{name}`")


def _snapshot(name: str) -> tuple:
    """What a trial must not change: every table's rows and checksum, every index, the views."""
    with _conn(name) as conn, conn.cursor() as cur:
        cur.execute("CHECKSUM TABLE customers, orders, audit EXTENDED")
        sums = cur.fetchall()
        cur.execute(
            "SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS "
            "WHERE TABLE_SCHEMA = %s ORDER BY 1, 2, SEQ_IN_INDEX",
            (name,),
        )
        indexes = cur.fetchall()
        cur.execute("SELECT COUNT(*) FROM orders")
        rows = cur.fetchone()[0]
    return rows, sums, indexes


def _copies_left(name: str) -> list:
    return list(
        _one(
            "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE %s",
            (f"{name[:30]}_pa%",),
        )
    )


def test_copies_hold_the_source_and_the_index_goes_on_one_copy_only(source):
    name, url = source
    before = _snapshot(name)
    with database_copies(url, ("orders-before", "orders-after")) as copies:
        run_ddl(copies["orders-before"], [], tables=("orders",))
        run_ddl(copies["orders-after"], [DDL], tables=("orders",))
        seen = {}
        for tag, copy_url in copies.items():
            copy = copy_url.rsplit("/", 1)[1]
            assert copy != name and copy_url.startswith("mysql+pymysql://root@127.0.0.1:3306/")
            with _conn(copy) as conn, conn.cursor() as cur:
                cur.execute(
                    "SELECT (SELECT COUNT(*) FROM orders), (SELECT COUNT(*) FROM customers), "
                    "(SELECT name FROM customers WHERE id = 0), (SELECT SUM(doubled) FROM orders), "
                    "(SELECT COUNT(*) FROM biggest), (SELECT COUNT(*) FROM audit)"
                )
                seen[tag] = cur.fetchone()
                cur.execute(
                    "SELECT DISTINCT INDEX_NAME FROM information_schema.STATISTICS "
                    "WHERE TABLE_SCHEMA = %s AND TABLE_NAME = 'orders'",
                    (copy,),
                )
                seen[tag] += (sorted(r[0] for r in cur.fetchall()),)
                # the foreign key came along: an order of a customer the copy lacks is refused
                with pytest.raises(pymysql.IntegrityError):
                    cur.execute(
                        "INSERT INTO orders (customer_id, created, total) VALUES (5000, 1, 1)"
                    )
                # the trigger came along and writes to the copy's own audit table
                cur.execute("INSERT INTO orders (customer_id, created, total) VALUES (1, 1, 1)")
                cur.execute("SELECT COUNT(*) FROM audit")
                assert cur.fetchone()[0] == 1
        doubled_all = _one(f"SELECT SUM(total * 2) FROM `{name}`.orders")[0][0]
        common = (20000, 100, "walk-in", doubled_all)
        assert seen["orders-before"][:4] == common
        assert seen["orders-after"][:4] == common
        assert seen["orders-before"][4] == seen["orders-after"][4] > 0  # the view on a view
        assert seen["orders-before"][-1] == ["PRIMARY", "customer_id"]
        assert seen["orders-after"][-1] == [
            "PRIMARY", "customer_id", "orders_customer_id_created_idx"
        ]  # fmt: skip
        assert len(_copies_left(name)) == 2
    assert _copies_left(name) == []  # dropped on exit
    assert _snapshot(name) == before  # the source: same rows, same checksums, no new index
    assert _one(f"SELECT COUNT(*) FROM `{name}`.audit")[0][0] == 0  # its trigger never fired


def test_the_copies_are_dropped_when_the_trial_fails_and_a_service_left_connected(source):
    name, url = source
    with pytest.raises(RuntimeError, match="the load test broke"):
        with database_copies(url, ("x-before", "x-after")) as copies:
            held = _conn(copies["x-after"].rsplit("/", 1)[1])  # a service still connected
            with held.cursor() as cur:
                cur.execute("START TRANSACTION")
                cur.execute("SELECT COUNT(*) FROM orders FOR UPDATE")
            raise RuntimeError("the load test broke")
    assert _copies_left(name) == []


def test_a_user_without_the_create_privilege_gets_one_sentence_and_no_copy(source):
    name, _ = source
    user = f"pa_ro_{uuid.uuid4().hex[:8]}"
    with _conn() as conn, conn.cursor() as cur:
        cur.execute(f"CREATE USER '{user}'@'%' IDENTIFIED BY 'pw'")
        cur.execute(f"CREATE USER '{user}'@'localhost' IDENTIFIED BY 'pw'")
        for host in ("%", "localhost"):
            cur.execute(f"GRANT SELECT ON `{name}`.* TO '{user}'@'{host}'")
    try:
        url = f"mysql+pymysql://{user}:pw@127.0.0.1:3306/{name}"
        with pytest.raises(ServiceError) as caught:
            with database_copies(url, ("y-before", "y-after")):
                pytest.fail("a copy was made without the privilege")
        message = str(caught.value)
        assert message.startswith(f"could not copy the database {name} for the trial: ")
        assert "Access denied" in message and "\n" not in message, message
        assert _copies_left(name) == []
    finally:
        with _conn() as conn, conn.cursor() as cur:
            for host in ("%", "localhost"):
                cur.execute(f"DROP USER IF EXISTS '{user}'@'{host}'")


def test_a_ddl_naming_the_users_database_is_not_run_on_the_copy(source):
    name, url = source
    before = _snapshot(name)
    with database_copies(url, ("z",)) as copies:
        with pytest.raises(ServiceError, match="with its database"):
            run_ddl(copies["z"], [f"CREATE INDEX ix_total ON {name}.orders (total)"])
    assert _snapshot(name) == before


def test_the_service_env_is_pointed_at_the_copy(source):
    name, url = source
    env = {
        "DATABASE_URL": f"mysql+pymysql://app:secret@localhost/{name}?charset=utf8mb4",
        "MYSQL_DATABASE": name,
        "APP_TITLE": name,  # not a variable naming a database
        "CACHE_URL": f"redis://127.0.0.1/{name}",  # another server's URL
    }
    with database_copies(url, ("e",)) as copies:
        copy = copies["e"].rsplit("/", 1)[1]
        assert point_env(env, url, copies["e"]) == {
            "DATABASE_URL": f"mysql+pymysql://app:secret@localhost/{copy}?charset=utf8mb4",
            "MYSQL_DATABASE": copy,
        }


@pytest.mark.parametrize(
    "case, reason",
    [
        ("missing", "the server has no such database"),
        ("too large", "more than the 0 MB perfagent copies row by row"),
        ("broken view", "the view dangling could not be made on the copy: "),
    ],
)
def test_a_database_that_cannot_be_copied_whole_is_refused_in_one_sentence(
    source, monkeypatch, case, reason
):
    import perfagent.tools.sql.mysql_copy as mysql_copy

    name, url = source
    copied = name
    if case == "missing":
        copied = f"{name}_gone"
        url = url.replace(name, copied)
    elif case == "too large":
        monkeypatch.setattr(mysql_copy, "MAX_COPY_BYTES", 0)
    else:  # a view whose table was dropped after it was made: the copy could not make it
        with _conn(name) as conn, conn.cursor() as cur:
            cur.execute("CREATE TABLE gone (a INT)")
            cur.execute("CREATE VIEW dangling AS SELECT a FROM gone")
            cur.execute("DROP TABLE gone")
    with pytest.raises(ServiceError) as caught:
        with database_copies(url, ("w-before", "w-after")):
            pytest.fail("a copy was made")
    message = str(caught.value)
    assert message.startswith(f"could not copy the database {copied} for the trial: ")
    assert reason in message and "\n" not in message, message
    assert _copies_left(name) == []


def test_the_apps_own_user_may_use_each_copy_and_not_after_it_is_dropped(source):
    """The service connects as its own user, whose privileges are on the source database by
    name (as the MariaDB image's MYSQL_USER): it gets the same on each copy while it exists."""
    name, url = source
    user = f"pa_app_{uuid.uuid4().hex[:8]}"
    with _conn() as conn, conn.cursor() as cur:
        for host in ("%", "localhost"):
            cur.execute(f"CREATE USER '{user}'@'{host}' IDENTIFIED BY 'pw'")
            cur.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON `{name}`.* TO '{user}'@'{host}'")
    try:
        with database_copies(url, ("g-before", "g-after")) as copies:
            for copy_url in copies.values():
                with _conn(copy_url.rsplit("/", 1)[1], user, "pw") as conn, conn.cursor() as cur:
                    cur.execute("SELECT COUNT(*) FROM orders")
                    assert cur.fetchone()[0] == 20000
                    cur.execute("UPDATE customers SET name = 'renamed' WHERE id = 0")
        left = _one(
            "SELECT TABLE_SCHEMA, PRIVILEGE_TYPE FROM information_schema.SCHEMA_PRIVILEGES "
            "WHERE GRANTEE LIKE %s ORDER BY 1, 2",
            (f"'{user}'@%",),
        )
        assert {schema for schema, _ in left} == {name}  # the copies' grants were revoked
        assert _one(f"SELECT name FROM `{name}`.customers WHERE id = 0")[0][0] == "walk-in"
    finally:
        with _conn() as conn, conn.cursor() as cur:
            for host in ("%", "localhost"):
                cur.execute(f"DROP USER IF EXISTS '{user}'@'{host}'")
