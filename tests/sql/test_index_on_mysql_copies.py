"""An index on a MariaDB server is tried on copies of its database under load, as on
PostgreSQL (tests/sql/test_index_on_server_copies.py): the user's database is never changed,
the service is pointed at each copy by its own environment (a ``mysql+pymysql://`` URL)."""

from __future__ import annotations

import os
import textwrap
import uuid
from pathlib import Path

import pymysql
import pytest
from sql_orders_trial import orders_index, orders_state

pytestmark = [pytest.mark.mariadb, pytest.mark.slow]

# the app reads its database from DATABASE_URL, as CTFd does (mysql+pymysql://…), and keeps its
# connections in a pool, as SQLAlchemy does (a new PyMySQL connection costs ~50 ms here: it loads
# the system's CA certificates for its TLS-preferred handshake)
APP = textwrap.dedent(
    """
    import os, queue, sys
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from urllib.parse import urlsplit
    import pymysql

    URL = urlsplit(os.environ["DATABASE_URL"])
    POOL = queue.LifoQueue()

    def connection():
        try:
            return POOL.get_nowait()
        except queue.Empty:
            return pymysql.connect(host=URL.hostname, port=URL.port or 3306, user=URL.username,
                                   password=URL.password or "", database=URL.path.lstrip("/"),
                                   autocommit=True)

    class H(BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path.startswith("/orders"):
                conn = connection()
                with conn.cursor() as cur:
                    cur.execute("SELECT id FROM orders WHERE customer_id = 42 "
                                "ORDER BY created DESC LIMIT 5")
                    rows = cur.fetchall()
                POOL.put(conn)
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
# the DDL perfagent's advisor writes for MariaDB/MySQL (tools/sql/advisor.py index_ddl)
DDL = (
    "ALTER TABLE orders ADD INDEX orders_customer_id_created_idx (customer_id, created), "
    "ALGORITHM=INPLACE, LOCK=NONE;"
)


def _admin(database: str | None = None):
    return pymysql.connect(host="127.0.0.1", port=3306, user="root", database=database,
                           autocommit=True)  # fmt: skip


@pytest.fixture
def database(mariadb_dsn):
    """300,000 orders over 2,000 customers: a full scan per request without the index."""
    name = f"pa_midx_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    with _admin() as conn, conn.cursor() as cur:
        cur.execute(f"CREATE DATABASE `{name}`")
        cur.execute(f"USE `{name}`")  # seq_1_to_N lives in the current database
        cur.execute(
            f"CREATE TABLE `{name}`.orders (id INT PRIMARY KEY, customer_id INT NOT NULL, "
            "created INT NOT NULL, note VARCHAR(40) NOT NULL) ENGINE=InnoDB"
        )
        cur.execute(
            f"INSERT INTO `{name}`.orders SELECT seq, seq % 2000, seq, REPEAT('x', 40) "
            "FROM seq_1_to_300000"
        )
        cur.execute(f"ANALYZE TABLE `{name}`.orders")
    yield name, f"mysql+pymysql://root@127.0.0.1:3306/{name}"
    with _admin() as conn, conn.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS `{name}`")


def _state(tmp_path: Path, url: str, env_url: str):
    return orders_state(tmp_path, APP, url, f'DATABASE_URL = "{env_url}"', "mycopy")


def _index():
    return orders_index(
        DDL, "SELECT id FROM orders WHERE customer_id = %s", time_before_ms=60.0, time_after_ms=0.2
    )


def _indexes(name: str) -> set[str]:
    with _admin() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT INDEX_NAME FROM information_schema.STATISTICS "
            "WHERE TABLE_SCHEMA = %s AND TABLE_NAME = 'orders'",
            (name,),
        )
        return {r[0] for r in cur.fetchall()}


def _copies_left(name: str) -> list:
    with _admin() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE %s",
            (f"{name[:30]}_pa%",),
        )
        return list(cur.fetchall())


def _rows(name: str) -> int:
    with _admin(name) as conn, conn.cursor() as cur:
        cur.execute("SELECT COUNT(*) FROM orders")
        return cur.fetchone()[0]


@pytest.fixture
def app_user(database):
    """The app's own user, with privileges on its database only (the MariaDB image's
    MYSQL_USER, CTFd's ``ctfd``): perfagent connects as root, the service as this user."""
    name, _ = database
    user = f"pa_app_{uuid.uuid4().hex[:8]}"
    with _admin() as conn, conn.cursor() as cur:
        for host in ("%", "localhost"):
            cur.execute(f"CREATE USER '{user}'@'{host}' IDENTIFIED BY 'app-pw'")
            cur.execute(f"GRANT ALL PRIVILEGES ON `{name}`.* TO '{user}'@'{host}'")
    yield f"mysql+pymysql://{user}:app-pw@localhost:3306/{name}?charset=utf8mb4"
    with _admin() as conn, conn.cursor() as cur:
        for host in ("%", "localhost"):
            cur.execute(f"DROP USER IF EXISTS '{user}'@'{host}'")


def test_an_index_is_kept_from_load_on_copies_and_the_database_is_untouched(
    tmp_path, database, app_user
):
    from perfagent.agent.steps.validate import validate_index

    name, url = database
    state = _state(tmp_path, url, app_user)
    finding, candidate = _index()
    result = validate_index(state, candidate, finding)
    p50 = next(c for c in result.changes if c.scope == "all" and c.metric == "p50_ms")
    print(
        f"\nMariaDB index on copies: {result.verdict}, kept={result.kept}; overall p50 "
        f"{p50.before:.1f} ms -> {p50.after:.1f} ms ({p50.verdict}); notes: {result.notes}"
    )
    assert result.kept and result.verdict == "faster", result.notes
    assert result.method == (
        "index on a copy of the MariaDB/MySQL database; load rounds against both copies"
    )
    assert "DATABASE_URL pointed at each copy" in result.notes[0]
    assert _indexes(name) == {"PRIMARY"}  # the user's database has no new index
    assert _rows(name) == 300_000
    assert _copies_left(name) == []  # the copies are dropped


def test_a_service_whose_env_does_not_name_the_database_keeps_the_advisor_figures(
    tmp_path, database
):
    from perfagent.agent.steps.validate import validate_index

    name, url = database
    # the app's URL names another database: perfagent cannot tell it is this one
    state = _state(tmp_path, url, "mysql+pymysql://root@127.0.0.1:3306/somewhere_else")
    finding, candidate = _index()
    result = validate_index(state, candidate, finding)
    assert not result.kept and result.method == "advisor trial (rolled back)"
    assert "names the database nowhere" in result.notes[0]
    assert result.notes[1:] == ["query time 60.00 ms -> 0.20 ms"]
    assert _copies_left(name) == []


def test_a_user_who_may_not_create_databases_keeps_the_advisor_figures_and_says_why(
    tmp_path, database
):
    from perfagent.agent.steps.validate import validate_index

    name, _ = database
    user = f"pa_ro_{uuid.uuid4().hex[:8]}"
    with _admin() as conn, conn.cursor() as cur:
        for host in ("%", "localhost"):
            cur.execute(f"CREATE USER '{user}'@'{host}' IDENTIFIED BY 'pw'")
            cur.execute(f"GRANT SELECT ON `{name}`.* TO '{user}'@'{host}'")
    try:
        url = f"mysql+pymysql://{user}:pw@127.0.0.1:3306/{name}"
        state = _state(tmp_path, url, f"mysql+pymysql://{user}:pw@127.0.0.1:3306/{name}")
        finding, candidate = _index()
        result = validate_index(state, candidate, finding)
    finally:
        with _admin() as conn, conn.cursor() as cur:
            for host in ("%", "localhost"):
                cur.execute(f"DROP USER IF EXISTS '{user}'@'{host}'")
    assert not result.kept and result.verdict == "inconclusive"
    why = result.notes[0]  # one sentence: no copy, why, and whose figures stand instead
    assert why.startswith(
        f"no trial on copies of the database (could not copy the database {name} for the trial: "
        "Access denied"
    ), why
    assert why.endswith("; the figures are the advisor's trial inside a rolled-back transaction "
                        "(median of 5, no interval)")  # fmt: skip
    assert "\n" not in why
    assert result.notes[1:] == ["query time 60.00 ms -> 0.20 ms"]
    assert _copies_left(name) == []


def _git(root: Path, *args: str) -> str:
    import subprocess

    return subprocess.run(
        ["git", "-C", str(root), "-c", "user.email=t@t.invalid", "-c", "user.name=t", *args],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def test_the_combination_measures_a_kept_index_on_copies(tmp_path, database):
    """A kept index lands on its branch as a migration file, which creates nothing while the
    service runs: the combination creates it on a copy of the MariaDB database for the after
    side, as its trial did, and the user's database stays as it was."""
    from perfagent.agent.state import Candidate, Validation
    from perfagent.agent.trial import combine_kept

    name, url = database
    state = _state(tmp_path, url, f"mysql+pymysql://root@127.0.0.1:3306/{name}")
    root = Path(state.spec.root)
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "app")
    finding, index = _index()
    state.findings.append(finding)
    comment = Candidate(id="cand:comment", finding_id="cpu:x", kind="code", title="c", change="")
    edits = {
        "cand:index": ("migrations/001_index.sql", index.change + "\n"),
        "cand:comment": ("NOTES.md", "a code change that changes nothing measurable\n"),
    }
    for candidate in (index, comment):
        path, text = edits[candidate.id]
        branch = f"perfagent/mycopy/{candidate.id[5:]}"
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
    combined = combine_kept(state)
    assert combined.candidates == ["cand:index", "cand:comment"], combined
    note = next((n for n in combined.notes if "kept index(es) created on a copy" in n), "")
    assert note.startswith(f"1 kept index(es) created on a copy of {name} "), combined.notes
    assert "(DATABASE_URL pointed at each)" in note
    # 300,000 rows scanned per request before, an index lookup after
    assert combined.verdict == "faster", [c.why for c in combined.changes]
    assert _indexes(name) == {"PRIMARY"}
    assert _copies_left(name) == []


def test_without_a_service_the_advisor_figures_stand_and_no_copy_is_made(tmp_path, database):
    from perfagent.agent.spec import load_target
    from perfagent.agent.state import EngagementState, Settings
    from perfagent.agent.steps.validate import validate_index

    name, url = database
    root = tmp_path / "target"
    root.mkdir()
    (root / "perfagent.toml").write_text(
        f'[target]\nname = "orders"\n\n[database]\nurl = "{url}"\n'
    )
    state = EngagementState(
        run_id="mycopy",
        spec=load_target(root),
        settings=Settings(report_dir=str(tmp_path / "report")),
    )
    finding, candidate = _index()
    result = validate_index(state, candidate, finding)
    assert not result.kept and result.method == "advisor trial (rolled back)"
    assert result.notes[0].startswith(
        "the database is a server and the target declares no [service] to run against a copy"
    )
    assert _copies_left(name) == []
