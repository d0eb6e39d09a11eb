"""By-hand before/after for the index perfagent proposed but could not trial on a server:
the unchanged app (2 workers) on the seeded database vs a copy with the app's own Alembic
revision applied; one logged-in user (form token login) cycling GET /api/v1/items/ and
/users/me; rounds alternate; server CPU per request from psutil (master and workers).

    . <clone>.data/secrets.env
    psql -h 127.0.0.1 -U postgres \
        -c "CREATE DATABASE fsft_perfagent_migcopy TEMPLATE fsft_perfagent"
    (cd <a checkout with the revision>/backend && DATABASE_URL=.../fsft_perfagent_migcopy ...
        alembic upgrade head)
    perfagent's .venv/bin/python measure_index.py [rounds, default 4]
"""

import os
import statistics
import subprocess
import sys
import time

import httpx
import psutil

CLONE = "/work/real/fsft"
PORT = {"fsft_perfagent": 18931, "fsft_perfagent_migcopy": 18932}


def start(db):
    env = {
        **os.environ,
        "FASTAPI_ENV": "development",
        "PROJECT_NAME": "x",
        "DATABASE_URL": f"postgresql://postgres@127.0.0.1:5432/{db}",
        "SECRET_KEY": os.environ["FSFT_SECRET_KEY"],
        "FIRST_SUPERUSER": "admin@example.com",
        "FIRST_SUPERUSER_PASSWORD": os.environ["FSFT_SUPERUSER_PASSWORD"],
    }
    p = subprocess.Popen(
        [
            f"{CLONE}/.venv/bin/fastapi",
            "run",
            "--workers",
            "2",
            "--host",
            "127.0.0.1",
            "--port",
            str(PORT[db]),
        ],
        cwd=f"{CLONE}/backend",
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{PORT[db]}"
    for _ in range(120):
        try:
            if httpx.get(base + "/api/v1/utils/health-check/").status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.5)
    tok = httpx.post(
        base + "/api/v1/login/access-token",
        data={"username": "alice@example.org", "password": os.environ["FSFT_PASSWORD"]},
    ).json()["access_token"]
    return p, base, {"Authorization": f"Bearer {tok}"}


def cpu(p):
    procs = [psutil.Process(p.pid)] + psutil.Process(p.pid).children(recursive=True)
    return sum(x.cpu_times().user + x.cpu_times().system for x in procs)


def round_(p, base, h, seconds):
    lat = {"/api/v1/items/": [], "/api/v1/users/me": []}
    c0, end, n = cpu(p), time.monotonic() + seconds, 0
    with httpx.Client(base_url=base, headers=h) as c:
        while time.monotonic() < end:
            for path in ("/api/v1/items/", "/api/v1/items/", "/api/v1/users/me"):
                t = time.perf_counter()
                r = c.get(path)
                lat[path].append((time.perf_counter() - t) * 1000)
                assert r.status_code == 200
                n += 1
    return (
        (cpu(p) - c0) * 1000 / n,
        statistics.median(lat["/api/v1/items/"]),
        len(lat["/api/v1/items/"]),
    )


servers = {db: start(db) for db in PORT}
try:
    rows = {db: [] for db in PORT}
    for i in range(int(sys.argv[1]) if len(sys.argv) > 1 else 4):
        order = list(PORT) if i % 2 == 0 else list(reversed(PORT))
        for db in order:
            rows[db].append(round_(*servers[db], 12))
            cpu_ms, p50, n = rows[db][-1]
            print(f"{db} {i} cpu/req {cpu_ms:.1f} ms, items p50 {p50:.1f} ms, n={n}", flush=True)
    for db, r in rows.items():
        cpu_ms, p50 = statistics.median(x[0] for x in r), statistics.median(x[1] for x in r)
        print(f"{db} median cpu/req {cpu_ms:.1f} ms, median items p50 {p50:.1f} ms")
finally:
    for p, *_ in servers.values():
        p.terminate()
        p.wait(20)
