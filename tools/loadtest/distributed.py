"""Locust workers on other machines: the master hands each joining worker the plan.

Child-only, like ``tools.loadtest.child``: it imports Locust (gevent's monkey-patching),
so only processes perfagent starts import it.

The exchange, on the master's own ZeroMQ port before a worker registers::

    worker ── perfagent_plan_request ──▶ master
    worker ◀── perfagent_plan (JSON) ─── master
    worker checks plan.host against ITS OWN allow-list
        ├─ allowed: an ordinary Locust worker joins (client_ready) and runs as a local one
        └─ refused: ── perfagent_refused (sentence) ──▶ master, which stops the run with it

A worker trusts the master for *what* to request, never for *where*: the host must be
on the allow-list given on the worker's own command line (loopback by default).
"""

from __future__ import annotations

import socket
import tempfile
import uuid
from pathlib import Path

import gevent
from locust.rpc import Message, rpc

from perfagent.tools.errors import InputError, ServiceError, UnsafeInputError
from perfagent.tools.loadtest.plan import LoadPlan
from perfagent.tools.loadtest.safety import check_host

PLAN_REQUEST, PLAN, REFUSED = "perfagent_plan_request", "perfagent_plan", "perfagent_refused"
RETRY_S = 2.0


def serve_plan(runner, plan: LoadPlan, refusals: list[str]) -> None:
    """On the master: answer plan requests, and record the refusals of workers."""
    text = plan.model_dump_json()

    def send_plan(environment, msg, **_):
        runner.send_message(PLAN, text, client_id=msg.node_id)

    def refused(environment, msg, **_):
        refusals.append(str(msg.data))

    runner.register_message(PLAN_REQUEST, send_plan)
    runner.register_message(REFUSED, refused)


def fetch_plan(
    master_host: str, master_port: int, timeout_s: float
) -> tuple[LoadPlan, rpc.Client, str]:
    """On a remote worker: ask the master for the plan until it answers or ``timeout_s`` passes.

    Returns the plan and the still-open client (to report a refusal with).
    """
    identity = f"{socket.gethostname()}_plan_{uuid.uuid4().hex}"
    client = rpc.Client(master_host, master_port, identity)
    deadline = gevent.get_hub().loop.now() + timeout_s
    while True:
        client.send(Message(PLAN_REQUEST, None, identity))
        msg = gevent.with_timeout(RETRY_S, client.recv, timeout_value=None)
        if msg is not None and msg.type == PLAN:
            break
        if gevent.get_hub().loop.now() > deadline:
            client.close(linger=0)
            raise ServiceError(
                f"no Locust master answered at {master_host}:{master_port} within {timeout_s:g} s"
            )
    try:
        return LoadPlan.model_validate_json(msg.data), client, identity
    except ValueError:
        client.close(linger=0)
        raise InputError(
            f"the master at {master_host}:{master_port} sent a plan this perfagent cannot read "
            "(different perfagent versions?)"
        ) from None


def join(master_host: str, master_port: int, allow: list[str], timeout_s: float) -> int:
    """Fetch the plan, check its host against ``allow``, then run as an ordinary worker."""
    from perfagent.tools.loadtest.child import worker

    plan, client, identity = fetch_plan(master_host, master_port, timeout_s)
    try:
        check_host(plan.host, allow)
    except UnsafeInputError as exc:
        client.send(
            Message(REFUSED, f"the worker on {socket.gethostname()} refused: {exc}", identity)
        )
        gevent.sleep(0.5)  # let the refusal leave before the socket closes
        client.close(linger=1000)
        raise
    client.close(linger=0)
    with tempfile.TemporaryDirectory(prefix="perfagent-worker-") as tmp:
        path = Path(tmp) / "plan.json"
        path.write_text(plan.model_dump_json())
        return worker(path, master_host, master_port, allow=allow)
