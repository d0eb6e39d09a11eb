"""One door: the same bad input says the same one sentence through the CLI, the HTTP API, MCP
and chat, because every way in calls the same api.sdk function and only translates its error.

A real API server (uvicorn, MCP mounted at /mcp behind its tokens), the real CLI in a
subprocess, the MCP SDK's own client; no mocks.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import anyio
import httpx
import pytest
import uvicorn

from perfagent.api.server.app import create_app
from perfagent.api.server.auth import create_token
from perfagent.api.server.config import ServerConfig
from perfagent.api.server.store import Store
from tests.api.test_server_e2e import _free_port

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "400", "NO_COLOR": "1", "TERM": "dumb"}
    return subprocess.run(
        [sys.executable, "-m", "perfagent.api.cli", *args],
        check=False,
        cwd=cwd or ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _cli_error(*args: str, cwd: Path | None = None) -> str:
    """The CLI's one-sentence error (exit code 1), without its ``error:`` label."""
    result = _cli(*args, cwd=cwd)
    assert result.returncode == 1, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0].removeprefix("error: ")


@contextlib.contextmanager
def _api_with_mcp(home: Path) -> Iterator[tuple[str, str]]:
    """(base URL, token) of a real API server with MCP at /mcp, queueing jobs without running
    them."""
    from perfagent.api.mcp_server import mcp_http_app

    config = ServerConfig(home=str(home), workers=0, checkpoints=str(home / "ck.sqlite"))
    _, token = create_token(Store(config.database_url), "door")
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
    try:
        deadline = time.monotonic() + 30
        while not server.started and thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.started, "the API server did not start"
        yield f"http://127.0.0.1:{port}", token
    finally:
        server.should_exit = True
        thread.join(timeout=20)


def _mcp_errors(url: str, token: str, calls: list[tuple[str, dict]]) -> list[str]:
    """Each call's error text (the tool's name, then the sentence), through the MCP SDK's client."""
    import httpx2
    from mcp import Client
    from mcp.client.streamable_http import streamable_http_client

    async def scenario() -> list[str]:
        texts = []
        async with (
            httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=60) as http,
            Client(streamable_http_client(f"{url}/mcp/", http_client=http)) as client,
        ):
            for name, arguments in calls:
                result = await client.call_tool(name, arguments)
                assert result.is_error, (name, result.structured_content)
                texts.append(result.content[0].text)
        return texts

    return anyio.run(scenario)


def test_the_same_bad_input_is_the_same_sentence_through_every_way_in(tmp_path: Path):
    missing = str(tmp_path / "no-such-target")
    empty = tmp_path / "door-empty.sql"
    empty.write_text("\n")
    said = f"the target {missing!r} does not exist"
    no_sql = f"{empty} holds no SQL statement"

    assert _cli_error("run", missing, "--phase", "elaboration") == said
    assert _cli_error("sql", "analyze", str(empty)) == no_sql
    chat = subprocess.run(
        [
            sys.executable,
            "-m",
            "perfagent.api.cli",
            "chat",
            "--checkpoint",
            str(tmp_path / "ck.sqlite"),
        ],
        input=f"run {missing}\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert f"That did not work: {said}" in chat.stdout, chat.stdout + chat.stderr

    with _api_with_mcp(tmp_path / "home") as (url, token):
        headers = {"Authorization": f"Bearer {token}"}
        http = httpx.post(
            f"{url}/v1/engagements",
            json={"target": missing, "phase": "elaboration"},
            headers=headers,
            timeout=30,
        )
        assert http.status_code == 422, http.text
        assert http.json()["detail"] == [
            {"loc": ["body", "target"], "msg": said, "type": "value_error"}
        ]
        mcp = _mcp_errors(
            url,
            token,
            [
                ("run_engagement", {"target": missing, "phase": "elaboration"}),
                ("analyze_sql", {"path": str(empty)}),
            ],
        )
        assert mcp == [f"run_engagement: {said}", f"analyze_sql: {no_sql}"]


def test_a_bad_dialect_is_refused_by_the_sdk_for_every_caller(tmp_path: Path):
    sql = tmp_path / "door-q.sql"
    sql.write_text("SELECT id FROM orders WHERE id = 1;\n")
    from perfagent.api import sdk
    from perfagent.tools.errors import InputError

    said = "unknown SQL dialect 'oracle': choose one of postgres, mysql, mariadb, sqlite"
    with pytest.raises(InputError) as raised:
        sdk.analyze_sql(path=sql, dialect="oracle")  # type: ignore[arg-type]
    assert str(raised.value) == said
    assert _cli_error("sql", "analyze", str(sql), "--dialect", "oracle") == said
