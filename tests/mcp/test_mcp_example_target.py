"""run_engagement on the bundled example target (examples/shop) over stdio: one progress
notification per step start and end, the shop's own benchmarks and load in the result."""

from __future__ import annotations

from pathlib import Path

import anyio
import pytest
from mcp import Client, StdioServerParameters
from mcp_helpers import PERFAGENT, ROOT, check_schema, server_env, tool_index

pytestmark = pytest.mark.slow


@pytest.mark.heavy
def test_run_engagement_on_the_example_shop_reports_progress_per_step(tmp_path: Path):
    seen: list[tuple[float, float | None, str | None]] = []

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        seen.append((progress, total, message))

    async def scenario() -> dict:
        params = StdioServerParameters(
            command=PERFAGENT, args=["mcp"], cwd=str(ROOT), env=server_env()
        )
        async with Client(params, read_timeout_seconds=300) as client:
            tools = await tool_index(client)
            result = await client.call_tool(
                "run_engagement",
                {
                    "target": str(ROOT / "examples" / "shop"),
                    "phase": "elaboration",
                    "settings": {
                        "bench_samples": 3,
                        "load_duration_s": 4,
                        "load_users": 4,
                        "report_dir": str(tmp_path / "report"),
                    },
                },
                progress_callback=on_progress,
            )
            assert not result.is_error, result.content
            check_schema(tools, "run_engagement", result.structured_content)
            return result.structured_content

    engagement = anyio.run(scenario)
    messages = [m for _, _, m in seen]
    for step in ("baseline", "monitor", "report"):
        assert f"{step} started" in messages and any(
            m.startswith(f"{step} ok in ") for m in messages
        ), messages
    assert [p for p, _, _ in seen] == sorted({p for p, _, _ in seen}) and seen[-1][:2] == (6, 6)
    assert {b["benchmark"] for b in engagement["baseline"]} == {"related", "quote"}
    assert engagement["load"] and engagement["load"][0]["rps"] > 0
    assert engagement["target"] == "shop" and len(engagement["deliverables"]) == 8
