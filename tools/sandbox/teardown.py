"""Every process group this process started, and taking them all down on a signal.

:func:`~tools.sandbox.process.spawn` registers each child's process group here (a
sandboxed child has a session of its own, so a signal to our group never reaches it
and it would outlive us, re-parented to PID 1). A command that runs under
:func:`on_signals` (the CLI, a server job) answers SIGINT, SIGTERM and SIGHUP alike:

1. :func:`stopping` turns true, so nothing observed from now on is recorded as a
   measurement (a benchmark or promtool killed by our own teardown did not fail);
2. every registered group gets SIGTERM, no new process is started (:func:`check`), and
   :class:`Interrupted` is raised in the main thread. It is a ``KeyboardInterrupt``,
   so the code that already handles Ctrl-C does what it does for it: the load runner
   asks Locust for its partial result, ``finally`` blocks stop services and remove
   worktrees, the checkpointer keeps every finished step;
3. when the command ends, every group still registered gets SIGTERM, then SIGKILL
   after a grace period, and the exit status is 128 + the signal's number.

A second signal while stopping skips the grace period: everything is killed at once.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Iterator

SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)

_lock = threading.Lock()
_groups: set[int] = set()
_stopping = threading.Event()
_received: list[int] = []


class Interrupted(KeyboardInterrupt):
    """A signal asked this process to stop (Ctrl-C, SIGTERM, SIGHUP).

    A ``KeyboardInterrupt``, so ``except Exception`` never swallows it and Ctrl-C
    handlers apply to every stopping signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


def register(pgid: int) -> None:
    with _lock:
        _groups.add(pgid)


def forget(pgid: int) -> None:
    with _lock:
        _groups.discard(pgid)


def groups() -> set[int]:
    with _lock:
        return set(_groups)


def stopping() -> bool:
    """True once a stopping signal arrived (or :func:`stop` was called)."""
    return _stopping.is_set()


def received() -> int | None:
    """The first stopping signal this process received, if any."""
    return _received[0] if _received else None


def stop(signum: int = signal.SIGTERM) -> None:
    """Enter the stopping state without a signal (a server job whose server is gone)."""
    if not _received:
        _received.append(signum)
    _stopping.set()


def members(pgid: int) -> list:
    """The live processes of group ``pgid`` (zombies do not count), as psutil processes."""
    import psutil

    found = []
    for proc in psutil.process_iter(["status"]):
        try:
            if proc.info["status"] != psutil.STATUS_ZOMBIE and os.getpgid(proc.pid) == pgid:
                found.append(proc)
        except (ProcessLookupError, psutil.Error, OSError):
            continue
    return found


def group_alive(pgid: int) -> bool:
    return bool(members(pgid))


def kill_all(*, grace_s: float = 5.0) -> None:
    """SIGTERM every registered group, SIGKILL what is left after ``grace_s`` — including
    descendants that moved to groups of their own (a job's sandboxed children)."""
    import psutil

    pending = groups()
    tree = []
    for pgid in pending:
        for proc in members(pgid):
            tree.append(proc)
            try:
                tree.extend(proc.children(recursive=True))
            except psutil.Error:
                pass
        signal_group(pgid, signal.SIGTERM)
    deadline = time.monotonic() + grace_s
    while pending and time.monotonic() < deadline:
        pending = {g for g in pending if group_alive(g)}
        if pending:
            time.sleep(0.05)
    for pgid in groups():
        signal_group(pgid, signal.SIGKILL)
        forget(pgid)
    for proc in tree:
        try:
            if (
                proc.is_running()
            ):  # the same process (psutil compares its start time), not a reused PID
                proc.kill()
        except psutil.Error:
            pass


def signal_group(pgid: int, sig: int) -> None:
    """Send ``sig`` to process group ``pgid``; a group already gone is not an error."""
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _handler(signum: int, frame) -> None:
    if _stopping.is_set():  # the second signal: no more waiting
        kill_all(grace_s=0)
        os._exit(128 + (received() or signum))
    stop(signum)
    # SIGTERM to every group now: the code waiting on them may run in another thread (the
    # graph runs its steps in a pool) where this exception never arrives; it sees its
    # children end (Locust still writes its partial result) and unwinds from there.
    for pgid in groups():
        signal_group(pgid, signal.SIGTERM)
    raise Interrupted(signum)


def _quiet_when_interrupted(hook):
    """A thread ended by :class:`Interrupted` (a step in the graph's pool, a chat's engagement)
    stopped as asked: no traceback for that, nor for what it ran into on its way out while the
    process stops (an executor already shut down: "cannot schedule new futures")."""

    def excepthook(args) -> None:
        if isinstance(args.exc_value, Interrupted) or stopping():
            return
        hook(args)

    return excepthook


def _late(signum: int, frame) -> None:
    stop(signum)


def check() -> None:
    """Raise :class:`Interrupted` when stopping: nothing new is started after a signal."""
    if _stopping.is_set():
        raise Interrupted(received() or signal.SIGTERM)


@contextlib.contextmanager
def on_signals(*, grace_s: float = 5.0) -> Iterator[None]:
    """Run the block with SIGINT/SIGTERM/SIGHUP turned into :class:`Interrupted`; tear down
    every registered process group when it ends, and exit 128 + signal after a signal."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, _handler) for sig in SIGNALS}
    threading.excepthook = _quiet_when_interrupted(threading.excepthook)
    try:
        yield
    except (KeyboardInterrupt, SystemExit):
        if received() is None:
            raise  # an ordinary exit: its own status
    finally:
        for sig in SIGNALS:  # a signal now must not interrupt the teardown itself
            signal.signal(sig, _late)
        kill_all(grace_s=grace_s)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    signum = received()
    if signum is not None:
        raise SystemExit(128 + signum)
