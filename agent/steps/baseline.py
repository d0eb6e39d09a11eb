"""Step 1, baseline: measure before anything changes.

Runs every benchmark in the spec (fresh processes, calibrated loops) and audits the
frontend build when there is one. Load tests and query baselines join here with
the [load] and [sql] integration.
"""

from __future__ import annotations

from pathlib import Path

from agent.state import EngagementState, NamedBench, StepError
from agent.steps import step
from tools.bench import run_benchmark
from tools.errors import PerfagentError


@step("baseline")
def baseline(state: EngagementState) -> dict:
    spec, root = state.spec, Path(state.spec.root)
    results: dict[str, NamedBench] = {}
    failures: list[StepError] = []
    for entry in spec.benchmarks:
        try:
            result = run_benchmark(entry.bench_spec(root), samples=state.settings.bench_samples)
        except PerfagentError as exc:
            failures.append(StepError(step="baseline", kind=type(exc).__name__, message=f"{entry.name}: {exc}"))
            continue
        results[entry.name] = NamedBench(name=entry.name, result=result)
    update: dict = {"benchmarks": results}
    if results:
        from agent import history

        samples = {name: [s.wall_s for s in b.result.samples] for name, b in results.items()}
        store = Path(state.settings.history_path) if state.settings.history_path else None
        update["drift"] = history.drift(spec.name, state.run_id, samples, path=store)
        history.record(spec.name, state.run_id, samples, path=store)
    if spec.frontend and spec.frontend.build:
        from tools.frontend import audit_build

        update["frontend"] = audit_build(
            root / spec.frontend.build, bundle_budget_bytes=spec.budgets.frontend.bundle_size_bytes
        )
    update["errors"] = failures
    update["_summary"] = f"{len(results)} benchmark(s) measured" + (f", {len(failures)} failed" if failures else "")
    return update
