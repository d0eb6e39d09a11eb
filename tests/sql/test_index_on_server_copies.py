"""An index on a PostgreSQL server is tried on copies of its database under load: the user's
database is never changed, the service is pointed at each copy by its own environment."""

from __future__ import annotations

import os
import sys
import textwrap
import uuid
from pathlib import Path

import pytest

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

APP = textwrap.dedent(
    """
    import os, sys
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    import psycopg

    URL = "postgresql://postgres@127.0.0.1:5432/" + os.environ["APP_DB_NAME"]

    class H(BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path.startswith("/orders"):
                with psycopg.connect(URL) as conn:
                    rows = conn.execute(
                        "SELECT id FROM orders WHERE customer_id = 42 ORDER BY created DESC LIMIT 5"
                    ).fetchall()
                body = str(rows).encode()
            else:
                body = b"ok"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
    """
)


@pytest.fixture
def database(pg_dsn):
    import psycopg

    name = f"pa_idx_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    admin = pg_dsn.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = pg_dsn.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "CREATE TABLE orders AS SELECT g AS id, g % 2000 AS customer_id, g AS created, "
            "repeat('x', 40) AS note FROM generate_series(1, 300000) g"
        )
        conn.execute("ANALYZE orders")
    yield name, url
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _state(tmp_path: Path, name: str, url: str, env_key: str):
    from perfagent.agent.spec import load_target
    from perfagent.agent.state import EngagementState, Settings

    root = tmp_path / "target"
    root.mkdir()
    (root / "app.py").write_text(APP)
    (root / "perfagent.toml").write_text(
        '[target]\nname = "orders"\n\n'
        f'[service]\nstart = "{sys.executable} app.py {{port}}"\nready = "/healthz"\n'
        f'host = "http://127.0.0.1:1"\nenv = {{ {env_key} = "{name}" }}\n\n'
        '[[service.endpoint]]\npath = "/orders"\n\n'
        f'[database]\nurl = "{url}"\n'
    )
    settings = Settings(
        report_dir=str(tmp_path / "report"),
        load_users=4,
        validate_rounds=2,
        validate_round_s=2,
    )
    return EngagementState(run_id="pgcopy", spec=load_target(root), settings=settings)


def _index():
    from perfagent.agent.state import Candidate, make_finding

    ddl = "CREATE INDEX CONCURRENTLY ix_orders_customer ON orders (customer_id, created)"
    finding = make_finding(
        id="index:orders(customer_id,created)",
        kind="index",
        title="missing index on orders",
        evidence="advisor",
        source="explain",
        detail={
            "ddl": ddl,
            "query": "SELECT id FROM orders WHERE customer_id = $1",
            "table": "orders",
        },
    )
    candidate = Candidate(
        id="cand:index",
        finding_id=finding.id,
        kind="index",
        title="create index",
        change=ddl,
        needs_code_edit=False,
        measure="query",
    )
    return finding, candidate


def _indexes(url: str) -> set[str]:
    import psycopg

    with psycopg.connect(url) as conn:
        return {
            r[0]
            for r in conn.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'orders'")
        }


def test_an_index_is_kept_from_load_on_copies_and_the_database_is_untouched(tmp_path, database):
    from perfagent.agent.steps.validate import validate_index

    name, url = database
    state = _state(tmp_path, name, url, "APP_DB_NAME")
    finding, candidate = _index()
    result = validate_index(state, candidate, finding)
    assert result.kept and result.verdict == "faster", result.notes
    assert "APP_DB_NAME pointed at each copy" in result.notes[0]
    assert _indexes(url) == set()  # the user's database has no new index
    import psycopg

    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres") as conn:
        left = conn.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s", (f"{name[:30]}_pa%",)
        ).fetchall()
    assert left == []  # the copies are dropped


def test_a_service_whose_env_does_not_name_the_database_keeps_the_advisor_figures(
    tmp_path, database
):
    from perfagent.agent.steps.validate import validate_index

    name, url = database
    # a variable perfagent cannot tell is the database's (the app reads a config file, say)
    state = _state(tmp_path, name, url, "APP_LABEL")
    finding, candidate = _index()
    result = validate_index(state, candidate, finding)
    assert not result.kept and result.method == "advisor trial (rolled back)"
    assert "names the database nowhere" in result.notes[-1]
