"""Shared fixtures: the real local services, and a guard for the test process.

Tests that need a server use these fixtures. Outside CI an unreachable server
skips the test with the reason; under CI=true it fails, because CI must test it.
"""

from __future__ import annotations

import os
import socket
import sys

import pytest

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1.0):
            return True
    except OSError:
        return False


def _need(name: str, host: str, port: int) -> None:
    if _reachable(host, port):
        return
    message = f"{name} is not reachable on {host}:{port}"
    if IN_CI:
        pytest.fail(message + " (CI must start it: see .ci/run)")
    pytest.skip(message)


@pytest.fixture(scope="session")
def pg_dsn() -> str:
    """A libpq URL for the local PostgreSQL ``test`` database."""
    _need("PostgreSQL", "127.0.0.1", 5432)
    return "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture(scope="session")
def mariadb_dsn() -> str:
    """A URL for the local MariaDB ``test`` database."""
    _need("MariaDB", "127.0.0.1", 3306)
    return "mysql://root@127.0.0.1:3306/test"


@pytest.fixture(scope="session")
def redis_url() -> str:
    _need("Redis", "127.0.0.1", 6379)
    return "redis://127.0.0.1:6379/0"


@pytest.fixture(autouse=True, scope="session")
def _no_locust_in_test_process():
    """Locust monkey-patches the importing process (gevent): it must only run in children."""
    yield
    assert "locust" not in sys.modules, "locust was imported into the test process"


@pytest.fixture(autouse=True)
def _private_stores(tmp_path_factory, monkeypatch):
    """Engagement history and checkpoints go to a temporary folder, never the user's home."""
    home = tmp_path_factory.getbasetemp() / "perfagent-home"
    monkeypatch.setenv("PERFAGENT_HISTORY", str(home / "history.sqlite"))
    monkeypatch.setenv("PERFAGENT_CHECKPOINTS", str(home / "checkpoints.sqlite"))
    monkeypatch.setenv("PERFAGENT_WORK", str(home / "work"))
