"""The MCP endpoint mounted in the HTTP API at /mcp, behind the API's bearer tokens."""

from __future__ import annotations

import threading
import time

import anyio
import httpx
import uvicorn

from perfagent.api.server.app import create_app
from perfagent.api.server.auth import create_token
from perfagent.api.server.config import ServerConfig
from perfagent.api.server.store import Store
from tests.api.test_server_e2e import _free_port


def test_mcp_at_slash_mcp_needs_a_token_and_then_serves_the_tools(tmp_path):
    import httpx2
    from mcp import Client
    from mcp.client.streamable_http import streamable_http_client

    from perfagent.api.mcp_server import mcp_http_app

    config = ServerConfig(home=str(tmp_path), workers=0)
    _, token = create_token(Store(config.database_url), "mcp")
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(config, mounts={"/mcp": mcp_http_app()}),
            host="127.0.0.1",
            port=port,
            log_level="warning",
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}/mcp/"

    async def scenario(url: str) -> list[str]:
        async with (
            httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=30) as http,
            Client(streamable_http_client(url, http_client=http)) as client,
        ):
            names = [t.name for t in (await client.list_tools()).tools]
            result = await client.call_tool("analyze_sql", {"sql": "SELECT * FROM orders"})
            assert result.structured_content["classes"][0]["findings"][0]["rule"] == "select_star"
            return names

    try:
        deadline = time.monotonic() + 30
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        refused = httpx.post(url, json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
        assert refused.status_code == 401
        no_slash = httpx.post(
            url.rstrip("/"), json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"}
        )
        assert no_slash.status_code == 401  # the mount itself answers, not a 307 to /mcp/
        assert httpx.get(f"http://127.0.0.1:{port}/healthz").status_code == 200  # the API beside it
        assert "analyze_sql" in anyio.run(scenario, url)
        assert "analyze_sql" in anyio.run(
            scenario, url.rstrip("/")
        )  # POST /mcp, as clients are configured
    finally:
        server.should_exit = True
        thread.join(timeout=20)
