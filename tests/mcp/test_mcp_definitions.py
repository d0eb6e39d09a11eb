"""The files that point Claude Code at the server: the subagent definition and .mcp.json."""

from __future__ import annotations

import json

import anyio
import yaml
from mcp_helpers import ROOT, TOOLS

SEED = ROOT.parent / "shared" / "seed" / "performance-engineer.md"
AGENT = ROOT / ".claude" / "agents" / "performance-engineer.md"


def _frontmatter(path) -> tuple[dict, str]:
    _, head, body = path.read_text().split("---\n", 2)
    return yaml.safe_load(head), body


def test_the_subagent_uses_the_seeds_frontmatter_and_every_tool_it_names_exists():
    from perfagent.api.mcp_server import build_server

    meta, body = _frontmatter(AGENT)
    if SEED.is_file():
        assert list(meta) == list(_frontmatter(SEED)[0]), "the seed's keys, in the seed's order"
    assert (
        meta["name"] == "performance-engineer" and meta["model"] and len(meta["description"]) > 100
    )
    named = {t.strip() for t in meta["tools"].split(",")}
    ours = {t.removeprefix("mcp__perfagent__") for t in named if t.startswith("mcp__perfagent__")}
    served = {t.name for t in anyio.run(build_server().list_tools)}
    assert ours == served == TOOLS
    assert all(f"`{tool}`" in body for tool in TOOLS), "the prompt says when to use each tool"


def test_mcp_json_starts_this_checkouts_server_over_stdio():
    server = json.loads((ROOT / ".mcp.json").read_text())["mcpServers"]["perfagent"]
    assert server["type"] == "stdio" and server["args"] == ["mcp"]
    assert (ROOT / server["command"]).is_file()
