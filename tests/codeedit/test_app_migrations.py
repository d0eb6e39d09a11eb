"""A kept index becomes the app's own migration, and the app's own command applies it:
``alembic upgrade head`` (SQLite and Postgres) and ``manage.py migrate`` (Django, SQLite),
then takes it back (downgrade / migrate to the previous one). Raw SQL otherwise."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest

from perfagent.tools.codeedit.migrations import chain, detect, render

# alembic and django are dev dependencies, run as subprocesses of this interpreter: a
# missing one must fail these tests (importorskip hid a stale .venv), so no skip here
PY = sys.executable


def sh(args: list[str], cwd: Path, **kw) -> str:
    done = subprocess.run(
        args, check=False, cwd=cwd, capture_output=True, text=True, timeout=180, **kw
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def sqlite_indexes(db: Path, table: str) -> set[str]:
    with sqlite3.connect(db) as con:
        return {row[1] for row in con.execute(f"PRAGMA index_list({table})")}


def _alembic_repo(root: Path, url: str, table: str) -> None:
    sh([PY, "-m", "alembic", "init", "alembic"], root)
    ini = root / "alembic.ini"
    ini.write_text(ini.read_text().replace("driver://user:pass@localhost/dbname", url))
    (root / "alembic" / "versions" / "0001_orders.py").write_text(
        textwrap.dedent(f'''
        """orders"""
        import sqlalchemy as sa
        from alembic import op

        revision = "0001"
        down_revision = None
        branch_labels = None
        depends_on = None


        def upgrade():
            op.create_table("{table}", sa.Column("id", sa.Integer, primary_key=True),
                            sa.Column("customer_id", sa.Integer),
                            sa.Column("created_at", sa.Integer))


        def downgrade():
            op.drop_table("{table}")
    ''')
    )


def _write_index_migration(root: Path, table: str, dialect: str) -> Path:
    ddl = f"CREATE INDEX ix_{table}_customer ON {table} (customer_id, created_at)"
    style = detect(root, table=table)
    migration = render(
        style,
        slug=f"index-{table}-customer",
        ddl=ddl,
        title=f"create index on {table}",
        comment="measured: query 1.9 ms -> 0.2 ms (-89%)",
        dialect=dialect,
    )
    path = root / migration.path
    path.write_text(migration.text)
    return path


def test_alembic_revision_applied_with_alembic_upgrade_on_sqlite(tmp_path):
    db = tmp_path / "app.db"
    _alembic_repo(tmp_path, f"sqlite:///{db}", "orders")
    sh([PY, "-m", "alembic", "upgrade", "head"], tmp_path)
    style = detect(tmp_path, table="orders")
    assert (style.kind, style.heads, style.command) == ("alembic", ["0001"], "alembic upgrade head")
    path = _write_index_migration(tmp_path, "orders", "sqlite")
    assert path.parent.name == "versions" and "down_revision = '0001'" in path.read_text()
    assert "measured: query 1.9 ms" in path.read_text()
    sh([PY, "-m", "alembic", "upgrade", "head"], tmp_path)
    assert "ix_orders_customer" in sqlite_indexes(db, "orders")
    assert sh([PY, "-m", "alembic", "heads"], tmp_path).split()[0] == path.name.split("_")[0]
    sh([PY, "-m", "alembic", "downgrade", "-1"], tmp_path)
    assert "ix_orders_customer" not in sqlite_indexes(db, "orders")


def test_alembic_ini_in_a_subfolder_is_alembic_not_flask_migrate(tmp_path):
    """full-stack-fastapi-template's shape: backend/alembic.ini, script_location app/alembic.
    The revision goes in backend/app/alembic/versions and `alembic upgrade head`, run where the
    ini is, applies it (not `flask db upgrade`, which the repo does not have)."""
    backend = tmp_path / "backend"
    backend.mkdir()
    db = tmp_path / "app.db"
    _alembic_repo(backend, f"sqlite:///{db}", "orders")
    ini = backend / "alembic.ini"
    ini.write_text(
        ini.read_text().replace(
            "script_location = %(here)s/alembic", "script_location = app/alembic"
        )
    )
    (backend / "app").mkdir()
    (backend / "alembic").rename(backend / "app" / "alembic")
    sh([PY, "-m", "alembic", "upgrade", "head"], backend)
    style = detect(tmp_path, table="orders")
    assert (style.kind, style.folder, style.heads) == (
        "alembic",
        "backend/app/alembic/versions",
        ["0001"],
    )
    assert style.command == "cd backend && alembic upgrade head"
    _write_index_migration(tmp_path, "orders", "sqlite")
    sh([PY, "-m", "alembic", "upgrade", "head"], backend)
    assert "ix_orders_customer" in sqlite_indexes(db, "orders")


@pytest.mark.postgres
def test_alembic_revision_applied_on_postgres(tmp_path, pg_dsn):
    import psycopg

    # pg_dsn: an unreachable server skips here, and fails under CI=true
    admin = psycopg.connect(
        pg_dsn.rsplit("/", 1)[0] + "/postgres", autocommit=True, connect_timeout=5
    )
    name = f"h18_mig_{uuid.uuid4().hex[:8]}"
    admin.execute(f"CREATE DATABASE {name}")
    try:
        url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
        _alembic_repo(tmp_path, url, "orders")
        sh([PY, "-m", "alembic", "upgrade", "head"], tmp_path)
        _write_index_migration(tmp_path, "orders", "postgres")
        sh([PY, "-m", "alembic", "upgrade", "head"], tmp_path)
        with psycopg.connect(f"postgresql://postgres@127.0.0.1:5432/{name}") as con:
            names = {
                r[0]
                for r in con.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'orders'")
            }
        assert "ix_orders_customer" in names
    finally:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.close()


def test_flask_migrate_layout_is_detected(tmp_path):
    versions = tmp_path / "migrations" / "versions"
    versions.mkdir(parents=True)
    for name in ("env.py", "script.py.mako", "alembic.ini"):
        (tmp_path / "migrations" / name).write_text("")
    (versions / "a1_init.py").write_text('revision = "a1"\ndown_revision = None\n')
    (versions / "b2_more.py").write_text('revision = "b2"\ndown_revision = "a1"\n')
    (versions / "c3_other.py").write_text('revision = "c3"\ndown_revision = "a1"\n')
    style = detect(tmp_path)
    assert (style.kind, style.folder, style.heads, style.command) == (
        "alembic",
        "migrations/versions",
        ["b2", "c3"],
        "flask db upgrade",
    )
    text = render(style, slug="ix", ddl="CREATE INDEX ix ON t (a)", title="t", comment="c").text
    assert "down_revision = ('b2', 'c3')" in text  # one merge revision over both heads


def _two_kept(root: Path, table: str, style, marker: str) -> list[Path]:
    """Two indexes kept one by one: each migration written after the app's head of the time."""
    paths = []
    for name, columns in (("customer", "customer_id"), ("created", "created_at")):
        migration = render(
            style,
            slug=f"index-{table}-{name}",
            ddl=f"CREATE INDEX ix_{table}_{name} ON {table} ({columns})",
            title=f"index {name}",
            comment=f"create index ({marker})",
            dialect="sqlite",
        )
        paths.append(root / migration.path)
        paths[-1].write_text(migration.text)
    return paths


def test_two_kept_alembic_revisions_are_chained_into_one_head(tmp_path):
    db = tmp_path / "app.db"
    _alembic_repo(tmp_path, f"sqlite:///{db}", "orders")
    sh([PY, "-m", "alembic", "upgrade", "head"], tmp_path)
    _two_kept(tmp_path, "orders", detect(tmp_path, table="orders"), "perfagent run r1")
    assert len(detect(tmp_path).heads) == 2  # alembic upgrade head would refuse
    changed = chain(tmp_path, "perfagent run r1")
    assert len(changed) == 1 and detect(tmp_path).heads == [Path(changed[0]).name.split("_")[0]]
    sh([PY, "-m", "alembic", "upgrade", "head"], tmp_path)
    assert {"ix_orders_customer", "ix_orders_created"} <= sqlite_indexes(db, "orders")
    assert chain(tmp_path, "perfagent run r1") == []  # already one chain


def _django_site(tmp_path: Path) -> None:
    (tmp_path / "manage.py").write_text(
        textwrap.dedent("""
        import os
        import sys

        if __name__ == "__main__":
            os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_settings")
            from django.core.management import execute_from_command_line
            execute_from_command_line(sys.argv)
    """)
    )
    db = str(tmp_path / "db.sqlite3")
    (tmp_path / "site_settings.py").write_text(
        textwrap.dedent(f"""
        SECRET_KEY = "test"
        INSTALLED_APPS = ["shop"]
        DATABASES = {{"default": {{"ENGINE": "django.db.backends.sqlite3", "NAME": {db!r}}}}}
        DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
        USE_TZ = True
    """)
    )
    app = tmp_path / "shop"
    (app / "migrations").mkdir(parents=True)
    (app / "__init__.py").write_text("")
    (app / "migrations" / "__init__.py").write_text("")
    (app / "models.py").write_text(
        textwrap.dedent("""
        from django.db import models


        class Order(models.Model):
            customer_id = models.IntegerField()
            created_at = models.IntegerField()
    """)
    )
    sh([PY, "manage.py", "makemigrations", "shop"], tmp_path)
    sh([PY, "manage.py", "migrate"], tmp_path)


@pytest.mark.slow
def test_django_migration_applied_with_manage_py_migrate(tmp_path):
    _django_site(tmp_path)
    style = detect(tmp_path, table="shop_order")
    assert (style.kind, style.app_label, style.latest, style.number) == (
        "django",
        "shop",
        "0001_initial",
        2,
    )
    path = _write_index_migration(tmp_path, "shop_order", "sqlite")
    assert path.name == "0002_index_shop_order_customer.py"
    sh([PY, "manage.py", "migrate"], tmp_path)
    assert "ix_shop_order_customer" in sqlite_indexes(tmp_path / "db.sqlite3", "shop_order")
    assert "No changes detected" in sh(
        [PY, "manage.py", "makemigrations", "--check", "--dry-run"], tmp_path
    )
    sh([PY, "manage.py", "migrate", "shop", "0001"], tmp_path)
    assert "ix_shop_order_customer" not in sqlite_indexes(tmp_path / "db.sqlite3", "shop_order")


def test_no_migration_tool_means_raw_sql(tmp_path):
    style = detect(tmp_path)
    migration = render(
        style,
        slug="index-orders-x",
        ddl="CREATE INDEX ix ON orders (x)",
        title="t",
        comment="measured: faster",
    )
    assert migration.path == "migrations/index-orders-x.sql"
    assert migration.text == "-- measured: faster\nCREATE INDEX ix ON orders (x)\n"


@pytest.mark.slow
def test_two_kept_django_migrations_are_chained_into_one_leaf(tmp_path):
    _django_site(tmp_path)
    _two_kept(tmp_path, "shop_order", detect(tmp_path, table="shop_order"), "perfagent run r2")
    conflict = subprocess.run(
        [PY, "manage.py", "migrate"], cwd=tmp_path, capture_output=True, text=True, timeout=180
    )
    assert conflict.returncode != 0 and "Conflicting migrations" in conflict.stderr
    assert len(chain(tmp_path, "perfagent run r2")) == 1
    sh([PY, "manage.py", "migrate"], tmp_path)
    indexes = sqlite_indexes(tmp_path / "db.sqlite3", "shop_order")
    assert {"ix_shop_order_customer", "ix_shop_order_created"} <= indexes
