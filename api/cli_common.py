"""What every CLI command shares: one console, one way to fail, one way to print results.

The console rule: **user text is never Rich markup.** Both consoles have markup off, so a
string printed as is (a path like ``queries/[/x].sql``, a message naming ``[tool.perfagent]``)
shows verbatim, in tables and panels too. Style comes only from :func:`styled`, whose template
is ours and whose values are inserted as plain text. ``--help`` renders docstrings and option
help as plain text.
"""

from __future__ import annotations

import contextlib
import json
import re
import sys
from collections.abc import Callable, Iterator

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.text import Text

from perfagent.tools.errors import PerfagentError

console = Console(stderr=True, markup=False)  # progress and errors; stdout stays clean for --json
out = Console(markup=False)
HELP_MARKUP = None  # Typer's rich_markup_mode: help text is shown as written

JsonOption = typer.Option(False, "--json", help="Print the result as JSON on stdout.")


def styled(template: str, *values: object) -> Text:
    """``template`` (our Rich markup, with ``{}`` slots) filled with ``values`` shown verbatim.

    The values never pass through the markup parser (no escaping to get wrong): each takes the
    style of the tags around its slot.

    >>> value = "perfagent.toml with [tool.perfagent] and [[service.endpoint]]"
    >>> styled("[bold red]error:[/] {}", value).plain
    'error: perfagent.toml with [tool.perfagent] and [[service.endpoint]]'
    >>> text = styled("[bold]{}[/]: {}", "queries/[/x].sql", "[red]")
    >>> text.plain, [(span.start, span.end, span.style) for span in text.spans]
    ('queries/[/x].sql: [red]', [(0, 16, 'bold')])
    """
    slots = [f"\ue000{index}\ue001" for index in range(len(values))]
    shape = Text.from_markup(template.format(*slots))
    result, at = Text(), 0
    for slot in re.finditer("\ue000(\\d+)\ue001", shape.plain):
        result.append_text(shape[at : slot.start()])
        start = len(result)
        result.append(str(values[int(slot[1])]))
        for span in shape.spans:
            if span.start <= slot.start() < span.end:
                result.stylize(span.style, start, len(result))
        at = slot.end()
    result.append_text(shape[at:])
    return result


@contextlib.contextmanager
def user_errors() -> Iterator[None]:
    """Turn a PerfagentError into one red sentence and exit code 1."""
    import signal
    import threading

    # A process started with SIGINT ignored (a shell's background job, a parent that ignores
    # it) would never see Ctrl-C: Python installs its handler only if SIGINT is not ignored.
    if (
        threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    ):
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    except PerfagentError as exc:
        console.print(styled("[bold red]error:[/] {}", exc), highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        console.print("interrupted", style="yellow")
        raise typer.Exit(130) from None


def emit(result: BaseModel, as_json: bool, render: Callable[[BaseModel], None]) -> None:
    """Print ``result`` as JSON (machines) or through ``render`` (people)."""
    if as_json:
        sys.stdout.write(json.dumps(result.model_dump(mode="json"), indent=2) + "\n")
    else:
        render(result)
