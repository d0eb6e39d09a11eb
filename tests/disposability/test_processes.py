"""Worker, scheduler and admin archetypes on the bundled example (real Redis, PostgreSQL,
subprocesses); every verdict shown failing on a deliberately broken variant."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from perfagent.tools.disposability.admin import admin_check
from perfagent.tools.disposability.scheduler import failover_test
from perfagent.tools.disposability.worker import backlog_test
from perfagent.tools.spec import ProcessSpec
from tests.disposability.conftest import WORKER

PY = sys.executable


def worker(job_ms: float, url: str, kind: str = "redis-list") -> ProcessSpec:
    return ProcessSpec(
        name="worker",
        archetype="worker",
        ready="worker ready",
        replicas=2,
        start=f"{PY} -m jobs.worker --url {{queue_url}} --queue {{queue}} --job-ms {job_ms}",
        queue={
            "kind": kind,
            "url": url,
            "sla_s": 1.0,
            "burst": 40,
            "rate_per_s": 30,
            "sustain_s": 2.5,
        },
    )


@pytest.mark.slow
def test_a_fast_consumer_keeps_the_queue_bounded_and_a_slow_one_does_not(redis_url):
    fast = backlog_test(worker(2, redis_url), cwd=WORKER, namespace="perfagent-test-fast")
    assert fast.bounded and fast.sla_ok, fast.reason
    assert fast.final_depth <= 10 and fast.completed == fast.enqueued
    assert fast.service_rate_per_s and fast.service_rate_per_s > fast.rate_per_s
    slow = backlog_test(
        worker(200, redis_url), cwd=WORKER, namespace="perfagent-test-slow"
    )  # 2 x 5 jobs/s < 30
    assert not slow.bounded and not slow.sla_ok, slow.reason
    assert slow.growth_per_s > 10 and slow.final_depth > slow.burst
    assert slow.p95_lower_bound and "unbounded" in slow.reason
    assert (
        all(0 < s < 10 for s in fast.cold_start_s + slow.cold_start_s)
        and len(fast.cold_start_s) == 2
    )


@pytest.mark.slow
@pytest.mark.postgres
def test_a_postgres_table_queue_is_read_the_same_way(pg_dsn):
    report = backlog_test(
        worker(2, pg_dsn, "postgres-table"), cwd=WORKER, namespace="perfagent-test-pg"
    )
    assert report.bounded and report.completed == report.enqueued, report.reason
    assert report.queue.startswith("postgres-table jobs_perfagent_test_pg")


def scheduler(*flags: str, url: str) -> ProcessSpec:
    return ProcessSpec(
        name="scheduler",
        archetype="scheduler",
        ready="scheduler ready",
        replicas=3,
        start=" ".join(
            [
                PY,
                "-m",
                "jobs.scheduler",
                "--url",
                url,
                "--namespace",
                "{namespace}",
                "--ttl-ms",
                "1000",
                "--every-ms",
                "100",
                *flags,
            ]
        ),
        leader={"url": url, "observe_s": 2.5, "election_sla_s": 30},
    )


@pytest.mark.slow
def test_killing_the_leader_elects_another_within_the_sla_without_running_anything_twice(redis_url):
    report = failover_test(scheduler(url=redis_url), cwd=WORKER, namespace="perfagent-test-sched")
    assert report.ok, report.reason
    assert report.new_leader not in (None, report.leader_before)
    assert 0.5 < report.reelection_s < 3.0  # the dead leader's 1 s lock has to expire first
    assert (
        report.duplicate_slots == [] and report.missed_slots > 0
    )  # the gap is visible, not hidden


@pytest.mark.slow
def test_a_scheduler_in_every_replica_is_caught_running_jobs_twice(redis_url):
    report = failover_test(
        scheduler("--no-election", url=redis_url), cwd=WORKER, namespace="perfagent-test-sched-bad"
    )
    assert not report.ok and report.duplicate_slots, report.reason
    assert "ran more than once" in report.reason


@pytest.fixture
def admin_dir(tmp_path: Path) -> Path:
    shutil.copytree(WORKER / "jobs", tmp_path / "jobs")
    return tmp_path


@pytest.mark.parametrize(
    ("flags", "ok", "why"),
    [
        ("", True, "exit code and audit entry as expected"),
        (" --no-audit", False, "left no entry in its audit log"),
        (" --fail", False, "exited with 3, not 0"),
    ],
)
def test_an_admin_command_is_checked_for_exit_code_and_audit_entry(admin_dir, flags, ok, why):
    spec = ProcessSpec(
        name="reindex",
        archetype="admin",
        audit_log="audit.log",
        start=f"{PY} -m jobs.admin reindex --audit-log audit.log{flags}",
    )
    report = admin_check(spec, cwd=admin_dir, namespace="t")
    assert report.ok is ok and why in report.reason
    assert report.first_output_s is not None and report.first_output_s < report.wall_s
