"""Run scenarios: one folder per case, with a result (runs resume) and a transcript.

    <out>/<scenario>/result.json       the score (evals/score.py); its presence means done
    <out>/<scenario>/transcript.jsonl  every step event with its time, then the reasoner's records
    <out>/<scenario>/transcript.md     the same for people: steps, ranking, candidates, score
    <out>/<scenario>/measured.json     the measurements, for a replay (evals/recorded.py)
    <out>/<scenario>/report/<run-id>/  the engagement's eight deliverables
    <out>/<scenario>/target/           (rules) a git copy of the target: kept edits are
                                       branches here

``--llm rules`` runs the whole engagement on a git copy of the target. ``replay`` and
``claude`` continue from the scenario's recorded measurements (``recorded/measured.json``)
on a git copy at a fixed path, so Claude's requests are the ones the cassettes hold; every
candidate is still applied, tested and measured for real. A case whose result was made
from the same scenario files, reasoner and code is not run again; an engagement that was
killed resumes from its checkpoint.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
import traceback
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from perfagent.agent.state import EngagementState, Settings
from perfagent.evals.recorded import REPLAY_BASE, freeze, last_measuring_step, recorded_text, thaw
from perfagent.evals.scenario import Scenario
from perfagent.evals.score import CaseResult, failed_case, score_case
from perfagent.tools.errors import InputError, PerfagentError

Say = Callable[[str], None]

# Short settings: each case runs in about a minute on a small machine. A scenario's
# [settings] table overrides them.
EVAL_SETTINGS: dict = {
    "bench_samples": 5,
    "load_users": 8,
    "load_duration_s": 6.0,
    "validate_rounds": 2,
    "validate_round_s": 3.0,
    "max_candidates": 2,
    "compare_max_s": 12.0,
    "optimize_budget_s": 150.0,
    "soak_duration_s": 15.0,
    "llm_explain": False,  # explain's input holds this run's timings: no replay
}


def case_settings(
    scenario: Scenario, case: Path, llm: str, record: bool, overrides: dict | None = None
) -> Settings:
    values = {
        **EVAL_SETTINGS,
        **scenario.settings,
        **(overrides or {}),
        "report_dir": str(case / "report"),
        "history_path": str(case / "history.sqlite"),
        "llm": llm,
    }
    if llm in ("replay", "claude"):
        values["llm_cassettes"] = str(scenario.cassettes) if (llm == "replay" or record) else None
        values["llm_record"] = record
    return Settings.model_validate(values)


def run_case(
    scenario: Scenario,
    *,
    llm: str,
    out: Path,
    code_version: str,
    record: bool = False,
    say: Say = print,
    overrides: dict | None = None,
) -> tuple[CaseResult, bool]:
    """Run (or resume) one case; ``(result, ran)`` — ``ran`` is False when an earlier result stood.
    ``overrides`` are Settings fields over the scenario's (tests shorten runs with them)."""
    case = out / scenario.name
    result_file = case / "result.json"
    digest = scenario.digest()
    if result_file.is_file():
        old = CaseResult.model_validate_json(result_file.read_text())
        if (old.digest, old.reasoner, old.code_version) == (digest, llm, code_version):
            return old, False
    started = time.perf_counter()
    transcript = _Transcript(case / "transcript.jsonl", say)
    try:
        state = _engage(
            scenario, case, llm=llm, record=record, listener=transcript, overrides=overrides
        )
        _no_cassette_misses(state)
        if llm == "rules":
            (case / "measured.json").write_text(freeze(state))
        green = branch_tests(state, say)
        problems = check_deliverables(Path(state.report_dir))
        result = score_case(
            scenario,
            state,
            reasoner=llm,
            tests_green=green,
            deliverables_problems=problems,
            wall_s=time.perf_counter() - started + transcript.earlier_s,
        )
        result.report = str(Path(state.report_dir) / "index.md")
        transcript.close_with(state, result)
    except PerfagentError as exc:
        result = failed_case(
            scenario, reasoner=llm, error=str(exc), wall_s=time.perf_counter() - started
        )
    except Exception as exc:  # noqa: BLE001 - a crash is this case's result, not the end of the suite
        case.mkdir(parents=True, exist_ok=True)
        (case / "error.txt").write_text(traceback.format_exc())
        result = failed_case(
            scenario,
            reasoner=llm,
            wall_s=time.perf_counter() - started,
            error=f"perfagent crashed ({type(exc).__name__}: {str(exc)[:200]}); the traceback "
            f"is in {case / 'error.txt'}",
        )
    result.digest, result.target_digest, result.code_version = (
        digest,
        scenario.target_digest(),
        code_version,
    )
    result.finished_at = datetime.now(UTC).isoformat(timespec="seconds")
    result_file.write_text(result.model_dump_json(indent=2) + "\n")
    (case / "run.json").unlink(missing_ok=True)
    return result, True


def _engage(
    scenario: Scenario, case: Path, *, llm: str, record: bool, listener, overrides: dict | None
) -> EngagementState:
    from perfagent.agent import engagement

    checkpoint = str(case / "checkpoints.sqlite")
    run_file = case / "run.json"
    if run_file.is_file():  # killed mid-run: continue at the step it was in
        run = json.loads(run_file.read_text())
        if run.get("reasoner") == llm:
            listener.earlier_s = float(run.get("wall_s", 0.0))
            with _pinned_llm_env(llm):
                return engagement.resume(
                    run["run_id"], checkpoint_url=checkpoint, on_event=listener
                )
    shutil.rmtree(case, ignore_errors=True)
    case.mkdir(parents=True)
    listener.open()
    settings = case_settings(scenario, case, llm, record, overrides)
    run_id = engagement.new_run_id(f"eval-{scenario.name}")
    run_file.write_text(json.dumps({"run_id": run_id, "reasoner": llm, "started": time.time()}))
    from perfagent.agent.workspace import scratch_repo

    if llm == "rules":
        target = scratch_repo(
            scenario.target, case / "target", message=f"scenario {scenario.name}, as seeded"
        )
        return engagement.start(
            target,
            phase=scenario.phase,
            settings=settings,
            checkpoint_url=checkpoint,
            run_id=run_id,
            on_event=listener,
        )
    text = recorded_text(scenario)
    if llm == "claude" and record:
        shutil.rmtree(
            scenario.cassettes, ignore_errors=True
        )  # a recording replaces the scripted answers
    root = scratch_repo(
        scenario.target, REPLAY_BASE / scenario.name, message=f"scenario {scenario.name}"
    )
    state = thaw(text, root=root, run_id=run_id, settings=settings)
    if state.spec.target.setup:
        from perfagent.agent.steps.baseline import _setup

        _setup(state)  # the run's copy set up as the baseline step left it (a database file, say)
    with _pinned_llm_env(llm):
        return engagement.continue_from(
            state, last_measuring_step(state), checkpoint_url=checkpoint, on_event=listener
        )


def _no_cassette_misses(state: EngagementState) -> None:
    """A replay that asked something its cassettes do not hold fails the case: the step that
    asked failed and the engagement went on without it, which must not score as a run."""
    missed = [
        r for r in state.log if r.status == "failed" and "no recording for request" in r.summary
    ]
    if missed:
        raise InputError(
            f"the replay's {missed[0].step} step asked Claude something the cassettes do not hold: "
            "write them again (python evals/make_cassettes.py)"
        )


@contextlib.contextmanager
def _pinned_llm_env(llm: str) -> Iterator[None]:
    """The Claude settings the cassettes were made with (they are part of every request): a
    replay must not pick up PERFAGENT_LLM_MODEL or _MAX_TOKENS from the user's environment."""
    if llm != "replay":
        yield
        return
    from perfagent.evals.cassettes import PINNED_ENV

    saved = {k: os.environ.get(k) for k in PINNED_ENV}
    os.environ.update(PINNED_ENV)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def branch_tests(state: EngagementState, say: Say) -> dict[str, bool]:
    """The target's setup and tests on every kept branch, run here rather than taken on trust."""
    from perfagent.tools.bench.gitref import resolve, worktree
    from perfagent.tools.codeedit import run_checks
    from perfagent.tools.codeedit.worktree import locate

    green: dict[str, bool] = {}
    branches = [c.branch for c in state.candidates.values() if c.status == "kept" and c.branch]
    if not branches:
        return green
    top, rel = locate(state.spec.root)
    for branch in branches:
        try:
            sha = resolve(top, branch)
        except InputError:
            green[branch] = False
            continue
        with worktree(top, sha, prefix="perfagent-eval-") as tree:
            checks = run_checks(
                tree / rel,
                setup=state.spec.target.setup or None,
                test=state.spec.target.test or None,
                timeout_s=state.spec.target.test_timeout_s,
            )
        green[branch] = checks.ok and bool(state.spec.target.test)
        say(f"    tests on {branch}: {'pass' if green[branch] else 'FAIL: ' + checks.reason}")
    return green


def check_deliverables(report: Path) -> list[str]:
    """What is wrong with the report folder: each deliverable needs its page and a JSON file
    that parses; the index and the state must be there."""
    from perfagent.agent.deliverables import DELIVERABLES

    problems = [
        f"{name} is missing" for name in ("index.md", "state.json") if not (report / name).is_file()
    ]
    for slug, _title in DELIVERABLES:
        folder = report / slug
        page = folder / "README.md"
        if not page.is_file() or not page.read_text().strip():
            problems.append(f"{slug}: no page")
            continue
        files = sorted(folder.glob("*.json"))
        if not files:
            problems.append(f"{slug}: no JSON file")
        for file in files:
            try:
                json.loads(file.read_text())
            except ValueError as exc:
                problems.append(f"{slug}/{file.name}: not JSON ({exc})")
    return problems


class _Transcript:
    """The event stream of a case, as JSON lines with the time of each, echoed to ``say``."""

    def __init__(self, path: Path, say: Say) -> None:
        self.path, self.say = path, say
        self.t0 = time.perf_counter()
        self.earlier_s = 0.0

    def open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text("")

    def __call__(self, event: dict) -> None:
        line = {"t_s": round(time.perf_counter() - self.t0, 2), **event}
        with self.path.open("a") as fh:
            fh.write(json.dumps(line, default=str) + "\n")
        run = self.path.with_name("run.json")
        if run.is_file():  # the time spent so far survives a kill
            data = json.loads(run.read_text())
            data["wall_s"] = self.earlier_s + line["t_s"]
            run.write_text(json.dumps(data))
        if event.get("event") == "finished":
            mark = "ok" if event.get("status") == "ok" else "FAILED"
            self.say(
                f"    {event['step']:<10} {mark:<6} {event.get('duration_s', 0):6.1f} s  "
                f"{str(event.get('summary', ''))[:90]}"
            )

    def close_with(self, state: EngagementState, result: CaseResult) -> None:
        from perfagent.evals.transcript import markdown

        with self.path.open("a") as fh:
            for record in state.llm:
                fh.write(json.dumps({"event": "llm", **record.model_dump(mode="json")}) + "\n")
            fh.write(json.dumps({"event": "score", **result.model_dump(mode="json")}) + "\n")
        self.path.with_suffix(".md").write_text(markdown(state, result))
