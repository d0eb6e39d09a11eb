"""An index on a SQLite file outside the target (CTFd's, seeded beside its clone) is tried on
two copies of the file: the query timed on both, the service run against each with its env
pointed at the copy. The user's file is only read."""

from __future__ import annotations

import sqlite3
import sys
import textwrap
from pathlib import Path

import pytest
from sql_orders_trial import orders_index

pytestmark = pytest.mark.slow

APP = textwrap.dedent(
    """
    import os, sqlite3, sys
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    PATH = os.environ["DATABASE_URL"].removeprefix("sqlite:///")
    with open(os.environ["STARTS_LOG"], "a") as log:
        log.write(PATH + "\\n")

    class H(BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path.startswith("/users"):
                with sqlite3.connect(PATH) as conn:
                    rows = conn.execute(
                        "SELECT id FROM users WHERE banned = 0 AND hidden = 7"
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
DDL = "CREATE INDEX users_banned_hidden_idx ON users (banned, hidden)"


def _database(folder: Path) -> Path:
    """200,000 users, 7 of them with hidden = 7: a full scan without the index, a lookup with."""
    data = folder / "app.data" / "app.db"
    data.parent.mkdir()
    with sqlite3.connect(data) as conn:
        conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, banned INT, hidden INT)")
        conn.executemany(
            "INSERT INTO users (banned, hidden) VALUES (?, ?)",
            ((i % 2, 7 if i % 30000 == 0 else i % 5) for i in range(200_000)),
        )
    return data


def _state(folder: Path, data: Path, service: str = ""):
    from perfagent.agent.spec import load_target
    from perfagent.agent.state import EngagementState, Settings

    root = folder / "app"
    root.mkdir()
    (root / "app.py").write_text(APP)
    (root / "perfagent.toml").write_text(
        f'[target]\nname = "app"\n\n{service}[database]\nurl = "sqlite:///{data}"\n'
    )
    settings = Settings(
        report_dir=str(folder / "report"), load_users=4, validate_rounds=2, validate_round_s=2
    )
    return EngagementState(run_id="outside", spec=load_target(root), settings=settings)


def _index(query: str = "SELECT id FROM users WHERE banned = 0 AND hidden = 7"):
    return orders_index(DDL, query, on="users(banned,hidden)")


def _indexes(data: Path) -> list:
    with sqlite3.connect(data) as conn:
        return conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()


def test_the_index_is_timed_on_copies_of_the_file_and_the_users_file_is_untouched(tmp_path):
    from perfagent.agent.steps.validate import validate_index

    data = _database(tmp_path)
    finding, candidate = _index()
    result = validate_index(_state(tmp_path, data), candidate, finding)
    assert (result.verdict, result.kept) == ("faster", True), result.notes
    assert result.notes[0].startswith(f"the index created on a copy of {data} (outside the target)")
    assert "users_banned_hidden_idx" in result.plan_after
    assert "users_banned_hidden_idx" not in result.plan_before
    assert _indexes(data) == []


def test_the_service_runs_against_each_copy(tmp_path):
    from perfagent.agent.steps.validate import validate_index

    data = _database(tmp_path)
    starts = tmp_path / "starts.log"
    service = (
        f'[service]\nstart = "{sys.executable} app.py {{port}}"\nready = "/healthz"\n'
        f'env = {{ DATABASE_URL = "sqlite:///{data}", STARTS_LOG = "{starts}" }}\n\n'
        '[[service.endpoint]]\npath = "/users"\n\n'
    )
    finding, candidate = _index()
    result = validate_index(_state(tmp_path, data, service), candidate, finding)
    assert result.kept, result.notes
    assert "DATABASE_URL pointed at each copy" in result.notes[0]
    assert any(c.scope == "all" and c.metric == "p50_ms" for c in result.changes)
    served = sorted(Path(line).name for line in starts.read_text().split())
    assert served == ["after-app.db", "before-app.db"]  # each side its own copy, never the file
    assert not Path(starts.read_text().split()[0]).exists()  # the copies are removed
    assert _indexes(data) == []


def test_a_statement_traced_without_values_is_timed_with_the_columns_frequent_values(tmp_path):
    """Request traces keep no values: the trial binds each placeholder's column's most frequent
    value (the advisor's own binding) instead of failing on 'Incorrect number of bindings'."""
    from perfagent.agent.steps.validate import validate_index

    data = _database(tmp_path)
    finding, candidate = _index("SELECT id FROM users WHERE banned = ? AND hidden = ?")
    result = validate_index(_state(tmp_path, data), candidate, finding)
    assert (result.verdict, result.kept) == ("faster", True), result.notes
    [timing] = [c for c in result.changes if c.metric == "query_ms"]
    assert timing.n_before == timing.n_after == 30
    assert "users_banned_hidden_idx" in result.plan_after and _indexes(data) == []
