"""What the MCP tests share: a tiny target, the server's environment, schema checks."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import jsonschema

ROOT = Path(__file__).resolve().parents[2]
PERFAGENT = str(Path(sys.executable).parent / "perfagent")
TOOLS = {
    "run_engagement",
    "compare_benchmarks",
    "profile_command",
    "analyze_sql",
    "explain_query",
    "advise_indexes",
    "load_test",
    "review_change",
}
# Fast enough for a test: B does about four times A's work.
QUICK_A = f'{sys.executable} -c "sum(range(2_000_000))"'
QUICK_B = f'{sys.executable} -c "sum(range(8_000_000))"'


def server_env() -> dict[str, str]:
    """The stores the test session uses (conftest sets them), for a server in another process;
    the SDK's stdio client passes on only a safe few variables by itself."""
    env = {k: v for k, v in os.environ.items() if k.startswith("PERFAGENT_")}
    env["HOME"] = os.environ.get("HOME", "/root")
    return env


def tiny_target(root: Path) -> Path:
    root.mkdir(parents=True)
    (root / "perfagent.toml").write_text(
        '[target]\nname = "tiny"\n\n[[benchmark]]\nname = "sum"\n'
        f'command = "{sys.executable} -c \\"sum(range(200_000))\\""\n'
    )
    return root


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def check_schema(tools: dict, name: str, structured: dict) -> None:
    """The structured result matches the output schema the server declared for the tool."""
    schema = tools[name].output_schema
    assert schema, f"{name} declares no output schema"
    jsonschema.validate(structured, schema)


async def tool_index(client) -> dict:
    """list_tools, checked: every tool described for a model and declaring its output schema."""
    listed = {t.name: t for t in (await client.list_tools()).tools}
    assert TOOLS <= set(listed), f"missing tools: {TOOLS - set(listed)}"
    for tool in listed.values():
        assert len(tool.description or "") > 150, f"{tool.name} is not described for a model"
        assert tool.output_schema and tool.output_schema.get("type") == "object", tool.name
    return listed


async def analyze_and_compare(client, tools: dict) -> None:
    sql = (
        "SELECT * FROM orders WHERE lower(email) = 'a@b.c';\n"
        "SELECT * FROM orders WHERE lower(email) = 'x@y.z';\n"
        "SELECT id FROM items LIMIT 20 OFFSET 50000;"
    )
    result = await client.call_tool("analyze_sql", {"sql": sql, "dialect": "postgres"})
    assert not result.is_error, result.content
    report = result.structured_content
    check_schema(tools, "analyze_sql", report)
    assert report["queries"] == 3 and [c["calls"] for c in report["classes"]] == [
        2,
        1,
    ]  # one class, 2 calls
    rules = {f["rule"] for c in report["classes"] for f in c["findings"]}
    assert {"select_star", "non_sargable_predicate"} <= rules, rules

    result = await client.call_tool(
        "compare_benchmarks", {"a": QUICK_A, "b": QUICK_B, "samples": 4, "max_time_s": 20}
    )
    assert not result.is_error, result.content
    comparison = result.structured_content
    check_schema(tools, "compare_benchmarks", comparison)
    assert comparison["verdict"] == "slower", comparison["reason"]
    assert (
        comparison["ratio"] > 1.5
        and comparison["ci_low"] > 1.02
        and comparison["a"]["summary"]["n"] >= 4
    )


async def bad_arguments_then_still_serving(client) -> None:
    """Each bad call is an error result with one sentence naming the argument; the next call
    works."""
    cases = [
        ("analyze_sql", {"sql": "SELECT 1", "dialect": "oracle"}, ["`dialect`", "'oracle'"]),
        ("compare_benchmarks", {"a": "true"}, ["`b`", "missing"]),
        (
            "compare_benchmarks",
            {"a": "true", "b": "true", "samples": "many"},
            ["`samples`", "'many'"],
        ),
        (
            "analyze_sql",
            {"path": "/nonexistent/queries.sql"},
            ["/nonexistent/queries.sql", "does not exist"],
        ),
        (
            "load_test",
            {"host": "http://example.com", "paths": ["/"]},
            ["example.com", "allow-list"],
        ),
    ]
    for name, arguments, expected in cases:
        result = await client.call_tool(name, arguments)
        assert result.is_error, (name, arguments)
        text = result.content[0].text
        assert all(part in text for part in expected), text
        assert "\n" not in text and "Traceback" not in text, text
    result = await client.call_tool("analyze_sql", {"sql": "SELECT id FROM t"})
    assert not result.is_error and result.structured_content["queries"] == 1


async def engagement_with_progress(client, tools: dict, target: Path, report_dir: Path) -> dict:
    """run_engagement on ``target`` (elaboration): a progress notification per step start and
    end."""
    seen: list[tuple[float, float | None, str | None]] = []

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        seen.append((progress, total, message))

    result = await client.call_tool(
        "run_engagement",
        {
            "target": str(target),
            "phase": "elaboration",
            "settings": {"bench_samples": 2, "report_dir": str(report_dir)},
        },
        progress_callback=on_progress,
    )
    assert not result.is_error, result.content
    engagement = result.structured_content
    check_schema(tools, "run_engagement", engagement)
    assert [s["step"] for s in engagement["steps"]] == ["baseline", "monitor", "report"]
    messages = [m for _, _, m in seen]
    for step in ("baseline", "monitor", "report"):
        assert f"{step} started" in messages, messages
        assert any(m.startswith(f"{step} ok in ") for m in messages), messages
    values = [p for p, _, _ in seen]
    assert values == sorted(set(values)), f"progress must rise with each notification: {values}"
    assert seen[-1][:2] == (6, 6)
    assert (
        engagement["baseline"][0]["benchmark"] == "sum"
        and engagement["baseline"][0]["samples"] == 2
    )
    assert len(engagement["deliverables"]) == 8
    assert Path(engagement["index"]).is_file()
    return engagement


async def deliverables_as_resources(client, engagement: dict) -> None:
    listed = {str(r.uri) for r in (await client.list_resources()).resources}
    recommendations = next(
        d for d in engagement["deliverables"] if d["slug"] == "4-recommendations"
    )
    assert recommendations["uri"] in listed
    page = await client.read_resource(recommendations["uri"])
    assert page.contents[0].text == Path(recommendations["page"]).read_text()
    index = await client.read_resource(f"perfagent://engagements/{engagement['run_id']}/index.md")
    assert index.contents[0].text.startswith("# Performance report: tiny")
