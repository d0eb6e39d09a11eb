"""A real load balancer in front of the replicas: HAProxy from Debian, run by perfagent.

Why HAProxy rather than nginx: its runtime API (a UNIX socket) takes a replica out of
rotation or puts a new one in without a reload, as an orchestrator's endpoint update
does; its log names, per request, the replica that served it, how the exchange ended
and whether it was retried elsewhere; and it pins each client by a cookie it inserts,
where nginx's free ``ip_hash`` puts every loopback client on one replica.

What the client sees versus what happened: HAProxy retries a request on another
replica only when the *connection* failed (``retry-on conn-failure``, the default),
so a replica that is gone is routed around, but a request a replica accepted and then
dropped reaches the client as a 502. The log keeps both counts (``LbCounts``).

The configuration and the log live in the test's folder, the admin socket in a short
temporary one; the frontend listens on 127.0.0.1 only and HAProxy runs in the
foreground in its own process group.

>>> print(render_config(port=8000, slots=[Slot(name="r1", port=8001),
...       Slot(name="r2", port=8002, enabled=False)], ready_path="/healthz",
...       affinity="cookie", socket_path="/tmp/x/admin.sock").split("\\nbackend replicas\\n")[1])
    balance roundrobin
    cookie SRV insert indirect nocache
    option httpchk GET /healthz
    default-server inter 500ms fastinter 250ms downinter 250ms rise 1 fall 2
    server r1 127.0.0.1:8001 check cookie r1
    server r2 127.0.0.1:8002 check cookie r2 disabled
<BLANKLINE>
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Literal, Self

from pydantic import BaseModel

from perfagent.tools.disposability.models import LbCounts
from perfagent.tools.errors import InputError, ServiceError, ToolMissingError
from perfagent.tools.loadtest.service import free_port
from perfagent.tools.sandbox import scrubbed_env, spawn, terminate_group

Affinity = Literal["none", "cookie", "source"]
LOG_FORMAT = "%[date(0,ms)] %s %ST %tsc %Ta %rc %HM %HP"  # logged when the response ended


class Slot(BaseModel):
    """A replica's place in the backend: its name and port; a disabled one is a spare."""

    name: str
    port: int
    enabled: bool = True


class LbEntry(BaseModel):
    """One request as the balancer logged it."""

    ended_wall: float
    server: str  # "<NOSRV>" when no replica was chosen
    status: int
    term: str  # termination state: "----" when normal, "SH--" when the server cut it ...
    total_ms: int
    retries: int
    redispatched: bool
    method: str
    path: str

    @property
    def started_wall(self) -> float:
        return self.ended_wall - max(self.total_ms, 0) / 1000

    @property
    def server_abort(self) -> bool:
        return self.term[:1] in ("S", "s") or self.status in (502, 504)


def haproxy_path() -> str:
    found = shutil.which("haproxy", path=os.environ.get("PATH", "") + ":/usr/sbin:/sbin")
    if not found:
        raise ToolMissingError(
            "HAProxy is not installed (Debian: apt-get install haproxy, or `make sysdeps`)"
        )
    return found


def render_config(
    *, port: int, slots: list[Slot], ready_path: str, affinity: Affinity, socket_path: str
) -> str:
    """The HAProxy configuration (pure text; see the module docstring)."""
    balance = "source\n    hash-type consistent" if affinity == "source" else "roundrobin"
    lines = [
        "global",
        "    log stdout format raw local0",
        f"    stats socket {socket_path} mode 600 level admin",
        "    maxconn 4096",
        "",
        "defaults",
        "    mode http",
        "    log global",
        f'    log-format "{LOG_FORMAT}"',
        "    # each request is balanced on its own, on a fresh connection to the replica",
        "    option http-server-close",
        "    option redispatch 1",
        "    retries 3",
        "    timeout connect 1s",
        "    timeout client 60s",
        "    timeout server 60s",
        "",
        "frontend web",
        f"    bind 127.0.0.1:{port}",
        "    default_backend replicas",
        "",
        "backend replicas",
        f"    balance {balance}",
    ]
    if affinity == "cookie":
        lines.append("    cookie SRV insert indirect nocache")
    lines += [
        f"    option httpchk GET {ready_path}",
        "    default-server inter 500ms fastinter 250ms downinter 250ms rise 1 fall 2",
    ]
    for slot in slots:
        cookie = f" cookie {slot.name}" if affinity == "cookie" else ""
        lines.append(
            f"    server {slot.name} 127.0.0.1:{slot.port} check{cookie}"
            + ("" if slot.enabled else " disabled")
        )
    return "\n".join(lines) + "\n"


_LINE = re.compile(r"^(\d+) (\S+) (-?\d+) (\S{4}) (-?\d+) (\+?\d+) (\S+) (\S+)$")


def parse_log(text: str) -> list[LbEntry]:
    """The request lines of the balancer's log (health-check messages are skipped).

    >>> e = parse_log("Server replicas/r1 is UP\\n1700000000262 r2 502 SH-- 12 +1 GET /cart\\n")[0]
    >>> e.server, e.status, e.server_abort, e.retries, e.redispatched, e.started_wall
    ('r2', 502, True, 1, True, 1700000000.25)
    """
    entries = []
    for line in text.splitlines():
        match = _LINE.match(line.strip())
        if not match:
            continue
        ended_ms, server, status, term, total, retries, method, path = match.groups()
        entries.append(
            LbEntry(
                ended_wall=int(ended_ms) / 1000,
                server=server,
                status=int(status),
                term=term,
                total_ms=int(total),
                retries=int(retries.lstrip("+")),
                redispatched=retries.startswith("+"),
                method=method,
                path=path,
            )
        )
    return entries


def counts_after(entries: list[LbEntry], replica: str, since_wall: float) -> LbCounts:
    """What the log says about ``replica`` for requests that ended after ``since_wall``.

    >>> log = parse_log("10000 r1 200 ---- 5 0 GET /\\n10500 r1 502 SH-- 5 0 GET /\\n"
    ...                 "10600 r2 200 ---- 5 +1 GET /\\n")
    >>> counts_after(log, "r1", 10.2)
    LbCounts(served=0, aborted=1, redispatched=1)
    """
    counts = LbCounts()
    for e in entries:
        if e.ended_wall < since_wall:
            continue
        if e.server == replica:
            if e.server_abort:
                counts.aborted += 1
            else:
                counts.served += 1
        if e.redispatched:
            counts.redispatched += (
                1  # the log names only the final replica, so any redispatch counts
            )
    return counts


class _Exited(Exception):
    """HAProxy exited while starting (Balancer.start reads why from its log)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _alert(text: str) -> str:
    """``": <reason>"`` from HAProxy's first ``[ALERT]`` line in ``text``; "" without one."""
    alerts = [line.split(" : ")[-1].strip() for line in text.splitlines() if "[ALERT]" in line]
    return f": {alerts[0]}" if alerts else ""


class Balancer:
    """``with Balancer(slots, ready_path="/healthz", work_dir=d) as lb: lb.base_url``."""

    def __init__(
        self,
        slots: list[Slot],
        *,
        work_dir: str | Path,
        ready_path: str = "/",
        affinity: Affinity = "none",
        port: int | None = None,
    ) -> None:
        if not slots:
            raise InputError("the load balancer needs at least one replica slot")
        self.slots = {s.name: s for s in slots}
        self.dir = Path(work_dir)
        self.ready_path, self.affinity = ready_path, affinity
        self.port = port or free_port()
        self._chosen_port = port is None  # a port picked here may be taken again: pick another
        # A UNIX socket path must be short (HAProxy takes at most 97 bytes): not under a report
        # folder.
        self._socket_dir = Path(tempfile.mkdtemp(prefix="perfagent-lb-"))
        self.socket_path = self._socket_dir / "admin.sock"
        self.log_path = self.dir / "haproxy.log"
        self.proc: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Self:
        binary = haproxy_path()
        self.dir.mkdir(parents=True, exist_ok=True)
        config = self.dir / "haproxy.cfg"

        def write_config() -> None:
            config.write_text(
                render_config(
                    port=self.port,
                    slots=list(self.slots.values()),
                    ready_path=self.ready_path,
                    affinity=self.affinity,
                    socket_path=str(self.socket_path),
                )
            )

        write_config()
        check = subprocess.run(
            [binary, "-c", "-q", "-f", str(config)], capture_output=True, text=True, check=False
        )
        if check.returncode != 0:
            raise ServiceError(
                f"HAProxy refused the generated configuration {config}{_alert(check.stderr)}",
                detail=check.stderr.strip(),
            )
        for attempt in range(3):
            start = self.log_path.stat().st_size if self.log_path.exists() else 0
            with open(self.log_path, "ab") as log:
                self.proc = spawn(
                    [binary, "-db", "-f", str(config)],
                    cwd=self.dir,
                    env=scrubbed_env(),
                    memory_bytes=None,
                    stdout=log,
                    stderr=log,
                )
            try:
                self._wait_listening()
                return self
            except _Exited as exited:
                log_text = self.log_path.read_bytes()[start:].decode(errors="replace")
                # free_port() only found a port free a moment ago; on a busy machine another
                # process can take it before HAProxy binds.
                if self._chosen_port and "cannot bind" in log_text and attempt < 2:
                    self.port = free_port()
                    write_config()
                    continue
                raise ServiceError(
                    f"HAProxy exited with code {exited.code} at start{_alert(log_text)}",
                    detail=log_text[-2000:],
                ) from None
        raise AssertionError("unreachable")  # the last attempt returns or raises

    def _wait_listening(self, timeout_s: float = 10.0) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise _Exited(self.proc.returncode)
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    if self.socket_path.exists():
                        return
            except OSError:
                pass
            time.sleep(0.05)
        raise ServiceError(
            f"HAProxy did not listen on 127.0.0.1:{self.port} within {timeout_s:g} s"
        )

    def command(self, text: str) -> str:
        """One runtime-API command; its answer."""
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(5.0)
            sock.connect(str(self.socket_path))
            sock.sendall(text.encode() + b"\n")
            chunks = []
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        return b"".join(chunks).decode(errors="replace")

    def set_state(self, name: str, state: Literal["ready", "drain", "maint"]) -> None:
        """``maint`` takes a replica out of rotation (in-flight requests go on); ``ready`` puts
        it in."""
        answer = self.command(f"set server replicas/{name} state {state}").strip()
        if answer:
            raise ServiceError(f"HAProxy would not set {name} to {state}: {answer}")

    def in_flight(self, name: str) -> int:
        """Requests the replica is serving now (the ``scur`` of ``show stat``)."""
        rows = csv.DictReader(io.StringIO(self.command("show stat").lstrip("# ")))
        for row in rows:
            if row.get("pxname") == "replicas" and row.get("svname") == name:
                return int(row.get("scur") or 0)
        raise InputError(f"the load balancer has no replica named {name}")

    def up(self) -> set[str]:
        """Replicas whose health checks pass (operational state 2 in ``show servers state``)."""
        answer = self.command("show servers state replicas")
        rows = [line.split() for line in answer.splitlines() if line[:1].isdigit()]
        return {row[3] for row in rows if len(row) > 5 and row[5] == "2"}

    def wait_up(self, names: set[str], timeout_s: float = 10.0) -> None:
        deadline = time.monotonic() + timeout_s
        while not names <= self.up():
            if time.monotonic() > deadline:
                missing = ", ".join(sorted(names - self.up()))
                raise ServiceError(
                    f"the load balancer's health checks did not pass on {missing} "
                    f"within {timeout_s:g} s"
                )
            time.sleep(0.1)

    def entries(self) -> list[LbEntry]:
        return (
            parse_log(self.log_path.read_text(errors="replace")) if self.log_path.exists() else []
        )

    def stop(self) -> None:
        if self.proc is not None:
            terminate_group(self.proc, grace_s=2.0)
        shutil.rmtree(self._socket_dir, ignore_errors=True)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
