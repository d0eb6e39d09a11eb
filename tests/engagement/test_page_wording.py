"""Page sentences that must follow the facts they describe (branches the golden state does
not reach), rendered from the golden fixture with one field changed."""

from __future__ import annotations

from pathlib import Path

from perfagent.agent.deliverables import load_test, traces
from perfagent.agent.state import EngagementState
from perfagent.tools.loadtest.results import AuthCounts
from perfagent.tools.tracing.models import TraceFinding, TraceReport

FIXTURE = Path(__file__).parent / "fixtures" / "shop-state.json"


def _state(reports: Path) -> EngagementState:
    text = FIXTURE.read_text().replace("{reports}", str(reports))
    return EngagementState.model_validate_json(text.replace("{work}", "/w").replace("{root}", "/r"))


def _logged_in(tmp_path: Path, auth: AuthCounts) -> str:
    state = _state(tmp_path)
    for result in state.load.values():
        result.auth = auth
    load_test.render(state, tmp_path / "page")
    page = (tmp_path / "page" / "README.md").read_text()
    return next(line for line in page.splitlines() if line.startswith("Logged in"))


def test_a_shared_login_is_one_login_for_the_engagement_not_one_per_user(tmp_path: Path):
    per_user = _logged_in(tmp_path, AuthCounts(kind="form", logins=4, relogins=1, expired=1))
    assert "4 login(s), one per simulated user; 1 re-login(s)" in per_user
    shared = _logged_in(tmp_path, AuthCounts(kind="form", shared=True))
    assert "one login for the whole engagement" in shared and "per simulated user;" not in shared


def _finding(**detail) -> TraceFinding:
    return TraceFinding(
        rule="write_on_get",
        endpoint="GET /ping/<uuid>",
        title="writes",
        evidence="1 INSERT per request",
        cost_ms_per_request=2.0,
        share_of_server_pct=20.0,
        requests=10,
        detail=detail,
    )


def test_a_get_that_writes_to_record_the_request_is_not_called_read_only(tmp_path: Path):
    report = TraceReport(findings=[_finding(purpose_write=True), _finding()])
    names = [name for name, _ in traces.section(report, tmp_path)["findings"]]
    assert names == [
        "write on every GET (the request records something)",
        "write on a read-only request",
    ]


def test_a_transport_gap_is_a_finding_and_a_line_under_its_scaling_table(tmp_path: Path):
    from perfagent.agent.deliverables import database
    from perfagent.agent.findings import trace_findings
    from perfagent.tools.tracing.models import ScalingResult, ScalingStep, Transport

    def probe(gap_ms: float, significant: bool) -> ScalingResult:
        return ScalingResult(
            endpoint="/fast",
            workers=1,
            cpus=2,
            steps=[ScalingStep(users=1, throughput_rps=20.0, p50_ms=43.5, efficiency=1.0)],
            serialised=False,
            verdict="GET /fast: it scales to 1 concurrent requests (efficiency 1.00)",
            transport=Transport(
                keepalive_p50_ms=43.5,
                server_p50_ms=43.5 - gap_ms,
                gap_ms=gap_ms,
                significant=significant,
                verdict=f"GET /fast alone: {gap_ms:.1f} ms is transport",
            ),
        )

    state = _state(tmp_path)
    state.traces = TraceReport(scaling=[probe(42.6, True)])
    (found,) = [f for f in trace_findings(state) if f.id.startswith("transport:")]
    assert found.title.startswith("GET /fast: 43 ms of its 44 ms at one user")
    database.render(state, tmp_path / "db")
    assert (
        "Transport: GET /fast alone: 42.6 ms is transport."
        in (tmp_path / "db" / "README.md").read_text()
    )
    state.traces = TraceReport(scaling=[probe(1.0, False)])
    assert not [f for f in trace_findings(state) if f.id.startswith("transport:")]


def test_the_kept_changes_together_get_their_own_section(tmp_path: Path):
    from perfagent.agent.deliverables import before_after
    from perfagent.agent.state import Combined
    from perfagent.tools.loadtest.compare import MetricChange

    state = _state(tmp_path)
    state.combined = Combined(
        branch="perfagent/golden/combined",
        patch=str(tmp_path / "5-before-after" / "patches" / "combined.patch"),
        candidates=["cand:cpu:related:related:membership", "cand:cpu:quote:shipping_table:memoize"],
        skipped={"cand:payload:GET /api/catalog:response_cache": "it conflicts with … shop/app.py"},
        tests="The target's tests passed with all 2 changes (3.0 s)",
        method="the service from both trees at once",
        verdict="faster",
        changes=[
            MetricChange(
                metric="p50_ms",
                scope="all",
                before=20.0,
                after=12.0,
                ratio=0.6,
                ci_low=0.55,
                ci_high=0.66,
                p_value=0.001,
                n_before=300,
                n_after=310,
                verdict="faster",
                why="",
            )
        ],
    )
    before_after.render(state, tmp_path / "ba")
    text = (tmp_path / "ba" / "README.md").read_text()
    section = text[text.index("## All kept changes together — FASTER") :]
    assert "Branch `perfagent/golden/combined` (not pushed) holds 2 kept changes" in section
    assert "[combined.patch](../5-before-after/patches/combined.patch)" in section
    assert "The target's tests passed with all 2 changes (3.0 s)." in section
    assert "| all | p50_ms | 20.00 ms | 12.00 ms | -40.0% |" in section
    assert "- left out: " in section and "it stays on its own branch" in section


def test_the_database_page_shows_traced_trials_skipped_candidates_and_no_empty_query(
    tmp_path: Path,
):
    """A traced statement (``?``, no values) is tried on a real SQLite file and the page says
    how it was bound; a candidate SQLite rejects is a line of its own; an N+1 loop that cannot
    be batched says why instead of printing an empty SQL block."""
    import sqlite3

    from perfagent.agent.deliverables import database
    from perfagent.tools.sql.advisor import advise
    from perfagent.tools.sql.db import connect
    from perfagent.tools.sql.models import LogEntry
    from perfagent.tools.sql.nplusone import detect_n_plus_one

    path = tmp_path / "ctf.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE solves (id INTEGER PRIMARY KEY, user_id INT, challenge_id INT)")
    conn.executemany(
        "INSERT INTO solves VALUES (?, ?, ?)", ((i, i % 300, i % 40) for i in range(1, 30_001))
    )
    conn.commit()
    conn.close()
    traced = "SELECT solves.id FROM solves WHERE solves.user_id = ?"
    rejected = "SELECT solves.id FROM solves WHERE solves.challenge_id = ? AND nofn(solves.id) = 1"
    loop = [
        LogEntry(sql="SELECT a FROM t WHERE t.b = ? AND t.c = ?", duration_ms=12, request_id="r1")
    ] * 6
    state = _state(tmp_path)
    assert state.database is not None
    with connect(f"sqlite:///{path}") as db:
        state.database.advice = advise(db, [traced, rejected])
    state.database.n_plus_one = detect_n_plus_one(loop, dialect="sqlite")
    database.render(state, tmp_path / "db")
    page = (tmp_path / "db" / "README.md").read_text()
    assert "```sql\n  \n  ```" not in page
    assert "No one query is written out for it: it compares 2 columns to placeholders" in page
    line = next(x for x in page.splitlines() if x.startswith("- solves(user_id): **recommended**"))
    assert "timed with solves.user_id's most frequent value (0)" in line
    assert (
        "- solves(challenge_id): not tried — SQLite rejected the statement: no such function: nofn"
        in page
    )


def test_the_database_page_says_how_many_statements_no_class_holds_and_why(tmp_path: Path):
    """A statement sqlglot cannot parse is in no class; the page counts them and shows one,
    with sqlglot's reason, instead of dropping them without a word."""
    from perfagent.agent.deliverables import database
    from perfagent.tools.sql.analyze import analyze_entries
    from perfagent.tools.sql.models import LogEntry

    entries = [LogEntry(sql="SELECT a FROM t WHERE b = %s", duration_ms=1.0)] * 3 + [
        LogEntry(sql="SELECT a FROM t WHERE (b = 1", duration_ms=1.0)
    ] * 2
    state = _state(tmp_path)
    assert state.database is not None
    state.database.analysis = analyze_entries(entries, dialect="mysql", source="traces")
    database.render(state, tmp_path / "db")
    page = (tmp_path / "db" / "README.md").read_text()
    assert "5 statements in 1 classes." in page
    line = next(x for x in page.splitlines() if "are in no class" in x)
    assert line.startswith("**2 of the 5 statements are in no class")
    assert "Expecting )" in line and "`SELECT a FROM t WHERE (b = 1`" in line
