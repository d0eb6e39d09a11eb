"""Real services started traced from tests/tracing/apps, each on its own SQLite file."""

from __future__ import annotations

import contextlib
import shutil
import sys
from pathlib import Path

import httpx
import pytest

from perfagent.tools.tracing.service import traced

APPS = Path(__file__).resolve().parent / "apps"
BIN = Path(sys.executable).parent


def gunicorn(app: str, workers: int = 2) -> str:
    # The app runs on the gunicorn of the tests' venv: another process, its own interpreter start.
    return f"{BIN / 'gunicorn'} -w {workers} -b 127.0.0.1:{{port}} {app}"


@contextlib.contextmanager
def run_traced(
    tmp_path: Path,
    command: str,
    *,
    ready: str = "/healthz",
    env: dict | None = None,
    paths: tuple[str, ...] = (),
):
    """Start the app traced, GET each of ``paths`` once, stop it; yields (svc, tracer) while up."""
    env = {"APP_DB": str(tmp_path / "app.db"), **(env or {})}
    with traced(
        command,
        ready=ready,
        cwd=APPS,
        env=env,
        out_dir=tmp_path / "spans",
        log_path=tmp_path / "service.log",
        ready_timeout_s=60,
    ) as (svc, tracer):
        with httpx.Client(base_url=svc.base_url, timeout=60, trust_env=False) as client:
            for p in paths:
                assert client.get(p).status_code == 200, p
        yield svc, tracer


@pytest.fixture(autouse=True)
def _need_gunicorn():
    if shutil.which("gunicorn", path=str(BIN)) is None:
        pytest.skip("gunicorn is not installed in this venv (pip install -e '.[dev]')")
