"""12-factor concurrency and disposability tests (seed: "12-Factor Concurrency Testing").

Each process archetype is tested on its own axis, never two in one run:

    web        ramp.ramp_test          ramp to peak and sustain: p95 against budget, errors < 0.1%
               events.shutdown_test    SIGTERM one replica mid-load: in-flight requests complete?
               events.crash_test       SIGKILL one replica at peak: errors, time to recover
               events.startup_test     a replica added under load: cold start against the SLA
               stateless.stickiness_test  with and without session affinity: a scaling blocker?
               sweep.replica_sweep     1..N replicas at peak: the fewest that meet the SLA, the knee
    worker     worker.backlog_test     burst + sustained arrivals: queue depth bounded, job SLA
    scheduler  scheduler.failover_test kill the leader: re-election time, duplicate runs
    admin      admin.admin_check       time to first output, exit code, audit entry

The web tests run N real replicas (the target's own start command, each in the
sandbox) behind a real HAProxy that perfagent configures and starts on loopback
(``balancer``); the load is Locust's (the same user class as ``tools.loadtest``)
with one record per request (``driver``, ``timeline``). Results are pydantic
records (``models``); the analysis is pure (``analysis``).

Layout of errors and seams: processes through ``tools.sandbox``; load only to hosts
``tools.loadtest.safety`` allows; queues and leader keys only on loopback servers.
"""

from perfagent.tools.disposability.models import DisposabilityResult
from perfagent.tools.spec import DisposabilitySection, ProcessSpec

__all__ = ["DisposabilityResult", "DisposabilitySection", "ProcessSpec"]
