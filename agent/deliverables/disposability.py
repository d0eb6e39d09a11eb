"""The load-test deliverable's "Disposability" section: per archetype, what each
12-factor test measured, the plots around each event, and the bugs found.

The section's wording and layout are templates/load-test-disposability.md.j2, which the
load-test page includes; :func:`context` gathers its rows and plots."""

from __future__ import annotations

import os
from pathlib import Path

from perfagent.tools.disposability.models import (
    AdminReport,
    DisposabilityResult,
    FailoverReport,
    SweepPoint,
    WebDisposability,
    WorkerBacklogReport,
)
from perfagent.tools.units import format_bytes


def _s(value: float | None, unit: str = "s", digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f} {unit}"


def context(result: DisposabilityResult, folder: Path) -> dict:
    """The section's figures for templates/load-test-disposability.md.j2: the result, the rows
    of its tables and its plots (PNG only, relative to the page in ``folder``)."""
    web = result.web
    return {
        "result": result,
        "web_rows": _web_rows(web) if web else [],
        "web_images": [
            image
            for r in ((web.shutdown, web.crash, web.startup, web.sweep) if web else ())
            if r
            for image in _images(r.plots, folder)
        ],
        "sweep_rows": [_sweep_row(p) for p in web.sweep.points] if web and web.sweep else [],
        "worker_rows": [_worker_row(w) for w in result.workers],
        "worker_images": [_images(w.plots, folder) for w in result.workers],
        "scheduler_rows": [_scheduler_row(s) for s in result.schedulers],
        "admin_rows": [_admin_row(a) for a in result.admins],
    }


def _images(paths: list[str], folder: Path) -> list[tuple[str, str]]:
    return [(Path(p).stem, os.path.relpath(p, folder)) for p in paths if p.endswith(".png")]


def _web_rows(web: WebDisposability) -> list[tuple[str, str, str]]:
    """A row per web test that ran: test, verdict, what was measured."""
    rows: list[tuple[str, str, str]] = []
    if web.ramp:
        r = web.ramp
        rows.append(
            (
                "ramp to peak and sustain",
                "ok" if r.ok else "**failed**",
                f"{r.users} users, {r.ramp_s:g} s ramp, {r.sustain_s:g} s sustained: {r.reason}",
            )
        )
    if web.shutdown:
        s = web.shutdown
        lb = f"balancer: {s.lb.aborted} cut on {s.replica}, {s.lb.redispatched} retried elsewhere"
        exit_text = (
            f"exited {_s(s.exit_s)} after SIGTERM"
            if s.exit_s is not None
            else "killed after the grace period"
        )
        measured = (
            f"{s.in_flight} in flight, **{s.dropped} dropped** of {s.requests:,}; {lb}; {exit_text}"
        )
        rows.append(
            ("graceful shutdown (SIGTERM)", "ok" if s.ok else "**dropped requests**", measured)
        )
    if web.crash:
        c = web.crash
        recovered = (
            f"throughput back in {_s(c.recovery_s)}"
            if c.recovery_s is not None
            else f"**not back within {c.observed_s:.1f} s**"
        )
        replacement = (
            f"; replacement ready in {_s(c.replacement.cold_start_s)}" if c.replacement else ""
        )
        measured = (
            f"{c.in_flight} in flight, {c.errors} errors seen by clients; {recovered} "
            f"(baseline {c.baseline_ok_rps:.0f} req/s){replacement}"
        )
        rows.append(
            (
                "crash at peak (SIGKILL)",
                "ok" if c.recovery_s is not None else "**failed**",
                measured,
            )
        )
    if web.startup:
        up = web.startup
        cost = f", {_s(up.cpu_s, 's CPU')}" if up.cpu_s is not None else ""
        rss = f", {format_bytes(up.rss_bytes)} resident" if up.rss_bytes else ""
        serving = (
            f"; first request {_s(up.serving_after_s)} after ready"
            if up.serving_after_s is not None
            else ""
        )
        rows.append(
            (
                "replica added under load",
                "ok" if up.ok else "**bug: cold start over the SLA**",
                f"cold start {_s(up.cold_start_s)} (SLA {up.sla_s:g} s){cost}{rss}{serving}",
            )
        )
    if web.stickiness:
        st = web.stickiness
        measured = (
            f"errors {st.sticky.error_rate:.2%} with {st.sticky.affinity} affinity, "
            f"{st.round_robin.error_rate:.2%} round robin: {st.reason}"
        )
        rows.append(
            (
                "statelessness (affinity on / off)",
                "**scaling blocker**" if st.blocker else "ok",
                measured,
            )
        )
    return rows


def _sweep_row(p: SweepPoint) -> list[object]:
    cpu = "–" if p.cpu_pct_per_replica is None else f"{p.cpu_pct_per_replica:.0f}%"
    return [
        p.replicas,
        f"{p.rps:.1f}",
        _s(p.p95_ms, "", 0).strip(),
        f"{p.error_rate:.2%}",
        cpu,
        "met" if p.meets_sla else p.why,
    ]


def _worker_row(w: WorkerBacklogReport) -> list[object]:
    p95 = ("≥ " if w.p95_lower_bound else "") + _s(w.completion_p95_s)
    ok = "bounded" if w.bounded else "**unbounded**"
    sla = "SLA met" if w.sla_ok else "**SLA missed**"
    arrivals = f"{w.burst} + {w.rate_per_s:g}/s × {w.sustain_s:g} s"
    return [
        w.process,
        w.replicas,
        arrivals,
        w.max_depth,
        w.final_depth,
        f"{w.growth_per_s:+.1f}/s",
        p95,
        f"{w.sla_s:g} s",
        f"{ok}, {sla}",
    ]


def _scheduler_row(s: FailoverReport) -> list[object]:
    return [
        s.process,
        s.replicas,
        _s(s.reelection_s),
        f"{s.sla_s:g} s",
        len(s.duplicate_slots),
        s.missed_slots,
        "ok" if s.ok else "**" + s.reason + "**",
    ]


def _admin_row(a: AdminReport) -> list[object]:
    audit = {True: "yes", False: "**missing**", None: "no audit log named"}[a.audit_entry]
    return [
        f"`{a.command}`",
        _s(a.first_output_s),
        _s(a.wall_s),
        a.exit_code,
        audit,
        "ok" if a.ok else "**" + a.reason + "**",
    ]
