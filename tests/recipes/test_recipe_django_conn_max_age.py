"""django_conn_max_age: a Django app that opens a database connection per request keeps it
between requests (CONN_MAX_AGE=60, CONN_HEALTH_CHECKS) — on the settings shapes real apps
have, and on the tests' Django app served by gunicorn against the real PostgreSQL, where the
requests before the edit each get a new server backend and after it share one."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import httpx
import psycopg
import pytest

from perfagent.agent.findings import library_findings
from perfagent.agent.reasoner.rules import propose
from perfagent.tools.loadtest.service import Service
from perfagent.tools.recipes.base import Decline, RecipeTarget
from perfagent.tools.recipes.django_conn_max_age import django_conn_max_age
from perfagent.tools.tracing.service_profile import split_by_view
from tests.recipes.conftest import apply_edit, load_module, write

CONNECT = RecipeTarget(kind="library_cost", extra={"library_cost": "connect_per_request"})
MANAGE = 'import os\n\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "{module}")\n'
DJAPP = Path(__file__).resolve().parents[1] / "tracing" / "apps" / "djapp"

# As healthchecks' hc/settings.py chooses its database (29b5ec25): SQLite by default, in an
# annotated assignment; PostgreSQL with CONN_MAX_AGE from the environment, defaulting to 0;
# MySQL without it.
HEALTHCHECKS = """\
import os
from typing import Any, Mapping


def envint(s: str, default: str) -> int | None:
    v = os.getenv(s, default)
    return None if v == "None" else int(v)


DATABASES: Mapping[str, Any] = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.getenv("DB_NAME", "hc.sqlite"),
    }
}

if os.getenv("DB") == "postgres":
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": os.getenv("DB_NAME", "hc"),
            "CONN_MAX_AGE": envint("DB_CONN_MAX_AGE", "0"),
            "TEST": {"CHARSET": "UTF8"},
        }
    }

if os.getenv("DB") in ["mysql", "mariadb"]:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.mysql",
            "NAME": os.getenv("DB_NAME", "hc"),
        }
    }
"""


def _project(root: Path, settings: str, module: str = "proj.settings") -> Path:
    write(root, "manage.py", MANAGE.format(module=module))
    write(root, module.replace(".", "/") + ".py", settings)
    return root


def test_healthchecks_settings_keep_connections_on_every_engine(tmp_path, monkeypatch):
    root = _project(tmp_path, HEALTHCHECKS, "hc.settings")
    proposal = django_conn_max_age(root, CONNECT)
    assert proposal.recipe == "django_conn_max_age"
    assert proposal.title == (
        "keep database connections between requests (CONN_MAX_AGE=60) in hc/settings.py"
    )
    assert (
        'DATABASES["default"] (line 10) gains CONN_MAX_AGE = 60; DATABASES["default"] (line 18): '
        'CONN_MAX_AGE\'s default in `envint("DB_CONN_MAX_AGE", "0")` 0 → 60 (the environment '
        'still decides); DATABASES["default"] (line 28) gains CONN_MAX_AGE = 60.'
    ) in proposal.rationale
    apply_edit(root, proposal)
    text = (root / "hc" / "settings.py").read_text()
    assert (
        '        "NAME": os.getenv("DB_NAME", "hc.sqlite"),\n'
        '        "CONN_MAX_AGE": 60,\n'
        '        "CONN_HEALTH_CHECKS": True,\n'
        "    }\n"
    ) in text
    assert '"CONN_MAX_AGE": envint("DB_CONN_MAX_AGE", "60"),' in text
    # The settings run, and each engine's entry keeps its connections; the environment still
    # decides where it did.
    for db, age in (("", 60), ("postgres", 60), ("mysql", 60)):
        monkeypatch.setenv("DB", db)
        monkeypatch.delenv("DB_CONN_MAX_AGE", raising=False)
        entry = load_module(root / "hc" / "settings.py").DATABASES["default"]
        assert (entry["CONN_MAX_AGE"], entry["CONN_HEALTH_CHECKS"]) == (age, True), db
    monkeypatch.setenv("DB", "postgres")
    monkeypatch.setenv("DB_CONN_MAX_AGE", "0")
    assert load_module(root / "hc" / "settings.py").DATABASES["default"]["CONN_MAX_AGE"] == 0


def test_dj_database_url_gains_its_keyword_arguments(tmp_path):
    settings = (
        "import dj_database_url\n\n"
        "DATABASES = {\n"
        '    "default": dj_database_url.config(default="sqlite:///db.sqlite3"),\n'
        '    "replica": dj_database_url.config(\n'
        '        env="REPLICA_URL",\n'
        "        conn_max_age=0\n"
        "    ),\n"
        "}\n"
    )
    root = _project(tmp_path, settings)
    apply_edit(root, django_conn_max_age(root, CONNECT))
    assert (root / "proj" / "settings.py").read_text() == (
        "import dj_database_url\n\n"
        "DATABASES = {\n"
        '    "default": dj_database_url.config(default="sqlite:///db.sqlite3", '
        "conn_max_age=60, conn_health_checks=True),\n"
        '    "replica": dj_database_url.config(\n'
        '        env="REPLICA_URL",\n'
        "        conn_max_age=60,\n"
        "        conn_health_checks=True\n"
        "    ),\n"
        "}\n"
    )


def test_an_env_driven_entry_by_subscript_and_a_split_settings_package(tmp_path):
    """cookiecutter-django's shape: config/settings/local.py star-imports base.py, which
    assigns the entry by subscript from environment variables."""
    write(tmp_path, "config/__init__.py", "")
    write(tmp_path, "config/settings/__init__.py", "")
    local = "# DATABASES come from base.py\nfrom .base import *  # noqa\n\nDEBUG = True\n"
    write(tmp_path, "config/settings/local.py", local)
    write(
        tmp_path,
        "config/settings/base.py",
        "import os\n\nDATABASES = {}\n"
        'DATABASES["default"] = {\n'
        '    "ENGINE": "django.db.backends.postgresql",\n'
        '    "NAME": os.environ.get("POSTGRES_DB", "app"),\n'
        "}\n",
    )
    write(tmp_path, "manage.py", MANAGE.format(module="config.settings.local"))
    proposal = django_conn_max_age(tmp_path, CONNECT)
    assert [b.path for b in proposal.edit.blocks] == ["config/settings/base.py"]
    apply_edit(tmp_path, proposal)
    entry = load_module(tmp_path / "config" / "settings" / "base.py").DATABASES["default"]
    assert (entry["CONN_MAX_AGE"], entry["CONN_HEALTH_CHECKS"], entry["NAME"]) == (60, True, "app")


@pytest.mark.parametrize(
    ("settings", "reason"),
    [
        (
            'DATABASES = {"default": {"NAME": "db", "CONN_MAX_AGE": 600}}\n',
            'DATABASES["default"] (line 1) already keeps connections (CONN_MAX_AGE = 600)',
        ),
        (
            'DATABASES = {"default": {"NAME": "db", "CONN_MAX_AGE": None}}\n',
            "already keeps connections (CONN_MAX_AGE = None)",
        ),
        (
            "import environ\n\nenv = environ.Env()\n"
            'DATABASES = {"default": env.db("DATABASE_URL")}\n',
            'DATABASES["default"] (line 4) is built by `env.db("DATABASE_URL")`',
        ),
        (
            'DATABASES = {"default": {"NAME": "db"}}\n'
            'DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ["AGE"])\n',
            "CONN_MAX_AGE is set by a statement of its own in proj/settings.py",
        ),
        ("DEBUG = False\n", "no DATABASES in proj/settings.py"),
    ],
)
def test_declined_with_the_reason(tmp_path, settings, reason):
    root = _project(tmp_path, settings)
    with pytest.raises(Decline) as declined:
        django_conn_max_age(root, CONNECT)
    assert reason in str(declined.value)


def test_declined_when_it_is_not_a_connection_per_request_or_not_django(tmp_path):
    slow = RecipeTarget(
        kind="library_cost", extra={"library_cost": "slow_implementation", "library": "psycopg"}
    )
    with pytest.raises(Decline, match="psycopg's slow_implementation is not a database"):
        django_conn_max_age(tmp_path, slow)
    write(tmp_path, "app.py", "DATABASES = {}\n")
    with pytest.raises(Decline, match="no Django settings module"):
        django_conn_max_age(tmp_path, CONNECT)
    with pytest.raises(Decline, match="DATABASES in app.py has no entry"):
        django_conn_max_age(
            tmp_path,
            CONNECT.model_copy(update={"extra": {**CONNECT.extra, "settings_module": "app"}}),
        )
    write(tmp_path, "app.py", 'DATABASES = {"default": {"NAME": "db"}}\n')
    with pytest.raises(Decline, match="no Django settings module"):
        django_conn_max_age(tmp_path, CONNECT)
    # The service's DJANGO_SETTINGS_MODULE, when the spec sets it, wins over manage.py.
    write(tmp_path, "manage.py", MANAGE.format(module="nowhere.settings"))
    named = CONNECT.model_copy(update={"extra": {**CONNECT.extra, "settings_module": "app"}})
    assert django_conn_max_age(tmp_path, named).edit.blocks[0].path == "app.py"


def test_the_reasoner_proposes_it_for_the_profiles_connection_finding(tmp_path):
    """From the service profile's recorded stacks to a candidate measured under load; the
    psycopg fallback stays an install, in words."""
    root = _project(tmp_path / "hc", HEALTHCHECKS, "hc.settings")
    site = "/venv/lib/python3.12/site-packages"
    view = f"handle ({site}/gunicorn/workers/sync.py:20);checks ({root}/hc/front/views.py:222)"
    stacks = "\n".join(
        [
            f"{view};get_value ({site}/psycopg/pq/pq_ctypes.py:917) 30",
            f"{view} 60",
            f"handle ({site}/gunicorn/workers/sync.py:20);DatabaseWrapper.get_new_connection "
            f"({site}/django/db/backends/postgresql/base.py:1) 10",
        ]
    )
    slow, connect = library_findings(split_by_view(stacks, root))
    assert (connect.kind, connect.location) == (
        "library_cost",
        "DatabaseWrapper.get_new_connection (django/db/backends/postgresql/base.py:1)",
    )
    (candidate,) = propose(connect, root=root)
    assert (candidate.recipe, candidate.measure, candidate.endpoint) == (
        "django_conn_max_age",
        "load",
        None,
    )
    assert candidate.edit is not None and candidate.measurable
    (words,) = propose(slow, root=root)
    assert (words.kind, words.title, words.edit) == (
        "config",
        "install psycopg's compiled implementation",
        None,
    )
    assert "psycopg[binary]" in words.change and words.declined == []
    assert words.reason == "an install, not an edit: perfagent does not trial packages"


POSTGRES_SETTINGS = """\
import os

SECRET_KEY = "tests-only"
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "djapp.urls"
INSTALLED_APPS: list[str] = []
MIDDLEWARE: list[str] = []
USE_TZ = True
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": os.environ.get("DB_HOST", "127.0.0.1"),
        "NAME": os.environ["DB_NAME"],
        "USER": os.environ.get("DB_USER", "postgres"),
    }
}
"""
BACKEND_VIEW = '''

def backend(request):
    """The PostgreSQL server process serving this request's connection."""
    with connection.cursor() as cur:
        cur.execute("SELECT pg_backend_pid()")
        return HttpResponse(str(cur.fetchone()[0]))


urlpatterns.append(path("backend", backend))
'''


@pytest.fixture
def djapp_pg(tmp_path, pg_dsn):
    """A copy of the tests' Django app on its own PostgreSQL database, with a view that says
    which server backend answered."""
    name = f"perfagent_conn_max_age_{os.getpid()}"
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    root = tmp_path / "proj"
    shutil.copytree(DJAPP, root / "djapp", ignore=shutil.ignore_patterns("__pycache__"))
    (root / "djapp" / "settings.py").write_text(POSTGRES_SETTINGS)
    with (root / "djapp" / "urls.py").open("a") as urls:
        urls.write(BACKEND_VIEW)
    yield root, name
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _backends(root: Path, database: str, requests: int) -> tuple[set[str], str]:
    """The server backends that answered ``requests`` requests to one gunicorn worker, and
    a page's body (the same before and after)."""
    gunicorn = Path(sys.executable).parent / "gunicorn"
    command = f"{gunicorn} -w 1 -b 127.0.0.1:{{port}} djapp.wsgi:application"
    env = {"DB_NAME": database, "PYTHONPATH": str(root)}
    with Service(command, ready="/healthz", cwd=root, env=env, ready_timeout_s=60) as svc:
        with httpx.Client(base_url=svc.base_url, timeout=30, trust_env=False) as client:
            pids = {client.get("/backend").text for _ in range(requests)}
            page = client.get("/books/7/").text
    return pids, page


@pytest.mark.postgres
def test_on_a_real_server_the_requests_share_one_connection(djapp_pg):
    if not (Path(sys.executable).parent / "gunicorn").is_file():
        pytest.skip("gunicorn is not installed in this venv (pip install -e '.[dev]')")
    root, database = djapp_pg
    before, page = _backends(root, database, 8)
    assert len(before) == 8  # a new connection, so a new server process, per request
    proposal = django_conn_max_age(root, CONNECT)  # found through djapp/wsgi.py
    assert [b.path for b in proposal.edit.blocks] == ["djapp/settings.py"]
    apply_edit(root, proposal)
    after, same = _backends(root, database, 8)
    assert len(after) == 1 and same == page == '{"title": "b7"}'
