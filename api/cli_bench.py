"""`perfagent bench` and `perfagent compare`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from perfagent.api.cli_common import JsonOption, console, emit, out, user_errors


def _progress():
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("{task.description}", style="bold", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )


def _fmt(value: float, mode: str) -> str:
    from perfagent.tools.units import format_count, format_seconds

    if mode == "metric":
        return f"{value:.6g}"
    return format_count(value) + " instr" if mode == "instructions" else format_seconds(value)


def render_result(result) -> None:
    from rich.table import Table

    from perfagent.tools.units import format_bytes

    s, mode = result.summary, result.mode
    table = Table(title=f"{result.spec.name}  (per loop)", title_justify="left", show_header=False)
    table.add_column("statistic", style="bold")
    table.add_column("value", justify="right")
    rows = [
        ("median", _fmt(s.median, mode)),
        ("mean ± stdev", f"{_fmt(s.mean, mode)} ± {_fmt(s.stdev, mode)}"),
        ("min / max", f"{_fmt(s.min, mode)} / {_fmt(s.max, mode)}"),
        ("p95 / p99", f"{_fmt(s.p95, mode)} / {_fmt(s.p99, mode)}"),
        ("MAD", _fmt(s.mad, mode)),
        ("CV", f"{s.cv * 100:.2f}%"),
        ("outliers (Tukey, kept)", str(len(s.outliers))),
        ("samples × loops", f"{s.n} × {result.loops}"),
        ("peak RSS", format_bytes(result.peak_rss_bytes)),
    ]
    if result.cpu_summary:
        rows.insert(1, ("CPU time (median)", _fmt(result.cpu_summary.median, "time")))
    for row in rows:
        table.add_row(*row)
    out.print(table)


_COLOURS = {"faster": "green", "slower": "red", "unchanged": "cyan", "inconclusive": "yellow"}


def render_comparison(c) -> None:
    from rich.table import Table

    table = Table(title_justify="left")
    for col in ("side", "benchmark", "median", "CV", "samples"):
        table.add_column(col, justify="right" if col != "benchmark" else "left")
    unit = "metric" if c.a.spec.metric else c.mode
    for side, r in (("A", c.a), ("B", c.b)):
        table.add_row(
            side,
            r.spec.name,
            _fmt(r.summary.median, unit),
            f"{r.summary.cv * 100:.2f}%",
            str(r.summary.n),
        )
    out.print(table)
    colour = _COLOURS[c.verdict]
    budget = f" of a {c.max_time_s:g} s budget" if c.max_time_s else ""
    out.print(
        f"B/A = {c.ratio:.4f}  ({c.confidence * 100:.4g}% CI {c.ci_low:.4f} – {c.ci_high:.4f}, "
        f"p = {c.p_value:.3g}, "
        f"min effect {c.min_effect * 100:g}%, {c.elapsed_s:.1f} s{budget})",
        highlight=False,
    )
    from perfagent.api.cli_common import styled

    out.print(
        styled(f"verdict: [bold {colour}]{{}}[/] — {{}}", c.verdict, c.reason), highlight=False
    )
    for note in c.notes:
        out.print(f"  note: {note}", highlight=False)


def bench(
    target: Annotated[
        str, typer.Argument(help="A shell command, or a Python callable module:function.")
    ],
    samples: Annotated[int, typer.Option(help="Samples, each from a fresh process.")] = 20,
    warmups: Annotated[int, typer.Option(help="Warm-up runs before measuring.")] = 1,
    min_sample_s: Annotated[
        float, typer.Option(help="Calibrate loops so one sample lasts this long.")
    ] = 0.1,
    cwd: Annotated[Path | None, typer.Option(help="Run the benchmark in this directory.")] = None,
    timeout_s: Annotated[
        float, typer.Option("--timeout", help="Kill a sample after this many seconds.")
    ] = 120.0,
    as_json: bool = JsonOption,
) -> None:
    """Benchmark a command or callable: fresh processes, warm-ups, calibrated loops."""
    with user_errors():
        from perfagent.api import sdk

        with _progress() as progress:
            task = progress.add_task(target.strip()[:40], total=samples)
            result = sdk.run_benchmark(
                target,
                cwd=cwd,
                samples=samples,
                warmups=warmups,
                min_sample_s=min_sample_s,
                timeout_s=timeout_s,
                on_progress=_bar(progress, task),
            )
        emit(result, as_json, render_result)


def _bar(progress, task):
    """An sdk progress sink moving ``task`` of a Rich progress bar."""
    return lambda p: progress.update(task, completed=p.done, total=p.total)


def compare(
    targets: Annotated[
        list[str] | None,
        typer.Argument(help="A B (two targets), or with --base/--head one command after --."),
    ] = None,
    base: Annotated[
        str | None, typer.Option(help="Git ref for A (compare two refs of --repo).")
    ] = None,
    head: Annotated[str | None, typer.Option(help="Git ref for B.")] = None,
    repo: Annotated[Path, typer.Option(help="Repository for --base/--head.")] = Path("."),
    mode: Annotated[
        str,
        typer.Option(
            help="time; instructions (valgrind callgrind); or auto: time, then instruction counts "
            "when time cannot decide."
        ),
    ] = "time",
    samples: Annotated[
        int | None, typer.Option(help="Samples per side (default 20 time, 3 instructions).")
    ] = None,
    max_samples: Annotated[
        int | None, typer.Option(help="Add samples up to this many while inconclusive.")
    ] = None,
    min_effect: Annotated[
        float | None,
        typer.Option(
            help="Smallest change that counts, as a fraction "
            "(default 0.02 time, 0.002 instructions)."
        ),
    ] = None,
    min_sample_s: Annotated[
        float, typer.Option(help="Calibrate loops so one sample lasts this long.")
    ] = 0.1,
    max_time_s: Annotated[
        float,
        typer.Option(
            "--max-time", help="Seconds the whole comparison may take, first samples included."
        ),
    ] = 60.0,
    timeout_s: Annotated[
        float, typer.Option("--timeout", help="Kill a sample after this many seconds.")
    ] = 120.0,
    python: Annotated[
        str | None,
        typer.Option(
            help="The target's interpreter "
            "(default: the repository's .venv/venv, else perfagent's)."
        ),
    ] = None,
    setup: Annotated[
        str | None,
        typer.Option(
            help="With --base/--head: build a venv in each worktree and run this in it "
            "(e.g. 'pip install .')."
        ),
    ] = None,
    env: Annotated[
        list[str] | None,
        typer.Option("--env", help="K=V for the benchmark's environment (repeatable)."),
    ] = None,
    metric: Annotated[
        str | None,
        typer.Option(
            help="A regex whose first group is the figure the benchmark prints (lower is better), "
            "instead of wall time."
        ),
    ] = None,
    fail_on_slower: Annotated[bool, typer.Option(help="Exit 2 when B is slower (for CI).")] = False,
    as_json: bool = JsonOption,
) -> None:
    """Compare B against A (or --head against --base), interleaved, with a statistical verdict."""
    with user_errors():
        from perfagent.api import sdk
        from perfagent.tools.errors import InputError

        if mode not in ("time", "instructions", "auto"):
            raise InputError(f"--mode must be time, instructions or auto, not {mode!r}")
        targets = targets or []
        env_vars = parse_env(env or [])
        user_path = os.environ.get("PYTHONPATH", "")
        kwargs = {
            "mode": mode,
            "samples": samples,
            "max_samples": max_samples,
            "min_effect": min_effect,
            "min_sample_s": min_sample_s,
            "max_time_s": max_time_s,
            "timeout_s": timeout_s,
            "env": env_vars,
            "python": python,
            "metric": metric,
        }
        with _progress() as progress:
            task = progress.add_task("comparing", total=samples or 1)
            kwargs["on_progress"] = _bar(progress, task)
            if base or head:
                if not (base and head):
                    raise InputError("git-ref mode needs both --base and --head")
                if not targets:
                    raise InputError(
                        "give the benchmark after --, "
                        "e.g. perfagent compare --base main --head HEAD -- python bench.py"
                    )
                result = sdk.compare_refs(
                    repo,
                    base,
                    head,
                    " ".join(targets),
                    setup=setup,
                    user_pythonpath=user_path,
                    invoked_from=Path.cwd(),
                    **kwargs,
                )
            else:
                if len(targets) != 2:
                    raise InputError(
                        "give two targets A and B (quote each), "
                        "or --base and --head with one command"
                    )
                if setup:
                    raise InputError(
                        "--setup needs --base and --head: it builds a venv in each worktree"
                    )
                if user_path:
                    env_vars.setdefault("PYTHONPATH", user_path)
                result = sdk.compare_benchmarks(*targets, **kwargs)
        emit(result, as_json, render_comparison)
        if fail_on_slower and result.verdict == "slower":
            raise typer.Exit(2)


def parse_env(pairs: list[str]) -> dict[str, str]:
    """``["K=V", ...]`` from ``--env`` as a dict; a pair without ``=`` is one sentence.

    >>> parse_env(["N=3", "A=b=c"])
    {'N': '3', 'A': 'b=c'}
    """
    from perfagent.tools.errors import InputError

    out = {}
    for pair in pairs:
        key, eq, value = pair.partition("=")
        if not eq or not key:
            raise InputError(f"--env {pair!r} must look like NAME=value")
        out[key] = value
    return out


def register(app: typer.Typer) -> None:
    app.command("bench")(bench)
    app.command("compare")(compare)
