"""The engagement graph: phases gate the steps; a SIGKILLed run resumes with nothing lost or
doubled."""

from __future__ import annotations

import itertools
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from perfagent.agent.engagement import resume, start
from perfagent.agent.phases import PHASE_STEPS
from perfagent.agent.state import Settings
from perfagent.tools.errors import InputError

ROOT = Path(__file__).resolve().parents[2]

WORK = """
import sys, time
def hot():
    t = 0
    for i in range(int(sys.argv[1]) if len(sys.argv) > 1 else 200000):
        t += i % 7
    return t
if __name__ == "__main__":
    hot()
"""


@pytest.fixture
def target(tmp_path: Path) -> Path:
    root = tmp_path / "tiny"
    root.mkdir()
    (root / "work.py").write_text(WORK)
    (root / "perfagent.toml").write_text(
        '[target]\nname = "tiny"\n\n[[benchmark]]\nname = "hot"\n'
        f'command = "{sys.executable} work.py 8000000"\n'
    )
    return root


@pytest.mark.slow
@pytest.mark.parametrize("phase", list(PHASE_STEPS))
def test_each_phase_runs_exactly_its_steps(target: Path, tmp_path: Path, phase: str):
    state = start(
        target,
        phase=phase,
        settings=Settings(bench_samples=2, report_dir=str(tmp_path / "r")),
        checkpoint_url=str(tmp_path / "ck.sqlite"),
    )
    _assert_walk([r.step for r in state.log], PHASE_STEPS[phase])
    assert all(r.status == "ok" for r in state.log), state.errors
    report = Path(state.report_dir)
    assert (report / "index.md").is_file()
    if "monitor" in PHASE_STEPS[phase] and shutil.which("promtool"):
        assert state.monitoring_checks == {
            "promtool check rules": True,
            "promtool test rules": True,
        }
        assert (report / "6-monitoring" / "alerts.rules.yml").is_file()
    assert sorted(p.name for p in report.iterdir() if p.is_dir())[:8] == [
        "1-profiling",
        "2-load-test",
        "3-caching",
        "4-recommendations",
        "5-before-after",
        "6-monitoring",
        "7-database",
        "8-frontend",
    ]


def _assert_walk(steps: list[str], planned: tuple[str, ...]) -> None:
    """The planned steps in order, each once, except optimize ⇄ validate, which loop."""
    loop = ("optimize", "validate")
    assert [s for s in steps if s not in loop] == [s for s in planned if s not in loop]
    if "optimize" in planned:
        looped = [s for s in steps if s in loop]
        assert looped[0] == "optimize", looped
        assert all(a != b for a, b in itertools.pairwise(looped)), looped  # strictly alternating
    else:
        assert not any(s in loop for s in steps)


def _perfagent(*args: str, env: dict) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "perfagent.api.cli", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


@pytest.mark.slow
@pytest.mark.heavy  # over 20 s here; the kill tests (test_kill_resume) kill mid-step in make test
def test_sigkill_mid_step_then_resume_completes_without_loss_or_duplicates(
    target: Path, tmp_path: Path
):
    # Make profiling slow enough to be killed in the middle of it.
    (target / "perfagent.toml").write_text(
        '[target]\nname = "tiny"\n\n[[benchmark]]\nname = "hot"\n'
        f'command = "{sys.executable} work.py 80000000"\n'
    )
    env = {
        "PATH": os.environ["PATH"],
        "PYTHONPATH": str(ROOT),
        "COLUMNS": "200",
        "PERFAGENT_CHECKPOINTS": str(tmp_path / "ck.sqlite"),
        "HOME": str(tmp_path),
    }
    report_dir = tmp_path / "reports"
    # killed while py-spy records the benchmark (agent/crashpoint.py: SIGKILL at the step's first
    # child)
    killed = subprocess.run(
        [
            sys.executable,
            "-m",
            "perfagent.api.cli",
            "run",
            str(target),
            "--samples",
            "2",
            "--report-dir",
            str(report_dir),
            "--run-id",
            "killed-run",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**env, "PERFAGENT_CRASH_AT": "profile:mid"},
        timeout=900,
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL, (
        killed.stderr
    )  # (its "▶ profile" line may not be printed yet)

    done = subprocess.run(
        [sys.executable, "-m", "perfagent.api.cli", "resume", "killed-run"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "▶ baseline" not in done.stderr  # the finished step is not run again
    state = resume("killed-run", checkpoint_url=str(tmp_path / "ck.sqlite"))
    _assert_walk(
        [r.step for r in state.log], PHASE_STEPS["construction"]
    )  # each step once, but the loop
    for path in state.artifacts:
        assert Path(path).is_file(), path
    flamegraphs = list((report_dir / "killed-run" / "1-profiling").rglob("*.svg"))
    assert len(flamegraphs) == 1
    assert state.plan[0].finding_id == "cpu:hot:hot"  # work.py's hot() found by the resumed profile


def test_unknown_run_and_phase_are_one_sentence(target: Path, tmp_path: Path):
    with pytest.raises(InputError, match="no engagement 'nope'"):
        resume("nope", checkpoint_url=str(tmp_path / "ck.sqlite"))
    with pytest.raises(InputError, match="unknown phase 'qa'"):
        start(target, phase="qa", checkpoint_url=str(tmp_path / "ck.sqlite"))


def test_broken_spec_from_the_cli_is_one_sentence(tmp_path: Path):
    (tmp_path / "perfagent.toml").write_text('[[benchmark]]\nname = "b"\n')
    proc = subprocess.run(
        [sys.executable, "-m", "perfagent.api.cli", "run", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={
            "PATH": os.environ["PATH"],
            "PYTHONPATH": str(ROOT),
            "HOME": str(tmp_path),
            "COLUMNS": "200",
        },
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "perfagent.toml: benchmark[0]: give exactly one of command or callable" in proc.stderr


def test_a_failing_benchmark_is_recorded_and_the_engagement_goes_on(tmp_path: Path):
    root = tmp_path / "broken"
    root.mkdir()
    (root / "perfagent.toml").write_text(
        '[[benchmark]]\nname = "b"\ncommand = "exit 3"\n[frontend]\nbuild = "."\n'
    )
    state = start(
        root,
        settings=Settings(bench_samples=2, report_dir=str(tmp_path / "r")),
        checkpoint_url=str(tmp_path / "ck.sqlite"),
    )
    assert state.errors and state.errors[0].step == "baseline"
    assert "exit code 3" in state.errors[0].message
    assert state.frontend is not None  # what could be measured still was
    assert state.log[-1].step == "report" and state.log[-1].status == "ok"
    assert "exit code 3" in (Path(state.report_dir) / "index.md").read_text()


@pytest.mark.postgres
def test_postgres_checkpointer_runs_and_resumes(target: Path, tmp_path: Path, pg_dsn: str):
    run_id = f"pg-{os.getpid()}-{time.time_ns()}"
    state = start(
        target,
        phase="elaboration",
        settings=Settings(bench_samples=2, report_dir=str(tmp_path / "r")),
        checkpoint_url=pg_dsn,
        run_id=run_id,
    )
    assert [r.step for r in state.log] == list(PHASE_STEPS["elaboration"])
    again = resume(run_id, checkpoint_url=pg_dsn)  # finished: returned as it is, nothing re-run
    assert again.log == state.log


def _tree(root: Path) -> dict[str, str]:
    import hashlib

    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and ".git" not in p.parts
    }


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
    ).stdout


def _shop_repo(tmp_path: Path) -> Path:
    from perfagent.agent.workspace import scratch_repo

    return scratch_repo(ROOT / "examples" / "shop", tmp_path / "shop")


@pytest.mark.slow
@pytest.mark.heavy
def test_the_shop_engagement_names_its_cpu_and_frontend_problems(tmp_path: Path):
    shop = _shop_repo(tmp_path)
    before = (
        _tree(shop),
        _git(shop, "status", "--porcelain", "--ignored"),
        _git(shop, "rev-parse", "HEAD"),
        _git(shop, "branch", "--show-current"),
    )
    state = start(
        shop,
        settings=Settings(
            bench_samples=3,
            report_dir=str(tmp_path / "r"),
            load_duration_s=6,
            validate_rounds=2,
            validate_round_s=3,
            max_candidates=4,
        ),
        checkpoint_url=str(tmp_path / "ck.sqlite"),
    )
    after = (
        _tree(shop),
        _git(shop, "status", "--porcelain", "--ignored"),
        _git(shop, "rev-parse", "HEAD"),
        _git(shop, "branch", "--show-current"),
    )
    assert after == before  # setup, service, query log, trials and commits all happened elsewhere
    ids = [item.finding_id for item in state.plan]
    assert "cpu:related:related" in ids  # the O(n^2) de-duplication
    assert "cpu:quote:shipping_table" in ids  # the uncached pure computation
    assert any(i.startswith("frontend:unminified:app.js") for i in ids)
    assert "index:orders(customer_id,created_at)" in ids  # validated on a copy of shop.db
    assert "payload:GET /api/catalog" in ids  # megabytes of JSON without Content-Encoding
    n_plus_one = [f for f in state.findings if f.kind == "n_plus_one"]
    assert any("FROM order_items WHERE order_id" in f.title for f in n_plus_one)
    assert any("IN (" in f.detail.batched_query for f in n_plus_one)
    assert any(
        i.startswith("latency:GET /api/orders/recent") for i in ids
    )  # over its budget under load
    database_page = (Path(state.report_dir) / "7-database" / "README.md").read_text()
    assert "CREATE INDEX" in database_page and "N+1" in database_page
    monitoring = (Path(state.report_dir) / "6-monitoring" / "alerts.rules.yml").read_text()
    assert "/api/orders/recent" in monitoring and "14.4" in monitoring
    # the shop's page in headless Chromium at baseline: Web Vitals on the frontend page
    assert (
        state.page_vitals is not None
        and state.page_vitals.lcp_ms
        and state.page_vitals.transfer_bytes.median > 0
    )
    assert "LCP element:" in (Path(state.report_dir) / "8-frontend" / "README.md").read_text()
    # validate: the index, created on a copy of shop.db, is timed interleaved against the original
    index = state.validations["cand:index:orders(customer_id,created_at)"]
    query = next(c for c in index.changes if c.metric == "query_ms")
    assert index.kept and query.verdict == "faster" and query.ci_high < 0.5, query
    assert "SCAN orders" in index.plan_before and "USING INDEX" in index.plan_after
    migration = state.candidates["cand:index:orders(customer_id,created_at)"]
    assert "CREATE INDEX" in _git(
        shop, "show", f"{migration.branch}:migrations/{Path(migration.patch).stem}.sql"
    )
    assert any(
        c.scope == "GET /api/customers/42/orders" for c in index.changes
    )  # load rounds on both copies
    # code candidates: applied in worktrees, gated by the shop's tests, timed against HEAD
    memo = state.candidates["cand:cpu:quote:shipping_table:memoize"]
    assert memo.status == "kept", (memo.reason, state.validations.get(memo.id))
    assert memo.branch in _git(shop, "branch", "--list", "perfagent/*")
    assert "perfagent: cache shipping_table" in _git(shop, "log", "-1", "--format=%B", memo.branch)
    assert "lru_cache" in Path(memo.patch).read_text()
    assert state.validations[memo.id].changes[0].verdict == "faster"
    measured = [c for c in state.candidates.values() if c.status != "proposed" and c.measurable]
    assert (
        len([c for c in measured if c.status not in ("not_validated",)]) == 4
    )  # the candidate budget
    assert all(
        c.status in ("kept", "rejected", "inconclusive", "not_validated")
        for c in state.candidates.values()
    )
    page = (Path(state.report_dir) / "5-before-after" / "README.md").read_text()
    assert "KEPT" in page and "CREATE INDEX" in page and "95% CI" in page
    index_page = (Path(state.report_dir) / "index.md").read_text()
    assert "## Success metrics" in index_page and "req/s per CPU core" in index_page
    assert "% of requests within their p95 budget" in index_page
