"""Pictures of a load test (matplotlib, Agg backend), each written as PNG and SVG.

- latency percentiles and throughput over time, with the user count;
- stress: throughput and p95 versus users, the breaking point marked;
- server RSS and CPU over time (soak), when the server was watched.
"""

from __future__ import annotations

from pathlib import Path

from perfagent.tools.loadtest.results import LoadResult


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _save(fig, stem: Path) -> list[str]:
    """Write ``fig`` as PNG and SVG next to ``stem`` and close it (pyplot keeps every open
    figure)."""
    paths = []
    for ext in ("png", "svg"):
        path = stem.with_suffix(f".{ext}")
        fig.savefig(path, dpi=110, bbox_inches="tight")
        paths.append(str(path))
    _pyplot().close(fig)
    return paths


def plot_timeline(result: LoadResult, stem: Path) -> list[str]:
    plt = _pyplot()
    t = [s.t_s for s in result.history]
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(9, 6), sharex=True)
    for label, style in (("p50", "-"), ("p95", "--"), ("p99", ":")):
        values = [getattr(s, f"{label}_ms") for s in result.history]
        top.plot(t, [v if v is not None else float("nan") for v in values], style, label=label)
    top.set_ylabel("latency (ms)")
    top.set_title(f"{result.kind} load on {result.host}")
    top.legend(loc="upper left")
    bottom.plot(t, [s.rps for s in result.history], label="requests/s")
    bottom.plot(t, [s.failures for s in result.history], label="failures/s", color="tab:red")
    bottom.set_ylabel("per second")
    bottom.set_xlabel("time (s)")
    bottom.legend(loc="upper left")
    users = bottom.twinx()
    users.step(t, [s.users for s in result.history], where="post", color="gray", alpha=0.6)
    users.set_ylabel("users")
    users.set_ylim(bottom=0)
    return _save(fig, stem)


def plot_stress(result: LoadResult, stem: Path) -> list[str]:
    plt = _pyplot()
    steps = result.stress.steps if result.stress else []
    users = [s.users for s in steps]
    fig, ax = plt.subplots(figsize=(8, 5))
    ax.plot(users, [s.ok_rps for s in steps], "o-", label="successful requests/s")
    ax.plot(
        users, [s.rps - s.ok_rps for s in steps], "x:", color="tab:red", label="failed requests/s"
    )
    ax.set_xlabel("users")
    ax.set_ylabel("requests/s")
    p95 = ax.twinx()
    p95.plot(
        users,
        [s.p95_ms if s.p95_ms is not None else float("nan") for s in steps],
        "s--",
        color="tab:orange",
        label="p95 (ms)",
    )
    p95.set_ylabel("p95 (ms)")
    if result.stress and result.stress.breaking_users is not None:
        ax.axvline(
            result.stress.breaking_users,
            color="tab:red",
            linestyle=":",
            label=f"breaking point: {result.stress.breaking_users} users",
        )
    ax.set_title(f"stress: throughput and p95 versus users ({result.host})")
    handles = ax.get_legend_handles_labels()
    more = p95.get_legend_handles_labels()
    ax.legend(
        handles[0] + more[0],
        handles[1] + more[1],
        loc="upper center",
        bbox_to_anchor=(0.5, -0.13),
        ncol=2,
        frameon=False,
    )
    return _save(fig, stem)


def plot_server(result: LoadResult, stem: Path) -> list[str]:
    plt = _pyplot()
    server = result.server
    assert server is not None
    fig, ax = plt.subplots(figsize=(9, 4))
    ax.plot(server.t_s, [b / 2**20 for b in server.rss_bytes], label="RSS (MiB)")
    ax.set_xlabel("time (s)")
    ax.set_ylabel("RSS (MiB)")
    cpu = ax.twinx()
    cpu.plot(server.t_s, server.cpu_pct, color="tab:green", alpha=0.5, label="CPU %")
    cpu.set_ylabel("CPU %")
    verdict = ""
    if result.leak is not None:
        verdict = " (leak)" if result.leak.leaking else " (no leak)"
    ax.set_title(f"server PID {server.pid} during the run{verdict}")
    return _save(fig, stem)


def write_plots(result: LoadResult, out_dir: str | Path) -> list[str]:
    """All the plots that apply to ``result``, as PNG and SVG files in ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = plot_timeline(result, out / "latency")
    if result.stress is not None:
        paths += plot_stress(result, out / "stress")
    if result.server is not None and result.server.t_s:
        paths += plot_server(result, out / "server")
    return paths
