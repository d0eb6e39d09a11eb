"""Scripted cassettes: what replay answers for Claude, per scenario, from its recorded measurements.

There is no Claude on the machine that made them, so the answers are scripted, and say so
(``cassettes/SCRIPTED.md``): the ranking is the rules reasoner's order of the same findings
(mechanical, so replay cannot rank better than the rules by construction), and each edit
Claude is asked for is a hand-written answer in ``<scenario>/answers/propose-<function>.md``
(an answer without edit blocks is Claude declining; it is sent twice, as the reasoner
retries once, and the step falls back to the rules). The requests are the ones the real
prompt builders make for the recorded measurements, so the cassettes match byte for byte;
token counts are estimated at 4 characters per token. ``perfagent eval --llm claude
--record`` replaces a folder with real exchanges.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
from pathlib import Path

from perfagent.evals.recorded import REPLAY_BASE, recorded_text, thaw
from perfagent.evals.scenario import Scenario
from perfagent.tools.errors import InputError
from perfagent.tools.llm import DEFAULT_MODEL

# The Claude settings the cassettes are made with; a replay pins them (they are in every request).
PINNED_ENV = {
    "PERFAGENT_LLM_MODEL": DEFAULT_MODEL,
    "PERFAGENT_LLM_MAX_TOKENS": "8192",
    "PERFAGENT_LLM_PROMPT_CACHING": "true",
}
RECORDING_KEY = "sk-ant-scripted-eval-cassette-0000"  # what the recorder sees; never written
CHARS_PER_TOKEN = 4
_FUNCTION = re.compile(r'"function": "([^"]+)"')


def ranking_answer(plan: list) -> str:
    """The rules reasoner's order, in the answer format the prioritize prompt asks for."""
    return json.dumps(
        [
            {
                "finding_id": item.finding_id,
                "rank": item.rank,
                "effort": item.effort,
                "reasons": ["scripted answer: ranked as the rules reasoner ranks it"],
            }
            for item in plan
        ],
        indent=1,
    )


def propose_answer(scenario: Scenario, function: str) -> str:
    path = Path(scenario.folder) / "answers" / f"propose-{function}.md"
    if not path.is_file():
        raise InputError(
            f"{scenario.name}: Claude is asked to edit {function}, and there is no scripted "
            f"answer for it: write {path}"
        )
    return path.read_text()


def message(body: dict, text: str) -> dict:
    """A Messages API response to ``body`` answering ``text``, usage estimated from the lengths."""
    digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode() + text.encode()).hexdigest()
    return {
        "id": f"msg_eval{digest[:20]}",
        "type": "message",
        "role": "assistant",
        "model": body["model"],
        "content": [{"type": "text", "text": text}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {
            "input_tokens": len(json.dumps(body)) // CHARS_PER_TOKEN,
            "output_tokens": max(1, len(text) // CHARS_PER_TOKEN),
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 0,
        },
    }


def write(scenario: Scenario) -> int:
    """Write ``scenario``'s cassettes from its recorded measurements; the number of exchanges."""
    import httpx2

    from perfagent.agent import findings as measured
    from perfagent.agent import workspace
    from perfagent.agent.reasoner import claude, rules
    from perfagent.agent.workspace import scratch_repo
    from perfagent.evals.runner import case_settings
    from perfagent.prompts import load
    from perfagent.tools.llm import Llm, LlmConfig

    text = recorded_text(scenario)
    with tempfile.TemporaryDirectory(prefix="perfagent-cassettes-") as tmp:
        root = scratch_repo(
            scenario.target, REPLAY_BASE / scenario.name, message=f"scenario {scenario.name}"
        )
        settings = case_settings(scenario, Path(tmp), "replay", False)
        state = thaw(text, root=root, run_id=f"cassettes-{scenario.name}", settings=settings)
        found = measured.collect(state)
        plan = rules.prioritize(found)
        systems = {load("prioritize").system: "prioritize", load("propose").system: "propose"}

        def answer(request: httpx2.Request) -> httpx2.Response:
            body = json.loads(request.read())
            step = systems.get(body["system"][0]["text"])
            if step == "prioritize":
                text = ranking_answer(plan)
            elif step == "propose":
                function = _FUNCTION.search(body["messages"][0]["content"])
                text = propose_answer(
                    scenario, function.group(1).rpartition(".")[2] if function else "?"
                )
            else:
                raise InputError(
                    f"{scenario.name}: no scripted answer for a "
                    f"{body['system'][0]['text'][:40]!r} request"
                )
            return httpx2.Response(
                200, json=message(body, text), headers={"request-id": "req_eval_scripted"}
            )

        folder = scenario.cassettes
        shutil.rmtree(folder, ignore_errors=True)
        config = LlmConfig.from_env(
            PINNED_ENV, mode="claude", cassette_dir=str(folder), record=True
        )
        llm = Llm(config, api_key=RECORDING_KEY, upstream=httpx2.MockTransport(answer))
        try:
            _ask_as_the_graph_does(state, found, llm, claude, workspace)
        finally:
            workspace.remove(state)
        count = len(list(folder.glob("*.json")))
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "SCRIPTED.md").write_text(
            "# Scripted, not recorded from Claude\n\n"
            "Written by `python evals/make_cassettes.py` from `recorded/measured.json` "
            f"({count} exchange(s)).\n"
            "The ranking is the rules reasoner's order; edits come from `answers/`. "
            f"Token counts are estimated at {CHARS_PER_TOKEN} characters per token. "
            "See evals/README.md.\n"
        )
        return count


def _ask_as_the_graph_does(state, found, llm, claude, workspace) -> None:
    """The requests prioritize and optimize send, in their order (agent/steps/*.py): the
    ranking, then an edit for each best-ranked hot spot every recipe declined
    (:func:`agent.reasoner.plan.propose_plan`, which the optimize step calls)."""
    if "prioritize" not in state.steps:
        return
    from perfagent.agent.reasoner.plan import propose_plan

    ranked, _ = claude.prioritize(found, llm=llm)
    state = state.model_copy(update={"findings": found, "plan": ranked})
    propose_plan(state, root=workspace.target(state), llm=llm)
