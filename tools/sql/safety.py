"""What may be explained: one SELECT / WITH statement that changes nothing.

>>> ensure_explainable("WITH x AS (SELECT 1) SELECT * FROM x", "postgres").kind
'select'
>>> ensure_explainable("UPDATE t SET a = 1", "postgres")
Traceback (most recent call last):
tools.sql.parse.QueryRefused: only SELECT or WITH ... SELECT statements are explained; this is an
UPDATE statement, refused
>>> ensure_explainable("WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d", "postgres")
Traceback (most recent call last):
tools.sql.parse.QueryRefused: the query contains a DELETE inside a SELECT, which would write or
lock data; refused
"""

from __future__ import annotations

from sqlglot import exp

from perfagent.tools.sql.parse import Query, QueryRefused, parse_query

_WRITES = (
    exp.Insert,
    exp.Update,
    exp.Delete,
    exp.Merge,
    exp.Create,
    exp.Drop,
    exp.Alter,
    exp.Command,
    exp.TruncateTable,
    exp.Into,
    exp.Lock,
)
# Functions with effects a rollback does not undo, or that reach outside the database.
SIDE_EFFECT_FUNCTIONS = frozenset(
    {
        "nextval",
        "setval",
        "pg_terminate_backend",
        "pg_cancel_backend",
        "pg_reload_conf",
        "pg_rotate_logfile",
        "pg_advisory_lock",
        "pg_advisory_xact_lock",
        "pg_try_advisory_lock",
        "pg_sleep",
        "pg_sleep_for",
        "pg_sleep_until",
        "lo_import",
        "lo_export",
        "lo_unlink",
        "dblink",
        "dblink_exec",
        "pg_read_file",
        "pg_read_binary_file",
        "pg_ls_dir",
        "set_config",
        "pg_notify",
        "pg_switch_wal",
        "pg_create_restore_point",
        "txid_current",
        "sleep",
        "benchmark",
        "get_lock",
        "release_lock",
        "load_file",
        "sys_exec",
        "sys_eval",
        "load_extension",
        "writefile",
        "readfile",
    }
)
_NAMES = {
    "Into": "SELECT ... INTO",
    "Lock": "FOR UPDATE / FOR SHARE lock",
    "Command": "command",
    "TruncateTable": "TRUNCATE",
}


def _name(node: exp.Expr) -> str:
    key = type(node).__name__
    return _NAMES.get(key, key.upper())


def ensure_explainable(sql: str, dialect: str) -> Query:
    """Parse and refuse anything that is not a read-only SELECT / WITH statement."""
    query = parse_query(sql, dialect)
    if query.kind != "select":
        raise QueryRefused(
            "only SELECT or WITH ... SELECT statements are explained; this is "
            f"{'an' if _name(query.tree)[0] in 'AEIOU' else 'a'} {_name(query.tree)} "
            "statement, refused",
            rule="not_read_only",
        )
    for node in query.nodes(*_WRITES):
        raise QueryRefused(
            f"the query contains a {_name(node)} inside a SELECT, which would write or lock "
            "data; refused",
            rule="not_read_only",
        )
    for call in query.nodes(exp.Anonymous):
        if str(call.name).lower() in SIDE_EFFECT_FUNCTIONS:
            raise QueryRefused(
                f"the query calls {call.name}(), which has effects a rollback does not "
                "undo; refused",
                rule="not_read_only",
            )
    for func in query.tree.find_all(exp.Func):
        name = func.sql_name().lower() if hasattr(func, "sql_name") else ""
        if name in SIDE_EFFECT_FUNCTIONS:
            raise QueryRefused(
                f"the query calls {name}(), which has effects a rollback does not undo; refused",
                rule="not_read_only",
            )
    return query
