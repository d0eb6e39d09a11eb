"""`perfagent`: the command line. Each command group lives in its own ``api/cli_*.py``."""

from __future__ import annotations

import importlib

import typer

from api.cli_common import HELP_MARKUP

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
    "api.cli_run",
    "api.cli_bench",
    "api.cli_profile",
    "api.cli_frontend",
    "api.cli_sql",
    "api.cli_load",
    "api.cli_monitor",
    "api.cli_eval",
    "api.cli_serve",
    "api.cli_review",
    "api.mcp_server",
)

for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main() -> None:
    from tools.sandbox.teardown import on_signals

    with on_signals():  # SIGINT/SIGTERM/SIGHUP: every process group the command started goes down with it
        app()


if __name__ == "__main__":
    main()
