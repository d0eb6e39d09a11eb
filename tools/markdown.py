"""Markdown tables as lists of lines, for every page perfagent writes (the deliverables in
agent/, the review and the monitoring README in tools/)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

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
