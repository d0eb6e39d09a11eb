"""Deliverable 1: profiling results: hot spots per benchmark, flamegraphs, allocations."""

from __future__ import annotations

import os
from pathlib import Path

from agent.deliverables import Rendered, nothing, write
from agent.state import EngagementState
from tools.units import format_bytes, format_seconds


def render(state: EngagementState, folder: Path) -> Rendered:
    if not state.profiles:
        why = "no benchmark was profiled (the phase has no profile step, or the target declares no [[benchmark]])"
        return nothing(folder, "profiling", "Performance profiling results", why)
    lines = ["# Performance profiling results", ""]
    for name, named in state.profiles.items():
        p = named.profile
        lines += [f"## {name}", "", f"Profiler: {p.source}, {p.samples:,} samples over {format_seconds(p.duration_s)}.", ""]
        if p.flamegraph_svg:
            lines += [f"Flamegraph: [{Path(p.flamegraph_svg).name}]({os.path.relpath(p.flamegraph_svg, folder)})", ""]
        lines += ["| function | location | self % | total % | calls |", "|---|---|---:|---:|---:|"]
        for spot in p.hotspots[:12]:
            lines.append(f"| `{spot.function}` | {spot.location} | {spot.self_pct:.1f} | {spot.total_pct:.1f} | "
                         f"{spot.calls if spot.calls is not None else '–'} |")
        if getattr(p, "allocations", None):
            lines += ["", "Top allocations still held at the end (tracemalloc):", "",
                      "| location | size | blocks |", "|---|---:|---:|"]
            for a in p.allocations[:8]:
                lines.append(f"| {a.file}:{a.line} | {format_bytes(a.size_bytes)} | {a.count:,} |")
        lines.append("")
    for name, bench in state.benchmarks.items():
        s = bench.result.summary
        lines.append(f"Baseline `{name}`: median {format_seconds(s.median)} per call (CV {s.cv:.1%}, n={s.n}), "
                     f"peak RSS {format_bytes(bench.result.peak_rss_bytes)}.")
    return write(folder, "profiling", "\n".join(lines), {"profiles": state.profiles, "benchmarks": state.benchmarks})
