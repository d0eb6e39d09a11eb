"""One module per step. Each step is a plain function ``state -> partial update``.

:func:`step` wraps them: it times the step, emits progress events, and turns an
instrument's one-sentence error into a recorded ``StepError`` so the engagement
keeps its state and goes on with what it can still measure.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from perfagent.agent.state import EngagementState, StepError, StepName, StepRecord
from perfagent.tools.errors import PerfagentError


def _emit(event: dict) -> None:
    try:
        from langgraph.config import get_stream_writer

        get_stream_writer()(event)
    except (RuntimeError, ImportError):  # called outside a graph run (tests, scripts)
        pass


class Step(Protocol):
    """A step as LangGraph calls it: ``state`` (by position or by name) -> partial update."""

    def __call__(self, state: EngagementState) -> dict: ...


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
