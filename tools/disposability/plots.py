"""Pictures of the disposability tests (matplotlib, Agg), each as PNG and SVG.

- throughput and errors around an event (SIGTERM, SIGKILL, a replica added), the
  event and what followed it marked;
- a worker's queue depth over time, the burst and the sustained phase marked;
- the replica sweep: p95 and throughput against the replica count.
"""

from __future__ import annotations

from pathlib import Path

from perfagent.tools.disposability.models import EventSeries, ReplicaSweep, WorkerBacklogReport
from perfagent.tools.loadtest.plots import _pyplot, _save


def plot_event(series: EventSeries, stem: Path, *, title: str) -> list[str]:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(9, 4))
    ax.plot(series.t_s, series.ok_per_s, drawstyle="steps-post", label="successful requests/s")
    ax.plot(
        series.t_s,
        series.errors_per_s,
        drawstyle="steps-post",
        color="tab:red",
        label="failed requests/s",
    )
    for n, marker in enumerate(series.markers):
        ax.axvline(
            marker.at_s, color="black" if n == 0 else "gray", linestyle="--" if n == 0 else ":"
        )
        # Labels of events close together (SIGTERM, then the exit 0.2 s later) are staggered.
        ax.annotate(
            marker.label,
            (marker.at_s, 1.0 - 0.4 * (n % 2)),
            xycoords=("data", "axes fraction"),
            rotation=90,
            va="top",
            ha="right",
            fontsize=8,
        )
    ax.set_xlabel(f"time since the load started (s), {series.bin_s:g} s bins")
    ax.set_ylabel("per second")
    ax.set_ylim(bottom=0)
    ax.set_title(title)
    ax.legend(loc="lower left")
    return _save(fig, stem)


def plot_queue(report: WorkerBacklogReport, stem: Path) -> list[str]:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(9, 4))
    ax.plot(report.t_s, report.depth, label="queue depth")
    ax.axvline(report.sustain_s, color="gray", linestyle=":", label="arrivals stop")
    verdict = "bounded" if report.bounded else f"unbounded (+{report.growth_per_s:.1f} jobs/s)"
    ax.set_title(
        f"{report.process}: burst {report.burst}, then {report.rate_per_s:g} jobs/s; {verdict}"
    )
    ax.set_xlabel("time since the burst (s)")
    ax.set_ylabel("jobs waiting")
    ax.set_ylim(bottom=0)
    ax.legend(loc="upper right")
    return _save(fig, stem)


def plot_sweep(sweep: ReplicaSweep, stem: Path) -> list[str]:
    plt = _pyplot()
    n = [p.replicas for p in sweep.points]
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.plot(
        n,
        [p.p95_ms if p.p95_ms is not None else float("nan") for p in sweep.points],
        "o-",
        label="p95 (ms)",
    )
    if sweep.p95_limit_ms:
        ax.axhline(sweep.p95_limit_ms, color="tab:red", linestyle=":", label="p95 limit")
    ax.set_xlabel("replicas")
    ax.set_ylabel("p95 (ms)")
    ax.set_xticks(n)
    rps = ax.twinx()
    rps.plot(n, [p.rps for p in sweep.points], "s--", color="tab:green", label="requests/s")
    rps.set_ylabel("requests/s")
    best = (
        f"fewest meeting the SLA: {sweep.min_replicas}"
        if sweep.min_replicas
        else "none met the SLA"
    )
    ax.set_title(f"{sweep.users} users on 1..{max(n)} replicas; {best}")
    handles, labels = ax.get_legend_handles_labels()
    more = rps.get_legend_handles_labels()
    ax.legend(handles + more[0], labels + more[1], loc="upper right")
    return _save(fig, stem)
