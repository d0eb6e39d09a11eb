"""The Claude reasoner replayed from hand-written cassettes (tests/llm/make_cassettes.py)."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from make_cassettes import (
    CASSETTES,
    CHAT_ALLOW,
    CHAT_TOOLS,
    QUESTION,
    SHOP,
    explained_state,
    findings,
    hot_finding,
    replay,
    shop_state,
)

from perfagent.agent.reasoner import claude, rules
from perfagent.tools.codeedit import apply_blocks
from perfagent.tools.llm.cassette import CassetteMiss


def _module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"pricing_{abs(hash(path))}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bodies(name: str) -> list[dict]:
    return [
        json.loads(p.read_text())["request"]["body"]
        for p in sorted((CASSETTES / name).glob("*.json"))
    ]


def test_prioritize_ranks_every_finding_with_measured_figures() -> None:
    llm = replay("prioritize")
    plan, record = claude.prioritize(findings(), llm=llm)
    assert [(p.rank, p.finding_id, p.effort) for p in plan] == [
        (1, "cpu:quote:shipping_table", "low"),
        (2, "index:orders(customer_id)", "low"),
        (3, "payload:GET /api/orders/recent", "low"),
    ]
    top = plan[0]
    # The figures are the instruments', not the model's: impact and ROI from the finding.
    assert top.impact_pct == 96.8 and top.confidence == 0.9 and top.roi == round(96.8 * 0.9, 2)
    assert top.reasons[0].startswith("measured impact 96.8% (cprofile profile")
    assert "a cache removes most of its 96.8%" in top.reasons[1]
    assert not record.fell_back and not record.retried
    assert record.prompt_version == "prioritize/1" and record.model == "claude-sonnet-5-5"
    assert record.requests == 1 and len(llm.transport.served) == 1
    assert record.usage.input_tokens == 1480 and record.usage.cache_creation_input_tokens == 1210
    assert record.cost_usd == pytest.approx((1480 * 2 + 236 * 10 + 1210 * 2.5) / 1e6)
    assert "estimate" in record.cost_note


def test_prioritize_is_deterministic() -> None:
    first, _ = claude.prioritize(findings(), llm=replay("prioritize"))
    second, _ = claude.prioritize(findings(), llm=replay("prioritize"))
    assert first == second


def test_an_invalid_answer_is_sent_back_once_with_the_reason() -> None:
    llm = replay("prioritize_retry")
    plan, record = claude.prioritize(findings(), llm=llm)
    assert plan[0].finding_id == "cpu:quote:shipping_table"
    assert record.retried and not record.fell_back and record.requests == 2
    retry = _bodies("prioritize_retry")[1]["messages"]
    assert [m["role"] for m in retry] == ["user", "assistant", "user"]
    assert retry[2]["content"].startswith(
        "Your answer could not be used, for this reason:\n"
        '<data label="check">\nthe answer has no JSON'
    )


def test_a_malformed_answer_is_retried_once_then_the_rules_take_over() -> None:
    llm = replay("prioritize_malformed")
    plan, record = claude.prioritize(findings(), llm=llm)
    assert len(llm.transport.served) == 2  # the question and exactly one retry
    assert record.fell_back and record.retried
    assert record.reason.startswith(
        "invalid answer after one retry: 'cpu:quote:quote_cents' is not the id of any finding given"
    )
    assert plan == rules.prioritize(findings())
    assert record.usage.output_tokens == 21 + 30  # the failed answers were billed all the same
    assert "effort: Field required" in _bodies("prioritize_malformed")[1]["messages"][2]["content"]
    assert record.summary().startswith("prioritize: fell back to the rules reasoner (invalid")


def test_a_refusal_falls_back_and_is_still_counted() -> None:
    plan, record = claude.prioritize(findings(), llm=replay("prioritize_refusal"))
    assert record.fell_back and record.reason == "Claude declined to answer (refusal)"
    assert plan == rules.prioritize(findings())
    assert record.requests == 1 and record.usage.input_tokens == 1480


def test_propose_returns_an_edit_that_applies_to_the_shop(tmp_path: Path) -> None:
    candidates, record = claude.propose(
        hot_finding(), root=SHOP, state=shop_state(), llm=replay("propose")
    )
    assert not record.fell_back and record.prompt_version == "propose/1"
    [candidate] = candidates
    assert candidate.recipe == "claude" and candidate.kind == "code"
    assert candidate.title == "Cache the shipping table per zone"
    assert candidate.measure == "bench" and candidate.benchmark == "quote"
    assert candidate.rationale.startswith("shipping_table is pure")
    assert candidate.edit is not None and candidate.edit.files == ["shop/pricing.py"]

    copy = tmp_path / "shop"
    shutil.copytree(SHOP / "shop", copy / "shop")
    assert apply_blocks(copy, candidate.edit.blocks) == ["shop/pricing.py"]
    edited = (copy / "shop" / "pricing.py").read_text()
    assert "@functools.lru_cache(maxsize=64)" in edited and "import functools" in edited
    after, before = _module(copy / "shop" / "pricing.py"), _module(SHOP / "shop" / "pricing.py")
    assert after.quote_cents(3, 1200) == before.quote_cents(3, 1200)  # same answers as before
    table = after.shipping_table(2)
    table.append(0)  # callers get their own list, never the cached one
    assert after.shipping_table(2) == before.shipping_table(2)


def test_propose_shows_the_measurements_and_the_failing_budget() -> None:
    [body] = _bodies("propose")
    prompt = body["messages"][0]["content"]
    assert '"median": 0.0857' in prompt and '"measured_ms": 131.0' in prompt
    assert '<data label="source:shop/pricing.py">' in prompt


def test_chat_runs_an_allowed_tool_and_answers_from_it() -> None:
    llm = replay("chat")
    answer, record = claude.chat(QUESTION, tools=CHAT_TOOLS, allow=CHAT_ALLOW, llm=llm)
    assert "96.8%" in answer and "shipping_table" in answer
    assert record.tool_calls == ["top_hotspots"] and record.refused_tools == []
    assert record.requests == 2 and not record.fell_back
    first, second = _bodies("chat")
    assert [t["name"] for t in first["tools"]] == ["top_hotspots"]  # apply_edit is not offered
    assert second["messages"][1]["content"][0]["type"] == "thinking"  # echoed unchanged
    result = second["messages"][2]["content"][0]
    assert result["tool_use_id"] == "toolu_01HandWritten0000000001"
    assert result["content"].startswith(
        '<data label="tool:top_hotspots">\n[{"function": "shipping_table"'
    )


def test_chat_refuses_a_tool_outside_the_allow_list_and_records_it() -> None:
    answer, record = claude.chat(
        "Apply the cache edit for shipping_table.",
        tools=CHAT_TOOLS,
        allow=CHAT_ALLOW,
        llm=replay("chat_refused"),
    )
    assert "cannot apply edits" in answer
    assert record.tool_calls == []
    [refusal] = record.refused_tools
    assert refusal.name == "apply_edit"
    assert refusal.input == {"candidate_id": "cand:cpu:quote:shipping_table:claude"}
    assert "not allowed here (allowed: top_hotspots)" in refusal.reason
    result = _bodies("chat_refused")[1]["messages"][2]["content"][0]
    assert result["is_error"] is True
    assert result["content"].startswith("refused: the tool apply_edit")


def test_explain_writes_the_narrative_from_the_measurements() -> None:
    text, record = claude.explain(explained_state(), llm=replay("explain"))
    assert text is not None and "0.0857 s to 0.0031 s" in text
    assert record.notes == []  # every figure in it is one of the measurements
    assert not record.fell_back and record.prompt_version == "explain/1"


def test_a_request_without_a_recording_is_one_sentence_naming_hash_and_folder() -> None:
    llm = replay("prioritize")
    with pytest.raises(CassetteMiss) as caught:
        claude.prioritize(findings()[:2], llm=llm)
    message = str(caught.value)
    assert message.startswith("no recording for request ")
    assert f"in the cassette folder {CASSETTES / 'prioritize'}:" in message
    assert message.count(". ") == 0 and "\n" not in message
    key = message.split()[4]
    assert len(key) == 64 and all(c in "0123456789abcdef" for c in key)
