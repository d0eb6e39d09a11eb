"""`perfagent mcp` over stdio, driven by the MCP SDK's own client in a real subprocess."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import anyio
import pytest
from mcp import Client, StdioServerParameters
from mcp_helpers import (
    PERFAGENT,
    ROOT,
    analyze_and_compare,
    bad_arguments_then_still_serving,
    check_schema,
    deliverables_as_resources,
    engagement_with_progress,
    server_env,
    tiny_target,
    tool_index,
)

pytestmark = pytest.mark.slow


def _client() -> Client:
    return Client(
        StdioServerParameters(command=PERFAGENT, args=["mcp"], cwd=str(ROOT), env=server_env()),
        read_timeout_seconds=120,
    )


def _shop_db(path: Path) -> str:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, total REAL)")
        db.executemany(
            "INSERT INTO orders (customer_id, total) VALUES (?, ?)",
            [(i % 500, i * 0.5) for i in range(20_000)],
        )
    return f"sqlite:///{path}"


def test_stdio_structured_results_progress_resources_and_bad_arguments(tmp_path: Path):
    """One server process for the whole conversation, as an assistant would hold it."""
    database = _shop_db(tmp_path / "shop.db")
    target = tiny_target(tmp_path / "tiny")
    query = "SELECT id, total FROM orders WHERE customer_id = 42"

    async def scenario() -> None:
        async with _client() as client:
            tools = await tool_index(client)
            await bad_arguments_then_still_serving(client)
            await analyze_and_compare(client, tools)

            explained = await client.call_tool(
                "explain_query", {"query": query, "database": database}
            )
            assert not explained.is_error, explained.content
            check_schema(tools, "explain_query", explained.structured_content)
            assert "SCAN orders" in str(explained.structured_content["plan"])

            advice = await client.call_tool(
                "advise_indexes", {"queries": [query], "database": database}
            )
            assert not advice.is_error, advice.content
            check_schema(tools, "advise_indexes", advice.structured_content)
            recommended = [
                t
                for a in advice.structured_content["advice"]
                for t in a["trials"]
                if t["recommended"]
            ]
            assert recommended and recommended[0]["columns"] == ["customer_id"], (
                advice.structured_content
            )

            refused = await client.call_tool(
                "explain_query", {"query": "DELETE FROM orders", "database": database}
            )
            assert refused.is_error and "DELETE" in refused.content[0].text.upper()

            engagement = await engagement_with_progress(client, tools, target, tmp_path / "report")
            await deliverables_as_resources(client, engagement)

    anyio.run(scenario)
    with sqlite3.connect(tmp_path / "shop.db") as db:  # advice never left an index behind
        assert db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'index'").fetchone() == (
            0,
        )
