"""Search/replace blocks: parse the text form, then apply them under the target's root.

Parsing is pure; matching is :mod:`tools.codeedit.match`; writing happens only after
every block has matched, so a block that does not match leaves every file as it was.
Error messages are meant to be sent back to whoever wrote the blocks: they say which
block, which lines were expected and which lines the file has.

>>> text = '''Cache the table.
...
... shop/pricing.py
... ```python
... <<<<<<< SEARCH
... def shipping_table(zone):
... =======
... @functools.cache
... def shipping_table(zone):
... >>>>>>> REPLACE
... ```
... '''
>>> [(b.path, b.search) for b in parse_blocks(text)]
[('shop/pricing.py', 'def shipping_table(zone):\\n')]
>>> parse_blocks(text)[0].replace
'@functools.cache\\ndef shipping_table(zone):\\n'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from perfagent.tools.codeedit.match import closest, find, numbered, split_lines
from perfagent.tools.codeedit.models import SearchReplace
from perfagent.tools.codeedit.paths import inside, relative
from perfagent.tools.errors import InputError

_SEARCH = re.compile(r"^<{5,9} SEARCH>?$")
_DIVIDER = re.compile(r"^={5,9}$")
_REPLACE = re.compile(r"^>{5,9} REPLACE$")
_FENCE = re.compile(r"^(`{3,}|~{3,})")
_FILENAME_LOOKBACK = 3  # lines above a block searched for its file name, as aider does


def parse_blocks(text: str) -> list[SearchReplace]:
    """Every SEARCH/REPLACE block in ``text``; prose and code fences around them are ignored.

    A block without a file name above it reuses the previous block's file. A block
    that is not closed, or markers out of order, raise :class:`InputError` naming the
    line (1-based) of ``text``.
    """
    lines = text.splitlines()
    blocks: list[SearchReplace] = []
    after_previous = 0  # file names are looked for only between blocks
    i = 0
    while i < len(lines):
        marker = lines[i].strip()
        if _REPLACE.match(marker):
            raise InputError(f"edit line {i + 1}: `{marker}` without a `<<<<<<< SEARCH` before it")
        if not _SEARCH.match(marker):  # prose, fences, a stray `=======`
            i += 1
            continue
        path = _file_name(lines, after_previous, i) or (blocks[-1].path if blocks else None)
        if path is None:
            raise InputError(
                f"edit line {i + 1}: the SEARCH block has no file name on the line above it"
            )
        head = i
        search, i = _section(lines, i + 1, _DIVIDER, "=======", opened=head)
        replace, i = _section(lines, i + 1, _REPLACE, ">>>>>>> REPLACE", opened=head)
        blocks.append(SearchReplace(path=path, search=_text(search), replace=_text(replace)))
        i += 1
        after_previous = i
    if not blocks:
        raise InputError(
            "the edit has no SEARCH/REPLACE block (a file name line, then "
            "`<<<<<<< SEARCH`, the lines to find, `=======`, the new lines, "
            "`>>>>>>> REPLACE`)"
        )
    return blocks


def _section(
    lines: list[str], start: int, end: re.Pattern, name: str, *, opened: int
) -> tuple[list[str], int]:
    """Lines from ``start`` up to the ``end`` marker, and the marker's index."""
    for j in range(start, len(lines)):
        marker = lines[j].strip()
        if end.match(marker):
            return lines[start:j], j
        if _SEARCH.match(marker) or _REPLACE.match(marker) or _DIVIDER.match(marker):
            raise InputError(
                f"edit line {j + 1}: expected `{name}` to close the block opened on "
                f"line {opened + 1}, found `{marker}`"
            )
    raise InputError(f"edit line {opened + 1}: the block opened here never reaches `{name}`")


def _file_name(lines: list[str], lower: int, head: int) -> str | None:
    for j in range(head - 1, max(lower - 1, head - 1 - _FILENAME_LOOKBACK), -1):
        line = lines[j].strip()
        if not line or _FENCE.match(line):
            continue
        name = line.strip("`*#:").strip()
        # A sentence is prose, not a file name: the block then reuses the previous file.
        return name if name and not any(ch.isspace() for ch in name) else None
    return None


def _text(lines: list[str]) -> str:
    return "".join(line + "\n" for line in lines)


@dataclass
class _File:
    """A file's text as lines without endings, and how to put it back together."""

    lines: list[str]
    newline: str = "\n"
    final_newline: bool = True
    existed: bool = True

    @classmethod
    def read(cls, path: Path, rel: str) -> _File:
        if not path.exists():
            return cls(lines=[], existed=False)
        if path.is_dir():
            raise InputError(f"{rel}: is a directory, not a file")
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            raise InputError(f"{rel}: is not UTF-8 text, so blocks cannot edit it") from None
        newline = "\r\n" if "\r\n" in text else "\n"
        if not text:
            return cls(lines=[], newline=newline)
        body = text.removesuffix(newline)
        return cls(lines=body.split(newline), newline=newline, final_newline=body != text)

    def text(self) -> str:
        if not self.lines:
            return ""
        return self.newline.join(self.lines) + (self.newline if self.final_newline else "")


def apply_blocks(root: str | Path, blocks: Iterable[SearchReplace]) -> list[str]:
    """Apply ``blocks`` in order under ``root``; the files changed, relative to ``root``.

    Each block must match exactly once (later blocks see earlier blocks' changes). An
    empty SEARCH creates a file, or fills an empty one. Nothing is written unless
    every block matched.
    """
    root = Path(root)
    blocks = list(blocks)
    files: dict[Path, _File] = {}
    originals: dict[Path, str] = {}
    for number, block in enumerate(blocks, 1):
        where = f"block {number} of {len(blocks)}"
        real = inside(root, block.path)
        if real not in files:
            files[real] = _File.read(real, block.path)
            originals[real] = files[real].text()
        _apply_one(files[real], block, where)
    changed = []
    for real, state in files.items():
        if state.text() == originals[real] and state.existed:
            continue
        real.parent.mkdir(parents=True, exist_ok=True)
        real.write_bytes(state.text().encode("utf-8"))
        changed.append(relative(root, real))
    return changed


def _apply_one(state: _File, block: SearchReplace, where: str) -> None:
    search, replace = split_lines(block.search), split_lines(block.replace)
    if not search:
        if state.lines and any(line.strip() for line in state.lines):
            raise InputError(
                f"{block.path}: the SEARCH block is empty but the file already "
                f"has {len(state.lines)} lines; put the lines to replace in SEARCH "
                f"({where}; no file was changed)"
            )
        state.lines = list(replace)
        state.final_newline = True
        return
    if not state.existed:
        raise InputError(
            f"{block.path}: no such file; an empty SEARCH creates a file ({where}; "
            "no file was changed)"
        )
    matches = find(state.lines, search, replace)
    if len(matches) > 1:
        at = ", ".join(str(m.start + 1) for m in matches[:10])
        raise InputError(
            f"{block.path}: the SEARCH block matches {len(matches)} times "
            f"(at lines {at}); add surrounding lines so it matches once "
            f"({where}; no file was changed)"
        )
    if not matches:
        raise InputError(_no_match(block.path, state.lines, search, where))
    start, end, new = matches[0]
    state.lines[start:end] = new


def _no_match(path: str, lines: list[str], search: list[str], where: str) -> str:
    region = closest(lines, search)
    gutter = " " * len(str(region[1] if region else 0))  # line up with the numbered lines
    expected = "\n".join(f"{gutter} | {line}" for line in search)
    if region is None:
        found = "the file is empty"
    else:
        first, last = region
        span = f"line {first}" if first == last else f"lines {first}–{last}"
        found = f"closest existing {span}:\n{numbered(lines, first, last)}"
    return (
        f"{path}: the SEARCH block does not match; expected lines:\n{expected}\n{found}\n"
        f"({where}; no file was changed: resend it with the SEARCH lines copied exactly "
        "from the file)"
    )
