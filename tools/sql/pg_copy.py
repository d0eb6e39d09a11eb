"""Copies of a PostgreSQL database for a trial: an index is created on a copy, never on the
user's database, and the service is pointed at each copy by its own environment.

``CREATE DATABASE copy TEMPLATE source`` copies the files (seconds for a few hundred MB); it
needs no other session on the source, so a database the user's app is connected to is refused
with PostgreSQL's reason, in one sentence. The copies are dropped on exit, however it ends.

:func:`point_env` rewrites a service's environment to a copy: a URL naming the database, or a
variable holding just its name (``POSTGRES_DB``, ``DB_NAME``, ``DATABASE``).
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

from perfagent.tools.errors import ServiceError
from perfagent.tools.sql.db import parse_url

NAME_KEYS = ("DB", "NAME", "DATABASE", "DBNAME")


def copy_name(database: str, tag: str) -> str:
    """A copy's name: the source's, a short hash of ``tag`` and the tag's start, at most 63
    bytes (PostgreSQL's identifier limit).

    >>> copy_name("fsft_perfagent", "index-item-before")
    'fsft_perfagent_pa268f_index_item_before'
    """
    digest = hashlib.sha1(tag.encode()).hexdigest()[:4]
    safe = "".join(ch if ch.isalnum() else "_" for ch in tag.lower())
    return f"{database[:30]}_pa{digest}_{safe}"[:63]


def with_database(url: str, database: str) -> str:
    """``url`` naming ``database`` instead.

    >>> with_database("postgresql://u:p@127.0.0.1:5432/app?sslmode=disable", "copy")
    'postgresql://u:p@127.0.0.1:5432/copy?sslmode=disable'
    """
    return urlunsplit(urlsplit(url)._replace(path=f"/{database}"))


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


def point_env(env: dict[str, str], url: str, copy_url: str) -> dict[str, str]:
    """The variables of ``env`` to change so the service uses the copy: a URL to the same
    server and database, or a ``*_DB``/``*_NAME``/``DATABASE`` variable holding the name.

    >>> env = {"DATABASE_URL": "postgresql+psycopg://app:pw@127.0.0.1/shop", "POSTGRES_DB": "shop",
    ...        "TITLE": "shop", "OTHER_URL": "postgresql://127.0.0.1/other"}
    >>> point_env(env, "postgresql://postgres@127.0.0.1:5432/shop",
    ...           "postgresql://postgres@127.0.0.1:5432/shop_copy")
    {'DATABASE_URL': 'postgresql+psycopg://app:pw@127.0.0.1/shop_copy', 'POSTGRES_DB': 'shop_copy'}
    """
    source, copy = parse_url(url), parse_url(copy_url)
    out: dict[str, str] = {}
    for key, value in env.items():
        if "://" in value:
            try:
                parts = urlsplit(value)
                same = (
                    parts.path.lstrip("/") == source.database
                    and (parts.hostname or "127.0.0.1") in (source.host, "localhost", "127.0.0.1")
                    and parts.scheme.split("+")[0] in ("postgresql", "postgres")
                )
            except ValueError:
                continue
            if same:
                out[key] = urlunsplit(parts._replace(path=f"/{copy.database}"))
        elif value == source.database and key.upper().endswith(NAME_KEYS):
            out[key] = copy.database
    return out
