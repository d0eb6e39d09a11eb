"""Claude is asked for an edit only for the top CPU hot spots every recipe declined, one each,
and the recommendations page says which hot spots the recipes declined (with their reasons)
and which got a Claude proposal. Offline, the rules do the whole job."""

from __future__ import annotations

from pathlib import Path

from make_cassettes import (
    SHOP,
    hot_finding,
    planned_state,
    quote_cents_finding,
    recipes_without,
    related_finding,
    replay,
)

from perfagent.agent.deliverables import recommendations
from perfagent.agent.reasoner import propose_plan, rules
from perfagent.agent.reasoner.plan import asked_about
from perfagent.agent.state import EngagementState
from perfagent.tools.llm import LlmRecord

SHIPPING = "cpu:quote:shipping_table"
RELATED = related_finding()
QUOTE_CENTS = quote_cents_finding()


def _page(state: EngagementState, tmp_path: Path) -> str:
    recommendations.render(state, tmp_path / "4-recommendations")
    return (tmp_path / "4-recommendations" / "README.md").read_text()


def test_claude_is_asked_only_for_the_hot_spot_the_recipes_declined(tmp_path: Path):
    state = planned_state([RELATED, hot_finding()], llm="replay")
    with recipes_without("memoize"):  # so no recipe can edit shipping_table; related keeps two
        candidates, records = propose_plan(state, root=SHOP, llm=replay("propose_declined"))

    assert [(asked_about(r), r.fell_back) for r in records] == [(SHIPPING, False)]
    claude = candidates[f"cand:{SHIPPING}:claude"]
    assert claude.recipe == "claude" and "lru_cache" in claude.change
    by_finding = {(c.finding_id, c.recipe) for c in candidates.values()}
    assert by_finding == {
        (RELATED.id, "membership"),
        (RELATED.id, "hoist"),
        (SHIPPING, None),
        (SHIPPING, "claude"),
    }
    words = candidates[f"cand:{SHIPPING}"]  # the rules' proposal in words stays, with every reason
    assert {d.split(":")[0] for d in words.declined} == {
        "memoize_method",
        "membership",
        "hoist",
        "join",
        "regex_alternation",
        "line_starts",
    }

    page = _page(state.model_copy(update={"candidates": candidates, "llm": records}), tmp_path)
    declined = page.split("## Why the recipes declined", 1)[1]
    assert "shipping_table takes 97% of quote's CPU time** (shop/pricing.py:9)" in declined
    for reason in words.declined:
        assert reason in declined
    assert "Claude: proposed an edit, **Cache the shipping table per zone**: proposed." in declined
    assert "related takes" not in declined  # a recipe wrote its edits: Claude was not asked
    assert "| Claude's edit | **proposed** |" in page


def test_claude_is_not_asked_when_a_recipe_wrote_the_edit():
    state = planned_state([hot_finding()], llm="replay")
    candidates, records = propose_plan(state, root=SHOP, llm=replay("propose_declined"))
    assert records == []
    assert [c.recipe for c in candidates.values()] == ["memoize"]


def test_one_proposal_per_declined_hot_spot_up_to_the_limit(tmp_path: Path):
    state = planned_state([hot_finding(), QUOTE_CENTS], llm="replay", llm_propose_max=1)
    with recipes_without("memoize"):  # both declined; only the best ranked is asked
        candidates, records = propose_plan(state, root=SHOP, llm=replay("propose_declined"))
    assert [asked_about(r) for r in records] == [SHIPPING]
    assert [c.id for c in candidates.values() if c.recipe == "claude"] == [
        f"cand:{SHIPPING}:claude"
    ]

    page = _page(state.model_copy(update={"candidates": candidates, "llm": records}), tmp_path)
    cents = page.split("## Why the recipes declined", 1)[1].split("quote_cents takes", 1)[1]
    assert "Claude: not asked: only the 1 best-ranked hot spots the recipes declined are" in cents


def test_offline_the_rules_do_the_whole_job(tmp_path: Path):
    findings = [RELATED, hot_finding(), QUOTE_CENTS]
    state = planned_state(findings)  # llm = rules
    with recipes_without("memoize"):
        candidates, records = propose_plan(state, root=SHOP, llm=None)
        expected = [c.id for f in findings for c in rules.propose(f, root=SHOP, state=state)]
    assert records == [] and list(candidates) == expected
    page = _page(state.model_copy(update={"candidates": candidates}), tmp_path)
    assert (
        page.count("Claude: not asked: the offline rules reasoner ran") == 2
    )  # shipping_table, quote_cents


def test_the_page_says_when_claudes_answer_could_not_be_used(tmp_path: Path):
    state = planned_state([hot_finding()], llm="replay")
    with recipes_without("memoize"):
        candidates, _ = propose_plan(state, root=SHOP, llm=None)
    record = LlmRecord(
        step="propose",
        prompt_version="propose/1",
        model="m",
        mode="replay",
        subject=SHIPPING,
    )
    record.fall_back("invalid answer after one retry: the SEARCH block does not match")
    page = _page(state.model_copy(update={"candidates": candidates, "llm": [record]}), tmp_path)
    assert (
        "Claude: asked, but its answer could not be used (invalid answer after one retry: "
        "the SEARCH block does not match)."
    ) in page
