"""An index on a PostgreSQL server is tried on copies of its database under load: the user's
database is never changed, the service is pointed at each copy by its own environment."""

from __future__ import annotations

import os
import textwrap
import uuid
from pathlib import Path

import pytest
from sql_orders_trial import orders_index, orders_state

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
    return orders_state(tmp_path, APP, url, f'{env_key} = "{name}"', "pgcopy")


def _index():
    return orders_index(
        "CREATE INDEX CONCURRENTLY ix_orders_customer ON orders (customer_id, created)",
        "SELECT id FROM orders WHERE customer_id = $1",
    )


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


def _git(root: Path, *args: str) -> str:
    import subprocess

    return subprocess.run(
        ["git", "-C", str(root), "-c", "user.email=t@t.invalid", "-c", "user.name=t", *args],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _commit_target(root: Path) -> None:
    """The target as a git repository with one commit on main: what combinations start from."""
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "app")


def _keep(state, candidate, path: str, text: str) -> None:
    """``candidate`` kept on its own branch: one commit writing ``text`` to ``path``."""
    from perfagent.agent.state import Validation

    root = Path(state.spec.root)
    branch = f"perfagent/pgcopy/{candidate.id[5:]}"
    _git(root, "checkout", "-q", "-b", branch, "main")
    (root / path).parent.mkdir(exist_ok=True)
    (root / path).write_text(text)
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", candidate.id)
    _git(root, "checkout", "-q", "main")
    state.candidates[candidate.id] = candidate.model_copy(
        update={"status": "kept", "branch": branch}
    )
    state.validations[candidate.id] = Validation(
        candidate_id=candidate.id, method="m", verdict="faster", kept=True
    )


def test_the_combination_measures_a_kept_index_on_copies(tmp_path, database):
    """A kept index lands on its branch as a migration file, which creates nothing while the
    service runs: the combination creates it on a copy for the after side, as its trial did,
    and the user's database stays as it was."""

    from perfagent.agent.state import Candidate
    from perfagent.agent.trial import combine_kept

    name, url = database
    state = _state(tmp_path, name, url, "APP_DB_NAME")
    root = Path(state.spec.root)

    _commit_target(root)
    finding, index = _index()
    state.findings.append(finding)
    edits = {
        "cand:index": ("migrations/001_index.sql", index.change + ";\n"),
        "cand:comment": ("NOTES.md", "a code change that changes nothing measurable\n"),
    }
    comment = Candidate(id="cand:comment", finding_id="cpu:x", kind="code", title="c", change="")
    for candidate in (index, comment):
        _keep(state, candidate, *edits[candidate.id])
    combined = combine_kept(state)
    assert combined.candidates == ["cand:index", "cand:comment"], combined
    assert any("1 kept index(es) created on a copy" in n for n in combined.notes), combined.notes
    # 300,000 rows scanned per request before, an index lookup after
    assert combined.verdict == "faster", [c.why for c in combined.changes]
    assert _indexes(url) == set()  # the user's database has no new index


def test_two_kept_changes_on_the_same_rows_are_each_measured_on_top_of_the_other(
    tmp_path, database
):
    """An index and an edit of the statement it serves, each kept against the unchanged app:
    the combination names the pair and measures each with the other in. The edit adds 30 ms of
    pg_sleep to the query, so on top of the index it is slower; the index on top of the edit
    still makes the query fast."""

    from perfagent.agent.finding_kinds import SlowSql, Traced
    from perfagent.agent.state import Candidate
    from perfagent.agent.trial import combine_kept

    name, url = database
    state = _state(tmp_path, name, url, "APP_DB_NAME")
    root = Path(state.spec.root)

    _commit_target(root)
    finding, index = _index()
    query = "SELECT id FROM orders WHERE customer_id = 42 ORDER BY created DESC LIMIT 5"
    edit = SlowSql(
        id="trace:orders",
        title="the orders query",
        evidence="traces",
        source="traces",
        detail=Traced(rule="duplicate_statement", endpoint="GET /orders", query=query),
    )
    state.findings += [finding, edit]
    app = (root / "app.py").read_text()
    changes = {
        "cand:index": ("migrations/001_index.sql", index.change + ";\n"),
        "cand:edit": ("app.py", app.replace("SELECT id FROM", "SELECT id, pg_sleep(0.03) FROM")),
    }
    assert changes["cand:edit"][1] != app
    edited = Candidate(
        id="cand:edit",
        finding_id=edit.id,
        kind="code",
        title="the edit",
        change="",
        measure="load",
        endpoint="GET /orders",
    )
    for candidate in (index, edited):
        _keep(state, candidate, *changes[candidate.id])
    combined = combine_kept(state)
    notes = "\n".join(combined.notes)
    assert "create index and the edit both act on table `orders`" in notes, notes
    on_top = {n.split(" on top of")[0]: n for n in combined.notes if " on top of the other" in n}
    assert on_top["the edit"].startswith("the edit on top of the other kept changes: slower")
    assert on_top["the edit"].endswith("merge the others without it")
    assert on_top["create index"].startswith("create index on top of the other kept changes:")
    assert "slower" not in on_top["create index"].split(":")[1], on_top["create index"]
    assert _indexes(url) == set()  # the user's database has no new index
    assert _git(root, "branch", "--list", "perfagent/pgcopy/without-*") == ""  # removed
