"""Copies of a server database for a trial, whatever the server: PostgreSQL
(tools/sql/pg_copy.py, ``CREATE DATABASE … TEMPLATE``) or MariaDB/MySQL (tools/sql/mysql_copy.py,
table by table on the same server). An index is created on a copy, never on the user's database,
and the service is pointed at each copy by its own environment.

Each copier has the same three calls: ``database_copies(url, tags)`` (a copy per tag, dropped on
exit however it ends), ``run_ddl(copy_url, ddls)`` (the DDL of one side on its copy, then the
planner's statistics refreshed) and :func:`point_env` (here: it is the same for both).

>>> copier("mysql+pymysql://root@127.0.0.1/ctfd").__name__
'perfagent.tools.sql.mysql_copy'
>>> copier("sqlite:///app.db")
Traceback (most recent call last):
perfagent.tools.errors.InputError: database copies are made on PostgreSQL and MariaDB/MySQL
servers, not sqlite:///app.db
"""

from __future__ import annotations

import hashlib
import importlib
import re
from types import ModuleType
from urllib.parse import urlsplit, urlunsplit

from perfagent.tools.errors import InputError
from perfagent.tools.sql.db import parse_url

NAME_KEYS = ("DB", "NAME", "DATABASE", "DBNAME")
FAMILIES = {"postgresql": ("postgresql", "postgres"), "mysql": ("mysql", "mariadb")}
_COPIERS = {"postgresql": "pg_copy", "mysql": "mysql_copy"}
_NAME = r"(?:`[^`]+`|\"[^\"]+\"|[\w$]+)"
_DDL_TABLE = re.compile(
    rf"^\s*(?:CREATE\s+(?:UNIQUE\s+|FULLTEXT\s+|SPATIAL\s+)?INDEX\s+(?:CONCURRENTLY\s+)?"
    rf"(?:IF\s+NOT\s+EXISTS\s+)?{_NAME}?\s*ON\s+(?:ONLY\s+)?"
    rf"|ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?)({_NAME}(?:\s*\.\s*{_NAME})?)",
    re.IGNORECASE,
)


def copier(url: str) -> ModuleType:
    """The module that copies the database at ``url`` (by its scheme)."""
    source = parse_url(url)
    if source.scheme not in _COPIERS:
        raise InputError(
            f"database copies are made on PostgreSQL and MariaDB/MySQL servers, not {source.safe}"
        )
    return importlib.import_module(f"perfagent.tools.sql.{_COPIERS[source.scheme]}")


def is_server(url: str) -> bool:
    """``url`` names a database on a server perfagent can copy (PostgreSQL, MariaDB, MySQL).

    >>> [is_server(u) for u in ("postgres://h/d", "mariadb+pymysql://h/d", "sqlite:///a.db")]
    [True, True, False]
    """
    scheme = url.split("://", 1)[0].split("+")[0].lower()
    return any(scheme in names for names in FAMILIES.values())


def ddl_tables(ddls: list[str]) -> list[str]:
    """The tables a list of ``CREATE INDEX`` / ``ALTER TABLE`` statements acts on, unquoted
    (``db.table`` when qualified), in order, once each.

    >>> ddl_tables(["CREATE INDEX CONCURRENTLY ix ON orders (a)",
    ...             "ALTER TABLE `Users` ADD INDEX u_idx (`banned`, hidden), ALGORITHM=INPLACE;",
    ...             'CREATE UNIQUE INDEX IF NOT EXISTS x ON "shop"."orders" (b)',
    ...             "create index y on orders(c)"])
    ['orders', 'Users', 'shop.orders']
    """
    found: dict[str, None] = {}
    for ddl in ddls:
        m = _DDL_TABLE.match(ddl)
        if m:
            parts = re.findall(_NAME, m.group(1))
            found[".".join(p.strip('`"') for p in parts)] = None
    return list(found)


def copy_name(database: str, tag: str) -> str:
    """A copy's name: the source's, a short hash of ``tag`` and the tag's start, at most 63
    bytes (PostgreSQL's identifier limit; MySQL's is 64).

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


def point_env(env: dict[str, str], url: str, copy_url: str) -> dict[str, str]:
    """The variables of ``env`` to change so the service uses the copy: a URL to the same
    server and database (any driver of the same family: ``postgresql+psycopg://``,
    ``mysql+pymysql://``, ``mariadb+mariadbconnector://``), or a ``*_DB``/``*_NAME``/``DATABASE``
    variable holding the name.

    >>> env = {"DATABASE_URL": "postgresql+psycopg://app:pw@127.0.0.1/shop", "POSTGRES_DB": "shop",
    ...        "TITLE": "shop", "OTHER_URL": "postgresql://127.0.0.1/other"}
    >>> point_env(env, "postgresql://postgres@127.0.0.1:5432/shop",
    ...           "postgresql://postgres@127.0.0.1:5432/shop_copy")
    {'DATABASE_URL': 'postgresql+psycopg://app:pw@127.0.0.1/shop_copy', 'POSTGRES_DB': 'shop_copy'}
    >>> env = {"DATABASE_URL": "mysql+pymysql://ctfd:ctfd@localhost/ctfd?charset=utf8mb4",
    ...        "MYSQL_DATABASE": "ctfd", "PG_URL": "postgresql://127.0.0.1/ctfd"}
    >>> point_env(env, "mysql://root@127.0.0.1:3306/ctfd", "mysql://root@127.0.0.1:3306/ctfd_c")
    ... # doctest: +NORMALIZE_WHITESPACE
    {'DATABASE_URL': 'mysql+pymysql://ctfd:ctfd@localhost/ctfd_c?charset=utf8mb4',
     'MYSQL_DATABASE': 'ctfd_c'}
    """
    source, copy = parse_url(url), parse_url(copy_url)
    family = FAMILIES.get(source.scheme, (source.scheme,))
    out: dict[str, str] = {}
    for key, value in env.items():
        if "://" in value:
            try:
                parts = urlsplit(value)
                same = (
                    parts.path.lstrip("/") == source.database
                    and (parts.hostname or "127.0.0.1") in (source.host, "localhost", "127.0.0.1")
                    and parts.scheme.split("+")[0].lower() in family
                )
            except ValueError:
                continue
            if same:
                out[key] = urlunsplit(parts._replace(path=f"/{copy.database}"))
        elif value == source.database and key.upper().endswith(NAME_KEYS):
            out[key] = copy.database
    return out
