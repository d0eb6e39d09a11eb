"""Deterministic profiling of a ``module:function`` callable: cProfile + tracemalloc.

The callable runs in a sandboxed child (``_cprofile_child.py``, standard library
only) in the target's working directory; the child writes JSON, and the pure
:func:`hotspots_from_pstats` turns cProfile's table into the same :class:`HotSpot`
model the sampling profiler produces, with call counts.

>>> rows = [["app.py", 3, "work", 1, 1, 0.8, 0.9], ["app.py", 9, "helper", 5, 5, 0.1, 0.1],
...         ["~", 0, "<built-in method builtins.len>", 7, 7, 0.1, 0.1]]
>>> [(h.function, h.file, h.self_pct, h.calls) for h in hotspots_from_pstats(rows)]
[('work', 'app.py', 80.0, 1), ('builtins.len', '<built-in>', 10.0, 7),
 ('helper', 'app.py', 10.0, 5)]
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from perfagent.tools.errors import InputError, TargetError, TargetTimeout
from perfagent.tools.profile.models import Allocation, CpuProfile, HotSpot, prepare_out_dir
from perfagent.tools.profile.owncode import own_code_from_pstats
from perfagent.tools.sandbox import run, scrubbed_env

_CHILD = Path(__file__).with_name("_cprofile_child.py")
_TARGET = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_][\w.]*$")
_PROFILER_NOISE = "<method 'disable' of '_lsprof.Profiler' objects>"
PSTATS_FILE = "profile.pstats"
_BUILTIN = re.compile(r"^<built-in method (?P<name>.+?)(?: of .*)?>$")
_METHOD = re.compile(r"^<method '(?P<name>[^']+)' of '(?P<owner>[^']+)' objects>$")


def hotspots_from_pstats(rows: list[list]) -> list[HotSpot]:
    """cProfile rows → hot spots; a row is
    ``[file, line, function, primitive_calls, calls, self_s, cumulative_s, ...]``.

    Shares are of the summed self time (the whole profiled run); ``*_samples`` are
    microseconds, so the fields mean the same thing as a sampling profile's. A ninth
    field, when present, is the qualified name (``Class.method``) shown instead of the bare one.
    """
    rows = [r for r in rows if r[2] != _PROFILER_NOISE]
    total_s = sum(r[5] for r in rows)
    if total_s <= 0:
        return []
    spots = []
    for row in rows:
        file, line, name, _primitive, calls, self_s, cumulative_s = row[:7]
        builtin = file == "~"
        spots.append(
            HotSpot(
                function=builtin_name(name) if builtin else (row[8] if len(row) > 8 else name),
                file="<built-in>" if builtin else file,
                line=None if builtin or not line else int(line),
                self_pct=round(100.0 * self_s / total_s, 3),
                total_pct=round(min(100.0, 100.0 * cumulative_s / total_s), 3),
                self_samples=round(self_s * 1e6),
                total_samples=round(cumulative_s * 1e6),
                calls=int(calls),
            )
        )
    spots.sort(key=lambda h: (-h.self_samples, -h.total_samples, h.function, h.file))
    return spots


def builtin_name(name: str) -> str:
    """cProfile's names for C functions, shortened.

    >>> builtin_name("<method 'extend' of 'list' objects>")
    'list.extend'
    >>> builtin_name("<built-in method builtins.len>")
    'builtins.len'
    """
    if match := _METHOD.match(name):
        return f"{match['owner']}.{match['name']}"
    if match := _BUILTIN.match(name):
        return match["name"]
    return name


def profile_callable(
    target: str,
    *,
    out_dir: Path | None = None,
    timeout_s: float = 600,
    cwd: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    top_allocations: int = 15,
    trace_memory: bool = True,
    python: str | None = None,
) -> CpuProfile:
    """Profile ``module:function`` (called with no arguments) deterministically.

    The function runs twice in one child: under cProfile, then under tracemalloc
    (skip the second run with ``trace_memory=False``). ``cwd`` is put on the
    child's ``sys.path``, as ``python -m`` would. With ``out_dir``, the raw pstats
    file is kept there for snakeviz and friends.
    """
    if not _TARGET.match(target):
        raise InputError(f"`{target}` is not a callable reference: write it as module:function")
    child_env = dict(env) if env is not None else scrubbed_env()
    child_env["PERFAGENT_TOP_ALLOCATIONS"] = str(top_allocations)
    child_env["PERFAGENT_TRACEMALLOC"] = "1" if trace_memory else "0"
    child_env.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    prof_path = ""
    if out_dir is not None:
        out_dir = prepare_out_dir(out_dir)
        prof_path = str(out_dir / PSTATS_FILE)
    with tempfile.TemporaryDirectory(prefix="perfagent-cprofile-") as scratch:
        out_json = Path(scratch) / "result.json"
        argv = [python or sys.executable, str(_CHILD), target, str(out_json), prof_path]
        result = run(argv, cwd=cwd, env=child_env, timeout_s=timeout_s)
        if result.timed_out:
            raise TargetTimeout(f"`{target}` did not finish within {timeout_s:g} s and was killed")
        if not out_json.exists():
            tail = result.stderr_tail(1)
            raise TargetError(
                f"`{target}` {_died(result.returncode)}" + (f": {tail}" if tail else ""),
                detail=result.stderr,
            )
        payload = json.loads(out_json.read_text())
    error = payload.get("error")
    if error:
        if error["kind"] == "raised":
            raise TargetError(f"`{target}` raised {error['message']}", detail=result.stderr)
        raise InputError(f"cannot load `{target}`: {error['message']}", detail=result.stderr)
    stats = [r for r in payload["stats"] if r[2] != _PROFILER_NOISE]
    spots = hotspots_from_pstats(stats)
    own = own_code_from_pstats(stats, {(r[0], r[1], r[2]): r[8] for r in stats if len(r) > 8})
    return CpuProfile(
        source="cprofile",
        duration_s=round(payload["duration_s"], 6),
        samples=sum(h.self_samples for h in spots),
        sample_unit="us",
        hotspots=spots,
        own_code=own,
        target=target,
        pstats_file=prof_path or None,
        allocations=[
            Allocation(file=f, line=line, size_bytes=size, count=count)
            for f, line, size, count in payload["allocations"]
        ],
        traced_peak_bytes=payload["peak"],
    )


def _died(returncode: int) -> str:
    if returncode < 0:
        return f"was killed by signal {-returncode}"
    return f"exited with status {returncode} before reporting"
