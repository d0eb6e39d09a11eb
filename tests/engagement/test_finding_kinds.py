"""Typed findings read and write the records the dict-valued ``detail`` wrote: every kind
round-trips through JSON and the checkpointer with its evidence byte for byte, and a
checkpoint saved before the findings were typed (class ``agent.state.Finding``) loads."""

from __future__ import annotations

import json
from pathlib import Path

import ormsgpack
import pytest
from langgraph.checkpoint.serde.jsonplus import EXT_PYDANTIC_V2

from perfagent.agent.checkpoint import serializer
from perfagent.agent.finding_kinds import (
    CpuHotspot,
    Failing,
    Latency,
    NPlusOne,
    OverBudget,
    SecurityCost,
    ServiceCpu,
    SlowSql,
    Traced,
    make_finding,
)
from perfagent.agent.state import EngagementState

FIXTURE = Path(__file__).parent / "fixtures" / "shop-state.json"

# (kind, location, detail) as agent/findings.py writes them, key order included
WRITTEN = [
    (
        "cpu_hotspot",
        "shop/pricing.py:9",
        {"benchmark": "quote", "function": "shipping_table", "calls": 6},
    ),
    (
        "cpu_hotspot",
        "shop/lex.py:5",
        {
            "benchmark": "b",
            "function": "Lexer.line_offset",
            "calls": None,
            "line": 5,
            "chain": "re.match 78%",
        },
    ),
    (
        "cpu_hotspot",
        "views.py:12",
        {
            "function": "render",
            "view": "feed",
            "calls_into": ["json.dumps"],
            "benchmark": None,
            "calls": None,
        },
    ),
    (
        "security_cost",
        "/usr/lib/python3/hashlib.py:40",
        {
            "deliberate": True,
            "cpu_pct": 61.0,
            "per_call_ms": None,
            "advice": "keep the work factor",
        },
    ),
    ("latency", "GET /api/x", {"percentile": "p95", "measured_ms": 228.0, "budget_ms": 150.0}),
    (
        "latency",
        "GET /api/x",
        {"test": "spike", "error_rate": 0.02, "failures": 4, "errors": {"3": "GET /api/x: 500"}},
    ),
    (
        "latency",
        "GET /api/x",
        {
            "rule": "queueing",
            "endpoint": "GET /api/x",
            "suggestion": "",
            "query": None,
            "fingerprint": None,
            "trace_ids": ["ab"],
            "cost_ms_per_request": 0.0,
            "repeats": None,
            "client": "GET /api/x",
            "queue_ms": 80.0,
            "cause": "GET /y",
        },
    ),
    ("latency", "GET /x", {"workers": 1, "cpus": 2, "steps": [{"users": 1, "rps": 10.0}]}),
    ("n_plus_one", "SELECT 1", {"batched_query": "SELECT 1 WHERE id IN (1, 2)", "repeats": 50}),
    (
        "n_plus_one",
        "SELECT 1",
        {
            "rule": "n_plus_one",
            "endpoint": "GET /o",
            "suggestion": "batch it: x",
            "query": "SELECT 1",
            "fingerprint": "f",
            "trace_ids": [],
            "cost_ms_per_request": 9.5,
            "repeats": 40,
            "repeats_median": 40,
            "repeats_max": 40,
            "loop_ms": 9.5,
        },
    ),
    (
        "sql",
        "SELECT 2",
        {"rule": "order_by_random", "evidence": "RANDOM()", "suggestion": "s", "query": "SELECT 2"},
    ),
    ("index", "SELECT 3", {"ddl": "CREATE INDEX ix ON t (a)", "query": "SELECT 3"}),
    ("payload", "GET /c", {"body_bytes": 9000, "gzip_bytes": 900, "brotli_bytes": 800}),
    (
        "frontend",
        "app.js",
        {"rule": "unminified", "severity": "low", "saving_bytes": 65, "fix": "minify"},
    ),
    (
        "memory",
        "the service process",
        {"slope_bytes_per_s": 12.5, "growth_bytes": 1000, "rss_start_bytes": None},
    ),
    ("cache", None, {}),
]


def _state(findings, tmp_path) -> EngagementState:
    state = EngagementState.model_validate_json(
        FIXTURE.read_text().replace("{reports}", str(tmp_path))
    )
    return state.model_copy(update={"findings": findings})


def _finding(kind, location, detail):
    return make_finding(
        id=f"{kind}:{location}",
        kind=kind,
        title="t",
        location=location,
        evidence="e",
        impact_share_pct=1.0,
        source="test",
        detail=detail,
    )


@pytest.mark.parametrize(("kind", "location", "detail"), WRITTEN)
def test_every_kind_writes_what_it_read(kind, location, detail, tmp_path):
    finding = _finding(kind, location, detail)
    dumped = finding.model_dump(mode="json")
    assert json.dumps(dumped["detail"]) == json.dumps(detail)  # same keys, same order
    assert list(dumped) == [
        "id",
        "kind",
        "title",
        "location",
        "evidence",
        "impact_share_pct",
        "source",
        "detail",
    ]
    state = _state([finding], tmp_path)
    again = EngagementState.model_validate_json(state.model_dump_json())
    assert again.findings == [finding] and type(again.findings[0]) is type(finding)
    serde = serializer()
    [revived] = serde.loads_typed(serde.dumps_typed([finding]))
    assert revived == finding


def test_evidence_is_typed_per_instrument():
    cpu = _finding(*WRITTEN[2])
    assert (
        isinstance(cpu, CpuHotspot) and isinstance(cpu.detail, ServiceCpu) and cpu.benchmark is None
    )
    assert (cpu.target.path, cpu.target.line, cpu.target.function) == ("views.py", 12, "render")
    assert isinstance(_finding(*WRITTEN[3]), SecurityCost)
    kinds = [type(_finding(*w).detail) for w in WRITTEN[4:8]]
    assert kinds == [OverBudget, Failing, Traced, type(_finding(*WRITTEN[7]).detail)]
    traced = _finding(*WRITTEN[9])
    assert isinstance(traced, NPlusOne) and traced.detail.figure("loop_ms") == 9.5
    assert isinstance(_finding(*WRITTEN[10]), SlowSql)
    assert (
        isinstance(_finding(*WRITTEN[4]), Latency)
        and _finding(*WRITTEN[4]).endpoint == "GET /api/x"
    )


def test_a_checkpoint_of_untyped_findings_loads(tmp_path):
    kind, location, detail = WRITTEN[0]
    old = {
        "id": "cpu:quote:shipping_table",
        "kind": kind,
        "title": "t",
        "location": location,
        "evidence": "e",
        "impact_share_pct": 80.0,
        "source": "cprofile",
        "detail": detail,
    }
    payload = ormsgpack.packb(
        [
            ormsgpack.Ext(
                EXT_PYDANTIC_V2,
                ormsgpack.packb(("perfagent.agent.state", "Finding", old, "model_validate_json")),
            )
        ]
    )
    [loaded] = serializer().loads_typed(("msgpack", payload))
    state = EngagementState.model_validate(
        {**_state([], tmp_path).model_dump(), "findings": [loaded]}
    )
    [finding] = state.findings
    assert (
        isinstance(finding, CpuHotspot) and finding.detail.calls == 6 and finding.target.line == 9
    )
