"""Crash points for the kill tests: ``PERFAGENT_CRASH_AT=<step>:<point>[:<n>]``.

With the variable set, the engagement SIGKILLs its own process (no handler, no
``finally``: what a power cut or the OOM killer does) the ``n``-th time (default 1)
it reaches ``point`` of ``step``:

- ``start``: the step began, nothing of it done (the previous step's checkpoint is
  committed: the boundary);
- ``mid``: while the step has a child process running (a benchmark, py-spy, a
  service, promtool, git), or at a step's own marked middle (the report, half its
  pages written);
- ``end``: the step's work is done and returned, nothing of it written yet;
- ``saved``: the step's writes are saved with the checkpointer but the next
  checkpoint is not (LangGraph's pending writes: the state a resume must finish).

Unset (always, outside tests) every call here is a dictionary lookup and nothing else.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections import Counter
from collections.abc import Iterator

ENV = "PERFAGENT_CRASH_AT"
POINTS = ("start", "mid", "end", "saved")

_reached: Counter = Counter()
_armed: set[str] = set()  # steps whose middle kills the process


def _target() -> tuple[str, str, int] | None:
    raw = os.environ.get(ENV)
    if not raw:
        return None
    step, point, *n = raw.split(":")
    if point not in POINTS:
        raise ValueError(f"{ENV}={raw!r}: the point is one of {', '.join(POINTS)}")
    return step, point, int(n[0]) if n else 1


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def reached(step: str, point: str) -> None:
    """Kill the process if this is the configured crash point."""
    target = _target()
    if target is None:
        return
    if point == "mid":
        if step in _armed:
            die()
        return
    if target[:2] == (step, point):
        _reached[(step, point)] += 1
        if _reached[(step, point)] == target[2]:
            die()


@contextlib.contextmanager
def around(step: str) -> Iterator[None]:
    """The start and mid crash points of one run of ``step``; the end is :func:`reached`
    by the caller once the step returned."""
    target = _target()
    if target is None:
        yield
        return
    reached(step, "start")
    done = threading.Event()
    if target[:2] == (step, "mid"):
        _reached[(step, "mid")] += 1
        if _reached[(step, "mid")] == target[2]:
            _armed.add(step)
            threading.Thread(target=_on_first_child, args=(done,), daemon=True).start()
    try:
        yield
    finally:
        done.set()
        _armed.discard(step)


def _on_first_child(done: threading.Event) -> None:
    import psutil

    me = psutil.Process()
    while not done.is_set():
        if any(_running(child) for child in _children(me)):
            die()
        done.wait(0.002)


def _children(me) -> list:
    import psutil

    try:
        return me.children()
    except psutil.Error:
        return []


def _running(proc) -> bool:
    import psutil

    try:
        return proc.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def active() -> bool:
    return _target() is not None


def watch_writes(saver):
    """Wrap ``saver.put_writes`` so the ``saved`` point fires once a step's writes are stored
    (the step is named by the log record every step writes)."""
    real = saver.put_writes

    def put_writes(config, writes, task_id, task_path=""):
        real(config, writes, task_id, task_path)
        for channel, value in writes:
            if channel == "log" and value:
                reached(getattr(value[-1], "step", ""), "saved")

    saver.put_writes = put_writes
    return saver
