"""`perfagent profile`: where time and memory go, for a command, a running PID, or a callable.

perfagent profile [--out DIR] [--rate HZ] [--json] -- CMD...
perfagent profile --pid PID --duration S
perfagent profile --callable module:function
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from perfagent.api.cli_common import JsonOption, console, emit, out, user_errors

OUT_HELP = "Folder for the flamegraph SVG, speedscope JSON, collapsed stacks and profile.json."
RESULT_FILE = "profile.json"


def register(app: typer.Typer) -> None:
    @app.command(
        "profile",
        context_settings={"allow_interspersed_args": False},
        help="Profile a command (py-spy sampling), a running PID, or a module:function (cProfile).",
    )
    def profile(
        command: Annotated[
            list[str] | None, typer.Argument(help="The command to profile, after `--`.")
        ] = None,
        pid: Annotated[
            int | None, typer.Option("--pid", help="Attach to this running Python process.")
        ] = None,
        duration: Annotated[
            float, typer.Option("--duration", help="Seconds to sample a --pid for.")
        ] = 10.0,
        callable_: Annotated[
            str | None,
            typer.Option(
                "--callable",
                help="Profile module:function deterministically (cProfile + tracemalloc).",
            ),
        ] = None,
        out_dir: Annotated[Path, typer.Option("--out", help=OUT_HELP)] = Path("perfagent-profile"),
        rate: Annotated[int, typer.Option("--rate", help="py-spy samples per second.")] = 100,
        timeout: Annotated[
            float, typer.Option("--timeout", help="Kill the target after this many seconds.")
        ] = 600.0,
        top: Annotated[int, typer.Option("--top", help="Hot spots to show.")] = 15,
        blocking: Annotated[
            bool,
            typer.Option(
                "--blocking", help="Pause the target for each sample: exact stacks, more overhead."
            ),
        ] = False,
        min_samples: Annotated[
            int,
            typer.Option(
                "--min-samples",
                help="Run a command again (at a higher rate) until its merged profile "
                "has this many samples, so the top entries are not chance.",
            ),
        ] = 1000,
        max_runs: Annotated[int, typer.Option("--max-runs", help="Runs to merge at most.")] = 3,
        as_json: bool = JsonOption,
    ) -> None:
        with user_errors():
            result = _run(
                command or [],
                pid,
                duration,
                callable_,
                out_dir,
                rate,
                timeout,
                blocking,
                min_samples,
                max_runs,
            )
            (out_dir / RESULT_FILE).write_text(result.model_dump_json(indent=2))
            emit(result, as_json, lambda r: _render(r, top, out_dir / RESULT_FILE))


def _run(
    command: list[str],
    pid: int | None,
    duration: float,
    callable_: str | None,
    out_dir: Path,
    rate: int,
    timeout: float,
    blocking: bool,
    min_samples: int = 0,
    max_runs: int = 1,
):
    from perfagent.api import sdk

    argv = command[0] if len(command) == 1 and " " in command[0] else command
    if pid is not None and not command and callable_ is None:
        label, total = f"Sampling PID {pid} for {duration:g} s", duration
    elif callable_ is not None and not command and pid is None:
        label, total = f"Profiling {callable_} (cProfile, then tracemalloc)", None
    else:
        label, total = (
            f"Sampling `{argv if isinstance(argv, str) else ' '.join(argv)}` at {rate} Hz",
            None,
        )
    return _with_progress(
        label,
        lambda: sdk.profile(
            argv or None,
            pid=pid,
            callable=callable_,
            out_dir=out_dir,
            rate_hz=rate,
            duration_s=duration,
            timeout_s=timeout,
            blocking=blocking,
            min_samples=min_samples,
            max_runs=max_runs,
        ),
        total_s=total,
    )


def _with_progress(label: str, work, total_s: float | None = None):
    """Run ``work`` behind a spinner (or a bar, when the duration is known).

    The work stays in the main thread so Ctrl-C interrupts it there and its cleanup
    (killing the target's process group) runs; a daemon thread moves the bar.
    """
    import threading
    import time

    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = [SpinnerColumn(), TextColumn("{task.description}")]
    if total_s:
        columns.append(BarColumn())
    columns.append(TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(label, total=total_s)
        done = threading.Event()

        def advance() -> None:
            start = time.monotonic()
            while not done.wait(0.1):
                progress.update(task, completed=min(total_s, time.monotonic() - start))

        if total_s:
            threading.Thread(target=advance, daemon=True).start()
        try:
            return work()
        finally:
            done.set()


def _short(path: str) -> str:
    try:
        return os.path.relpath(path) if not os.path.relpath(path).startswith("..") else path
    except ValueError:
        return path


def _render_own_code(profile, top: int) -> None:
    """The project's own functions, library time charged to them; ranked by own and by total
    share."""
    from rich.table import Table

    if not profile.own_code:
        return
    by_total = sorted(
        profile.own_code, key=lambda h: (-h.total_samples, -h.self_samples, h.function, h.file)
    )
    total_rank = {id(h): i for i, h in enumerate(by_total, start=1)}
    runs = f", {profile.runs} runs merged" if profile.runs > 1 else ""
    table = Table(
        title=f"Own code — library and built-in time charged to the calling project function{runs}"
    )
    for name, justify in (
        ("#", "right"),
        ("function", "left"),
        ("file:line", "left"),
        ("own %", "right"),
        ("total %", "right"),
        ("by total", "right"),
        ("time spent in", "left"),
    ):
        table.add_column(
            name, justify=justify, overflow="fold" if name == "file:line" else "ellipsis"
        )
    sampled = profile.source == "py-spy"
    for rank, spot in enumerate(profile.top_own(top), start=1):
        location = _short(spot.file) + (f":{spot.line}" if spot.line is not None else "")
        chain = f"{spot.function.rsplit('.', 1)[-1]} → {spot.chain}" if spot.chain else ""
        table.add_row(
            f"{rank}≈" if sampled and spot.within_noise else str(rank),
            spot.function,
            location,
            f"{spot.self_pct:.1f}",
            f"{spot.total_pct:.1f}",
            str(total_rank[id(spot)]),
            chain,
        )
    out.print(table)


MIN_LOOP_PCT = 1.0  # a nested-loop line under 1% of the run is not shown


def _render_loops(profile, top: int) -> None:
    """Sampled lines inside nested loops, by the share of the run spent at them."""
    from rich.table import Table

    sites = [s for s in profile.loops if s.total_pct >= MIN_LOOP_PCT][: min(top, 8)]
    if not sites:
        return
    table = Table(
        title="Lines inside nested loops — the run's share at the line, the calls it makes "
        "included (a pair scan shows here when each call is cheap; a traversal of a queue and "
        "each node's children is nested too, and linear)"
    )
    for name, justify in (
        ("#", "right"),
        ("function", "left"),
        ("file:line", "left"),
        ("loops", "right"),
        ("total %", "right"),
        ("line", "left"),
        ("time spent in", "left"),
    ):
        table.add_column(
            name, justify=justify, overflow="fold" if name == "file:line" else "ellipsis"
        )
    for rank, site in enumerate(sites, start=1):
        table.add_row(
            f"{rank}≈" if site.within_noise else str(rank),
            site.function,
            f"{_short(site.file)}:{site.line}",
            str(site.depth),
            f"{site.total_pct:.1f}",
            site.code,
            site.callee,
        )
    out.print(table)


def _render(profile, top: int, result_path: Path) -> None:
    from rich.table import Table

    deterministic = profile.source == "cprofile"
    unit = "self ms" if deterministic else "samples"
    table = Table(
        title=f"All code by self time — {profile.target} "
        f"({profile.source}, {profile.duration_s:.2f} s, "
        f"{profile.samples} {'µs' if deterministic else 'samples'})"
    )
    table.add_column("#", justify="right")
    table.add_column("function")
    table.add_column("file:line", overflow="fold")
    table.add_column("self %", justify="right")
    table.add_column("total %", justify="right")
    table.add_column(unit, justify="right")
    if deterministic:
        table.add_column("calls", justify="right")
    for rank, spot in enumerate(profile.top(top), start=1):
        rank = f"{rank}≈" if spot.within_noise and not deterministic else rank
        location = _short(spot.file) + (f":{spot.line}" if spot.line is not None else "")
        amount = f"{spot.self_samples / 1000:.1f}" if deterministic else str(spot.self_samples)
        row = [
            str(rank),
            spot.function,
            location,
            f"{spot.self_pct:.1f}",
            f"{spot.total_pct:.1f}",
            amount,
        ]
        if deterministic:
            row.append(str(spot.calls))
        table.add_row(*row)
    if not profile.hotspots:
        out.print("No samples were taken: the target ran too briefly to profile.", style="yellow")
    else:
        _render_own_code(profile, top)
        _render_loops(profile, top)
        out.print(table)
        if any(s.within_noise for s in profile.top(top)[:-1]):
            out.print(
                "≈ marks a rank within sampling noise of the next one (they could swap on "
                "another run): take more samples (--min-samples, --rate) to separate them."
            )
    if profile.allocations:
        allocs = Table(title="Top allocations still held at the end (tracemalloc)")
        allocs.add_column("file:line", overflow="fold")
        allocs.add_column("KiB", justify="right")
        allocs.add_column("blocks", justify="right")
        for a in profile.allocations[:top]:
            allocs.add_row(f"{_short(a.file)}:{a.line}", f"{a.size_bytes / 1024:.1f}", str(a.count))
        out.print(allocs)
    if profile.traced_peak_bytes is not None:
        out.print(f"traced peak memory: {profile.traced_peak_bytes / 2**20:.1f} MiB")
    if profile.resources is not None and profile.resources.samples:
        res = profile.resources
        from perfagent.api.cli_common import styled

        out.print(
            styled(
                f"peak RSS: {{}} MiB over {{}} readings; "
                f"leak: {'[red]yes[/]' if res.leak.leaking else 'no'} ({{}})",
                f"{res.peak_rss_bytes / 2**20:.1f}",
                len(res.samples),
                res.leak.reason,
            )
        )
    for label, path in (
        ("flamegraph", profile.flamegraph_svg),
        ("speedscope", profile.speedscope_json),
        ("collapsed stacks", profile.collapsed),
        ("pstats", profile.pstats_file),
        ("record", str(result_path)),
    ):
        if path:
            out.print(f"{label}: {path}", highlight=False)
