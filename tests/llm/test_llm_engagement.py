"""Claude behind the engagement's seam: the prioritize step replays a cassette, and with
`--llm claude` but no key a whole engagement completes on the rules, saying so."""

from __future__ import annotations

from pathlib import Path

import pytest
from make_cassettes import CASSETTES, explained_state, findings, replay

from perfagent.agent import findings as measured
from perfagent.agent.engagement import start
from perfagent.agent.reasoner import claude, rules
from perfagent.agent.spec import load_target
from perfagent.agent.state import EngagementState, Settings
from perfagent.agent.steps.prioritize import prioritize

SHOP = Path(__file__).resolve().parents[2] / "examples" / "shop"


def test_the_prioritize_step_ranks_with_claude_from_a_cassette(monkeypatch):
    for name, value in {
        "PERFAGENT_LLM_MAX_TOKENS": "4096",
        "PERFAGENT_LLM_MAX_RETRIES": "0",
        "PERFAGENT_LLM_TIMEOUT_S": "60",
    }.items():  # the cassettes' settings
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(measured, "collect", lambda state: findings())  # the cassette's findings
    state = EngagementState(
        run_id="llm",
        spec=load_target(SHOP),
        settings=Settings(llm="replay", llm_cassettes=str(CASSETTES / "prioritize")),
    )
    update = prioritize(state)
    [record] = update["llm"]
    assert not record.fell_back and record.requests == 1 and record.prompt_version == "prioritize/1"
    expected, _ = claude.prioritize(findings(), llm=replay("prioritize"))
    assert [i.finding_id for i in update["plan"]] == [i.finding_id for i in expected]


def _cassette_env(monkeypatch) -> None:
    for name, value in {
        "PERFAGENT_LLM_MAX_TOKENS": "4096",
        "PERFAGENT_LLM_MAX_RETRIES": "0",
        "PERFAGENT_LLM_TIMEOUT_S": "60",
    }.items():
        monkeypatch.setenv(name, value)


def test_a_malformed_ranking_falls_back_and_the_report_says_so(monkeypatch):
    from perfagent.agent.steps.report import reasoner_lines

    _cassette_env(monkeypatch)
    monkeypatch.setattr(measured, "collect", lambda state: findings())
    state = EngagementState(
        run_id="llm",
        spec=load_target(SHOP),
        settings=Settings(llm="replay", llm_cassettes=str(CASSETTES / "prioritize_malformed")),
    )
    update = prioritize(state)
    [record] = update["llm"]
    assert record.fell_back and record.retried and record.requests == 2
    assert [i.finding_id for i in update["plan"]] == [
        i.finding_id for i in rules.prioritize(findings())
    ]
    lines = "\n".join(reasoner_lines(state.model_copy(update={"llm": [record]})))
    assert "prioritize: fell back to the rules reasoner" in lines


def test_the_report_step_asks_claude_for_the_recommendations_narrative(monkeypatch):
    from perfagent.agent.steps.report import _explain

    _cassette_env(monkeypatch)
    state = explained_state()
    state = state.model_copy(
        update={
            "settings": state.settings.model_copy(
                update={"llm": "replay", "llm_cassettes": str(CASSETTES / "explain")}
            )
        }
    )
    [record], narrative = _explain(state)
    assert not record.fell_back and "shipping_table" in narrative


@pytest.mark.slow
def test_llm_claude_without_a_key_completes_on_the_rules_and_says_so(tmp_path: Path, monkeypatch):
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    root = tmp_path / "tiny"
    root.mkdir()
    (root / "work.py").write_text(
        "def hot():\n    t = 0\n    for i in range(3_000_000):\n        t += i % 7\n    return t\n"
    )
    # a callable: cProfile counts every call, so the finding the rules rank does not depend on
    # py-spy catching a sub-second process on a busy machine (this test is about the fallback)
    (root / "perfagent.toml").write_text('[[benchmark]]\nname = "hot"\ncallable = "work:hot"\n')
    state = start(
        root,
        settings=Settings(bench_samples=2, report_dir=str(tmp_path / "r"), llm="claude"),
        checkpoint_url=str(tmp_path / "ck.sqlite"),
    )
    steps = [(r.step, r.status, r.summary) for r in state.log]
    assert state.log[-1].step == "report" and state.plan, (steps, state.errors)  # by the rules
    assert state.llm and all(r.fell_back and r.reason == "no ANTHROPIC_API_KEY" for r in state.llm)
    index = (Path(state.report_dir) / "index.md").read_text()
    assert "prioritize: fell back to the rules reasoner (no ANTHROPIC_API_KEY)" in index
