"""Step 2, profile: where the time goes in each benchmark, and in the database.

Callables get deterministic cProfile (exact call counts, tracemalloc top
allocations); commands get py-spy sampling with a flamegraph. With a [database],
the queries the service ran under the baseline load are analysed: classes,
anti-patterns, N+1 loops and EXPLAIN-validated index advice (agent/database.py).
"""

from __future__ import annotations

from pathlib import Path

from perfagent.agent.state import EngagementState, NamedProfile, StepError
from perfagent.agent.steps import StepSpec, step
from perfagent.tools.profile import profile_callable, record_command
from perfagent.tools.sandbox import scrubbed_env

# A short benchmark gives py-spy few samples (or none: it finds the Python process of a
# sub-second program late): run it again, at a higher rate, until the ranking rests on at
# least this many samples, or MAX_RUNS runs were merged.
MIN_SAMPLES = 200
MAX_RUNS = 3


@step("profile")
def profile(state: EngagementState) -> dict:
    from perfagent.agent import workspace

    root = workspace.target(state)
    out = Path(state.report_dir) / "1-profiling"
    profiles: dict[str, NamedProfile] = {}
    artifacts: dict[str, str] = {}
    for entry in state.spec.benchmarks:
        bench = entry.bench_spec(root, state.spec.command_env())
        folder = out / entry.name
        if bench.callable:
            result = profile_callable(
                bench.callable,
                out_dir=folder,
                cwd=bench.cwd,
                timeout_s=bench.timeout_s,
                env=scrubbed_env(bench.env),
            )
        else:
            assert bench.command  # a BenchSpec holds exactly one of callable and command
            result = record_command(
                bench.command,
                out_dir=folder,
                rate_hz=state.settings.profile_rate_hz,
                cwd=bench.cwd,
                timeout_s=bench.timeout_s,
                env=scrubbed_env(bench.env),
                min_samples=MIN_SAMPLES,
                max_runs=MAX_RUNS,
            )
        profiles[entry.name] = NamedProfile(name=entry.name, profile=result)
        for path in (result.flamegraph_svg, result.speedscope_json, result.collapsed):
            if path:
                artifacts[str(Path(path))] = f"{entry.name} profile"
    summary = f"{len(profiles)} profile(s)"
    update: dict[str, object] = {"profiles": profiles, "artifacts": artifacts, "_summary": summary}
    if state.spec.database:
        from perfagent.agent.database import analyse
        from perfagent.tools.errors import PerfagentError

        try:
            report = analyse(state)
        except PerfagentError as exc:
            update["errors"] = [
                StepError(step="profile", kind=type(exc).__name__, message=f"database: {exc}")
            ]
        else:
            update["database"] = report
            update["_summary"] = summary + (
                f", {len(report.analysis.classes)} query class(es), "
                f"{len(report.n_plus_one)} N+1 loop(s)"
            )
    return update


STEP = StepSpec(name="profile", run=profile, order=20, phases=("construction",))
