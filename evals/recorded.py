"""Recorded measurements: what a replay (or a Claude run) reasons over.

Claude's requests carry measured figures (impact shares, timings, byte counts), so a
cassette keyed on the request matches only the measurements it was made from. A rules run
therefore leaves ``measured.json`` in its case folder: the state after the measuring steps
(baseline, and profile in phases that have it), without anything reasoned, with the paths
of that run written as placeholders. ``python evals/make_cassettes.py --from DIR`` copies it
to ``<scenario>/recorded/`` and writes the cassettes for it; a replay fills the placeholders
with fixed paths (the paths reach the prompts inside evidence such as a database URL) and
continues the graph from the last measuring step, measuring every candidate for real.

>>> text = '{"root": "/tmp/x/target", "f": "/w/run-1/target/a.py"}'
>>> frozen = _placeholders(text, {"/w/run-1/target": "{target}", "/tmp/x/target": "{root}"})
>>> frozen
'{"root": "{root}", "f": "{target}/a.py"}'
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from perfagent.agent.state import EngagementState, Settings
from perfagent.tools.errors import InputError

# What a replay redoes or reasons anew; the rest was measured and is kept.
REASONED = (
    "findings",
    "plan",
    "candidates",
    "current_candidate",
    "validations",
    "llm",
    "monitoring",
    "monitoring_checks",
)
MEASURING_STEPS = ("baseline", "profile")
REPLAY_BASE = Path("/tmp/perfagent-eval-replay")  # fixed: the paths enter Claude's requests
RECORDED_REPORTS = REPLAY_BASE / "recorded-report"


class RecordedAbout(BaseModel):
    """recorded/about.json: where the measurements came from."""

    scenario: str
    digest: str = ""
    run_id: str = ""
    code_version: str = ""
    recorded_at: str = ""


def last_measuring_step(state: EngagementState) -> str:
    return "profile" if "profile" in state.steps else "baseline"


def freeze(state: EngagementState) -> str:
    """``state`` as recorded measurements: reasoning dropped, this run's paths as placeholders."""
    from perfagent.agent import workspace

    kept = [r for r in state.log if r.step in MEASURING_STEPS]
    errors = [e for e in state.errors if e.step in MEASURING_STEPS]
    empty = EngagementState(run_id=state.run_id, spec=state.spec)
    settings = state.settings.model_copy(update={"history_path": None})  # what it was measured with
    measured = state.model_copy(
        update={
            **{name: getattr(empty, name) for name in REASONED},
            "log": kept,
            "errors": errors,
            "settings": settings,
        }
    )
    text = measured.model_dump_json(indent=1)
    return _placeholders(
        text,
        {
            str(workspace.target_path(state)): "{target}",
            state.spec.root: "{root}",
            str(Path(state.settings.report_dir)): "{reports}",
        },
    )


def thaw(text: str, *, root: Path, run_id: str, settings: Settings) -> EngagementState:
    """Recorded measurements as a state to continue: the target at ``root`` (where its git copy
    is), a fresh ``run_id`` and this run's ``settings`` (its report folder among them). The
    recorded run's report paths (query log, plots) point under a fixed folder: they are quoted
    in evidence that reaches the prompts, and their files stayed with that run."""
    for name, value in (("{target}", root), ("{root}", root), ("{reports}", RECORDED_REPORTS)):
        text = text.replace(name, json.dumps(str(value))[1:-1])
    try:
        state = EngagementState.model_validate_json(text)
    except ValueError as exc:
        raise InputError(
            f"the recorded measurements do not load: {str(exc).splitlines()[0]}"
        ) from None
    return state.model_copy(update={"run_id": run_id, "settings": settings})


def _placeholders(text: str, paths: dict[str, str]) -> str:
    """Each path (JSON-escaped, longest first so a path inside another is not cut) → its name."""
    for path, name in sorted(paths.items(), key=lambda p: -len(p[0])):
        if path:
            text = text.replace(json.dumps(path)[1:-1], name)
    return text


def recorded_text(scenario) -> str:
    """The scenario's recorded measurements, refused when they were made from other target files."""
    if not scenario.recorded.is_file():
        raise InputError(
            f"scenario {scenario.name} has no recorded measurements ({scenario.recorded}): "
            "record them with `perfagent eval --llm rules` and `python evals/make_cassettes.py "
            "--from <its output folder>`"
        )
    about = scenario.recorded.parent / "about.json"
    made_from = json.loads(about.read_text()).get("target_digest") if about.is_file() else None
    if made_from != scenario.target_digest():
        raise InputError(
            f"the recorded measurements of {scenario.name} were made from other target files: "
            "record them again (evals/README.md, Keeping it current)"
        )
    return scenario.recorded.read_text()
