"""An engagement on a FastAPI + SQLAlchemy app that counts and then pages the same rows, its
routes in a router module under a prefix: the traces name the view's lines, the window_count
recipe rewrites them, and the candidate is trialled as any code edit (the app's own tests on
its branch, then load rounds)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from perfagent.agent.engagement import start
from perfagent.agent.state import Settings
from tests.tracing.conftest import APPS, BIN


def _target(tmp_path: Path) -> Path:
    from perfagent.agent.workspace import scratch_repo

    source = tmp_path / "src"
    shutil.copytree(APPS / "paged", source)
    (source / "perfagent.toml").write_text(f'''
[target]
name = "paged"
test = "{sys.executable} -m pytest -q -p no:cacheprovider checks/check_items.py"

[service]
start = "{BIN / "uvicorn"} app.main:app --port {{port}}"
ready = "/healthz"
env = {{ APP_DB = "app.db" }}

[[service.endpoint]]
path = "/api/items/?skip=1000&limit=50"

[database]
url = "sqlite:///app.db"
''')
    return scratch_repo(source, tmp_path / "app")


@pytest.mark.heavy
def test_the_count_and_its_page_become_one_statement_trialled_like_any_edit(tmp_path):
    state = start(
        _target(tmp_path),
        settings=Settings(
            report_dir=str(tmp_path / "r"),
            load_users=2,
            load_duration_s=4,
            max_candidates=1,
            scaling_endpoints=0,
            validate_rounds=1,
            validate_round_s=3,
        ),
        checkpoint_url=str(tmp_path / "ck.sqlite"),
    )
    traces = state.traces
    assert traces is not None and traces.note is None, (traces, state.errors)
    (found,) = [f for f in traces.findings if f.rule == "duplicate_statement"]
    assert found.detail["kind"] == "count" and found.detail["function"] == "read_items"
    assert found.detail["page_at"].startswith("app/routes.py:")
    (candidate,) = [c for c in state.candidates.values() if c.recipe == "window_count"]
    assert candidate.endpoint == "GET /api/items/" and candidate.measure == "load"
    assert "func.count().over()" in candidate.change
    validation = state.validations[candidate.id]
    # the app's own tests passed on the edited copy (else: failed), then load rounds judged it
    assert validation.verdict != "failed", validation.notes
    assert validation.changes and validation.method
    page = (Path(state.report_dir) / "4-recommendations" / "README.md").read_text()
    assert "window_count" in page or "func.count().over()" in page
