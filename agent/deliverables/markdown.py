"""The Markdown every deliverable page shares: tables, and durations measured in milliseconds.

Pages are lists of lines; :func:`table` returns its lines to add to them.
"""

from __future__ import annotations

from typing import Literal

from perfagent.tools.markdown import row, table  # noqa: F401 - the pages' one table helper, shared with tools/
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
