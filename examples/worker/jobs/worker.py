"""A queue consumer: ``python -m jobs.worker --url URL --queue NAME [--job-ms N]``.

With a ``redis://`` URL the queue is a Redis list: BRPOP a job, work ``--job-ms``
milliseconds, RPUSH the job with ``done_at`` to ``NAME:done``. With a
``postgresql://`` URL it is a table (id, enqueued_at, taken_at, done_at): take the
oldest row nobody took (FOR UPDATE SKIP LOCKED), work, set ``done_at``.
Prints ``worker ready`` once connected; SIGTERM finishes the job in hand, then exits.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time

stopping = False


def _stop(*_) -> None:
    global stopping
    stopping = True


def redis_loop(url: str, queue: str, job_s: float) -> None:
    import redis

    r = redis.Redis.from_url(url)
    r.ping()
    print("worker ready", flush=True)
    while not stopping:
        item = r.brpop([queue], timeout=0.5)
        if item is None:
            continue
        job = json.loads(item[1])
        time.sleep(job_s)  # the job's work
        job["done_at"] = time.time()
        r.rpush(f"{queue}:done", json.dumps(job))


def postgres_loop(url: str, table: str, job_s: float) -> None:
    import psycopg

    conn = psycopg.connect(url, autocommit=True)
    print("worker ready", flush=True)
    take = (f'UPDATE "{table}" SET taken_at = %s WHERE id = (SELECT id FROM "{table}" WHERE taken_at IS NULL '
            "ORDER BY enqueued_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id")
    while not stopping:
        row = conn.execute(take, (time.time(),)).fetchone()
        if row is None:
            time.sleep(0.02)
            continue
        time.sleep(job_s)
        conn.execute(f'UPDATE "{table}" SET done_at = %s WHERE id = %s', (time.time(), row[0]))


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m jobs.worker")
    parser.add_argument("--url", required=True)
    parser.add_argument("--queue", required=True)
    parser.add_argument("--job-ms", type=float, default=5.0, help="work per job")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, _stop)
    loop = postgres_loop if args.url.startswith("postgresql://") else redis_loop
    loop(args.url, args.queue, args.job_ms / 1000)
    sys.exit(0)


if __name__ == "__main__":
    main()
