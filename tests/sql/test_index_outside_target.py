"""An index on a SQLite file outside the target (CTFd's, seeded beside its clone) is not tried
on copies of the target, and the report says why in words that fit a file, not a server."""

from __future__ import annotations

import sqlite3


def test_a_sqlite_file_outside_the_target_keeps_the_advisor_figures_and_says_why(tmp_path):
    from perfagent.agent.spec import load_target
    from perfagent.agent.state import Candidate, EngagementState, Settings, make_finding
    from perfagent.agent.steps.validate import validate_index

    data = tmp_path / "app.data" / "app.db"
    data.parent.mkdir()
    with sqlite3.connect(data) as conn:
        conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, banned INT, hidden INT)")
    root = tmp_path / "app"
    root.mkdir()
    (root / "perfagent.toml").write_text(
        f'[target]\nname = "app"\n\n[database]\nurl = "sqlite:///{data}"\n'
    )
    state = EngagementState(
        run_id="outside", spec=load_target(root), settings=Settings(report_dir=str(tmp_path / "r"))
    )
    ddl = "CREATE INDEX users_banned_hidden_idx ON users (banned, hidden)"
    finding = make_finding(
        id="index:users(banned,hidden)",
        kind="index",
        title="missing index on users(banned, hidden)",
        evidence="advisor",
        source="explain",
        detail={
            "ddl": ddl,
            "query": "SELECT id FROM users WHERE banned = 0 AND hidden = 0",
            "table": "users",
            "time_before_ms": 0.14,
            "time_after_ms": 0.07,
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
    result = validate_index(state, candidate, finding)
    assert (result.verdict, result.kept) == ("inconclusive", False)
    assert result.notes[0].startswith(f"the database is a SQLite file outside the target ({data})")
    assert "server" not in result.notes[0]
    with sqlite3.connect(data) as conn:  # the user's file has no new index
        assert conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall() == []
