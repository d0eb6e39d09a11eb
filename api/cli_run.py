"""`perfagent run`, `resume`, `decide`, `report`: the engagement from a terminal."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated

import typer

from perfagent.api.cli_common import console, out, styled, user_errors


class _Progress:
    """Prints one line per step as it starts and finishes."""

    run_id: str | None = None

    def __call__(self, event: dict) -> None:
        if event.get("event") == "run":
            self.run_id = event["run_id"]
            console.print(
                styled("[bold]engagement {}[/]: {}", event["run_id"], " → ".join(event["steps"]))
            )
            if event.get("plan"):
                console.print("effective plan (flags > PERFAGENT_* > perfagent.toml > defaults):")
                for line in event["plan"]:
                    console.print(f"  {line}", highlight=False, markup=False)
        elif event.get("event") == "started":
            console.print(styled("  [cyan]▶ {}[/] …", event["step"]))
        elif event.get("event") == "finished":
            mark = "[green]✓[/]" if event["status"] == "ok" else "[red]✗[/]"
            console.print(
                styled(
                    f"  {mark} {{}} ({{}} s) {{}}",
                    event["step"],
                    f"{event['duration_s']:.1f}",
                    event["summary"],
                ),
                highlight=False,
            )
        elif event.get("event") == "waiting":
            _show_question(event["question"])


def _show_question(question: dict) -> None:
    console.print(
        styled("\n[bold yellow]approve this edit?[/] {}", question.get("title")), highlight=False
    )
    if question.get("rationale"):
        console.print(f"  why: {question['rationale']}", highlight=False)
    for block in question.get("edit", []):
        console.print(f"  {block['path']}", style="bold", highlight=False)
        for line in block["search"].splitlines():
            console.print(f"  - {line}", style="red", highlight=False)
        for line in block["replace"].splitlines():
            console.print(f"  + {line}", style="green", highlight=False)


def _answer_interactively(state, checkpoint: str | None):
    """While the engagement waits on a decision, ask on the terminal (``--approve``)."""
    from perfagent.api import sdk

    while sdk.pending_decisions(state.run_id, checkpoint=checkpoint):
        approve = typer.confirm("apply and measure it?", default=True, err=True)
        state = sdk.decide_engagement(
            state.run_id, approve, checkpoint=checkpoint, on_event=_Progress()
        )
    return state


def _summary(state, checkpoint: str | None = None) -> None:
    from perfagent.api import sdk

    questions = (
        sdk.pending_decisions(state.run_id, checkpoint=checkpoint) if state.settings.approve else []
    )
    if questions:
        out.print(f"\nwaiting for a decision on: {questions[0].get('title')}", highlight=False)
        out.print(f"answer with: perfagent decide {state.run_id} --approve (or --reject)")
        return
    out.print(f"\nreport: {Path(state.report_dir) / 'index.md'}")
    out.print(f"run id: {state.run_id}  (perfagent resume {state.run_id} continues a stopped run)")
    if state.errors:
        out.print(
            f"{len(state.errors)} step(s) could not measure everything; see the report",
            style="yellow",
        )


def run(
    path: Annotated[
        Path, typer.Argument(help="The target: a folder with perfagent.toml, or the spec file.")
    ] = Path("."),
    phase: Annotated[
        str, typer.Option(help="elaboration, construction, testing or transition.")
    ] = "construction",
    budgets: Annotated[
        Path | None, typer.Option(help="A performance_budgets YAML (the seed's format).")
    ] = None,
    report_dir: Annotated[Path, typer.Option(help="Where perf-report/<run-id>/ goes.")] = Path(
        "perf-report"
    ),
    samples: Annotated[
        int | None,
        typer.Option(help="Samples per benchmark (default 10, or PERFAGENT_BENCH_SAMPLES)."),
    ] = None,
    users: Annotated[
        int | None,
        typer.Option(help="Baseline load users (over PERFAGENT_LOAD_USERS and [load] users)."),
    ] = None,
    duration: Annotated[
        float | None,
        typer.Option(
            help="Baseline load seconds (over PERFAGENT_LOAD_DURATION_S and [load] duration_s)."
        ),
    ] = None,
    checkpoint: Annotated[
        str | None, typer.Option(help="Checkpoint store: a SQLite path or postgresql:// URL.")
    ] = None,
    run_id: Annotated[
        str | None, typer.Option(help="Use this run id instead of a generated one.")
    ] = None,
    approve: Annotated[
        bool,
        typer.Option(
            "--approve",
            help="Ask before applying each code edit "
            "(answer here, or later with perfagent decide).",
        ),
    ] = False,
    llm: Annotated[
        str,
        typer.Option(
            help="The reasoner: rules (offline), claude (needs ANTHROPIC_API_KEY), "
            "or replay (recorded cassettes)."
        ),
    ] = "rules",
    llm_cassettes: Annotated[
        Path | None,
        typer.Option(help="Cassette folder: replay reads it; with --record, claude writes it."),
    ] = None,
    record: Annotated[
        bool,
        typer.Option(
            "--record", help="With --llm claude: record every exchange (secrets stripped)."
        ),
    ] = False,
) -> None:
    """Run an engagement on a target: baseline → profile → prioritize → … → report."""
    with user_errors():
        from perfagent.agent.state import Settings
        from perfagent.api import sdk

        settings = Settings.from_env(
            bench_samples=samples,
            load_users=users,
            load_duration_s=duration,
            report_dir=str(report_dir),
            approve=approve or None,
            llm=llm if llm != "rules" else None,
            llm_cassettes=str(llm_cassettes) if llm_cassettes else None,
            llm_record=record or None,
        )
        connection = sdk.reasoner(
            settings
        )  # a bad --llm or cassette setting fails here, in one sentence
        if connection is not None and connection.notice():
            console.print(connection.notice(), style="yellow")
        progress = _Progress()
        with _stopped_hint(lambda: progress.run_id):
            state = sdk.start_engagement(
                path,
                phase=phase,
                budgets=budgets,
                settings=settings,
                checkpoint=checkpoint,
                run_id=run_id,
                on_event=progress,
            )
        if approve and _interactive():
            state = _answer_interactively(state, checkpoint)
        _summary(state, checkpoint)


@contextlib.contextmanager
def _stopped_hint(run_id: Callable[[], str | None]) -> Iterator[None]:
    """Stopped by a signal (Ctrl-C, SIGTERM, SIGHUP): the finished steps are checkpointed; say
    how to go on."""
    try:
        yield
    except KeyboardInterrupt:
        if run_id():
            console.print(
                f"stopped; the finished steps are kept: perfagent resume {run_id()} continues",
                highlight=False,
                markup=False,
            )
        raise


def _interactive() -> bool:
    import sys

    return sys.stdin.isatty()


def decide(
    run_id: Annotated[str, typer.Argument(help="The paused engagement's run id.")],
    approve: Annotated[
        bool, typer.Option("--approve/--reject", help="Apply and measure the edit, or skip it.")
    ],
    reason: Annotated[str, typer.Option(help="Why (kept in the report when rejecting).")] = "",
    checkpoint: Annotated[
        str | None, typer.Option(help="Checkpoint store: a SQLite path or postgresql:// URL.")
    ] = None,
) -> None:
    """Answer an engagement that waits on an approval (started with --approve), and let it go on."""
    with user_errors():
        from perfagent.api import sdk

        state = sdk.decide_engagement(
            run_id, approve, reason=reason, checkpoint=checkpoint, on_event=_Progress()
        )
        _summary(state, checkpoint)


def resume(
    run_id: Annotated[str, typer.Argument(help="The run id printed by perfagent run.")],
    checkpoint: Annotated[
        str | None, typer.Option(help="Checkpoint store: a SQLite path or postgresql:// URL.")
    ] = None,
) -> None:
    """Continue an engagement from its last checkpoint (after a crash or a kill)."""
    with user_errors():
        from perfagent.api import sdk

        with _stopped_hint(lambda: run_id):
            state = sdk.resume_engagement(run_id, checkpoint=checkpoint, on_event=_Progress())
        _summary(state, checkpoint)


def report(
    run_id: Annotated[str, typer.Argument(help="The run id.")],
    checkpoint: Annotated[
        str | None, typer.Option(help="Checkpoint store: a SQLite path or postgresql:// URL.")
    ] = None,
) -> None:
    """Print where an engagement's report is, and its step log."""
    with user_errors():
        from perfagent.api import sdk

        state = sdk.load_engagement(run_id, checkpoint=checkpoint)
        for record in state.log:
            out.print(
                f"{record.step:<11} {record.status:<6} {record.duration_s:6.1f} s  "
                f"{record.summary}",
                highlight=False,
            )
        _summary(state, checkpoint)


def register(app: typer.Typer) -> None:
    app.command("run")(run)
    app.command("resume")(resume)
    app.command("decide")(decide)
    app.command("report")(report)
