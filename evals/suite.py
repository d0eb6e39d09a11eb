"""A suite run: every scenario (or those named) one after another, then the scorecard
(``summary.md`` and ``summary.json`` in the output folder)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from perfagent.evals.runner import Say, run_case
from perfagent.evals.scenario import DEFAULT_SUITE, Scenario, discover
from perfagent.evals.summary import Summary, markdown, now, totals
from perfagent.evals.version import code_version, prompt_versions
from perfagent.tools.errors import InputError

REASONERS = ("rules", "replay", "claude")


def default_out(llm: str) -> Path:
    return Path("perf-report") / "eval" / llm


def run_suite(
    *,
    suite: str | Path | None = None,
    llm: str = "rules",
    only: list[str] | None = None,
    out: str | Path | None = None,
    fresh: bool = False,
    record: bool = False,
    say: Say = print,
    overrides: dict | None = None,
) -> Summary:
    if llm not in REASONERS:
        raise InputError(f"unknown reasoner {llm!r}: choose one of {', '.join(REASONERS)}")
    if record and llm != "claude":
        raise InputError("--record needs --llm claude: only live exchanges can be recorded")
    if llm == "claude" and not os.environ.get("ANTHROPIC_API_KEY"):
        if record:
            raise InputError(
                "--record needs ANTHROPIC_API_KEY: without it nothing would be recorded and the "
                "scenarios' cassettes would be replaced by nothing"
            )
        say(
            "--llm claude: no ANTHROPIC_API_KEY is set, "
            "so every step falls back to the rules reasoner"
        )
    scenarios = discover(suite, only)
    out = Path(out) if out else default_out(llm)
    if fresh:
        shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    version = code_version()
    started, results, resumed = now(), [], []
    for number, scenario in enumerate(scenarios, 1):
        say(f"[{number}/{len(scenarios)}] {scenario.name} — {scenario.area} ({scenario.phase})")
        result, ran = run_case(
            scenario,
            llm=llm,
            out=out,
            code_version=version.label,
            record=record,
            say=say,
            overrides=overrides,
        )
        if not ran:
            resumed.append(scenario.name)
        say("    " + ("(earlier result, same code) " if not ran else "") + _line(result))
        results.append(result)
    summary = Summary(
        suite=str(Path(suite or DEFAULT_SUITE)),
        reasoner=llm,
        model=_model(llm),
        commit=version.commit,
        dirty=version.dirty,
        code_version=version.label,
        prompt_versions=prompt_versions(),
        started_at=started,
        finished_at=now(),
        resumed=resumed,
        totals=totals(results),
        cases=results,
        notes=_notes(llm, scenarios),
    )
    (out / "summary.json").write_text(summary.model_dump_json(indent=2) + "\n")
    (out / "summary.md").write_text(markdown(summary))
    return summary


def _line(result) -> str:
    if result.status == "failed":
        return f"FAILED: {result.error[:160]}"
    parts = ["healthy" if result.healthy else f"detected {'yes' if result.detected else 'no'}"]
    if result.fixed is not None:
        parts.append(f"fixed {'yes' if result.fixed else 'no'}")
    if result.speedup:
        parts.append(f"{result.speedup:.2f}x")
    parts += [f"{len(result.false_alarms)} false alarm(s)", f"{result.wall_s:.0f} s"]
    return ", ".join(parts)


def _model(llm: str) -> str | None:
    if llm == "rules":
        return None
    from perfagent.evals.cassettes import PINNED_ENV
    from perfagent.tools.llm import LlmConfig

    return PINNED_ENV["PERFAGENT_LLM_MODEL"] if llm == "replay" else LlmConfig.from_env().model


def _notes(llm: str, scenarios: list[Scenario]) -> list[str]:
    if llm == "rules":
        return [
            (
                "The rules reasoner measures every scenario from scratch: baseline, profile, then "
                "prioritize, optimize and validate on a git copy of its target."
            )
        ]
    scripted = [s.name for s in scenarios if (s.cassettes / "SCRIPTED.md").is_file()]
    notes = [
        (
            "Replay and Claude runs reason over each scenario's recorded measurements (recorded/), "
            "then apply, test and measure every candidate for real (see evals/README.md)."
        )
    ]
    if llm == "replay" and scripted:
        notes.append(
            f"{len(scripted)} of {len(scenarios)} cassette folders are scripted, not recorded from "
            "Claude: the ranking is the rules reasoner's order and the edits were written by hand "
            "(answers/); token counts are estimated at 4 characters per token. These figures "
            "measure the Claude path's plumbing, not Claude."
        )
    return notes
