"""The target the index-on-copies tests share: an HTTP app reading ``orders`` by customer, its
spec pointed at a server database, and the advisor's index finding with its candidate."""

from __future__ import annotations

import sys
from pathlib import Path


def orders_state(tmp_path: Path, app: str, url: str, env: str, run_id: str):
    """An engagement state for ``app`` (its source) with [service] ``env`` (an inline table's
    body) and [database] ``url``: short rounds, 4 users."""
    from perfagent.agent.spec import load_target
    from perfagent.agent.state import EngagementState, Settings

    root = tmp_path / "target"
    root.mkdir()
    (root / "app.py").write_text(app)
    (root / "perfagent.toml").write_text(
        '[target]\nname = "orders"\n\n'
        f'[service]\nstart = "{sys.executable} app.py {{port}}"\nready = "/healthz"\n'
        f'host = "http://127.0.0.1:1"\nenv = {{ {env} }}\n\n'
        '[[service.endpoint]]\npath = "/orders"\n\n'
        f'[database]\nurl = "{url}"\n'
    )
    settings = Settings(
        report_dir=str(tmp_path / "report"), load_users=4, validate_rounds=2, validate_round_s=2
    )
    return EngagementState(run_id=run_id, spec=load_target(root), settings=settings)


def orders_index(ddl: str, query: str, *, on: str = "orders(customer_id,created)", **detail):
    """The advisor's finding of the index ``ddl`` ``on`` a table's columns, and the candidate
    that creates it."""
    from perfagent.agent.state import Candidate, make_finding

    table = on.split("(", 1)[0]
    finding = make_finding(
        id=f"index:{on}",
        kind="index",
        title=f"missing index on {table}",
        evidence="advisor",
        source="explain",
        detail={"ddl": ddl, "query": query, "table": table, **detail},
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
