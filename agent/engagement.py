"""Run and resume engagements: the graph, the checkpointer and a thread per run."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from pathlib import Path

from perfagent.agent.checkpoint import open_checkpointer
from perfagent.agent.graph import build
from perfagent.agent.phases import PHASE_STEPS
from perfagent.agent.spec import load_target
from perfagent.agent.state import EngagementState, Phase, Settings
from perfagent.tools.errors import InputError

Listener = Callable[[dict], None]


def new_run_id(name: str) -> str:
    """A sortable, readable, unique id: ``shop-20261127-043012-9f2c``."""
    slug = "".join(ch if ch.isalnum() else "-" for ch in name.lower()).strip("-") or "target"
    return f"{slug}-{time.strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(2)}"


def start(
    target: str | Path,
    *,
    phase: Phase = "construction",
    budgets: str | Path | None = None,
    settings: Settings | None = None,
    checkpoint_url: str | None = None,
    run_id: str | None = None,
    on_event: Listener | None = None,
) -> EngagementState:
    if phase not in PHASE_STEPS:
        raise InputError(f"unknown phase {phase!r}: choose one of {', '.join(PHASE_STEPS)}")
    spec = load_target(target, budgets=budgets)
    settings = (settings or Settings()).model_copy()
    settings.report_dir = str(Path(settings.report_dir).resolve())
    from perfagent.agent.effective import resolve

    settings, plan = resolve(spec, settings)  # flags > PERFAGENT_* > perfagent.toml > defaults
    state = EngagementState(
        run_id=run_id or new_run_id(spec.name),
        spec=spec,
        phase=phase,
        steps=list(PHASE_STEPS[phase]),
        settings=settings,
        effective_plan=plan,
    )
    if on_event:
        on_event(
            {"event": "run", "run_id": state.run_id, "steps": state.steps, "plan": plan.lines()}
        )
    return _drive(state, state.run_id, checkpoint_url, on_event)


def resume(
    run_id: str, *, checkpoint_url: str | None = None, on_event: Listener | None = None
) -> EngagementState:
    """Continue ``run_id`` from its last checkpoint; a finished run is returned as it is."""
    with open_checkpointer(checkpoint_url) as saver:
        snapshot = build(saver).get_state(_config(run_id))
    if not snapshot.values:
        raise InputError(f"no engagement {run_id!r} in the checkpoint store")
    if finished(snapshot):
        return EngagementState.model_validate(snapshot.values)
    return _drive(None, run_id, checkpoint_url, on_event)


def finished(snapshot) -> bool:
    """Whether the graph has nothing left to run. ``snapshot.next`` alone is not enough: a
    step that returned but whose checkpoint was not yet written (the process killed in
    between) has its writes pending and is missing from ``next``, although its successors
    have not run — a resume applies those writes and goes on."""
    return not snapshot.next and not snapshot.tasks


def continue_from(
    state: EngagementState,
    after: str,
    *,
    checkpoint_url: str | None = None,
    on_event: Listener | None = None,
) -> EngagementState:
    """Run the rest of the graph on a state whose steps up to ``after`` are already done —
    e.g. reason again (another ``--llm``) over an earlier run's measurements, without
    measuring again. The state is checkpointed under its own run id first."""
    if after not in state.steps:
        raise InputError(
            f"{after!r} is not a step of this engagement's phase ({', '.join(state.steps)})"
        )
    with open_checkpointer(checkpoint_url) as saver:
        graph = build(saver)
        if graph.get_state(_config(state.run_id)).values:
            raise InputError(
                f"engagement {state.run_id!r} is already in the checkpoint store; give a new run id"
            )
        graph.update_state(
            _config(state.run_id),
            {name: getattr(state, name) for name in type(state).model_fields},
            as_node=after,
        )
    return _drive(None, state.run_id, checkpoint_url, on_event)


def pending(run_id: str, *, checkpoint_url: str | None = None) -> list[dict]:
    """The questions a paused engagement is waiting on (one per interrupted step)."""
    with open_checkpointer(checkpoint_url) as saver:
        snapshot = build(saver).get_state(_config(run_id))
    if not snapshot.values:
        raise InputError(f"no engagement {run_id!r} in the checkpoint store")
    return [i.value for i in snapshot.interrupts]


def decide(
    run_id: str,
    approve: bool,
    *,
    reason: str = "",
    checkpoint_url: str | None = None,
    on_event: Listener | None = None,
) -> EngagementState:
    """Answer the pending question of ``run_id`` (approve or reject the edit) and go on."""
    from langgraph.types import Command

    if not pending(run_id, checkpoint_url=checkpoint_url):
        raise InputError(f"engagement {run_id!r} is not waiting for a decision")
    return _drive(
        Command(resume={"approve": approve, "reason": reason}), run_id, checkpoint_url, on_event
    )


def load(run_id: str, *, checkpoint_url: str | None = None) -> EngagementState:
    with open_checkpointer(checkpoint_url) as saver:
        snapshot = build(saver).get_state(_config(run_id))
    if not snapshot.values:
        raise InputError(f"no engagement {run_id!r} in the checkpoint store")
    return EngagementState.model_validate(snapshot.values)


def _config(run_id: str) -> dict:
    return {"configurable": {"thread_id": run_id}}


def _drive(state, run_id: str, url: str | None, on_event: Listener | None) -> EngagementState:
    """Run the graph from ``state`` (a new state, None to resume, or a Command) until it ends
    or pauses for a decision; a pause is announced as a ``waiting`` event."""
    with open_checkpointer(url) as saver:
        graph = build(saver)
        config = _config(run_id)
        for mode, chunk in graph.stream(
            state, config, stream_mode=["custom", "updates"], durability="sync"
        ):
            if mode == "custom" and on_event:
                on_event(chunk)
            elif mode == "updates" and "__interrupt__" in chunk and on_event:
                for item in chunk["__interrupt__"]:
                    on_event({"event": "waiting", "run_id": run_id, "question": item.value})
        return EngagementState.model_validate(graph.get_state(config).values)
