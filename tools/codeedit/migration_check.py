"""Does the app's own migrate command create the kept index? Run it on a copy of the database.

A migration file on a branch is a promise: "``flask db upgrade`` creates the index". Some apps
break it: CTFd on SQLite runs ``create_all()`` and *stamps* the latest revision every time the
app starts, and ``flask db upgrade`` starts the app first, so the new revision is marked applied
and its ``upgrade()`` never runs. So the command is run in the branch's worktree, sandboxed, with
the target's interpreter and its service's environment pointed at a copy of the database (never
the user's database), and the copy is then asked whether the index exists (``sqlite_master``,
``pg_indexes``) and whether the revision was recorded as applied (``alembic_version``,
``django_migrations``): recorded without the index is a stamp.

Copies: a SQLite file through SQLite's backup API (tools/sql/sqlite_copy.py), a PostgreSQL
database with ``CREATE DATABASE … TEMPLATE`` (tools/sql/pg_copy.py), a MariaDB/MySQL database
table by table on the same server (tools/sql/mysql_copy.py); the index is looked up in
``information_schema.STATISTICS`` there.

>>> MigrationCheck(outcome="created", command="alembic upgrade head", database="app.db",
...                index="ix_a", seconds=1.23).sentence()
'applied by `alembic upgrade head` on a copy of app.db: index ix_a created (1.2 s)'
>>> MigrationCheck(outcome="no_index", command="flask db upgrade", database="ctfd.db",
...                index="ix_a", revision="abc", recorded=True, ddl="CREATE INDEX ix_a ON t (a)",
...                ).sentence()  # doctest: +NORMALIZE_WHITESPACE
'`flask db upgrade` ran (exit 0) on a copy of ctfd.db but created no index ix_a: the revision
abc was only stamped (recorded as applied, its upgrade not run) — apply the DDL directly:
CREATE INDEX ix_a ON t (a)'
"""

from __future__ import annotations

import configparser
import contextlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from perfagent.tools.errors import PerfagentError
from perfagent.tools.sandbox import ProcessResult, run, scrubbed_env

Outcome = Literal["created", "no_index", "failed", "skipped"]


class MigrationCheck(BaseModel):
    """What the app's command did to a copy of the database."""

    outcome: Outcome
    command: str
    database: str = ""  # the copied database's file or name, for the sentence
    index: str = ""
    revision: str = ""  # alembic revision id / django migration name
    recorded: bool | None = None  # the revision is in alembic_version / django_migrations
    ddl: str = ""
    seconds: float = 0.0
    why: str = ""  # failed / skipped: one sentence

    def sentence(self) -> str:
        cmd = f"`{self.command}`"
        if self.outcome == "created":
            return (
                f"applied by {cmd} on a copy of {self.database}: index {self.index} created "
                f"({self.seconds:.1f} s)"
            )
        if self.outcome == "no_index":
            if self.recorded:
                why = (
                    f"the revision {self.revision} was only stamped (recorded as applied, its "
                    "upgrade not run)"
                )
            elif self.recorded is False:
                why = f"the revision {self.revision} was not applied either"
            else:
                why = "the reason is not known"
            return (
                f"{cmd} ran (exit 0) on a copy of {self.database} but created no index "
                f"{self.index}: {why} — apply the DDL directly: {self.ddl}"
            )
        if self.outcome == "failed":
            return f"{cmd} failed on a copy of {self.database}: {self.why}"
        return f"{cmd} was not tried on a copy of the database: {self.why}"


def copy_kind(url: str) -> str:
    """``sqlite`` / ``postgresql`` / ``mysql`` (MariaDB too) / the scheme no copy is made of.

    >>> copy_kind("sqlite:////d/app.db"), copy_kind("postgresql+psycopg://h/db")
    ('sqlite', 'postgresql')
    >>> copy_kind("mysql+pymysql://h/d"), copy_kind("mariadb+mariadbconnector://h/d")
    ('mysql', 'mysql')
    """
    scheme = url.split("://", 1)[0].split("+")[0].lower()
    return {"postgres": "postgresql", "mariadb": "mysql"}.get(scheme, scheme)


@contextlib.contextmanager
def database_copy(url: str, folder: Path, *, into: Path | None = None) -> Iterator[str]:
    """A copy of the database at ``url`` for one migrate run, removed on exit: a SQLite file
    (``into``: where to put it, e.g. the same relative place in the worktree; else ``folder``),
    a PostgreSQL or MariaDB/MySQL database beside the original. Raises :class:`PerfagentError`
    for anything else."""
    from perfagent.tools.errors import InputError

    kind = copy_kind(url)
    if kind == "sqlite":
        from perfagent.tools.sql.sqlite_copy import copy_database

        source = Path(url.removeprefix("sqlite:///"))
        dest = into or folder / f"migrate-{source.name}"
        dest.parent.mkdir(parents=True, exist_ok=True)
        copy_database(source, dest)
        try:
            yield f"sqlite:///{dest}"
        finally:
            for path in (dest, Path(f"{dest}-wal"), Path(f"{dest}-shm"), Path(f"{dest}-journal")):
                path.unlink(missing_ok=True)
        return
    if kind == "postgresql":
        from perfagent.tools.sql.pg_copy import database_copies

        with database_copies(url, ("migrate",)) as copies:
            yield copies["migrate"]
        return
    if kind == "mysql":
        from perfagent.tools.sql import mysql_copy

        with mysql_copy.database_copies(url, ("migrate",)) as copies:
            yield copies["migrate"]
        return
    raise InputError(
        f"perfagent copies SQLite, PostgreSQL and MariaDB/MySQL databases only, not {kind}: "
        "not checked"
    )


def point(env: dict[str, str], url: str, copy_url: str) -> dict[str, str]:
    """The variables of ``env`` that name the database at ``url``, naming the copy instead.

    >>> point({"DATABASE_URL": "sqlite:////d/app.db", "X": "1"}, "sqlite:////d/app.db",
    ...       "sqlite:////tmp/c.db")
    {'DATABASE_URL': 'sqlite:////tmp/c.db'}
    """
    if copy_kind(url) == "sqlite":
        from perfagent.tools.sql.sqlite_copy import point_sqlite_env

        return point_sqlite_env(
            env, Path(url.removeprefix("sqlite:///")), Path(copy_url.removeprefix("sqlite:///"))
        )
    from perfagent.tools.sql.server_copy import point_env

    return point_env(env, url, copy_url)


CONFIG_SUFFIXES = (".py", ".ini", ".cfg", ".toml", ".env", ".yaml", ".yml", ".json", ".conf")
_SKIP_DIRS = {".venv", "venv", "node_modules", ".git", "site-packages", "__pycache__"}


def names_database(root: Path, url: str) -> str | None:
    """A file of ``root`` (config and code, under 256 KB) that names the database at ``url``
    itself — the absolute path of a SQLite file, or a PostgreSQL / MariaDB URL ending in its
    name — so the
    app might open it whatever its environment says: then the command is not run. None: no
    file does (``perfagent.toml``, perfagent's own, is not counted).

    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp())
    >>> _ = (root / "settings.py").write_text('DB = "postgresql://u@db:5432/shop"')
    >>> names_database(root, "postgresql://postgres@127.0.0.1/shop"), names_database(root,
    ...     "postgresql://postgres@127.0.0.1/shop_two")
    ('settings.py', None)
    >>> _ = (root / "config.py").write_text('URI = "mysql+pymysql://ctfd:ctfd@db/ctfd"')
    >>> names_database(root, "mysql://root@127.0.0.1/ctfd")
    'config.py'
    """
    if copy_kind(url) == "sqlite":
        pattern = re.compile(re.escape(url.removeprefix("sqlite:///")))
    else:
        name = url.rstrip("/").rsplit("/", 1)[-1].split("?")[0]
        schemes = "postgres(?:ql)?" if copy_kind(url) == "postgresql" else "(?:mysql|mariadb)"
        pattern = re.compile(rf"{schemes}(?:\+\w+)?://[^\s'\"]*/{re.escape(name)}\b")
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS)  # pruned, not walked
        for file in sorted(files):
            path = Path(folder) / file
            if path.suffix not in CONFIG_SUFFIXES or file == "perfagent.toml":  # the spec's own
                continue
            with contextlib.suppress(OSError):
                if path.stat().st_size < 256 * 1024 and pattern.search(
                    path.read_text(errors="replace")
                ):
                    return str(path.relative_to(root))
    return None


def point_alembic_ini(root: Path, url: str, copy_url: str) -> list[str]:
    """``sqlalchemy.url`` of each ``alembic.ini`` in ``root`` (a throwaway worktree) that names
    the database, rewritten to the copy: ``alembic upgrade head`` reads it unless ``env.py``
    takes the URL from the app. The paths rewritten, relative to ``root``."""
    done = []
    for ini in [root / "alembic.ini", *sorted(root.glob("*/alembic.ini"))]:
        if not ini.is_file():
            continue
        parser = configparser.ConfigParser(interpolation=None)
        with contextlib.suppress(configparser.Error):
            parser.read(ini)
        value = parser.get("alembic", "sqlalchemy.url", fallback="")
        pointed = point({"url": value}, url, copy_url) if value else {}
        if pointed:
            ini.write_text(ini.read_text().replace(value, pointed["url"]))
            done.append(str(ini.relative_to(root)))
    return done


def check_migration(
    root: Path,
    *,
    command: str,
    env: dict[str, str],
    copy_url: str,
    index: str,
    ddl: str,
    revision: str = "",
    django_app: str | None = None,
    timeout_s: float = 180.0,
    runner: Callable[..., ProcessResult] = run,
) -> MigrationCheck:
    """Run ``command`` in ``root`` (the branch's worktree) with ``env`` (already pointed at the
    copy), then look for ``index`` and ``revision`` in the copy."""
    database = _label(copy_url)
    base = MigrationCheck(
        outcome="failed",
        command=command,
        database=database,
        index=index,
        revision=revision,
        ddl=ddl,
    )
    # the folder the command runs in is importable, as `python -m alembic` makes it: an app's
    # env.py imports its models (fastapi-template: `from app.models import ...`), and the
    # `alembic` console script puts only its own bin folder on sys.path
    moved = re.match(r"cd (\S+) && ", command)
    folder = str(root / moved.group(1)) if moved else str(root)
    path = os.pathsep.join(p for p in (folder, env.get("PYTHONPATH", "")) if p)
    try:
        done = runner(
            command,
            cwd=root,
            env=scrubbed_env({**env, "PYTHONPATH": path, "PYTHONDONTWRITEBYTECODE": "1"}),
            timeout_s=timeout_s,
        )
    except (PerfagentError, OSError) as exc:
        return base.model_copy(update={"why": f"it could not be started: {exc}"})
    base.seconds = done.wall_s
    if done.timed_out:
        return base.model_copy(update={"why": f"it did not finish within {timeout_s:.0f} s"})
    if done.returncode != 0:
        last = (done.stderr.strip() or done.stdout.strip()).splitlines()[-1:] or [""]
        return base.model_copy(
            update={"why": f"exit code {done.returncode}: {last[0][:200]}".rstrip(": ")}
        )
    unreadable: tuple[type[Exception], ...] = (PerfagentError, OSError, *_db_errors())
    try:
        created = index_exists(copy_url, index)
        recorded = applied(copy_url, revision, django_app) if revision else None
    except unreadable as exc:
        return base.model_copy(
            update={"why": f"it ran (exit 0), but the copy could not be read: {exc}"}
        )
    return base.model_copy(
        update={"outcome": "created" if created else "no_index", "recorded": recorded}
    )


def _db_errors() -> tuple[type[Exception], ...]:
    import psycopg
    import pymysql

    return (sqlite3.Error, psycopg.Error, pymysql.MySQLError)


def _label(url: str) -> str:
    """The database's file or name in ``url``.

    >>> _label("sqlite:////tmp/x/migrate-ctfd.db"), _label("postgresql://h/app_pa12_migrate")
    ('migrate-ctfd.db', 'app_pa12_migrate')
    """
    return url.rstrip("/").rsplit("/", 1)[-1].split("?")[0]


def index_exists(url: str, name: str) -> bool:
    """The index ``name`` is in the database at ``url`` (SQLite, PostgreSQL, MariaDB/MySQL)."""
    if copy_kind(url) == "sqlite":
        with contextlib.closing(sqlite3.connect(url.removeprefix("sqlite:///"))) as conn:
            row = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
            ).fetchone()
        return row is not None
    if copy_kind(url) == "mysql":
        return bool(
            _mysql(
                url,
                "SELECT 1 FROM information_schema.STATISTICS "
                "WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME = %s",
                (name,),
            )
        )
    import psycopg

    with psycopg.connect(_plain(url), connect_timeout=10) as conn:
        found = conn.execute(
            "SELECT 1 FROM pg_indexes WHERE indexname = %s", (name.lower(),)
        ).fetchone()
    return found is not None


def applied(url: str, revision: str, django_app: str | None = None) -> bool | None:
    """``revision`` is recorded as applied: in ``alembic_version`` (Alembic), or
    ``django_migrations`` (``django_app``); None when the table is not there."""
    sql, args = (
        ("SELECT 1 FROM django_migrations WHERE app = {p} AND name = {p}", (django_app, revision))
        if django_app
        else ("SELECT 1 FROM alembic_version WHERE version_num = {p}", (revision,))
    )
    if copy_kind(url) == "sqlite":
        with contextlib.closing(sqlite3.connect(url.removeprefix("sqlite:///"))) as conn:
            try:
                return conn.execute(sql.format(p="?"), args).fetchone() is not None
            except sqlite3.OperationalError:
                return None
    if copy_kind(url) == "mysql":
        import pymysql

        try:
            return bool(_mysql(url, sql.format(p="%s"), args))
        except pymysql.err.ProgrammingError as exc:
            if exc.args and exc.args[0] == 1146:  # ER_NO_SUCH_TABLE
                return None
            raise
    import psycopg

    with psycopg.connect(_plain(url), connect_timeout=10) as conn:
        try:
            return conn.execute(sql.format(p="%s"), args).fetchone() is not None
        except psycopg.errors.UndefinedTable:
            return None


def _mysql(url: str, sql: str, args: tuple) -> list[tuple]:
    """The rows of one read on the MariaDB/MySQL database at ``url``."""
    import pymysql

    from perfagent.tools.sql.db import parse_url

    where = parse_url(url)
    conn = pymysql.connect(
        host=where.host,
        port=where.port or 3306,
        user=where.user or "root",
        password=where.password or "",
        database=where.database,
        connect_timeout=10,
    )
    with contextlib.closing(conn), conn.cursor() as cur:
        cur.execute(sql, args)
        return list(cur.fetchall())


def _plain(url: str) -> str:
    """A SQLAlchemy URL (``postgresql+psycopg://``) as libpq takes it."""
    scheme, rest = url.split("://", 1)
    return f"postgresql://{rest}" if scheme.startswith("postgres") else url
