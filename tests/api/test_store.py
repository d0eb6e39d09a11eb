"""The job queue on SQLite and on PostgreSQL: one claim per job, leases, cancel, give-up."""

from __future__ import annotations

import threading
import uuid

import pytest

from perfagent.api.server.store import Store


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path):
    if request.param == "sqlite":
        return Store(str(tmp_path / "jobs.sqlite"))
    dsn = request.getfixturevalue("pg_dsn")
    import psycopg

    schema = f"jobs_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    request.addfinalizer(lambda: _drop(dsn, schema))
    return Store(f"{dsn}?options=-csearch_path%3D{schema}")


def _drop(dsn: str, schema: str) -> None:
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


def test_many_workers_claim_every_job_exactly_once(store):
    ids = {store.enqueue("review", {"n": n}).id for n in range(40)}
    claimed: list[str] = []
    lock = threading.Lock()

    def work(name: str) -> None:
        while (job := store.claim(name, lease_s=60)) is not None:
            with lock:
                claimed.append(job.id)

    threads = [threading.Thread(target=work, args=(f"w{i}",)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(claimed) == sorted(ids)  # none twice, none missed
    assert store.counts() == {"running": 40}


def test_a_job_whose_worker_died_is_claimed_again_after_its_lease(store):
    job = store.enqueue("engagement", {}, max_attempts=2)
    assert store.claim("dead-server", lease_s=60).id == job.id
    assert store.claim("other", lease_s=60) is None  # the lease still holds
    _lease_runs_out(store, job.id, "dead-server")
    again = store.claim("restarted", lease_s=60)
    assert again.id == job.id and again.attempts == 2 and again.worker == "restarted"
    _lease_runs_out(store, job.id, "restarted")
    assert store.claim("third", lease_s=60) is None  # two attempts used: given up, with the reason
    assert store.job(job.id).status == "failed" and "gave up" in store.job(job.id).error


def _lease_runs_out(store, job_id: str, worker: str) -> None:
    """The worker's lease ends now, as if it had stopped renewing it long ago: the lease is
    moved, not waited for (a timer against a lease is a race on a loaded machine)."""
    store.heartbeat(job_id, worker, lease_s=-1)


def test_heartbeat_keeps_the_lease_and_reports_a_cancel(store):
    job = store.enqueue("review", {})
    store.claim("w", lease_s=60)
    _lease_runs_out(store, job.id, "w")
    assert store.heartbeat(job.id, "w", lease_s=60) is False  # renewed before anyone took it
    assert store.claim("thief", lease_s=60) is None
    store.cancel(job.id)
    assert store.heartbeat(job.id, "w", lease_s=60) is True


def test_cancelling_a_queued_job_stops_it_from_running(store):
    job = store.enqueue("review", {})
    assert store.cancel(job.id).status == "cancelled"
    assert store.claim("w", lease_s=60) is None


def test_finish_records_the_result_and_events_keep_their_order(store):
    job = store.enqueue("review", {})
    store.claim("w", lease_s=60)
    for n in range(3):
        store.add_event(job.stream, "progress", {"n": n})
    store.finish(job.id, "done", result={"verdict": "slower"})
    assert store.job(job.id).result == {"verdict": "slower"}
    events = store.events(job.stream)
    assert [e.data["n"] for e in events] == [0, 1, 2]
    assert [e.data["n"] for e in store.events(job.stream, after=events[0].seq)] == [1, 2]


def test_a_delivery_is_recorded_once(store):
    assert store.first_delivery("abc", "pull_request") is True
    assert store.first_delivery("abc", "pull_request") is False


def test_an_unreachable_job_database_is_one_sentence():
    from perfagent.tools.errors import ServiceError

    with pytest.raises(ServiceError, match="cannot reach the job database"):
        Store("postgresql://postgres@127.0.0.1:1/none")
