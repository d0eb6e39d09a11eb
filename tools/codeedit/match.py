"""Finding a SEARCH block in a file's lines: pure string work, no I/O.

An exact match of whole lines comes first. Failing that, a whitespace-tolerant match
(as aider does): trailing whitespace is ignored, and the block may be indented
differently from the file as long as the difference is the same on every line; the
replacement is then re-indented by that difference. Files and blocks are lists of
lines without their line endings.

>>> lines = ["def f():", "    x = 1", "    return x"]
>>> find(lines, ["x = 1", "return x"], ["x = 2", "return x"])
[Match(start=1, end=3, replace=['    x = 2', '    return x'])]
>>> closest(lines, ["    y = 1"])
(2, 2)
"""

from __future__ import annotations

import difflib
from typing import NamedTuple


class Match(NamedTuple):
    """Lines ``start:end`` (0-based) of the file are to become ``replace``."""

    start: int
    end: int
    replace: list[str]


def split_lines(text: str) -> list[str]:
    """A block's text as lines; one trailing newline ends the last line rather than adding one.

    >>> split_lines("a\\nb\\n"), split_lines(""), split_lines("\\n")
    (['a', 'b'], [], [''])
    """
    if not text:
        return []
    text = text.replace("\r\n", "\n")
    return text.removesuffix("\n").split("\n")


def find(lines: list[str], search: list[str], replace: list[str]) -> list[Match]:
    """Every place ``search`` matches: the exact matches if any, else the tolerant ones."""
    exact = _exact(lines, search)
    if exact:
        return [Match(i, i + len(search), list(replace)) for i in exact]
    return _tolerant(lines, search, replace)


def _exact(lines: list[str], search: list[str]) -> list[int]:
    n = len(search)
    if n == 0:
        return []
    first = search[0]
    return [
        i for i in range(len(lines) - n + 1) if lines[i] == first and lines[i : i + n] == search
    ]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _dedent(lines: list[str], width: int) -> list[str]:
    return [line[width:].rstrip() if line.strip() else "" for line in lines]


def _tolerant(lines: list[str], search: list[str], replace: list[str]) -> list[Match]:
    """Matches ignoring trailing whitespace and a uniform difference of indentation."""
    if not any(line.strip() for line in search):
        return []
    width = min(_indent(line) for line in [*search, *replace] if line.strip())
    want, put = _dedent(search, width), _dedent(replace, width)
    n = len(want)
    found = []
    for i in range(len(lines) - n + 1):
        prefix = _common_prefix(lines[i : i + n], want)
        if prefix is not None:
            found.append(Match(i, i + n, [prefix + line if line else "" for line in put]))
    return found


def _common_prefix(window: list[str], want: list[str]) -> str | None:
    """The whitespace every non-blank line of ``window`` has in front of ``want``, if uniform."""
    prefix = None
    for have, line in zip(window, want, strict=True):
        have = have.rstrip()
        if not line:
            if have.strip():
                return None
            continue
        if not have.endswith(line):
            return None
        extra = have[: len(have) - len(line)]
        if extra.strip() or (prefix is not None and extra != prefix):
            return None
        prefix = extra
    return prefix


def closest(lines: list[str], search: list[str]) -> tuple[int, int] | None:
    """The 1-based inclusive line range of ``lines`` most like ``search``, or None if empty."""
    if not lines or not search:
        return None
    target = "\n".join(search)
    matcher = difflib.SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(target)  # seq2 is the one SequenceMatcher indexes: index the block once
    best, best_ratio = None, -1.0
    n = len(search)
    for size in sorted({max(1, n - 1), n, n + 1}):
        for i in range(max(1, len(lines) - size + 1)):
            matcher.set_seq1("\n".join(lines[i : i + size]))
            if matcher.real_quick_ratio() <= best_ratio or matcher.quick_ratio() <= best_ratio:
                continue
            ratio = matcher.ratio()
            if ratio > best_ratio:
                best, best_ratio = (i + 1, min(i + size, len(lines))), ratio
    return best


def numbered(lines: list[str], first: int, last: int) -> str:
    """Lines ``first``..``last`` (1-based, inclusive) with their numbers in a gutter."""
    width = len(str(last))
    return "\n".join(f"{n:>{width}} | {lines[n - 1]}" for n in range(first, last + 1))
