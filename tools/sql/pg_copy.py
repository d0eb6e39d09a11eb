"""Copies of a PostgreSQL database for a trial: an index is created on a copy, never on the
user's database, and the service is pointed at each copy by its own environment.

``CREATE DATABASE copy TEMPLATE source`` copies the files (seconds for a few hundred MB); it
needs no other session on the source, so a database the user's app is connected to is refused
with PostgreSQL's reason, in one sentence. The copies are dropped on exit, however it ends.

:func:`point_env` (tools/sql/server_copy.py, shared with MariaDB/MySQL) rewrites a service's
environment to a copy: a URL naming the database, or a variable holding just its name
(``POSTGRES_DB``, ``DB_NAME``, ``DATABASE``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from perfagent.tools.errors import ServiceError
from perfagent.tools.sql.db import parse_url
from perfagent.tools.sql.server_copy import copy_name, point_env, with_database

__all__ = ["copy_name", "database_copies", "point_env", "run_ddl", "with_database"]


@contextlib.contextmanager
def database_copies(url: str, tags: tuple[str, ...]) -> Iterator[dict[str, str]]:
    """A copy of the PostgreSQL database at ``url`` per tag (``tag → URL``), dropped on exit."""
    import psycopg
    from psycopg import sql

    source = parse_url(url)
    if source.scheme != "postgresql":
        raise ServiceError(f"database copies are made of PostgreSQL only, not {source.safe}")
    names = {tag: copy_name(source.database, tag) for tag in tags}
    admin_url = with_database(url, "postgres")
    made: list[str] = []
    try:
        with psycopg.connect(admin_url, autocommit=True, connect_timeout=10) as admin:
            for name in names.values():
                _drop(admin, name)
                try:
                    admin.execute(
                        sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                            sql.Identifier(name), sql.Identifier(source.database)
                        )
                    )
                except psycopg.Error as exc:
                    why = (exc.diag.message_primary or str(exc)).strip()
                    raise ServiceError(
                        f"could not copy the database {source.database} for the trial: {why}"
                    ) from None
                made.append(name)
        yield {tag: with_database(url, name) for tag, name in names.items()}
    finally:
        if made:
            with (
                contextlib.suppress(psycopg.Error),
                psycopg.connect(admin_url, autocommit=True, connect_timeout=10) as admin,
            ):
                for name in made:
                    _drop(admin, name)


def _drop(admin, name: str) -> None:
    from psycopg import sql

    admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def run_ddl(copy_url: str, ddls: list[str], *, tables: tuple[str, ...] = ()) -> None:
    """The DDL of one side run on its copy (``CONCURRENTLY`` dropped: nobody else uses a copy),
    then the whole copy analysed (``tables`` is not needed here), so both sides plan from fresh
    statistics."""
    import psycopg

    with psycopg.connect(copy_url, autocommit=True) as conn:
        for ddl in ddls:
            conn.execute(ddl.replace(" CONCURRENTLY", ""))
        conn.execute("ANALYZE")
