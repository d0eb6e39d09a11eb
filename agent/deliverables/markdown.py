"""The Markdown every deliverable page shares: pages from templates, tables, and durations
measured in milliseconds.

A page's wording and layout are ``templates/<page>.md.j2`` in this package, filled by
:func:`page` (tools.markdown sets the templates up the same for every page perfagent writes);
the page's module gathers the figures and the rows. ``ms`` is :func:`fmt_ms` in every template.
:func:`table` returns lines, for the sections still put together in code.
"""

from __future__ import annotations

from typing import Literal

from perfagent.tools.markdown import render, row, table  # noqa: F401 - the pages' one table helper, shared with tools/
from perfagent.tools.units import format_seconds


def fmt_ms(value_ms: float | None, style: Literal["ms", "number", "scaled"] = "ms") -> str:
    """A duration measured in milliseconds, for a page; ``–`` when it was not measured.

    ``ms`` (in a sentence): with the unit, to a tenth below 100 ms. ``number`` (in a column
    whose header names the unit): whole milliseconds, without it. ``scaled``: the unit follows
    the size, to three significant digits (tools.units.format_seconds).

    >>> fmt_ms(52.34), fmt_ms(1234.4), fmt_ms(52.34, "number"), fmt_ms(0.02, "scaled"), fmt_ms(None)
    ('52.3 ms', '1,234 ms', '52', '20.0 µs', '–')
    """
    if value_ms is None:
        return "–"
    if style == "number":
        return f"{value_ms:.0f}"
    if style == "scaled":
        return format_seconds(value_ms / 1000)
    return f"{value_ms:,.0f} ms" if value_ms >= 100 else f"{value_ms:.1f} ms"


def page(template: str, /, **context: object) -> str:
    """The deliverable page ``templates/<template>`` of this package, filled with ``context``."""
    return render("perfagent.agent.deliverables", template, ms=fmt_ms, **context)
