"""The own-code view: time in the standard library, site-packages and built-ins charged
to the nearest caller in the target's own code. Pure: stacks or cProfile rows in, records out.

A profile whose hottest frame is ``re.match`` says nothing a user can change; the project
function that called it is where the fix goes. Here each sample is charged to the deepest
frame of project code on its stack ("own" time = its self time plus the library time it
drove), and the library call that took most of it is named: ``line_offset → re.match 80%``.

>>> from perfagent.tools.profile.collapsed import Stack
>>> stacks = [Stack(("main (/app/run.py:1)", "line_offset (/app/run.py:5)",
...                  "match (/usr/lib/python3.11/re/__init__.py:166)"), 8),
...           Stack(("main (/app/run.py:1)", "tidy (/app/run.py:9)"), 2)]
>>> [(h.function, h.self_pct, h.total_pct, h.chain) for h in own_code_hotspots(stacks)]
[('line_offset', 80.0, 80.0, 're.match 80%'), ('tidy', 20.0, 20.0, None),
 ('main', 0.0, 100.0, None)]
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import PurePosixPath

from perfagent.tools.profile.collapsed import Frame, Stack, mark_noise, parse_frame
from perfagent.tools.profile.models import HotSpot

# Where library code lives: any interpreter's stdlib, any site-/dist-packages (a venv, the
# system's).
_LIBRARY = re.compile(
    r"(^|/)(site-packages|dist-packages)/|/lib/(pypy|python)\d+(\.\d+)?/|^/usr/lib/python"
)
_LIB_TAIL = re.compile(r"^.*(?:/(?:site|dist)-packages/|/lib/(?:pypy|python)\d+(?:\.\d+)?/)")


def is_project_file(file: str) -> bool:
    """Is ``file`` the target's own code (not stdlib, site-packages, built-in or frozen)?

    >>> [is_project_file(f) for f in ("/srv/app/run.py", "/usr/lib/python3.11/re/__init__.py",
    ...  "/srv/app/.venv/lib/python3.11/site-packages/x.py", "<built-in>", "~", "<frozen os>", "")]
    [True, False, False, False, False, False, False]
    """
    if not file or file == "~" or file.startswith("<"):
        return False
    return _LIBRARY.search(file) is None


def library_name(frame: Frame) -> str:
    """A library frame as ``module.function`` (``re.match``), or a built-in's own name.

    >>> library_name(Frame("match", "/usr/lib/python3.11/re/__init__.py", 166))
    're.match'
    >>> library_name(Frame("Parser.parse", "/v/lib/python3.11/site-packages/yaml/parser.py", 3))
    'yaml.parser.Parser.parse'
    >>> library_name(Frame("builtins.len", "<built-in>", None))
    'builtins.len'
    """
    if not frame.file or frame.file.startswith("<") or frame.file == "~":
        return frame.function
    tail = _LIB_TAIL.sub("", frame.file)
    path = PurePosixPath(tail)
    parts = list(path.with_suffix("").parts) if path.suffix == ".py" else [path.name]
    if parts and parts[-1] == "__init__":
        parts.pop()
    module = ".".join(p for p in parts if p and p != "/")
    return f"{module}.{frame.function}" if module else frame.function


_ANONYMOUS = re.compile(
    r"^(?P<outer>.+?)(?:\.<locals>)?\.<(?:genexpr|listcomp|dictcomp|setcomp|lambda)>$"
)


def fold(function: str) -> str:
    """A comprehension's or lambda's frame is its enclosing function's code.

    >>> fold("imt.<locals>.<genexpr>"), fold("Cls.m.<locals>.<listcomp>")
    ('imt', 'Cls.m')
    >>> fold("f.<locals>.inner"), fold("<lambda>")
    ('f.<locals>.inner', '<lambda>')
    """
    match = _ANONYMOUS.match(function)
    return match["outer"] if match else function


def own_code_hotspots(stacks: list[Stack]) -> list[HotSpot]:
    """Per project function: own share (its self time plus the library time below it,
    up to the next project frame) and total share (on the stack, once per stack).

    A comprehension's or lambda's frame counts as its enclosing function's
    (``imt.<locals>.<genexpr>`` is ``imt``'s code). Samples with no project frame count toward
    the total only. Sorted by own share, then total share, then name and file, so equal counts
    always rank the same way;
    ``within_noise`` marks a rank that the next one could swap with by chance.
    """
    total = sum(s.count for s in stacks)
    if total <= 0:
        return []
    own: Counter[tuple[str, str]] = Counter()
    totals: Counter[tuple[str, str]] = Counter()
    lines: dict[tuple[str, str], int | None] = {}
    callees: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for stack in stacks:
        frames = [
            Frame(fold(f.function), f.file, f.line) if is_project_file(f.file) else f
            for f in (parse_frame(t) for t in stack.frames)
            if f is not None
        ]
        project = [i for i, f in enumerate(frames) if is_project_file(f.file)]
        if not project:
            continue
        for i in project:
            frame = frames[i]
            seen = lines.get(frame.key)
            if frame.line is not None and (seen is None or frame.line < seen):
                lines[frame.key] = frame.line
            else:
                lines.setdefault(frame.key, seen)
        for key in {frames[i].key for i in project}:
            totals[key] += stack.count
        deepest = project[-1]
        key = frames[deepest].key
        own[key] += stack.count
        if deepest + 1 < len(frames):
            callees[key][library_name(frames[deepest + 1])] += stack.count
    spots = [
        HotSpot(
            function=key[0],
            file=key[1],
            line=lines.get(key),
            self_pct=round(100.0 * own[key] / total, 3),
            total_pct=round(100.0 * totals[key] / total, 3),
            self_samples=own[key],
            total_samples=totals[key],
            chain=_chain(callees.get(key), total, own[key]),
        )
        for key in totals
    ]
    spots.sort(key=lambda h: (-h.self_samples, -h.total_samples, h.function, h.file))
    return mark_noise(spots)


def _chain(counts: Counter[str] | None, total: float, own: float) -> str | None:
    """The library call that took most of a function's own time, with its share of the run;
    None when library calls took under a tenth of that own time (the function's own code is it)."""
    if not counts:
        return None
    name, n = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if n < 0.1 * own:
        return None
    return f"{name} {100.0 * n / total:.0f}%"


def own_code_from_pstats(rows: list[list], names: dict[tuple, str] | None = None) -> list[HotSpot]:
    """cProfile rows with callers → the own-code view (times in microseconds as samples).

    ``rows`` are ``[file, line, name, primitive_calls, calls, self_s, cumulative_s, callers]``
    where ``callers`` is a list of ``[file, line, name, calls, cumulative_s]`` edges (the
    callee's time when called from that caller). A library function's time goes to its
    project callers in proportion to the edges, less what it spent back in project code
    (a callback) one level down; its biggest callee is named as the chain.

    >>> rows = [["/app/a.py", 1, "f", 1, 1, 0.2, 1.0, []],
    ...         ["~", 0, "<method 'search' of 're.Pattern' objects>", 5, 5, 0.8, 0.8,
    ...          [["/app/a.py", 1, "f", 5, 0.8]]]]
    >>> [(h.function, h.self_pct, h.chain, h.calls) for h in own_code_from_pstats(rows)]
    [('f', 100.0, 're.Pattern.search 80%', 1)]
    """
    from perfagent.tools.profile.cprofile import builtin_name

    names = names or {}
    total_s = sum(r[5] for r in rows)
    if total_s <= 0:
        return []
    key_of = {(r[0], r[1], r[2]): r for r in rows}
    project = {k for k in key_of if is_project_file(k[0])}
    back_into_project: Counter[tuple] = Counter()  # library fn → time its project callees took
    for callee in project:
        for c_file, c_line, c_name, _calls, ct in key_of[callee][7]:
            if (c_file, c_line, c_name) not in project:
                back_into_project[(c_file, c_line, c_name)] += ct
    own: Counter[tuple] = Counter()
    chains: dict[tuple, Counter[str]] = defaultdict(Counter)
    for key, row in key_of.items():
        if key in project:
            own[key] += row[5]
            continue
        cumulative = row[6] or 1e-12
        kept = max(0.0, 1.0 - back_into_project[key] / cumulative)
        label = (
            builtin_name(key[2]) if key[0] == "~" else library_name(Frame(key[2], key[0], key[1]))
        )
        for c_file, c_line, c_name, _calls, ct in row[7]:
            caller = (c_file, c_line, c_name)
            if caller in project:
                own[caller] += ct * kept
                chains[caller][label] += ct * kept
    merged: dict[tuple[str, str], dict] = {}  # a comprehension's time is its enclosing function's
    for key in project:
        row = key_of[key]
        name = names.get(key, key[2])
        entry = merged.setdefault(
            (fold(name), key[0]),
            {"own": 0.0, "total": 0.0, "line": None, "calls": None, "chains": Counter()},
        )
        entry["own"] += own[key]
        entry["total"] = max(entry["total"], row[6])
        entry["chains"].update(chains.get(key) or {})
        line = int(key[1]) if key[1] else None
        if line is not None and (entry["line"] is None or line < entry["line"]):
            entry["line"] = line
        if fold(name) == name:
            entry["calls"] = int(row[4])
    spots = [
        HotSpot(
            function=function,
            file=file,
            line=e["line"],
            self_pct=round(min(100.0, 100.0 * e["own"] / total_s), 3),
            total_pct=round(min(100.0, 100.0 * e["total"] / total_s), 3),
            self_samples=round(e["own"] * 1e6),
            total_samples=round(e["total"] * 1e6),
            calls=e["calls"],
            chain=_chain(e["chains"], total_s, e["own"]),
        )
        for (function, file), e in merged.items()
    ]
    spots.sort(key=lambda h: (-h.self_samples, -h.total_samples, h.function, h.file))
    return spots
