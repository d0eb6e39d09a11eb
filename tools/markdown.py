"""The Markdown of every page perfagent writes (the deliverables in agent/, the review and the
monitoring README in tools/): pages from Jinja2 templates, and tables as lists of lines.

A page's wording and layout live in a template file, ``templates/<page>.md.j2`` beside the
module that fills it; the module gathers the figures. :func:`environment` is the one place the
templates' settings are made, so every page renders the same way:

- ``trim_blocks`` and ``lstrip_blocks``: a line holding only a ``{% tag %}`` leaves nothing
  behind, so a template reads like the page it writes;
- ``StrictUndefined``: a misspelt field is an error, never an empty cell;
- no HTML escaping (the pages are Markdown; cells are escaped where they are made).

Every template can call ``table(headers, rows, align)`` (the lines joined) and format a value
with ``fmt`` (Python's format spec: ``{{ rps | fmt(".1f") }}``), ``bytes`` (``172.9 MiB``) and
``seconds`` (``20.0 µs``, three significant digits).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

import jinja2

from perfagent.tools.units import format_bytes, format_seconds

SEPARATORS = {"l": "---", "r": "---:"}


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], align: str = "") -> list[str]:
    """A Markdown table as lines: the header, the separator, then one line per row.

    ``align`` has a letter per column, ``l`` (the default) or ``r`` for figures. An empty
    cell is written ``| |``.

    >>> table(["endpoint", "p95 ms", ""], [["GET /", 52, "ok"]], align="lrl")
    ['| endpoint | p95 ms | |', '|---|---:|---|', '| GET / | 52 | ok |']
    """
    align = align or "l" * len(headers)
    if len(align) != len(headers) or set(align) - set(SEPARATORS):
        raise ValueError(f"align {align!r} needs l or r for each of the {len(headers)} columns")
    separator = "|" + "".join(SEPARATORS[a] + "|" for a in align)
    return [row(headers), separator, *(row(r) for r in rows)]


def row(cells: Sequence[object]) -> str:
    r"""One table line. In a cell, a line break (with the white space around it) becomes one
    space and a bare ``|`` is escaped: a query's text or a reason with a newline would otherwise
    end the row in the middle, and a ``|`` would start a new column. Other spaces are kept (a
    line of code in backticks).

    >>> row(["a", 1, ""])
    '| a | 1 | |'
    >>> row(["SELECT count(*) \nFROM t", "a | b", r"c \| d"])
    '| SELECT count(*) FROM t | a \\| b | c \\| d |'
    """
    return "|" + "".join(f" {text} |" if (text := cell_text(cell)) else " |" for cell in cells)


_BARE_PIPE = re.compile(r"(?<!\\)\|")
_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def cell_text(cell: object) -> str:
    """``cell`` as one table cell's text (see :func:`row`)."""
    return _BARE_PIPE.sub(r"\\|", _BREAKS.sub(" ", str(cell)).strip())


@functools.cache
def environment(package: str | None) -> jinja2.Environment:
    r"""The Jinja2 environment for the templates in ``<package>/templates`` (none: strings only).

    >>> text = "{{ table(['a', 'b'], rows, 'lr') }}\n{% if n %}\n{{ n | fmt(',') }} rows{% endif %}"
    >>> environment(None).from_string(text).render(rows=[["x", 1]], n=1200)
    '| a | b |\n|---|---:|\n| x | 1 |\n1,200 rows'
    """
    env = jinja2.Environment(
        loader=jinja2.PackageLoader(package, "templates") if package else None,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    env.globals["table"] = lambda headers, rows, align="": "\n".join(table(headers, rows, align))
    env.filters["fmt"] = format
    env.filters["bytes"] = format_bytes
    env.filters["seconds"] = format_seconds
    return env


def render(package: str, template: str, /, **context: object) -> str:
    """The page ``template`` of ``<package>/templates`` filled with ``context``."""
    return environment(package).get_template(template).render(**context)
