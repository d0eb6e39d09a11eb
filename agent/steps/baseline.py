"""Step 1, baseline: measure before anything changes.

Everything runs in the engagement's copy of the target (agent/workspace.py), after
the target's setup command. Runs every benchmark in the spec (fresh processes,
calibrated loops), audits the frontend build when there is one, and — when the
spec has a service — starts it and runs a baseline load test with py-spy attached
to the server (its flamegraph under load goes into the profiling deliverable).
The testing phase adds stress, spike and soak tests; transition a stress test, for
the capacity of one instance (agent/phases.py PHASE_LOADS).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from perfagent.agent.phases import PHASE_LOADS, PhaseLoad
from perfagent.agent.state import EngagementState, NamedBench, StepError
from perfagent.agent.steps import EVERY_PHASE, StepSpec, step
from perfagent.tools.bench import run_benchmark
from perfagent.tools.errors import PerfagentError

if TYPE_CHECKING:  # imported where used: the CLI starts without them
    from perfagent.tools.loadtest.results import LoadResult
    from perfagent.tools.spec import LoadSpec


@step("baseline")
def baseline(state: EngagementState) -> dict:
    from perfagent.agent import workspace

    spec, root = state.spec, workspace.target(state)
    results: dict[str, NamedBench] = {}
    failures: list[StepError] = []
    if spec.target.setup:
        _setup(state)
    update: dict = {}
    if spec.target.test and "validate" in state.steps:
        update["tests_before"] = _tests(state)  # the correctness gate is only as good as this
        if update["tests_before"] != "passed":
            failures.append(
                StepError(step="baseline", kind="TargetError", message=update["tests_before"])
            )
    for entry in spec.benchmarks:
        try:
            result = run_benchmark(
                entry.bench_spec(root, spec.command_env()), samples=state.settings.bench_samples
            )
        except PerfagentError as exc:
            failures.append(
                StepError(step="baseline", kind=type(exc).__name__, message=f"{entry.name}: {exc}")
            )
            continue
        results[entry.name] = NamedBench(name=entry.name, result=result)
    update["benchmarks"] = results
    if results:
        from perfagent.tools.bench import history

        samples = {name: [s.wall_s for s in b.result.samples] for name, b in results.items()}
        store = Path(state.settings.history_path) if state.settings.history_path else None
        update["drift"] = history.drift(spec.name, state.run_id, samples, path=store)
        history.record(spec.name, state.run_id, samples, path=store)
    if spec.frontend and spec.frontend.build:
        from perfagent.tools.frontend import audit_build

        update["frontend"] = audit_build(
            root / spec.frontend.build, bundle_budget_bytes=spec.budgets.frontend.bundle_size_bytes
        )
    if (
        spec.has_service and spec.load is not None
    ):  # (has_service implies a [service]/[load] section)
        try:
            update.update(_baseline_load(state, spec.load, failures))
        except PerfagentError as exc:
            failures.append(
                StepError(
                    step="baseline", kind=type(exc).__name__, message=f"baseline load test: {exc}"
                )
            )
        for kind in PHASE_LOADS[state.phase]:
            if kind in state.load:
                continue  # measured before a resume
            try:
                measured, artifacts = _phase_load(state, spec.load, kind)
            except PerfagentError as exc:
                failures.append(
                    StepError(
                        step="baseline", kind=type(exc).__name__, message=f"{kind} test: {exc}"
                    )
                )
                continue
            update.setdefault("load", {})[kind] = measured
            update.setdefault("artifacts", {}).update(artifacts)
    # The 12-factor tests run only when the spec asks for them with [disposability].
    if (
        spec.disposability is not None
        and state.phase in ("testing", "transition")
        and state.disposability is None
    ):
        from perfagent.agent.disposability import run_disposability

        update["disposability"], written, more = run_disposability(state)
        update.setdefault("artifacts", {}).update(written)
        failures += more
    update["errors"] = failures
    update["_summary"] = f"{len(results)} benchmark(s) measured" + (
        f", {len(failures)} failed" if failures else ""
    )
    return update


# prioritize straight after baseline: a plan that ranks the load's findings without profiling
# (no phase's)
STEP = StepSpec(name="baseline", run=baseline, order=10, phases=EVERY_PHASE, edges=("prioritize",))


def _baseline_load(state: EngagementState, load: LoadSpec, failures: list[StepError]) -> dict:
    from perfagent.agent.service import running
    from perfagent.tools.loadtest import run_load
    from perfagent.tools.loadtest.probe import probe

    out = Path(state.report_dir) / "2-load-test" / "baseline"
    with running(state) as svc:
        plan = load.plan(
            "run",
            host=svc.base_url,
            users=state.settings.load_users,
            duration_s=state.settings.load_duration_s,
        )
        if state.spec.cache.redis:  # the shared cache's hit rate over exactly this load
            from perfagent.tools.cache.redis_stats import hit_rate

            with hit_rate(state.spec.cache.redis) as sampler:
                result = run_load(plan, server_pid=svc.pid, out_dir=out, profile=True)
            cache_hit_rate = sampler.result
        else:
            result, cache_hit_rate = (
                run_load(plan, server_pid=svc.pid, out_dir=out, profile=True),
                None,
            )
        from perfagent.agent.evidence import extended_plan

        longer = extended_plan(result, plan)
        if longer is not None:  # too few requests for the percentiles it reports: once more, longer
            result = run_load(longer[0], server_pid=svc.pid, out_dir=out, profile=True)
            result.notes.append(longer[1])
        payloads = []
        try:  # a failed probe must not throw away the load test that already ran
            payloads = probe(svc.base_url, load.service.endpoints, auth=load.service.auth)
        except PerfagentError as exc:
            failures.append(
                StepError(step="baseline", kind=type(exc).__name__, message=f"payload probe: {exc}")
            )
        vitals = _page_vitals(state, svc.base_url, failures)
    artifacts = {
        str(p): "load test"
        for p in [out / "result.json", out / "locustfile.py", *map(Path, result.plots)]
    }
    if result.flamegraph:
        artifacts[result.flamegraph] = "server flamegraph under load"
    traced, trace_files = _traced_load(
        state, result, failures
    )  # after: its overhead stays out of the baseline
    artifacts.update(trace_files)
    return {
        "load": {"baseline": result},
        "service_startup_s": svc.startup_s,
        "payloads": payloads,
        "artifacts": artifacts,
        "cache_hit_rate": cache_hit_rate,
        "page_vitals": vitals,
        "traces": traced,
    }


def _traced_load(state: EngagementState, baseline, failures: list[StepError]):
    from perfagent.agent import tracing

    try:
        return tracing.traced_load(state, baseline)
    except PerfagentError as exc:
        failures.append(
            StepError(step="baseline", kind=type(exc).__name__, message=f"traced load: {exc}")
        )
        return tracing.untraced(
            state, baseline, f"no request tracing: the traced load failed ({exc})"
        ), {}


def _page_vitals(state: EngagementState, base_url: str, failures: list[StepError]):
    """The spec's page ([frontend] url) in headless Chromium, before any change: Web Vitals,
    medians of a few cold loads. Skipped (with the reason) when no Chromium is installed."""
    from perfagent.agent.frontend_trial import browser_user, page_path

    page = page_path(state)
    if page is None or state.spec.frontend is None or not state.spec.frontend.url:
        return None
    from perfagent.tools.frontend.vitals import measure_page

    try:
        return measure_page(
            base_url.rstrip("/") + page,
            runs=state.settings.vitals_runs,
            headers=browser_user(state, base_url),
        )
    except PerfagentError as exc:
        failures.append(
            StepError(step="baseline", kind=type(exc).__name__, message=f"Web Vitals: {exc}")
        )
        return None


def _phase_load(
    state: EngagementState, load: LoadSpec, kind: PhaseLoad
) -> tuple[LoadResult, dict[str, str]]:
    """A stress, spike or soak test on a freshly started service (a broken one is not reused)."""
    from perfagent.agent.service import running
    from perfagent.tools.loadtest import run_load

    out = Path(state.report_dir) / "2-load-test" / kind
    overrides = {"duration_s": state.settings.soak_duration_s} if kind == "soak" else {}
    with running(state, log_name=f"service-{kind}.log") as svc:
        plan = load.plan(kind, host=svc.base_url, **overrides)
        result = run_load(plan, server_pid=svc.pid, out_dir=out)
    artifacts = {
        str(p): f"{kind} test"
        for p in [out / "result.json", out / "locustfile.py", *map(Path, result.plots)]
    }
    return result, artifacts


def _tests(state: EngagementState) -> str:
    """The target's tests on the unchanged copy: 'passed', or one sentence on how they failed."""
    from perfagent.agent import workspace
    from perfagent.tools.codeedit import run_checks

    checks = run_checks(
        workspace.target(state),
        setup=None,
        test=state.spec.target.test,
        timeout_s=state.spec.target.test_timeout_s,
        env=state.spec.command_env(),
    )
    if checks.ok:
        return "passed"
    from perfagent.tools.codeedit.gate import failed_tests

    named = failed_tests(checks.output)  # which tests: a flaky one is then recognisable
    return (
        f"the target's own tests fail without any change ({checks.reason}"
        f"{'; ' + named if named else ''}), so no code edit can be gated by them: fix them first"
    )


def _setup(state: EngagementState) -> None:
    """The target's own setup command, sandboxed, before anything is measured."""
    from perfagent.tools.errors import TargetError
    from perfagent.tools.sandbox import run

    setup = state.spec.target.setup
    from perfagent.agent import workspace
    from perfagent.tools.sandbox import scrubbed_env

    result = run(
        setup,
        cwd=workspace.target(state),
        timeout_s=state.spec.target.test_timeout_s,
        env=scrubbed_env(state.spec.command_env()),
    )
    if not result.ok:
        why = (
            "timed out"
            if result.timed_out
            else f"exited with code {result.returncode}: {result.stderr_tail(1)}"
        )
        raise TargetError(f"the target's setup `{setup}` {why}", detail=result.stderr)
