"""Real parts for the disposability tests: HAProxy from Debian, the example services as
replicas (subprocesses), Redis and PostgreSQL on loopback. Short runs: the full-length
versions are ``benchmarks/disposability.py`` (``make bench``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from perfagent.tools.disposability.cluster import WebTarget
from perfagent.tools.loadtest.plan import LoadPlan
from perfagent.tools.spec import load_spec
from tests.conftest import IN_CI

ROOT = Path(__file__).resolve().parents[2]
SHOP = ROOT / "examples" / "shop"
SESSIONS = ROOT / "examples" / "sessions"
WORKER = ROOT / "examples" / "worker"


@pytest.fixture(scope="session")
def haproxy() -> str:
    found = shutil.which("haproxy", path=os.environ.get("PATH", "") + ":/usr/sbin")
    if not found:
        if IN_CI:
            pytest.fail("HAProxy is not installed (make sysdeps)")
        pytest.skip("HAProxy is not installed (make sysdeps)")
    return found


@pytest.fixture(scope="session")
def shop(haproxy, tmp_path_factory) -> tuple[WebTarget, LoadPlan]:
    """The example shop (uvicorn, graceful on SIGTERM) on a small seeded database."""
    db = tmp_path_factory.mktemp("shop") / "shop.db"
    env = {"SHOP_DB": str(db), "SHOP_SCALE": "0.01"}
    subprocess.run(
        [sys.executable, "-m", "shop.db"],
        cwd=SHOP,
        env={**os.environ, **env},
        check=True,
        capture_output=True,
    )
    spec = load_spec(SHOP / "perfagent.toml")
    command = spec.service.start.replace("python", sys.executable, 1)
    target = WebTarget(
        command=command, ready=spec.service.ready, cwd=str(SHOP), env=env, stop_grace_s=10
    )
    return target, spec.plan("run", host="http://127.0.0.1:1", users=12)


def sessions(*flags: str, env: dict[str, str] | None = None) -> WebTarget:
    """The example cart; ``--ungraceful`` makes it exit at once on SIGTERM."""
    command = " ".join([sys.executable, "-m", "sessions", "--port", "{port}", *flags])
    return WebTarget(
        command=command, ready="/healthz", cwd=str(SESSIONS), env=env or {}, stop_grace_s=10
    )


def plan(*endpoints: dict, users: int = 12) -> LoadPlan:
    return LoadPlan(host="http://127.0.0.1:1", endpoints=list(endpoints), users=users)
