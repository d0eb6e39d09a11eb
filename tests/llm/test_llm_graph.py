"""Claude through the whole graph, replayed: from recorded shop measurements, prioritize ranks
with Claude, optimize asks it for an edit for the one hot spot the recipes decline (none
for those a recipe already edits), and Claude's edit passes the validate gates."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from make_cassettes import CASSETTES, REPLAY_ROOT, measured_state, recipes_without

from perfagent.agent.engagement import continue_from
from perfagent.agent.steps.baseline import _setup


@pytest.fixture
def replay_env(monkeypatch):
    for name, value in {
        "PERFAGENT_LLM_MAX_TOKENS": "4096",
        "PERFAGENT_LLM_MAX_RETRIES": "0",
        "PERFAGENT_LLM_TIMEOUT_S": "60",
    }.items():  # the settings the cassettes were made with
        monkeypatch.setenv(name, value)
    yield
    shutil.rmtree(REPLAY_ROOT, ignore_errors=True)  # the git copy and the branches made in it


@pytest.mark.slow
@pytest.mark.heavy
def test_the_graph_replays_claude_from_prioritize_through_the_validate_gates(
    tmp_path: Path, replay_env
):
    state = measured_state(run_id=f"llm-graph-{os.getpid()}-{time.time_ns()}")
    state = state.model_copy(
        update={
            "settings": state.settings.model_copy(
                update={
                    "llm": "replay",
                    "llm_cassettes": str(CASSETTES / "graph"),
                    "report_dir": str(tmp_path),
                    "max_candidates": 3,
                    "llm_explain": False,
                }
            )
        }
    )  # explain's input holds this run's timings
    _setup(state)  # the run's copy of the target, set up as the baseline step leaves it
    with recipes_without("memoize"):  # so every recipe declines shipping_table
        done = continue_from(state, "profile", checkpoint_url=str(tmp_path / "ck.sqlite"))

    assert [(r.step, r.fell_back) for r in done.llm] == [("prioritize", False), ("propose", False)]
    assert [i.finding_id for i in done.plan[:2]] == [
        "cpu:quote:shipping_table",
        "cpu:related:related",
    ]
    # related is ranked second but the membership and hoist recipes edit it: Claude is not asked
    assert {
        c.recipe for c in done.candidates.values() if c.finding_id == "cpu:related:related"
    } == {"membership", "hoist"}
    edit = done.candidates["cand:cpu:quote:shipping_table:claude"]
    assert edit.recipe == "claude" and "lru_cache" in edit.change
    assert edit.status == "kept", (
        edit.reason,
        done.validations.get(edit.id),
    )  # tests passed, faster
    assert edit.branch and Path(edit.patch).is_file()
    assert done.validations[edit.id].changes[0].verdict == "faster"
    index = (Path(done.report_dir) / "index.md").read_text()
    assert "## Reasoner" in index and "prioritize: claude" in index and "fell back" not in index
    page = (Path(done.report_dir) / "4-recommendations" / "README.md").read_text()
    declined = page.split("## Why the recipes declined", 1)[1]
    assert (
        "shipping_table takes" in declined
        and "memoize_method: shipping_table is not a method" in declined
    )
    assert "Claude: proposed an edit, **Cache the shipping table per zone**: kept." in declined
    assert "related takes" not in declined  # a recipe edited it
