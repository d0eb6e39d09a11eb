"""`perfagent mcp --http` (a real server process) and the same app mounted in a FastAPI API at /mcp,
driven by the MCP SDK's own streamable HTTP client."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import threading
import time
from pathlib import Path

import anyio
import pytest
from mcp import Client
from mcp_helpers import (
    PERFAGENT,
    ROOT,
    analyze_and_compare,
    bad_arguments_then_still_serving,
    deliverables_as_resources,
    engagement_with_progress,
    free_port,
    tiny_target,
    tool_index,
)

pytestmark = pytest.mark.slow


def _wait_for_port(port: int, proc: subprocess.Popen, log: Path, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(
                f"perfagent mcp --http exited with {proc.returncode}: {log.read_text()}"
            )
        with (
            contextlib.suppress(OSError),
            socket.create_connection(("127.0.0.1", port), timeout=0.2),
        ):
            return
        time.sleep(0.1)
    raise AssertionError(f"perfagent mcp --http did not listen on {port} within {timeout_s:g} s")


@pytest.fixture
def http_server(tmp_path: Path):
    port, log = free_port(), tmp_path / "server.log"
    with log.open("w") as sink:
        proc = subprocess.Popen(
            [PERFAGENT, "mcp", "--http", "--port", str(port), "--log-level", "WARNING"],
            cwd=ROOT,
            env=os.environ.copy(),
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_for_port(port, proc, log)
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_streamable_http_structured_results_progress_and_bad_arguments(
    http_server: str, tmp_path: Path
):
    target = tiny_target(tmp_path / "tiny")

    async def scenario() -> None:
        async with Client(http_server, read_timeout_seconds=120) as client:
            tools = await tool_index(client)
            await bad_arguments_then_still_serving(client)
            await analyze_and_compare(client, tools)
            engagement = await engagement_with_progress(client, tools, target, tmp_path / "report")
            await deliverables_as_resources(client, engagement)

    anyio.run(scenario)


def test_mounted_in_a_fastapi_app_at_mcp_next_to_its_own_routes():
    """How the HTTP API mounts it: app.mount("/mcp", mcp_http_app()), its lifespan run by the
    API's."""
    import uvicorn
    from fastapi import FastAPI

    from perfagent.api.mcp_server import mcp_http_app

    mcp_app = mcp_http_app()

    @contextlib.asynccontextmanager
    async def lifespan(app):
        async with mcp_app.router.lifespan_context(mcp_app):
            yield

    api = FastAPI(lifespan=lifespan)

    @api.get("/healthz")
    def healthz() -> dict:
        return {"status": "ok"}

    api.mount("/mcp", mcp_app)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(api, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()

    async def scenario() -> None:
        import httpx

        async with httpx.AsyncClient() as http:
            assert (await http.get(f"http://127.0.0.1:{port}/healthz")).json() == {"status": "ok"}
        for url in (f"http://127.0.0.1:{port}/mcp", f"http://127.0.0.1:{port}/mcp/"):
            async with Client(url) as client:
                await tool_index(client)
                result = await client.call_tool("analyze_sql", {"sql": "SELECT * FROM orders"})
                assert not result.is_error, result.content
                assert (
                    result.structured_content["classes"][0]["findings"][0]["rule"] == "select_star"
                )

    try:
        deadline = time.monotonic() + 30
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.started, "uvicorn did not start"
        anyio.run(scenario)
    finally:
        server.should_exit = True
        thread.join(timeout=20)
