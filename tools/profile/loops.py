"""Line-level stacks: calls inside nested loops, and the function-level stacks the other views use.

py-spy records the line each frame is executing. Aggregated by function (its ``--function``
mode) that line is lost, and with it the one shape a profile by function cannot show: a
function whose own time is small but which calls something cheap inside a loop inside a loop
— an O(n²) pair scan spends its time in the small functions it calls for each pair, so every
function-level view ranks the callees and not the loop. Here each project frame's line is
looked up in its source: a sampled line inside two or more loops of its function (``for``,
``while``, a comprehension's ``for`` clauses, a comprehension or lambda called from a loop of
the function that defines it) is a *nested-loop site*, and the sites are ranked by the share
of the run spent at them (callees included). Pure apart from reading the sampled source files.

>>> import tempfile, textwrap
>>> from perfagent.tools.profile.collapsed import Stack
>>> src = textwrap.dedent('''
...     def pairs(items, combine):
...         out = []
...         for a in items:
...             for b in items:
...                 out.append(combine(a, b))
...         return out
...     ''')
>>> with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
...     _ = f.write(src)
>>> stacks = [Stack((f"main (/app/run.py:3)", f"pairs ({f.name}:6)", f"add ({f.name}:9)"), 9),
...           Stack((f"main (/app/run.py:3)", f"pairs ({f.name}:3)"), 1)]
>>> [(s.function, s.line, s.depth, s.total_pct, s.callee) for s in nested_loops(stacks)]
[('pairs', 6, 2, 90.0, 'add')]
>>> [s.frames[1] for s in function_level(stacks)] == [f"pairs ({f.name}:2)"] * 2
True
"""

from __future__ import annotations

import ast
import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from perfagent.tools.profile.collapsed import Frame, Stack, parse_frame, within_noise
from perfagent.tools.profile.models import LoopSite
from perfagent.tools.profile.owncode import fold, is_project_file

_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda, *_COMPREHENSIONS)
_LOOPS = (ast.For, ast.AsyncFor, ast.While)
_ANONYMOUS = re.compile(r"<(?:genexpr|listcomp|dictcomp|setcomp|lambda)>$")
MIN_DEPTH = 2  # a loop inside a loop
MAX_SOURCE_BYTES = 2_000_000  # a generated file this big is not read


_KIND_NAMES = {
    ast.Lambda: "<lambda>",
    ast.ListComp: "<listcomp>",
    ast.SetComp: "<setcomp>",
    ast.DictComp: "<dictcomp>",
    ast.GeneratorExp: "<genexpr>",
}


@dataclass(frozen=True)
class _Scope:
    name: str  # the def's or class's name, or "<lambda>", "<genexpr>", ...
    first: int  # co_firstlineno: the first decorator's line, else the def / expression's line
    last: int
    loops: tuple[tuple[int, int], ...]  # (first, last) line of each loop directly in this scope
    comprehension: int  # the number of ``for`` clauses when the scope is a comprehension


@dataclass(frozen=True)
class _Source:
    scopes: tuple[_Scope, ...]
    lines: tuple[str, ...]

    def scope_at(self, line: int, function: str | None = None) -> _Scope | None:
        """The innermost scope holding ``line`` (None: module level), named like ``function``
        when given (a method's line may hold a lambda: the method's frame is the method's)."""
        name = function.rsplit(".", 1)[-1] if function else None
        inside = [s for s in self.scopes if s.first <= line <= s.last and name in (None, s.name)]
        return max(inside, key=lambda s: (s.first, -s.last)) if inside else None

    def depth_at(self, scope: _Scope | None, line: int) -> int:
        if scope is None:
            return 0
        return scope.comprehension + sum(a <= line <= b for a, b in scope.loops)


def _source(file: str) -> _Source | None:
    """A source file's scopes and loops; None when it cannot be read or parsed. Parsed once
    per version of the file (an engagement edits files between two profiles)."""
    try:
        stat = Path(file).stat()
    except (OSError, ValueError):
        return None
    if not 0 < stat.st_size <= MAX_SOURCE_BYTES:
        return None
    return _parse(file, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=1024)
def _parse(file: str, _mtime_ns: int, _size: int) -> _Source | None:
    try:
        text = Path(file).read_text(encoding="utf-8", errors="replace")
        tree = ast.parse(text)
    except (OSError, SyntaxError, ValueError):
        return None
    scopes: list[_Scope] = []

    def visit(node: ast.AST, loops: list[tuple[int, int]] | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, _SCOPES):
                own: list[tuple[int, int]] = []
                visit(child, own)
                decorators = getattr(child, "decorator_list", [])
                first = min([child.lineno, *(d.lineno for d in decorators)])
                last = child.end_lineno or child.lineno
                generators = len(child.generators) if isinstance(child, _COMPREHENSIONS) else 0
                name = getattr(child, "name", None) or _KIND_NAMES[type(child)]
                scopes.append(_Scope(name, first, last, tuple(own), generators))
                continue
            if isinstance(child, _LOOPS) and loops is not None:
                loops.append((child.lineno, child.end_lineno or child.lineno))
            visit(child, loops)

    visit(tree, None)
    return _Source(tuple(scopes), tuple(text.splitlines()))


def _def_line(frame: Frame) -> int | None:
    """The line py-spy's ``--function`` mode gives a frame: its code object's first line
    (None when the source cannot be read or holds no such function)."""
    if frame.function == "<module>":
        return 1
    source = _source(frame.file) if frame.line is not None else None
    scope = source.scope_at(frame.line, frame.function) if source and frame.line else None
    return scope.first if scope is not None else None


def function_level(stacks: list[Stack]) -> list[Stack]:
    """Line-level stacks → stacks by function (each frame's line becomes its function's
    first line), as py-spy's ``--function`` would have recorded them. A frame whose source
    cannot be read (frozen modules, a file gone) gets the smallest line sampled in it, so one
    function is still one frame."""
    parsed = {t: parse_frame(t) for s in stacks for t in s.frames}
    lines: dict[str, int] = {}
    unread: dict[tuple[str, str], int] = {}  # per function: the smallest line sampled
    for text, frame in parsed.items():
        if frame is None or frame.line is None or not frame.file:
            continue
        line = _def_line(frame)
        if line is not None:
            lines[text] = line
        else:
            unread[frame.key] = min(frame.line, unread.get(frame.key, frame.line))
    renamed = {}
    for text, frame in parsed.items():
        line = lines.get(text) or (unread.get(frame.key) if frame is not None else None)
        renamed[text] = f"{frame.function} ({frame.file}:{line})" if frame and line else text
    return [Stack(tuple(renamed[t] for t in s.frames), s.count) for s in stacks]


def _site(frames: list[Frame], i: int) -> tuple[Frame, int] | None:
    """Frame ``i`` as a loop site: (the frame the loop is in, the loop depth), or None.

    A comprehension or lambda called from the function that defines it (same file, its lines
    inside that function) is that function's loop: the depths add up at the caller's line.
    """
    frame = frames[i]
    source = _source(frame.file) if frame.line is not None else None
    if source is None or frame.line is None:
        return None
    depth = source.depth_at(source.scope_at(frame.line, frame.function), frame.line)
    while _ANONYMOUS.search(frame.function) and i > 0:
        caller = frames[i - 1]
        if caller.file != frame.file or caller.line is None:
            break
        scope = source.scope_at(caller.line, caller.function)
        if scope is None or not scope.first <= frame.line <= scope.last:
            break
        depth += source.depth_at(scope, caller.line)
        frame, i = caller, i - 1
    return frame, depth


def nested_loops(stacks: list[Stack], *, min_depth: int = MIN_DEPTH) -> list[LoopSite]:
    """Project lines inside ``min_depth`` or more loops, by the share of samples spent there
    (callees included, once per stack); ``callee`` is what the line spent most of it in."""
    total = sum(s.count for s in stacks)
    if total <= 0:
        return []
    counts: Counter[tuple[str, str, int]] = Counter()
    depths: dict[tuple[str, str, int], int] = {}
    callees: dict[tuple[str, str, int], Counter[str]] = {}
    for stack in stacks:
        frames = [f for f in (parse_frame(t) for t in stack.frames) if f is not None]
        seen: set[tuple[str, str, int]] = set()
        for i, frame in enumerate(frames):
            if not is_project_file(frame.file):
                continue
            site = _site(frames, i)
            if site is None or site[1] < min_depth:
                continue
            where, depth = site
            if where.line is None:
                continue
            key = (fold(where.function), where.file, where.line)
            if key in seen:
                continue
            seen.add(key)
            counts[key] += stack.count
            depths[key] = max(depths.get(key, 0), depth)
            below = frames[i + 1].function if i + 1 < len(frames) else "(the line itself)"
            callees.setdefault(key, Counter())[below] += stack.count
    sites = [
        LoopSite(
            function=key[0],
            file=key[1],
            line=key[2],
            depth=depths[key],
            total_pct=round(100.0 * n / total, 3),
            samples=n,
            callee=min(callees[key].items(), key=lambda kv: (-kv[1], kv[0]))[0],
            code=_code(key[1], key[2]),
        )
        for key, n in counts.items()
    ]
    sites.sort(key=lambda s: (-s.samples, s.function, s.file, s.line))
    for here, following in itertools.pairwise(sites):
        here.within_noise = within_noise(here.samples, following.samples)
    return sites


def _code(file: str, line: int) -> str:
    source = _source(file)
    if source is None or not 0 < line <= len(source.lines):
        return ""
    return source.lines[line - 1].strip()[:120]
