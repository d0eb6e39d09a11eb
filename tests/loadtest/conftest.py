"""A real HTTP server (tests/loadtest/server_app.py) started as a subprocess per test."""

from __future__ import annotations

import json
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from perfagent.tools.loadtest.service import RunningService, Service

APP = Path(__file__).with_name("server_app.py")


def server_counts(base_url: str) -> dict[str, int]:
    """The server's own count of requests per path."""
    with urllib.request.urlopen(base_url + "/__stats", timeout=5) as response:
        return json.load(response)


def server_command(*args: str) -> str:
    return " ".join([sys.executable, str(APP), "--port", "{port}", *args])


@pytest.fixture
def start_server() -> Iterator:
    """``start_server("--capacity", "4")`` starts the app and stops it after the test."""
    services: list[Service] = []

    def start(*args: str) -> RunningService:
        service = Service(server_command(*args), ready="/healthz")
        services.append(service)
        return service.start()

    yield start
    for service in services:
        service.stop()


@pytest.fixture
def server(start_server) -> RunningService:
    return start_server()
