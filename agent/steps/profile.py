"""Step 2, profile: where the time goes in each benchmark.

Callables get deterministic cProfile (exact call counts, tracemalloc top
allocations); commands get py-spy sampling with a flamegraph.
"""

from __future__ import annotations

from pathlib import Path

from agent.state import EngagementState, NamedProfile
from agent.steps import step
from tools.profile import profile_callable, record_command
from tools.sandbox import scrubbed_env


@step("profile")
def profile(state: EngagementState) -> dict:
    root = Path(state.spec.root)
    out = Path(state.report_dir) / "1-profiling"
    profiles: dict[str, NamedProfile] = {}
    artifacts: dict[str, str] = {}
    for entry in state.spec.benchmarks:
        bench = entry.bench_spec(root)
        folder = out / entry.name
        if bench.callable:
            result = profile_callable(bench.callable, out_dir=folder, cwd=bench.cwd, timeout_s=bench.timeout_s,
                                      env=scrubbed_env(bench.env))
        else:
            result = record_command(bench.command, out_dir=folder, rate_hz=state.settings.profile_rate_hz,
                                    cwd=bench.cwd, timeout_s=bench.timeout_s, env=scrubbed_env(bench.env))
        profiles[entry.name] = NamedProfile(name=entry.name, profile=result)
        for path in (result.flamegraph_svg, result.speedscope_json, result.collapsed):
            if path:
                artifacts[str(Path(path))] = f"{entry.name} profile"
    return {"profiles": profiles, "artifacts": artifacts, "_summary": f"{len(profiles)} profile(s)"}
