"""One module per step. Each step is a plain function ``state -> partial update``, and its
module declares it as ``STEP`` (:class:`StepSpec`): its name, the SDLC phases whose plan
runs it, its place in the order, and — only when it has them — a condition for running, a
loop back, or more steps it may hand over to. :func:`declared` finds every declaration
(no list to edit); agent/phases.py builds each phase's plan and agent/graph.py the graph
from them. Adding a step is adding its module (and its test).

:func:`step` wraps them: it times the step, emits progress events, and turns an
instrument's one-sentence error into a recorded ``StepError`` so the engagement
keeps its state and goes on with what it can still measure.

>>> [(s.name, s.order) for s in declared()][:3]
[('baseline', 10), ('profile', 20), ('prioritize', 30)]
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol, get_args

from perfagent.agent.state import EngagementState, Phase, StepError, StepName, StepRecord
from perfagent.tools.errors import PerfagentError

EVERY_PHASE: tuple[Phase, ...] = get_args(Phase)


def _emit(event: dict) -> None:
    try:
        from langgraph.config import get_stream_writer

        get_stream_writer()(event)
    except (RuntimeError, ImportError):  # called outside a graph run (tests, scripts)
        pass


class Step(Protocol):
    """A step as LangGraph calls it: ``state`` (by position or by name) -> partial update."""

    def __call__(self, state: EngagementState) -> dict: ...


Condition = Callable[[EngagementState], bool]


@dataclass(frozen=True)
class Loop:
    """A way back: after the step, to the earlier step ``to`` while ``again`` holds of the
    state (and the engagement's plan runs ``to``): validate → optimize while a candidate waits."""

    to: StepName
    again: Condition


@dataclass(frozen=True)
class StepSpec:
    """A step, and everything the phase plans and the graph need to know about it.

    Each step module declares one as ``STEP``; :func:`declared` finds them. Its edges are
    derived (agent/graph.edges): the step after it in each phase's plan that runs it, past
    a step whose ``runs_if`` may say no, its loop back, and the last step.
    """

    name: StepName
    run: Step
    # its place in every plan, lowest first (unique): the lowest starts every phase, the highest
    # ends it
    order: int
    phases: tuple[Phase, ...]  # the SDLC phases whose plan runs it
    # when it is next but this is false of the state, the plan goes on past it
    runs_if: Condition | None = None
    loop: Loop | None = None
    # more steps it may hand over to, for a plan that is no phase's
    edges: tuple[StepName, ...] = ()


def discover() -> tuple[StepSpec, ...]:
    """Every module of this package that declares a ``STEP``, checked, in their declared
    order. Helpers (``_*``) declare none; a module is named after its step."""
    found = []
    for module in pkgutil.iter_modules(__path__):
        if module.name.startswith("_"):
            continue
        spec = getattr(importlib.import_module(f"{__name__}.{module.name}"), "STEP", None)
        if isinstance(spec, StepSpec):
            if spec.name != module.name:
                raise ValueError(
                    f"agent/steps/{module.name}.py declares the step {spec.name!r}: "
                    "name the module after its step"
                )
            found.append(spec)
    return checked(found)


def checked(specs: Iterable[StepSpec]) -> tuple[StepSpec, ...]:
    """The steps in their order, once their declarations fit together: one name and one
    order each, a first and a last step every phase runs, loops and edges to known steps.

    >>> checked([StepSpec(name="a", run=lambda state: {}, order=1, phases=("testing",))])
    Traceback (most recent call last):
    ...
    ValueError: the first step, a, must run in every phase (it runs in testing)
    """
    ordered = tuple(sorted(specs, key=lambda s: s.order))
    if not ordered:
        raise ValueError("no step declares itself (agent/steps/*.py: STEP = StepSpec(...))")
    names = [s.name for s in ordered]
    for what, values in (("name", names), ("order", [s.order for s in ordered])):
        if len(set(values)) != len(values):
            raise ValueError(f"two steps declare one {what}: {', '.join(map(str, values))}")
    for where, spec in (("first", ordered[0]), ("last", ordered[-1])):
        if set(spec.phases) != set(EVERY_PHASE):
            raise ValueError(
                f"the {where} step, {spec.name}, must run in every phase "
                f"(it runs in {', '.join(spec.phases)})"
            )
    for spec in ordered:
        unknown = [
            n for n in (*spec.edges, *([spec.loop.to] if spec.loop else [])) if n not in names
        ]
        if unknown:
            raise ValueError(
                f"the step {spec.name} hands over to {', '.join(unknown)}, which no step declares"
            )
    return ordered


def declared() -> tuple[StepSpec, ...]:
    """:func:`discover`'s steps, found on first use: importing the package (for :func:`step`)
    stays light."""
    global _FOUND
    found = _FOUND
    if found is None:
        found = _FOUND = discover()
    return found


_FOUND: tuple[StepSpec, ...] | None = None


def step(name: StepName) -> Callable[[Step], Step]:
    def wrap(fn: Step) -> Step:
        @functools.wraps(fn)
        def run(state: EngagementState) -> dict:
            started = datetime.now(UTC).isoformat(timespec="seconds")
            start = time.perf_counter()
            _emit({"step": name, "event": "started"})
            try:
                update = fn(state) or {}
                status, errors = "ok", []
            except PerfagentError as exc:
                update, status = {}, "failed"
                errors = [StepError(step=name, kind=type(exc).__name__, message=str(exc))]
            summary = update.pop("_summary", "") if isinstance(update, dict) else ""
            record = StepRecord(
                step=name,
                status=status,
                started_at=started,
                duration_s=time.perf_counter() - start,
                summary=summary or (errors[0].message if errors else ""),
            )
            _emit(
                {
                    "step": name,
                    "event": "finished",
                    "status": status,
                    "summary": record.summary,
                    "duration_s": record.duration_s,
                }
            )
            return {**update, "log": [record], "errors": update.get("errors", []) + errors}

        return run

    return wrap
