"""A kept index's migration is applied by the app's own command on a copy of the database, and
the copy is asked whether the index is there (agent/trial.py ``commit_migration``,
tools/codeedit/migration_check.py). The apps are real Alembic / Django projects on SQLite files
outside their repository, reached through the [service] env as CTFd's is; the user's file must
come out unchanged."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PY = sys.executable
DDL = "CREATE INDEX ix_orders_customer ON orders (customer_id, created_at)"

ENV_PY = textwrap.dedent(
    """
    import os

    from alembic import context
    from sqlalchemy import create_engine

    STAMPS = {stamps} and not os.environ.get("CREATE_ALL")  # CREATE_ALL: the first start


    def run_migrations_online():
        engine = create_engine(os.environ["DATABASE_URL"])
        with engine.connect() as connection:
            context.configure(connection=connection, target_metadata=None)
            with context.begin_transaction():
                if os.environ.get("FAIL_MIGRATE"):
                    raise RuntimeError("the app's config is broken")
                if STAMPS:  # as CTFd on SQLite: the schema is the models', the head only stamped
                    context.get_context().stamp(context.script, "heads")
                else:
                    context.run_migrations()
            connection.commit()


    run_migrations_online()
    """
)

FIRST = textwrap.dedent(
    '''
    """orders"""
    import sqlalchemy as sa
    from alembic import op

    revision = "0001"
    down_revision = None
    branch_labels = None
    depends_on = None


    def upgrade():
        op.create_table("orders", sa.Column("id", sa.Integer, primary_key=True),
                        sa.Column("customer_id", sa.Integer), sa.Column("created_at", sa.Integer))


    def downgrade():
        op.drop_table("orders")
    '''
)


def sh(args: list[str], cwd: Path, env: dict | None = None) -> str:
    import os

    done = subprocess.run(
        args,
        check=False,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, **(env or {})},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def indexes(db: Path) -> set[str]:
    with sqlite3.connect(db) as con:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def _git(root: Path) -> None:
    sh(["git", "init", "-q", "-b", "main"], root)
    sh(["git", "-c", "user.name=t", "-c", "user.email=t@t", "add", "-A"], root)
    sh(["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "app"], root)


def _toml(root: Path, env: str, url: str) -> None:
    (root / "perfagent.toml").write_text(
        '[target]\nname = "orders"\n\n'
        f'[service]\nstart = "{PY} -c pass"\nready = "/"\nenv = {{ {env} }}\n\n'
        '[[service.endpoint]]\npath = "/orders"\n\n'
        f'[database]\nurl = "{url}"\n'
    )


def alembic_app(
    tmp_path: Path, *, stamps: bool, env: str | None = None, url: str = ""
) -> tuple[Path, Path]:
    """A repo whose env.py reads DATABASE_URL, its database (``url``, else a SQLite file) at
    revision 0001 outside it."""
    root, db = tmp_path / "app", tmp_path / "data" / "app.db"
    (root / "alembic" / "versions").mkdir(parents=True)
    db.parent.mkdir()
    url = url or f"sqlite:///{db}"
    (root / "alembic.ini").write_text("[alembic]\nscript_location = alembic\n")
    (root / "alembic" / "env.py").write_text(ENV_PY.format(stamps=stamps))
    (root / "alembic" / "versions" / "0001_orders.py").write_text(FIRST)
    _toml(root, env if env is not None else f'DATABASE_URL = "{url}"', url.replace("+psycopg", ""))
    _git(root)
    first = {"DATABASE_URL": url, "CREATE_ALL": "1"}
    sh([PY, "-m", "alembic", "upgrade", "head"], root, first)
    return root, db


def kept_index(root: Path, tmp_path: Path, change: str = DDL):
    from perfagent.agent.spec import load_target
    from perfagent.agent.state import Candidate, EngagementState, Settings, Validation

    state = EngagementState(
        run_id="mig",
        spec=load_target(root),
        settings=Settings(report_dir=str(tmp_path / "report")),
    )
    candidate = Candidate(
        id="cand:index:orders(customer_id,created_at)",
        finding_id="index:orders(customer_id,created_at)",
        kind="index",
        title="index orders(customer_id, created_at)",
        change=change,
        needs_code_edit=False,
        measure="query",
    )
    validation = Validation(
        candidate_id=candidate.id, method="test", verdict="faster", kept=True, notes=[]
    )
    return state, candidate, validation


def _commit(root: Path, tmp_path: Path) -> tuple[dict, list[str]]:
    from perfagent.agent.trial import commit_migration

    state, candidate, validation = kept_index(root, tmp_path)
    updates = commit_migration(state, candidate, validation)
    return updates, validation.notes


def _unchanged(db: Path, before: tuple[int, int]) -> None:
    stat = db.stat()
    assert (stat.st_mtime_ns, stat.st_size) == before
    assert "ix_orders_customer" not in indexes(db)
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]


def test_the_apps_command_creates_the_index_on_a_copy(tmp_path):
    root, db = alembic_app(tmp_path, stamps=False)
    before = (db.stat().st_mtime_ns, db.stat().st_size)
    updates, notes = _commit(root, tmp_path)
    assert updates["branch"] == "perfagent/mig/index-orders-customer-id-created-at"
    applied = [n for n in notes if n.startswith("applied by")]
    assert applied and applied[0].startswith(
        "applied by `alembic upgrade head` on a copy of app.db: index ix_orders_customer created ("
    ), notes
    _unchanged(db, before)  # the user's database: no index, still at 0001, not written


def test_a_sqlite_file_inside_the_target_is_copied_to_its_place_in_the_worktree(tmp_path):
    """``sqlite:///app.db``, relative: the service finds the file in its own folder, so the
    command, run in the worktree, finds the copy put at the same place (no env to point)."""
    root, db = alembic_app(tmp_path, stamps=False, env='DATABASE_URL = "sqlite:///app.db"')
    db.rename(root / "app.db")
    db = root / "app.db"
    _toml(root, 'DATABASE_URL = "sqlite:///app.db"', "sqlite:///app.db")
    (root / ".gitignore").write_text("app.db\nperfagent.toml\n")
    before = (db.stat().st_mtime_ns, db.stat().st_size)
    updates, notes = _commit(root, tmp_path)
    assert updates["branch"]
    assert notes[0].startswith("the index is an Alembic revision (alembic/versions/"), notes
    assert notes[1].startswith(  # next to the note naming the command
        "applied by `alembic upgrade head` on a copy of app.db: index ix_orders_customer created ("
    ), notes
    _unchanged(db, before)


def test_an_app_that_stamps_gets_the_ddl_to_apply_by_hand(tmp_path):
    root, db = alembic_app(tmp_path, stamps=True)
    before = (db.stat().st_mtime_ns, db.stat().st_size)
    updates, notes = _commit(root, tmp_path)
    assert updates["branch"]  # the kept verdict and the branch stand
    note = next(n for n in notes if "created no index" in n)
    assert note.startswith(
        "`alembic upgrade head` ran (exit 0) on a copy of app.db but created no index "
        "ix_orders_customer: the revision "
    ), note
    assert "was only stamped (recorded as applied, its upgrade not run)" in note
    assert note.endswith(f"— apply the DDL directly: {DDL}")
    _unchanged(db, before)


def test_a_failing_command_is_one_sentence_and_keeps_the_branch(tmp_path):
    root, db = alembic_app(
        tmp_path,
        stamps=False,
        env=f'DATABASE_URL = "sqlite:///{tmp_path}/data/app.db", FAIL_MIGRATE = "1"',
    )
    before = (db.stat().st_mtime_ns, db.stat().st_size)
    updates, notes = _commit(root, tmp_path)
    assert updates["branch"]
    note = next(n for n in notes if "failed on a copy" in n)
    assert note.startswith("`alembic upgrade head` failed on a copy of app.db: exit code 1: ")
    assert "the app's config is broken" in note
    _unchanged(db, before)


def test_no_way_to_reach_the_database_is_skipped_with_the_reason(tmp_path):
    root, db = alembic_app(tmp_path, stamps=False, env='OTHER = "1"')
    before = (db.stat().st_mtime_ns, db.stat().st_size)
    updates, notes = _commit(root, tmp_path)
    assert updates["branch"]
    note = next(n for n in notes if "not tried" in n)
    assert note.startswith(
        "`alembic upgrade head` was not tried on a copy of the database: the target declares no "
        "way to reach its database"
    ), note
    _unchanged(db, before)


def test_an_unset_variable_of_the_service_env_is_a_reason_not_an_error(tmp_path):
    root, db = alembic_app(tmp_path, stamps=False, env='DATABASE_URL = "${PA_MIG_UNSET_42}"')
    updates, notes = _commit(root, tmp_path)
    assert updates["branch"]
    assert (
        "`alembic upgrade head` was not tried on a copy of the database: service.env.DATABASE_URL:"
        " the environment variable PA_MIG_UNSET_42 is not set" in notes
    ), notes


def test_a_repository_that_names_the_database_itself_is_not_run(tmp_path):
    """A config file holding the file's own path: the app might open it whatever the env says."""
    root, db = alembic_app(tmp_path, stamps=False)
    (root / "config.py").write_text(f'FALLBACK = "sqlite:///{db}"\n')
    _git(root)
    before = (db.stat().st_mtime_ns, db.stat().st_size)
    updates, notes = _commit(root, tmp_path)
    assert updates["branch"]
    assert (
        "`alembic upgrade head` was not tried on a copy of the database: config.py names the "
        "database itself" in " ".join(notes)
    ), notes
    _unchanged(db, before)


@pytest.mark.postgres
def test_the_apps_command_creates_the_index_on_a_copy_of_a_postgres_database(tmp_path, pg_dsn):
    import os
    import uuid

    import psycopg

    name = f"pa_mig_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    admin = pg_dsn.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql://postgres@127.0.0.1:5432/{name}"
    try:
        root, _ = alembic_app(
            tmp_path, stamps=False, url=url.replace("postgresql://", "postgresql+psycopg://")
        )
        _, notes = _commit(root, tmp_path)
        assert any(
            n.startswith(
                f"applied by `alembic upgrade head` on a copy of {name}: index ix_orders_customer "
                "created ("
            )
            for n in notes
        ), notes
        with psycopg.connect(url) as conn:
            assert not conn.execute(
                "SELECT 1 FROM pg_indexes WHERE indexname = 'ix_orders_customer'"
            ).fetchone()
            assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        with psycopg.connect(admin) as conn:  # the copy was dropped
            assert not conn.execute(
                "SELECT 1 FROM pg_database WHERE datname LIKE %s", (f"{name}_pa%",)
            ).fetchone()
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.mariadb
def test_the_apps_command_creates_the_index_on_a_copy_of_a_mariadb_database(tmp_path, mariadb_dsn):
    """The advisor's MariaDB DDL (ALTER TABLE … ADD INDEX) as an Alembic revision, applied by
    the app's ``alembic upgrade head`` on a copy of the database made on the same server; the
    user's database keeps its revision and gets no index; the copy is dropped."""
    import os
    import uuid

    import pymysql

    from perfagent.agent.trial import commit_migration

    def rows(sql: str, database: str | None = None) -> list:
        conn = pymysql.connect(host="127.0.0.1", user="root", database=database, autocommit=True)
        with conn, conn.cursor() as cur:
            cur.execute(sql)
            return list(cur.fetchall())

    name = f"pa_mig_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    rows(f"CREATE DATABASE `{name}`")
    try:
        root, _ = alembic_app(
            tmp_path, stamps=False, url=f"mysql+pymysql://root@127.0.0.1:3306/{name}"
        )
        ddl = (
            "ALTER TABLE orders ADD INDEX ix_orders_customer (customer_id, created_at), "
            "ALGORITHM=INPLACE, LOCK=NONE;"
        )
        state, candidate, validation = kept_index(root, tmp_path, change=ddl)
        updates = commit_migration(state, candidate, validation)
        assert updates.get("branch"), validation.notes
        patch = Path(updates["patch"]).read_text()  # the revision creates it as Alembic does
        assert "op.create_index('ix_orders_customer', 'orders', ['customer_id', 'created_at'])" in (
            patch
        )
        assert "op.drop_index('ix_orders_customer', table_name='orders')" in patch
        assert any(
            n.startswith(
                f"applied by `alembic upgrade head` on a copy of {name}: index ix_orders_customer "
                "created ("
            )
            for n in validation.notes
        ), validation.notes
        assert rows(
            "SELECT INDEX_NAME FROM information_schema.STATISTICS "
            f"WHERE TABLE_SCHEMA = '{name}' AND TABLE_NAME = 'orders'"
        ) == [("PRIMARY",)]
        assert rows("SELECT version_num FROM alembic_version", name) == [("0001",)]
        assert rows(f"SHOW DATABASES LIKE '{name}\\_pa%'") == []  # the copy was dropped
    finally:
        rows(f"DROP DATABASE IF EXISTS `{name}`")


@pytest.mark.slow
def test_django_migrate_creates_the_index_on_a_copy(tmp_path):
    root, db = tmp_path / "app", tmp_path / "data" / "db.sqlite3"
    db.parent.mkdir()
    app = root / "shop"
    (app / "migrations").mkdir(parents=True)
    (app / "__init__.py").write_text("")
    (app / "migrations" / "__init__.py").write_text("")
    (app / "models.py").write_text(
        "from django.db import models\n\n\nclass Order(models.Model):\n"
        "    customer_id = models.IntegerField()\n    created_at = models.IntegerField()\n"
    )
    (root / "manage.py").write_text(
        "import os, sys\n"
        'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_settings")\n'
        "from django.core.management import execute_from_command_line\n"
        "execute_from_command_line(sys.argv)\n"
    )
    (root / "site_settings.py").write_text(
        'import os\nSECRET_KEY = "test"\nINSTALLED_APPS = ["shop"]\n'
        'DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", '
        '"NAME": os.environ["DB_PATH"]}}\nDEFAULT_AUTO_FIELD = "django.db.models.AutoField"\n'
    )
    env = {"DB_PATH": str(db)}
    sh([PY, "manage.py", "makemigrations", "shop"], root, env)
    _toml(root, f'DB_PATH = "{db}"', f"sqlite:///{db}")
    _git(root)
    sh([PY, "manage.py", "migrate"], root, env)
    before = (db.stat().st_mtime_ns, db.stat().st_size)

    from perfagent.agent.trial import commit_migration

    ddl = "CREATE INDEX ix_orders_customer ON shop_order (customer_id, created_at)"
    state, candidate, validation = kept_index(root, tmp_path, ddl)
    assert commit_migration(state, candidate, validation)["branch"]
    note = next(n for n in validation.notes if n.startswith("applied by"))
    assert note.startswith(
        "applied by `python manage.py migrate` on a copy of db.sqlite3: index ix_orders_customer "
        "created ("
    ), validation.notes
    assert (db.stat().st_mtime_ns, db.stat().st_size) == before
    assert "ix_orders_customer" not in indexes(db)


def test_the_apps_env_py_imports_its_own_modules_as_python_m_alembic_would(tmp_path):
    """fastapi-template's env.py imports ``app.models``: the ``alembic`` console script puts
    only its own folder on sys.path, so the check runs it with the command's folder importable
    (``ModuleNotFoundError: No module named 'app'`` on all three runs of stop 28 before)."""
    root, db = alembic_app(tmp_path, stamps=False)
    (root / "app_models.py").write_text("TABLES = ['orders']\n")
    env_py = root / "alembic" / "env.py"
    env_py.write_text("import app_models  # the app's own module\n" + env_py.read_text())
    sh(["git", "-c", "user.name=t", "-c", "user.email=t@t", "add", "-A"], root)
    sh(["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "models"], root)
    before = (db.stat().st_mtime_ns, db.stat().st_size)
    _, notes = _commit(root, tmp_path)
    assert any(n.startswith("applied by `alembic upgrade head`") for n in notes), notes
    _unchanged(db, before)
