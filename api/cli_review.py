"""`perfagent review`: base..head of a repository, measured — the same review the server runs
for a pull request, for any CI system."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from perfagent.api.cli_common import console, out, user_errors


def review(
    repository: Annotated[str, typer.Argument(help="A repository path or clone URL.")] = ".",
    base: Annotated[str, typer.Option(help="The base ref or sha (e.g. origin/main).")] = "HEAD~1",
    head: Annotated[str, typer.Option(help="The head ref or sha.")] = "HEAD",
    out_dir: Annotated[
        Path, typer.Option("--out", help="Where review.md, review.sarif, review.json go.")
    ] = Path("perf-review"),
    mode: Annotated[str, typer.Option(help="time, instructions or auto.")] = "auto",
    min_effect: Annotated[
        float, typer.Option(help="Smallest change called faster/slower (0.05 = 5%).")
    ] = 0.05,
    max_time: Annotated[
        float,
        typer.Option(
            help="Budget per benchmark, seconds: its whole comparison, and again for profiling it."
        ),
    ] = 120.0,
    budget: Annotated[
        float | None,
        typer.Option(help="Seconds the whole review may take (setup, benchmarks, profiles)."),
    ] = None,
    bench: Annotated[
        list[str] | None,
        typer.Option(
            "--bench",
            help="A benchmark command (or module:function) run on both sides "
            "in place of perfagent.toml's; repeatable.",
        ),
    ] = None,
    profile: Annotated[
        str, typer.Option(help="Profile both sides of: all benchmarks, slower, changed, or none.")
    ] = "all",
    python: Annotated[
        str | None, typer.Option(help="The target's interpreter (default: perfagent's).")
    ] = None,
    fail_on_slower: Annotated[
        bool, typer.Option("--fail-on-slower", help="Exit 2 when a benchmark got slower.")
    ] = False,
) -> None:
    """Review a change: benchmarks compared with intervals, the functions that got slower, SQL and
    anti-pattern findings in the diff. Writes review.md (a PR comment), review.sarif,
    review.json."""
    with user_errors():
        from perfagent.api import sdk

        settings = sdk.review_settings(
            {
                "mode": mode,
                "min_effect": min_effect,
                "max_time_s": max_time,
                "budget_s": budget,
                "benchmarks": bench or [],
                "profile": profile,
                "python": python,
            }
        )
        result = sdk.review_change(
            repository,
            base,
            head,
            out_dir=out_dir,
            settings=settings,
            on_progress=lambda p: console.print(f"  {p.message}", highlight=False),
        )
        out.print((out_dir / "review.md").read_text(), highlight=False, markup=False)
        console.print(f"review written to {out_dir}/ (review.md, review.sarif, review.json)")
        if fail_on_slower and result.verdict == "slower":
            raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    app.command("review")(review)
