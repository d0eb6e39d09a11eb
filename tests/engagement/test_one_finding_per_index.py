"""One finding per index, whichever statements recommended it, and one id per finding (CTFd:
users(banned, hidden) was recommended for the paginated users page and for its COUNT, and two
views named `listing` in two modules were one id twice)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from perfagent.agent.findings import database_findings, service_cpu_findings
from perfagent.agent.state import DatabaseReport, EngagementState
from perfagent.agent.tracing import TraceReport
from perfagent.tools.sql.models import (
    AdviceReport,
    AnalysisReport,
    IndexAdvice,
    IndexTrial,
    QueryClass,
)
from perfagent.tools.tracing.service_profile import split_by_view

FIXTURE = Path(__file__).parent / "fixtures" / "shop-state.json"
PAGE = "SELECT * FROM users WHERE banned = ? AND hidden = ? AND id IN (SELECT user_id FROM f)"
COUNT = "SELECT count(*) FROM users WHERE banned = ? AND hidden = ?"


def _trial(timed: bool) -> IndexTrial:
    return IndexTrial(
        table="users",
        columns=["banned", "hidden"],
        ddl="CREATE INDEX users_banned_hidden_idx ON users (banned, hidden)",
        method="copy",
        cost_before=100.0,
        cost_after=10.0,
        time_before_ms=1.1 if timed else None,
        time_after_ms=0.5 if timed else None,
        recommended=True,
        reason="plan cost drops 90%",
    )


def _state() -> EngagementState:
    state = EngagementState.model_validate_json(FIXTURE.read_text())
    classes = [
        QueryClass(fingerprint="page", fingerprint_id="p", sample=PAGE, calls=10, total_ms=60.0),
        QueryClass(fingerprint="count", fingerprint_id="c", sample=COUNT, calls=10, total_ms=40.0),
    ]
    state.database = DatabaseReport(
        url="sqlite:///app.db",
        source="request traces",
        analysis=AnalysisReport(source="traces", dialect="sqlite", queries=20, classes=classes),
        advice=AdviceReport(
            database="app.db",
            dialect="sqlite",
            advice=[  # the costlier statement first: it cannot be timed (no value for f's)
                IndexAdvice(query=PAGE, fingerprint="page", trials=[_trial(timed=False)]),
                IndexAdvice(query=COUNT, fingerprint="count", trials=[_trial(timed=True)]),
            ],
        ),
    )
    return state


def test_an_index_recommended_for_two_statements_is_one_finding_on_the_timed_one():
    [index] = [f for f in database_findings(_state()) if f.kind == "index"]
    assert index.detail.query == COUNT and index.detail.time_before_ms == 1.1
    assert index.impact_share_pct == 90.0  # 90% of the page's 60% and of the count's 40%
    assert "recommended for 2 statements" in index.evidence


def test_two_views_of_the_same_name_are_two_findings(tmp_path):
    root = tmp_path / "ctfd"
    serve = "handle (/venv/lib/python3.11/site-packages/gunicorn/workers/sync.py:20)"
    text = "\n".join(
        f"{serve};listing ({root}/CTFd/{module}.py:16) {n}"
        for module, n in (("scoreboard", 40), ("users", 60))
    )
    state = _state()
    state.profiles, state.traces = {}, TraceReport(service_profile=split_by_view(text, root))
    ids = [f.id for f in service_cpu_findings(state) if f.kind == "cpu_hotspot"]
    assert sorted(ids) == [
        "service_cpu:listing:listing@CTFd/scoreboard.py:16",
        "service_cpu:listing:listing@CTFd/users.py:16",
    ]
    assert max(Counter(ids).values()) == 1
