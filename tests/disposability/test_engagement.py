"""The engagement runs the disposability tests only when the spec asks ([disposability]) and
only in the testing and transition phases; the results reach the deliverables."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from perfagent.agent.engagement import start
from perfagent.agent.state import Settings

WORKER = Path(__file__).resolve().parents[2] / "examples" / "worker"


@pytest.fixture
def jobs(tmp_path: Path, redis_url) -> Path:
    """The worker example with short runs."""
    root = tmp_path / "jobs"
    shutil.copytree(WORKER / "jobs", root / "jobs")
    py = sys.executable
    (root / "perfagent.toml").write_text(f'''
[target]
name = "jobs"

[[process]]
name = "worker"
archetype = "worker"
start = "{py} -m jobs.worker --url {{queue_url}} --queue {{queue}} --job-ms 2"
ready = "worker ready"
queue = {{ url = "{redis_url}", burst = 20, rate_per_s = 20, sustain_s = 2, sla_s = 1 }}

[[process]]
name = "scheduler"
archetype = "scheduler"
start = """{py} -m jobs.scheduler --url {redis_url} --namespace {{namespace}} \\
  --ttl-ms 800 --every-ms 100"""
ready = "scheduler ready"
leader = {{ url = "{redis_url}", observe_s = 2 }}

[[process]]
name = "reindex"
archetype = "admin"
start = "{py} -m jobs.admin reindex --audit-log audit.log"
audit_log = "audit.log"

[disposability]
''')
    return root


@pytest.mark.slow
def test_the_testing_phase_runs_each_archetype_and_reports_it(jobs, tmp_path):
    settings = Settings(report_dir=str(tmp_path / "r"))
    state = start(
        jobs, phase="testing", settings=settings, checkpoint_url=str(tmp_path / "ck.sqlite")
    )
    result = state.disposability
    assert result is not None, state.errors
    assert [w.bounded for w in result.workers] == [True]
    assert [s.ok for s in result.schedulers] == [True]
    assert [a.ok for a in result.admins] == [True] and result.bugs == []
    report = Path(state.report_dir)
    page = (report / "2-load-test" / "README.md").read_text()
    assert "### Workers" in page and "### Schedulers" in page and "### Admin commands" in page
    assert (report / "6-monitoring" / "disposability-alerts.yaml").is_file()
    assert "disposability.md" in (report / "index.md").read_text()


def test_other_phases_do_not_run_them(jobs, tmp_path):
    settings = Settings(report_dir=str(tmp_path / "r"))
    state = start(
        jobs, phase="elaboration", settings=settings, checkpoint_url=str(tmp_path / "ck.sqlite")
    )
    assert state.disposability is None
