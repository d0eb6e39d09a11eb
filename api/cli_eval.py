"""`perfagent eval`: run the recorded scenario suites and print the scorecard."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from perfagent.api.cli_common import console, out, user_errors


def eval_suite(
    suite: Annotated[
        Path | None, typer.Option(help="A folder of scenarios (default: evals/scenarios).")
    ] = None,
    llm: Annotated[
        str,
        typer.Option(
            help="rules (measures from scratch), replay (recorded measurements and "
            "cassettes, offline) or claude (needs ANTHROPIC_API_KEY)."
        ),
    ] = "rules",
    only: Annotated[
        list[str] | None, typer.Option(help="Run only this scenario (repeat for more).")
    ] = None,
    out_dir: Annotated[
        Path | None,
        typer.Option(
            "--out", help="Case folders and the scorecard (default: perf-report/eval/<llm>)."
        ),
    ] = None,
    fresh: Annotated[
        bool, typer.Option("--fresh", help="Discard earlier results instead of resuming.")
    ] = False,
    record: Annotated[
        bool,
        typer.Option(
            "--record",
            help="With --llm claude: record the exchanges into each "
            "scenario's cassettes/, for replay.",
        ),
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the summary as JSON on stdout.")
    ] = False,
) -> None:
    """Run the scenario suite and score it: detection, fixes, false alarms, speedup, time, cost."""
    with user_errors():
        from perfagent.evals.suite import run_suite
        from perfagent.evals.summary import markdown

        summary = run_suite(
            suite=suite,
            llm=llm,
            only=only,
            out=out_dir,
            fresh=fresh,
            record=record,
            say=lambda line: console.print(line, highlight=False, markup=False, soft_wrap=True),
        )
        if as_json:
            out.print_json(summary.model_dump_json())
        else:
            out.print(markdown(summary), highlight=False, markup=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_suite)
