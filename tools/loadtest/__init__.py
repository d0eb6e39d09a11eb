"""Load tests with Locust: baseline, stress, spike and soak, from a load plan.

Locust itself only runs in a child process (``tools.loadtest.child``): importing
it monkey-patches the importer with gevent. Nothing imported from here imports it.

More load than one core: ``LoadPlan(workers=N)`` runs Locust's master plus N local
worker processes. Workers on other machines: set ``remote_workers`` and where the
master listens (``master_bind_host``, e.g. ``0.0.0.0``, and a fixed ``master_port``) in
the plan (``perfagent load run --remote-workers N --master-listen 0.0.0.0:5557``), and
start ``perfagent load worker --master HOST:PORT`` on each machine: the worker gets the
plan from the master (``tools.loadtest.distributed``) and checks the host against its
own allow-list (loopback plus ``--allow-host``) before it sends anything.

The spec's ``[service]`` and ``[load]`` sections are read by ``tools.spec`` (``load_spec``,
``LoadSpec.plan``), which builds on the plan models here; nothing here imports it.
"""

from perfagent.tools.loadtest.analysis import analyze
from perfagent.tools.loadtest.locustfile import render_locustfile
from perfagent.tools.loadtest.plan import (
    Baseline,
    Budget,
    Endpoint,
    LoadPlan,
    Soak,
    Spike,
    Stress,
    stages,
)
from perfagent.tools.loadtest.results import LoadResult, RawRun, Tick
from perfagent.tools.loadtest.run_load import run_load
from perfagent.tools.loadtest.runner import run_child
from perfagent.tools.loadtest.safety import check_host
from perfagent.tools.loadtest.service import RunningService, Service

__all__ = [
    "Baseline",
    "Budget",
    "Endpoint",
    "LoadPlan",
    "LoadResult",
    "RawRun",
    "RunningService",
    "Service",
    "Soak",
    "Spike",
    "Stress",
    "Tick",
    "analyze",
    "check_host",
    "render_locustfile",
    "run_child",
    "run_load",
    "stages",
]
