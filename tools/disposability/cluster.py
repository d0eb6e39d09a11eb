"""N replicas of a web process behind HAProxy, on loopback, for the length of one test.

Each replica is the target's own start command (``{port}`` filled in) in the sandbox
(own process group, scrubbed environment), started like ``tools.loadtest.Service``;
spare slots wait disabled in the balancer until a replica is added during the load.
A replica's cold start is process start to its ready path answering, and its cost is
the CPU it spent and the memory it held by then.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path
from typing import Self

from pydantic import BaseModel, Field

from perfagent.tools.disposability.balancer import Affinity, Balancer, Slot
from perfagent.tools.errors import InputError
from perfagent.tools.loadtest.service import Service, free_port


class WebTarget(BaseModel):
    """How to start one web replica."""

    command: str = Field(description="with {port}; {replica} and {namespace} are filled in too")
    ready: str = "/"
    cwd: str | None = None
    env: dict[str, str] = Field(default_factory=dict)
    ready_timeout_s: float = 30.0
    stop_grace_s: float = 30.0


class Started(BaseModel):
    """A replica that came up: how long it took and what it cost."""

    name: str
    pid: int
    cold_start_s: float
    cpu_s: float | None = None
    rss_bytes: int | None = None


def _usage(pid: int) -> tuple[float | None, int | None]:
    """CPU seconds and resident bytes of the process and its children, now."""
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
        cpu = sum(sum(p.cpu_times()[:2]) for p in procs)
        rss = sum(p.memory_info().rss for p in procs)
    except psutil.Error:
        return None, None
    return round(cpu, 3), rss


class Cluster:
    """``with Cluster(target, replicas=3, spares=1, work_dir=d) as c: c.base_url``."""

    def __init__(
        self,
        target: WebTarget,
        *,
        replicas: int,
        work_dir: str | Path,
        spares: int = 0,
        affinity: Affinity = "none",
        namespace: str = "perfagent",
    ) -> None:
        if replicas < 1:
            raise InputError("a cluster needs at least one replica")
        self.target, self.namespace = target, namespace
        self.dir = Path(work_dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        names = [f"r{i + 1}" for i in range(replicas + spares)]
        self.slots = [
            Slot(name=n, port=free_port(), enabled=i < replicas) for i, n in enumerate(names)
        ]
        self.services: dict[str, Service] = {}
        self.started: dict[str, Started] = {}
        self.balancer = Balancer(
            self.slots, work_dir=self.dir / "haproxy", ready_path=target.ready, affinity=affinity
        )

    @property
    def base_url(self) -> str:
        return self.balancer.base_url

    @property
    def running(self) -> list[str]:
        return [n for n, s in self.services.items() if s.proc is not None and s.proc.poll() is None]

    def spare(self) -> str:
        """The first slot no replica has used yet."""
        for slot in self.slots:
            if slot.name not in self.services:
                return slot.name
        raise InputError("the cluster has no spare slot left for another replica")

    def start_replica(self, name: str) -> Started:
        """Start the replica of slot ``name`` and wait until its ready path answers."""
        slot = next(s for s in self.slots if s.name == name)
        env = {**self.target.env, "PERFAGENT_REPLICA": name, "PERFAGENT_NAMESPACE": self.namespace}
        command = self.target.command.replace("{replica}", name).replace(
            "{namespace}", self.namespace
        )
        service = Service(
            command,
            ready=self.target.ready,
            cwd=self.target.cwd,
            env=env,
            port=slot.port,
            ready_timeout_s=self.target.ready_timeout_s,
            stop_grace_s=self.target.stop_grace_s,
            log_path=self.dir / f"{name}.log",
        )
        self.services[name] = service
        info = service.start()
        cpu, rss = _usage(info.pid)
        self.started[name] = Started(
            name=name, pid=info.pid, cold_start_s=round(info.startup_s, 4), cpu_s=cpu, rss_bytes=rss
        )
        return self.started[name]

    def add(self, name: str | None = None) -> Started:
        """A new replica during the load: start it, then put it into rotation once ready."""
        name = name or self.spare()
        started = self.start_replica(name)
        self.balancer.set_state(name, "ready")
        return started

    def start(self) -> Self:
        errors: list[BaseException] = []

        def one(name: str) -> None:
            try:
                self.start_replica(name)
            except BaseException as exc:  # noqa: BLE001 - re-raised below, after the others
                errors.append(exc)

        threads = [threading.Thread(target=one, args=(s.name,)) for s in self.slots if s.enabled]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if errors:
            self.stop()
            raise errors[0]
        try:
            self.balancer.start()
            self.balancer.wait_up({s.name for s in self.slots if s.enabled})
        except BaseException:
            self.stop()
            raise
        return self

    def sigterm(self, name: str, *, drain_first: bool = True) -> tuple[float | None, int | None]:
        """Stop one replica as an orchestrator does: out of rotation (when ``drain_first``), then
        SIGTERM to its group, SIGKILL after the grace period. Returns (seconds to exit, exit code);
        the seconds are None when it had to be killed."""
        service = self.services[name]
        if drain_first:
            self.balancer.set_state(name, "maint")
        proc = service.proc
        assert proc is not None
        sent = time.perf_counter()
        _signal_group(proc.pid, signal.SIGTERM)
        try:
            code = proc.wait(timeout=self.target.stop_grace_s)
            return round(time.perf_counter() - sent, 4), code
        except Exception:  # noqa: BLE001 - subprocess.TimeoutExpired: past the grace period
            _signal_group(proc.pid, signal.SIGKILL)
            return None, proc.wait()

    def sigkill(self, name: str) -> None:
        """A crash: SIGKILL, with no word to the balancer."""
        proc = self.services[name].proc
        assert proc is not None
        _signal_group(proc.pid, signal.SIGKILL)
        proc.wait()

    def stop(self) -> None:
        self.balancer.stop()
        threads = []
        for service in self.services.values():
            service.stop_grace_s = min(service.stop_grace_s, 5.0)  # the test is over: no long drain
            threads.append(threading.Thread(target=service.stop))
            threads[-1].start()
        for thread in threads:
            thread.join()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def _signal_group(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass
