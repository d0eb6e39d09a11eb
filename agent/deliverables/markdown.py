"""The Markdown every deliverable page shares: tables, and durations measured in milliseconds.

Pages are lists of lines; :func:`table` returns its lines to add to them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

from tools.units import format_seconds

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
    """One table line.

    >>> row(["a", 1, ""])
    '| a | 1 | |'
    """
    return "|" + "".join(f" {cell} |" if str(cell) else " |" for cell in cells)


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
