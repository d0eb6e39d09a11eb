"""Collapsed stacks (``a;b;c 42``) → hot spots. Pure: text in, records out.

py-spy's ``--format raw`` writes one line per distinct stack: frames from the root
to the leaf separated by ``;``, then a space and the number of samples. A frame is
``function (file:line)``; with ``--subprocesses`` a stack starts with
``process PID:"command"`` frames, which are not functions and are skipped here.

>>> text = '''main (app.py:1);work (app.py:5) 6
... main (app.py:1);work (app.py:5);helper (app.py:9) 3
... main (app.py:1) 1'''
>>> [(h.function, h.self_pct, h.total_pct) for h in hotspots(parse_collapsed(text))]
[('work', 60.0, 90.0), ('helper', 30.0, 30.0), ('main', 10.0, 100.0)]
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass

from perfagent.tools.errors import InputError
from perfagent.tools.profile.models import HotSpot

_FRAME = re.compile(r"^(?P<function>.*?) \((?P<file>.*?)(?::(?P<line>\d+))?\)$")
_PROCESS = re.compile(r'^process \d+:".*"$', re.DOTALL)
_PROCESS_START = re.compile(r'^process \d+:"')
NOISE_Z = 2.0  # two ranks closer than this many standard errors (Poisson counts) are a tie


@dataclass(frozen=True)
class Frame:
    function: str
    file: str
    line: int | None

    @property
    def key(self) -> tuple[str, str]:
        return (self.function, self.file)


@dataclass(frozen=True)
class Stack:
    frames: tuple[str, ...]  # raw frame text, root first
    count: int


def parse_frame(text: str) -> Frame | None:
    """One frame's text → a Frame; None for py-spy's ``process PID:"cmd"`` markers.

    >>> parse_frame("work (/srv/app.py:12)")
    Frame(function='work', file='/srv/app.py', line=12)
    >>> parse_frame("<listcomp> (app.py)")
    Frame(function='<listcomp>', file='app.py', line=None)
    >>> parse_frame('process 7:"python app.py"') is None
    True
    """
    if _PROCESS.match(text):
        return None
    match = _FRAME.match(text)
    if match is None:
        return Frame(function=text, file="", line=None)
    line = match["line"]
    return Frame(function=match["function"], file=match["file"], line=int(line) if line else None)


def parse_collapsed(text: str) -> list[Stack]:
    """Parse collapsed-stack text; blank lines are skipped, malformed ones rejected.

    A line with no frames (``" 3"``) is a sample with no Python stack: it counts
    toward the total, with no function to blame.

    >>> parse_collapsed("a;b 2\\n 1")
    [Stack(frames=('a', 'b'), count=2), Stack(frames=(), count=1)]
    """
    stacks = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        stack_text, _, count_text = line.rstrip().rpartition(" ")
        try:
            count = int(count_text)
        except ValueError:
            raise InputError(
                f"line {number} of the collapsed stacks does not end in a sample count: "
                f"{line[:80]!r}"
            ) from None
        frames = _split_frames(stack_text) if stack_text.strip() else ()
        stacks.append(Stack(frames=frames, count=count))
    return stacks


def _split_frames(stack_text: str) -> tuple[str, ...]:
    """Split on ";" except inside a ``process PID:"command"`` frame (py-spy does not escape it).

    >>> _split_frames('process 1:"sh -c a; b";f (x.py:1)')
    ('process 1:"sh -c a; b"', 'f (x.py:1)')
    """
    frames: list[str] = []
    pending: str | None = None
    for piece in stack_text.split(";"):
        if pending is not None:
            pending += ";" + piece
            if piece.endswith('"'):
                frames.append(pending)
                pending = None
        elif _PROCESS_START.match(piece) and not _PROCESS.match(piece):
            pending = piece
        elif piece:
            frames.append(piece)
    if pending is not None:
        frames.append(pending)
    return tuple(frames)


def strip_common_processes(stacks: list[Stack]) -> list[Stack]:
    """Drop leading ``process`` frames every stack shares (the wrapper shell, a lone target).

    >>> s = strip_common_processes([Stack(('process 1:"sh"', 'process 2:"py"', 'f (a.py:1)'), 2),
    ...                             Stack(('process 1:"sh"', 'process 2:"py"'), 1)])
    >>> [x.frames for x in s]
    [('f (a.py:1)',), ()]
    """
    depth = 0
    while stacks and all(
        len(s.frames) > depth
        and s.frames[depth] == stacks[0].frames[depth]
        and _PROCESS.match(s.frames[depth])
        for s in stacks
    ):
        depth += 1
    return [Stack(s.frames[depth:], s.count) for s in stacks] if depth else stacks


def format_collapsed(stacks: list[Stack]) -> str:
    """The inverse of :func:`parse_collapsed` (stacks merged by identity, heaviest first).

    >>> format_collapsed([Stack(("a", "b"), 1), Stack(("a",), 2), Stack(("a", "b"), 1)])
    'a 2\\na;b 2\\n'
    """
    merged: Counter[tuple[str, ...]] = Counter()
    for s in stacks:
        merged[s.frames] += s.count
    rows = sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))
    return "".join(f"{';'.join(frames)} {count}\n" for frames, count in rows)


def hotspots(stacks: list[Stack], *, limit: int | None = None) -> list[HotSpot]:
    """Per function: self share (it was the leaf) and total share (on the stack, once).

    Functions are identified by name and file; the line is the smallest seen (the
    ``def`` line when py-spy records with ``--function``). Sorted by self share,
    then total share.
    """
    total = sum(s.count for s in stacks)
    if total <= 0:
        return []
    self_counts: Counter[tuple[str, str]] = Counter()
    total_counts: Counter[tuple[str, str]] = Counter()
    lines: dict[tuple[str, str], int | None] = {}
    for stack in stacks:
        frames = [f for f in (parse_frame(t) for t in stack.frames) if f is not None]
        if not frames:
            continue
        for frame in frames:
            seen = lines.get(frame.key)
            if frame.line is not None and (seen is None or frame.line < seen):
                lines[frame.key] = frame.line
            else:
                lines.setdefault(frame.key, seen)
        self_counts[frames[-1].key] += stack.count
        for key in {f.key for f in frames}:  # once per stack: recursion counts once
            total_counts[key] += stack.count
    spots = [
        HotSpot(
            function=key[0],
            file=key[1],
            line=lines.get(key),
            self_pct=round(100.0 * self_counts[key] / total, 3),
            total_pct=round(100.0 * total_counts[key] / total, 3),
            self_samples=self_counts[key],
            total_samples=total_counts[key],
        )
        for key in total_counts
    ]
    spots.sort(key=lambda h: (-h.self_samples, -h.total_samples, h.function, h.file))
    mark_noise(spots)
    return spots[:limit] if limit is not None else spots


def within_noise(a_samples: int, b_samples: int, *, z: float = NOISE_Z) -> bool:
    """Could two entries of one sampled profile, ``a_samples`` and ``b_samples`` strong, swap
    places on another run of the same program?

    Each count is Poisson (a sample lands on a function with a small, steady probability),
    so the difference of two counts has a standard error of about sqrt(a + b); differences
    under ``z`` of those (two, the 95% rule of thumb) are chance. The order of the arguments
    does not matter; two empty entries are a tie. Only for sampled profiles: a deterministic
    profile's microseconds are not counts.

    >>> within_noise(900, 880), within_noise(900, 800), within_noise(40, 25), within_noise(60, 20)
    (True, False, True, False)
    >>> within_noise(5, 5), within_noise(0, 0), within_noise(880, 900)
    (True, True, True)
    """
    a, b = a_samples, b_samples
    return abs(a - b) < z * math.sqrt(a + b) if a + b else True


def mark_noise(spots: list[HotSpot], *, z: float = NOISE_Z) -> list[HotSpot]:
    """Flag each rank whose sample count is within noise of the next one's (:func:`within_noise`).

    >>> s = [HotSpot(function=f, file="a.py", line=1, self_pct=0, total_pct=0, self_samples=n,
    ...              total_samples=n) for f, n in (("a", 900), ("b", 880), ("c", 100))]
    >>> [h.within_noise for h in mark_noise(s)]
    [True, False, False]
    """
    for here, following in itertools.pairwise(spots):
        here.within_noise = within_noise(here.self_samples, following.self_samples, z=z)
    return spots
