"""`perfagent`: the command line. Each command group lives in its own ``api/cli_*.py``."""

from __future__ import annotations

import importlib

import typer

from perfagent.api.cli_common import HELP_MARKUP

app = typer.Typer(
    name="perfagent",
    help="A performance engineer as a service: measure, profile, compare, optimize.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=HELP_MARKUP,  # help text is shown as written ([tool.perfagent] stays)
)

# Each module exposes register(app). Heavy imports stay inside the commands.
COMMAND_MODULES = (
    "perfagent.api.cli_run",
    "perfagent.api.cli_bench",
    "perfagent.api.cli_profile",
    "perfagent.api.cli_frontend",
    "perfagent.api.cli_sql",
    "perfagent.api.cli_load",
    "perfagent.api.cli_monitor",
    "perfagent.api.cli_eval",
    "perfagent.api.cli_serve",
    "perfagent.api.cli_review",
    "perfagent.api.mcp_server",
)

for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main() -> None:
    from perfagent.tools.sandbox.teardown import on_signals

    with (
        on_signals()
    ):  # SIGINT/SIGTERM/SIGHUP: every process group the command started goes down with it
        app()


if __name__ == "__main__":
    main()
