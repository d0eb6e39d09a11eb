"""Deliverable 2: load test results: per endpoint latency and throughput, budgets, plots,
the breaking point and recovery when those tests ran, the runnable locustfile, and the
disposability tests (startup, shutdown, crash, statelessness per archetype) when asked for."""

from __future__ import annotations

import os
from pathlib import Path

from perfagent.agent.deliverables import Rendered, nothing, write
from perfagent.agent.deliverables.markdown import fmt_ms, table
from perfagent.agent.state import EngagementState
from perfagent.tools.units import format_bytes

ENDPOINTS = ["endpoint", "requests", "req/s", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms"]


def _pct(summary, percentile: str) -> str:
    value = fmt_ms(getattr(summary, f"{percentile}_ms"), "number")
    return f"{value}\\*" if percentile in summary.too_few and value != "–" else value


def render(state: EngagementState, folder: Path) -> Rendered:
    if not state.load and state.disposability is None:
        why = (
            "the target's spec has no [service] to load"
            if not state.spec.has_service
            else "the baseline load test could not run (see the index's errors)"
        )
        return nothing(folder, "load-test", "Load test results", why)
    lines = ["# Load test results", ""]
    for kind, result in state.load.items():
        headline = (
            f"{result.duration_s:.0f} s against {result.host}, {result.workers or 1} load "
            f"process(es); {result.aggregate.requests:,} requests, {result.aggregate.rps:.1f} "
            f"requests/s, error rate {result.aggregate.error_rate:.2%}."
        )
        lines += [f"## {kind}", "", headline, ""]
        rows = [_endpoint_row(e) for e in [*result.endpoints, result.aggregate]]
        lines += table(ENDPOINTS, rows, align="lrrrrrrr")
        if any(e.too_few for e in result.endpoints):
            lines += [
                "",
                (
                    "\\* from too few requests to mean more than the slowest one or two "
                    "(p95 needs 40 answered requests, p99 200): a rough figure, not a claim."
                ),
            ]
        if result.budgets:
            lines += [
                "",
                *table(
                    ["budget", "limit ms", "measured ms", "margin", ""],
                    [_budget_row(c) for c in result.budgets],
                    align="lrrrl",
                ),
            ]
        if result.auth is not None:
            a = result.auth
            lines += [
                "",
                (
                    f"Logged in ({a.kind} login from [service.auth], secrets from the "
                    f"environment): {a.logins} login(s), one per simulated user; {a.relogins} "
                    f"re-login(s) after {a.expired} answer(s) saying the session was over or "
                    f"before a token expired; {a.failures} refused. Login requests are not "
                    "counted in the endpoints above."
                ),
            ]
        if result.stress:
            st = result.stress
            broke = (
                f"broke at {st.breaking_users} users ({st.breaking_rps or 0:.1f} req/s)"
                if st.breaking_users is not None
                else "did not break within the ramp"
            )
            stress = (
                f"Stress: {broke}; last good step {st.last_good_users} users "
                f"({st.last_good_rps or 0:.1f} req/s). {st.reason}"
            )
            lines += ["", stress]
        if result.spike:
            sp = result.spike
            recovery = (
                f"recovered in {sp.recovery_s:.1f} s"
                if sp.recovery_s is not None
                else "did not recover"
            )
            spike = (
                f"Spike: p95 {fmt_ms(sp.baseline_p95_ms, 'number')} ms before, "
                f"{fmt_ms(sp.spike_p95_ms, 'number')} ms during "
                f"(errors {sp.spike_error_rate:.1%}); {recovery}. {sp.reason}"
            )
            lines += ["", spike]
        if result.leak:
            lines += [
                "",
                f"Leak verdict: {'leaking' if result.leak.leaking else 'no leak'} — "
                f"{result.leak.reason}",
            ]
        if result.server and result.server.peak_rss_bytes:
            server = (
                f"Server: CPU mean {result.server.cpu_pct_mean or 0:.0f}% (max "
                f"{result.server.cpu_pct_max or 0:.0f}%), peak RSS "
                f"{format_bytes(result.server.peak_rss_bytes)}."
            )
            lines += ["", server]
        for plot in result.plots:
            if plot.endswith(".png"):
                lines += ["", f"![{Path(plot).stem}]({os.path.relpath(plot, folder)})"]
        locustfile = folder / kind / "locustfile.py"
        if locustfile.is_file():
            command = (
                f"locust -f {os.path.relpath(locustfile, folder)} --headless -u 10 -r 10 -t 30s "
                "--host http://127.0.0.1:PORT"
            )
            lines += ["", f"Run it yourself: `{command}`"]
        lines += ["", *[f"Note: {n}" for n in result.notes], ""]
    if state.disposability is not None:
        from perfagent.agent.deliverables.disposability import section

        lines += section(state.disposability, folder)
        data = {**state.load, "disposability": state.disposability}
        return write(folder, "load-test", "\n".join(lines), data)
    return write(folder, "load-test", "\n".join(lines), state.load)


def _endpoint_row(e) -> list[str]:
    return [
        e.name,
        f"{e.requests:,}",
        f"{e.rps:.1f}",
        f"{e.error_rate:.1%}",
        _pct(e, "p50"),
        _pct(e, "p95"),
        _pct(e, "p99"),
        fmt_ms(e.max_ms, "number"),
    ]


def _budget_row(c) -> list[str]:
    margin = "–" if c.margin_pct is None else f"{c.margin_pct:+.0f}%"
    return [
        f"{c.endpoint} {c.percentile}",
        f"{c.budget_ms:.0f}",
        fmt_ms(c.measured_ms, "number"),
        margin,
        "ok" if c.ok else "**over**",
    ]
