"""The 12-factor concurrency and disposability tests of the testing and transition phases.

Run only when the target's spec has a ``[disposability]`` table (so a default
engagement takes no longer). Each archetype is tested on its own, never two in one
run (seed, "12-Factor Concurrency Testing"): the web process (``[service]``) with the
tests ``[disposability] web`` lists, behind HAProxy; every worker, scheduler and
admin ``[[process]]`` with its own test. The replicas run from the engagement's copy
of the target; ``{run_dir}`` in the service's env is a folder of this test's own, so
their query logs never mix with the baseline's.

A failure of one test is recorded and the others still run. Cold starts over the SLA,
dropped requests, a stickiness dependency, duplicate scheduled runs and the like are
listed as bugs, not tuning notes.
"""

from __future__ import annotations

import re
from pathlib import Path

from perfagent.agent.state import EngagementState, StepError
from perfagent.tools.disposability.cluster import WebTarget
from perfagent.tools.disposability.models import DisposabilityResult, WebDisposability
from perfagent.tools.errors import PerfagentError
from perfagent.tools.spec import DisposabilitySection


def run_disposability(
    state: EngagementState,
) -> tuple[DisposabilityResult, dict[str, str], list[StepError]]:
    """Every test the spec asks for; the result, the files written and the errors."""
    from perfagent.agent import workspace

    spec, section = state.spec, state.spec.disposability
    assert section is not None
    root = workspace.target(state)
    out = Path(state.report_dir) / "2-load-test" / "disposability"
    out.mkdir(parents=True, exist_ok=True)
    namespace = re.sub(r"[^A-Za-z0-9_-]", "-", f"perfagent-{state.run_id}")[:48]
    result = DisposabilityResult()
    errors: list[StepError] = []

    def attempt(what: str, fn):
        try:
            return fn()
        except PerfagentError as exc:
            errors.append(
                StepError(
                    step="baseline", kind=type(exc).__name__, message=f"disposability {what}: {exc}"
                )
            )
            return None

    if spec.has_service and spec.load and spec.load.service.start and section.web:
        result.web = _web(state, section, root, out, namespace, attempt)
    wanted = set(section.processes) if section.processes is not None else None
    for process in spec.processes:
        if wanted is not None and process.name not in wanted:
            continue
        cwd = root / (process.cwd or ".")
        if process.archetype == "worker":
            from perfagent.tools.disposability.worker import backlog_test

            report = attempt(
                process.name,
                lambda p=process, cwd=cwd: backlog_test(
                    p, cwd=cwd, namespace=namespace, out_dir=out
                ),
            )
            if report:
                result.workers.append(report)
        elif process.archetype == "scheduler":
            from perfagent.tools.disposability.scheduler import failover_test

            report = attempt(
                process.name,
                lambda p=process, cwd=cwd: failover_test(
                    p, cwd=cwd, namespace=namespace, out_dir=out
                ),
            )
            if report:
                result.schedulers.append(report)
        elif process.archetype == "admin":
            from perfagent.tools.disposability.admin import admin_check

            report = attempt(
                process.name,
                lambda p=process, cwd=cwd: admin_check(p, cwd=cwd, namespace=namespace),
            )
            if report:
                result.admins.append(report)
        else:
            result.notes.append(
                f"process {process.name!r} is a second web process; only [service] is load tested"
            )
    result.bugs = bugs(result)
    record = out / "disposability.json"
    record.write_text(result.model_dump_json(indent=2) + "\n")
    artifacts = {str(record): "disposability tests (machine-readable)"}
    artifacts.update(dict.fromkeys(_plots(result), "disposability plot"))
    return result, artifacts, errors


def _web(
    state: EngagementState,
    section: DisposabilitySection,
    root: Path,
    out: Path,
    namespace: str,
    attempt,
) -> WebDisposability:
    from perfagent.agent.service import load_spec, start_command
    from perfagent.tools.disposability import events, ramp, stateless, sweep

    load = load_spec(state)
    service = load.service
    run_dir = out / "run"
    run_dir.mkdir(parents=True, exist_ok=True)
    env = {k: v.replace("{run_dir}", str(run_dir.resolve())) for k, v in service.env.items()}
    target = WebTarget(
        command=start_command(state),
        ready=service.ready,
        cwd=str(root / (service.cwd or ".")),
        env=env,
        ready_timeout_s=service.ready_timeout_s,
    )
    plan = load.plan("run", host="http://127.0.0.1:1", users=section.users)
    n, at, after = section.replicas, section.event_at_s, section.after_s
    web = WebDisposability(replicas=n, balancer="haproxy")
    limit = section.p95_ms or _largest_budget(plan)
    if "ramp" in section.web:
        web.ramp = attempt(
            "ramp",
            lambda: ramp.ramp_test(
                target,
                plan,
                replicas=n,
                ramp_s=section.ramp_s,
                sustain_s=section.sustain_s,
                p95_limit_ms=section.p95_ms,
                max_error_rate=section.max_error_rate,
                out_dir=out,
                namespace=namespace,
            ),
        )
    if "shutdown" in section.web:
        web.shutdown = attempt(
            "shutdown",
            lambda: events.shutdown_test(
                target, plan, replicas=n, at_s=at, after_s=after, out_dir=out, namespace=namespace
            ),
        )
    if "crash" in section.web:
        web.crash = attempt(
            "crash",
            lambda: events.crash_test(
                target,
                plan,
                replicas=n,
                at_s=at,
                after_s=after,
                sla_s=section.startup_sla_s,
                out_dir=out,
                namespace=namespace,
            ),
        )
    if "startup" in section.web:
        web.startup = attempt(
            "startup",
            lambda: events.startup_test(
                target,
                plan,
                replicas=max(1, n - 1),
                at_s=at,
                after_s=after,
                sla_s=section.startup_sla_s,
                out_dir=out,
                namespace=namespace,
            ),
        )
    if "stickiness" in section.web:
        web.stickiness = attempt(
            "stickiness",
            lambda: stateless.stickiness_test(
                target,
                plan,
                replicas=n,
                duration_s=after,
                affinity=section.stickiness,
                max_error_rate=section.max_error_rate,
                out_dir=out,
                namespace=namespace,
            ),
        )
    if "replicas" in section.web:
        web.sweep = attempt(
            "replica sweep",
            lambda: sweep.replica_sweep(
                target,
                plan,
                max_replicas=section.max_replicas,
                duration_s=after,
                p95_limit_ms=limit,
                max_error_rate=section.max_error_rate,
                out_dir=out,
                namespace=namespace,
            ),
        )
    return web


def _largest_budget(plan) -> float | None:
    """The aggregate p95 is the slowest endpoint's, so the largest endpoint budget bounds it."""
    budgets = [e.budget.p95_ms for e in plan.endpoints if e.budget.p95_ms is not None]
    return max(budgets) if budgets else None


def bugs(result: DisposabilityResult) -> list[str]:
    """What failed, one sentence each: these are bugs to fix, not settings to tune."""
    found: list[str] = []
    web = result.web
    if web:
        replacement = web.crash.replacement if web.crash else None
        for label, start in (("added replica", web.startup), ("replacement replica", replacement)):
            if start and not start.ok:
                found.append(f"web {label}: {start.reason} (escalate to the reliability engineer)")
        if web.shutdown and not web.shutdown.ok:
            found.append(f"web graceful shutdown of {web.shutdown.replica}: {web.shutdown.reason}")
        if web.crash and web.crash.recovery_s is None:
            why = (
                "inconclusive: requests failed before the kill too (see statelessness)"
                if web.crash.errors_before
                else f"throughput was not back (no errors, 90% of the rate before) within the "
                f"{web.crash.observed_s:.1f} s the load went on after the kill"
            )
            found.append(f"web crash of {web.crash.replica}: {why}")
        if web.stickiness and web.stickiness.blocker:
            found.append(f"scaling blocker: {web.stickiness.reason}")
        if web.ramp and not web.ramp.ok:
            found.append(
                f"web ramp to {web.ramp.users} users on {web.ramp.replicas} replicas: "
                f"{web.ramp.reason}"
            )
    for w in result.workers:
        if not (w.bounded and w.sla_ok):
            found.append(f"worker {w.process}: {w.reason}")
        slow = [s for s in w.cold_start_s if s > w.startup_sla_s]
        if slow:
            found.append(
                f"worker {w.process}: a cold start of {max(slow):.2f} s is over the "
                f"{w.startup_sla_s:g} s SLA (escalate to the reliability engineer)"
            )
    for s in result.schedulers:
        if not s.ok:
            found.append(f"scheduler {s.process}: {s.reason}")
    for a in result.admins:
        if not a.ok:
            found.append(f"admin {a.process}: {a.reason}")
    return found


def _plots(result: DisposabilityResult) -> list[str]:
    web = result.web
    reports = [r for r in (web.shutdown, web.crash, web.startup, web.sweep) if r] if web else []
    paths = [p for r in reports for p in r.plots]
    if web and web.ramp:
        paths += web.ramp.load.plots
    return paths + [p for w in result.workers for p in w.plots]
