"""Instruction counts with ``valgrind --tool=callgrind`` (CodSpeed's approach, local).

Counts repeat to about 0.02% run to run for the same interpreter, input and
``PYTHONHASHSEED``, however busy the machine is. For a callable, the count per loop
is the difference between a run of 2L loops and a run of L loops, divided by L: the
interpreter's start-up, the imports and first-call effects cancel out.
"""

from __future__ import annotations

import re
import shlex
import shutil
import tempfile
from pathlib import Path

from perfagent.tools.bench.models import BenchSpec, Sample
from perfagent.tools.bench.runner import OutOfTime, _check, _cwd, remaining_s, spec_env, worker_argv
from perfagent.tools.errors import ToolMissingError
from perfagent.tools.sandbox import run

_TOTALS = re.compile(r"^(?:summary|totals):\s+(\d+)", re.MULTILINE)
SLOWDOWN = 100  # valgrind runs Python about this many times slower: stretch timeouts


def parse_total(text: str) -> int:
    """The instruction total from a callgrind output file.

    >>> parse_total("events: Ir\\nfl=x\\n1 5\\nsummary: 12345\\ntotals: 12345\\n")
    12345
    """
    match = _TOTALS.search(text)
    if not match:
        raise ValueError("no summary/totals line in callgrind output")
    return int(match.group(1))


def valgrind() -> str:
    path = shutil.which("valgrind")
    if not path:
        raise ToolMissingError(
            "instruction-count mode needs valgrind, which is not installed "
            "(Debian: apt-get install valgrind; `make sysdeps` does it)"
        )
    return path


def count(spec: BenchSpec, argv: list[str], *, deadline: float | None = None) -> int:
    """Total instructions executed by ``argv`` and every process it starts (a run still going
    at ``deadline`` is killed: :class:`OutOfTime`, a partial count means nothing)."""
    left = remaining_s(deadline)
    if left is not None and left <= 0:
        raise OutOfTime(0.0)
    timeout = spec.timeout_s * SLOWDOWN if left is None else min(spec.timeout_s * SLOWDOWN, left)
    with tempfile.TemporaryDirectory(prefix="perfagent-cg-") as tmp:
        cmd = [
            valgrind(),
            "--tool=callgrind",
            "--trace-children=yes",
            f"--callgrind-out-file={tmp}/cg.%p",
            "--dump-instr=no",
            "--compress-strings=no",
            *argv,
        ]
        env = {**spec_env(spec), "PYTHONHASHSEED": "0", **spec.env}
        result = run(cmd, cwd=_cwd(spec), env=env, timeout_s=timeout)
        _check(spec, result, budget_cut=left is not None and left < spec.timeout_s * SLOWDOWN)
        totals = [parse_total(p.read_text()) for p in Path(tmp).glob("cg.*")]
    if not totals:
        raise ToolMissingError("valgrind ran but wrote no callgrind output")
    return sum(totals)


def reference(spec: BenchSpec, loops: int, *, deadline: float | None = None) -> int:
    """Instructions of the run the samples are measured against (callables only)."""
    if not spec.callable:
        return 0
    return count(
        spec, worker_argv(spec, "--loops", str(loops), "--warmups", "0"), deadline=deadline
    )


def take_sample(
    spec: BenchSpec, *, loops: int, reference_ir: int | None = None, deadline: float | None = None
) -> Sample:
    """Instructions per loop: (Ir(2L) - Ir(L)) / L for callables, the whole run for commands.

    Each sample measures its own Ir(L) unless ``reference_ir`` is given: a reference shared by
    every sample of a side would carry one run's start-up noise into all of them (measured
    here: 2 of 10 A/A comparisons differed by 0.6-0.9% that way); paired, one odd run
    spoils one sample, and the median of the samples sets it aside.
    """
    if spec.callable:
        total = count(
            spec, worker_argv(spec, "--loops", str(2 * loops), "--warmups", "0"), deadline=deadline
        )
        base = reference(spec, loops, deadline=deadline) if reference_ir is None else reference_ir
        per_loop = (total - base) / loops
    else:
        argv = (
            ["/bin/sh", "-c", spec.command or ""]
            if _needs_shell(spec.command)
            else shlex.split(spec.command or "")
        )
        per_loop = float(count(spec, argv, deadline=deadline))
    return Sample(wall_s=0.0, cpu_s=0.0, peak_rss_bytes=0, loops=loops, instructions=per_loop)


def _needs_shell(command: str | None) -> bool:
    return any(ch in (command or "") for ch in "|&;<>()$`*?[]{}~\n")
