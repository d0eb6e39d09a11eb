"""`perfagent load run|stress|spike|soak`: load tests with a live view of requests/s, p95,
errors."""

from __future__ import annotations

from pathlib import Path

import typer

from perfagent.api.cli_common import JsonOption, console, emit, out, user_errors

SpecOption = typer.Option(
    None, "--spec", help="perfagent.toml with [service] and [[service.endpoint]]."
)
HostOption = typer.Option(
    None, "--host", help="Base URL of a running service (loopback unless allowed)."
)
PathOption = typer.Option(None, "--path", help="Endpoint path to request; repeat for several.")
UsersOption = typer.Option(None, "--users", "-u", help="Simulated users (run and soak).")
SpawnOption = typer.Option(None, "--spawn-rate", "-r", help="Users started per second.")
DurationOption = typer.Option(None, "--duration", "-t", help="Seconds of load (run and soak).")
WorkersOption = typer.Option(
    None, "--workers", help="Locust worker processes (master + N workers)."
)
OutOption = typer.Option(None, "--out", help="Folder for result.json, plots and locustfile.py.")
PidOption = typer.Option(None, "--pid", help="PID of the server to watch (CPU, RSS, leaks).")
ProfileOption = typer.Option(False, "--profile", help="py-spy flamegraph of the server under load.")
AllowOption = typer.Option(
    None,
    "--allow-host",
    help="Also allow load to this host or network (loopback is always allowed); repeat.",
)
RemoteOption = typer.Option(
    None,
    "--remote-workers",
    help="Also wait for this many `perfagent load worker` processes (other machines) to join.",
)
ListenOption = typer.Option(
    None,
    "--master-listen",
    help="HOST:PORT the Locust master listens on for remote workers, e.g. 0.0.0.0:5557.",
)


def _run(
    kind,
    spec,
    host,
    paths,
    users,
    spawn_rate,
    duration,
    workers,
    out_dir,
    pid,
    profile,
    as_json,
    shape_overrides=None,
    dist=None,
):
    from perfagent.api import sdk

    allow_host, remote_workers, master_listen = dist or (None, None, None)
    with user_errors():
        live = _Live(kind)
        try:
            result = sdk.run_load_test(
                kind,
                spec=spec,
                host=host,
                paths=paths,
                users=users,
                spawn_rate=spawn_rate,
                duration_s=duration,
                workers=workers,
                shape=shape_overrides,
                allow_hosts=allow_host,
                remote_workers=remote_workers,
                master_listen=master_listen,
                out_dir=out_dir or Path("perf-report") / "load" / kind,
                server_pid=pid,
                profile=profile,
                on_plan=live.start,
                on_tick=live.tick,
                on_service=lambda command, svc: console.print(
                    f"started `{command}` as PID {svc.pid} on {svc.base_url}", style="dim"
                ),
            )
        finally:
            live.stop()
        emit(result, as_json, _render)
    if result.interrupted:
        raise typer.Exit(
            130
        )  # partial results were printed and written; still say it was cut short


class _Live:
    """A live table of the load (elapsed, users, requests/s, p95, errors) when stderr is a
    terminal."""

    def __init__(self, kind: str) -> None:
        self.kind, self.plan, self.live = kind, None, None

    def table(self, tick=None):
        from rich.table import Table

        t = Table(
            title=f"{self.kind}: {self.plan.host}  ({self.plan.total_duration_s:g} s planned)",
            expand=False,
        )
        for column in ("elapsed", "users", "requests/s", "p95", "errors", "total"):
            t.add_column(column, justify="right")
        if tick is not None:
            p95 = "-" if tick.p95_ms is None else f"{tick.p95_ms:.1f} ms"
            t.add_row(
                f"{tick.t_s:.0f} s",
                str(tick.users),
                f"{tick.rps:.0f}",
                p95,
                f"{100 * tick.error_rate:.1f}%",
                str(tick.total_requests),
            )
        return t

    def start(self, plan) -> None:
        from rich.live import Live

        self.plan = plan
        if console.is_terminal:
            self.live = Live(self.table(), console=console, refresh_per_second=4, transient=False)
            self.live.start()

    def tick(self, tick) -> None:
        if self.live is not None:
            self.live.update(self.table(tick))

    def stop(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live = None


def _ms(value):
    return "-" if value is None else f"{value:.1f}"


def _render(result) -> None:
    from rich.table import Table

    t = Table(
        title=f"{result.kind} on {result.host}: {result.duration_s:.1f} s"
        + (" (interrupted)" if result.interrupted else "")
    )
    for column in (
        "endpoint",
        "requests",
        "req/s",
        "errors",
        "p50 ms",
        "p90 ms",
        "p95 ms",
        "p99 ms",
        "max ms",
    ):
        t.add_column(column, justify="left" if column == "endpoint" else "right")
    for s in [*result.endpoints, result.aggregate]:
        t.add_row(
            s.name,
            str(s.requests),
            f"{s.rps:.1f}",
            f"{100 * s.error_rate:.2f}%",
            _ms(s.p50_ms),
            _ms(s.p90_ms),
            _ms(s.p95_ms),
            _ms(s.p99_ms),
            _ms(s.max_ms),
        )
    out.print(t)
    for check in result.budgets:
        mark = "[green]ok[/]" if check.ok else "[red]over[/]"
        margin = "" if check.margin_ms is None else f" (margin {check.margin_ms:+.1f} ms)"
        from perfagent.api.cli_common import styled

        out.print(
            styled(
                f"budget {{}} {{}} <= {{}} ms: {{}} ms {mark}{{}}",
                check.endpoint,
                check.percentile,
                f"{check.budget_ms:g}",
                _ms(check.measured_ms),
                margin,
            )
        )
    if result.stress:
        s = result.stress
        if s.breaking_users is not None:
            out.print(
                f"breaking point: {s.breaking_users} users ({s.reason}); last good step "
                f"{s.last_good_users} users at {s.last_good_rps or 0:.0f} requests/s"
            )
        else:
            out.print(f"breaking point: none ({s.reason})")
    if result.spike:
        r = result.spike
        recovery = (
            "did not recover" if r.recovery_s is None else f"recovered in {r.recovery_s:.1f} s"
        )
        out.print(f"spike: p95 {_ms(r.baseline_p95_ms)} -> {_ms(r.spike_p95_ms)} ms, {recovery}")
    if result.server:
        srv = result.server
        out.print(
            f"server PID {srv.pid}: CPU mean {srv.cpu_pct_mean or 0:.0f}%"
            f" (max {srv.cpu_pct_max or 0:.0f}%),"
            f" peak RSS {(srv.peak_rss_bytes or 0) / 2**20:.1f} MiB,"
            f" open files {srv.open_files_start} -> {srv.open_files_end}"
        )
    if result.leak:
        from perfagent.api.cli_common import styled

        out.print(
            styled("[red]leak[/]: {}" if result.leak.leaking else "no leak: {}", result.leak.reason)
        )
    if result.flamegraph:
        out.print(f"flamegraph: {result.flamegraph}")
    for path in result.plots:
        if path.endswith(".png"):
            out.print(f"plot: {path}")
    for note in result.notes:
        from perfagent.api.cli_common import styled

        out.print(styled("[yellow]note:[/] {}", note))


def register(app: typer.Typer) -> None:
    load = typer.Typer(
        help="Load tests with Locust: baseline, stress, spike, soak.", no_args_is_help=True
    )
    app.add_typer(load, name="load")

    @load.command("run")
    def run_cmd(
        spec: Path = SpecOption,
        host: str = HostOption,
        path: list[str] = PathOption,
        users: int = UsersOption,
        spawn_rate: float = SpawnOption,
        duration: float = DurationOption,
        workers: int = WorkersOption,
        out_dir: Path = OutOption,
        pid: int = PidOption,
        profile: bool = ProfileOption,
        as_json: bool = JsonOption,
        allow_host: list[str] = AllowOption,
        remote_workers: int = RemoteOption,
        master_listen: str = ListenOption,
    ) -> None:
        """Baseline: steady load, latency percentiles, throughput, errors, budgets."""
        _run(
            "run",
            spec,
            host,
            path,
            users,
            spawn_rate,
            duration,
            workers,
            out_dir,
            pid,
            profile,
            as_json,
            dist=(allow_host, remote_workers, master_listen),
        )

    @load.command("stress")
    def stress_cmd(
        spec: Path = SpecOption,
        host: str = HostOption,
        path: list[str] = PathOption,
        start_users: int = typer.Option(None, help="Users in the first step."),
        step_users: int = typer.Option(None, help="Users added per step."),
        max_users: int = typer.Option(None, help="Last step's users."),
        step_duration: float = typer.Option(None, help="Seconds per step."),
        workers: int = WorkersOption,
        out_dir: Path = OutOption,
        pid: int = PidOption,
        profile: bool = ProfileOption,
        as_json: bool = JsonOption,
        allow_host: list[str] = AllowOption,
        remote_workers: int = RemoteOption,
        master_listen: str = ListenOption,
    ) -> None:
        """Stepped ramp until errors > 1% or p95 over budget: the breaking point."""
        shape = {
            "start_users": start_users,
            "step_users": step_users,
            "max_users": max_users,
            "step_duration_s": step_duration,
        }
        _run(
            "stress",
            spec,
            host,
            path,
            None,
            None,
            None,
            workers,
            out_dir,
            pid,
            profile,
            as_json,
            shape,
            dist=(allow_host, remote_workers, master_listen),
        )

    @load.command("spike")
    def spike_cmd(
        spec: Path = SpecOption,
        host: str = HostOption,
        path: list[str] = PathOption,
        base_users: int = typer.Option(None, help="Users before and after the spike."),
        spike_users: int = typer.Option(None, help="Users during the spike."),
        workers: int = WorkersOption,
        out_dir: Path = OutOption,
        pid: int = PidOption,
        profile: bool = ProfileOption,
        as_json: bool = JsonOption,
        allow_host: list[str] = AllowOption,
        remote_workers: int = RemoteOption,
        master_listen: str = ListenOption,
    ) -> None:
        """A sudden jump in users and back: how long until latency recovers."""
        shape = {"base_users": base_users, "spike_users": spike_users}
        _run(
            "spike",
            spec,
            host,
            path,
            None,
            None,
            None,
            workers,
            out_dir,
            pid,
            profile,
            as_json,
            shape,
            dist=(allow_host, remote_workers, master_listen),
        )

    @load.command("soak")
    def soak_cmd(
        spec: Path = SpecOption,
        host: str = HostOption,
        path: list[str] = PathOption,
        users: int = UsersOption,
        spawn_rate: float = SpawnOption,
        duration: float = DurationOption,
        workers: int = WorkersOption,
        out_dir: Path = OutOption,
        pid: int = PidOption,
        profile: bool = ProfileOption,
        as_json: bool = JsonOption,
        allow_host: list[str] = AllowOption,
        remote_workers: int = RemoteOption,
        master_listen: str = ListenOption,
    ) -> None:
        """Long steady load while the server's RSS and open files are watched: leak verdict."""
        _run(
            "soak",
            spec,
            host,
            path,
            users,
            spawn_rate,
            duration,
            workers,
            out_dir,
            pid,
            profile,
            as_json,
            dist=(allow_host, remote_workers, master_listen),
        )

    @load.command("worker")
    def worker_cmd(
        master: str = typer.Option(
            ...,
            "--master",
            help="HOST:PORT of the Locust master "
            "(`perfagent load … --remote-workers N --master-listen …`).",
        ),
        allow_host: list[str] = AllowOption,
        timeout: float = typer.Option(300.0, help="Seconds to wait for the master to answer."),
        keep: bool = typer.Option(
            False,
            "--keep",
            help="Join the master again after each run "
            "(a long-lived worker, e.g. a Kubernetes Deployment).",
        ),
    ) -> None:
        """A Locust worker for a master on another machine: it gets the plan from the master and
        only loads hosts on its own allow-list (loopback plus --allow-host)."""
        from perfagent.api import sdk
        from perfagent.tools.errors import ServiceError

        with user_errors():
            allow = sdk.load_allow_list(allow_host)
            while True:
                console.print(
                    f"[dim]joining the Locust master at {master} (allowed: {', '.join(allow)})[/]"
                )
                try:
                    sdk.join_load_master(master, allow_hosts=allow_host, timeout_s=timeout)
                    console.print("[dim]the run ended; this worker left the master[/]")
                except ServiceError as exc:  # no master yet: a long-lived worker keeps waiting
                    if not keep:
                        raise
                    console.print(f"[yellow]{exc}; trying again[/]")
                if not keep:
                    break
