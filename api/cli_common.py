"""What every CLI command shares: one console, one way to fail, one way to print results."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterator

import typer
from pydantic import BaseModel
from rich.console import Console

from tools.errors import PerfagentError

console = Console(stderr=True)  # progress and errors; stdout stays clean for --json
out = Console()

JsonOption = typer.Option(False, "--json", help="Print the result as JSON on stdout.")


@contextlib.contextmanager
def user_errors() -> Iterator[None]:
    """Turn a PerfagentError into one red sentence and exit code 1."""
    import signal
    import threading

    # A process started with SIGINT ignored (a shell's background job, a parent that ignores
    # it) would never see Ctrl-C: Python installs its handler only if SIGINT is not ignored.
    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    except PerfagentError as exc:
        console.print(f"[bold red]error:[/] {exc}", highlight=False, markup=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        console.print("[yellow]interrupted[/]")
        raise typer.Exit(130) from None


def emit(result: BaseModel, as_json: bool, render: Callable[[BaseModel], None]) -> None:
    """Print ``result`` as JSON (machines) or through ``render`` (people)."""
    if as_json:
        sys.stdout.write(json.dumps(result.model_dump(mode="json"), indent=2) + "\n")
    else:
        render(result)
