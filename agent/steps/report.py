"""The last step: render the eight deliverables and the index from the state."""

from __future__ import annotations

from pathlib import Path

from perfagent.agent import crashpoint
from perfagent.agent.deliverables import DELIVERABLES, Rendered, nothing
from perfagent.agent.deliverables import before_after as before_after_page
from perfagent.agent.deliverables import caching as caching_page
from perfagent.agent.deliverables import database as database_page
from perfagent.agent.deliverables import frontend as frontend_page
from perfagent.agent.deliverables import load_test as load_test_page
from perfagent.agent.deliverables import profiling as profiling_page
from perfagent.agent.deliverables import recommendations as recommendations_page
from perfagent.agent.deliverables.markdown import table
from perfagent.agent.metrics import success_metrics
from perfagent.agent.state import EngagementState
from perfagent.agent.steps import EVERY_PHASE, StepSpec, step
from perfagent.tools.units import format_seconds

RENDERERS = {
    "1-profiling": profiling_page.render,
    "2-load-test": load_test_page.render,
    "3-caching": caching_page.render,
    "4-recommendations": recommendations_page.render,
    "5-before-after": before_after_page.render,
    "7-database": database_page.render,
    "8-frontend": frontend_page.render,
}
# What no step of this engagement measured yet, and why: said on the page, not hidden.
NOT_YET = {
    "6-monitoring": "this phase has no monitor step",
}


def index(state: EngagementState, folder: Path) -> str:
    lines = [
        f"# Performance report: {state.spec.name}",
        "",
        f"Run `{state.run_id}`, phase **{state.phase}**, steps: {' → '.join(state.steps)}.",
        "",
    ]
    if state.effective_plan.rows:  # flags > PERFAGENT_* > perfagent.toml > defaults
        rows = [[f"`{r.key}`", r.value, r.source] for r in state.effective_plan.rows]
        lines += ["## Effective plan", "", *table(["setting", "value", "from"], rows), ""]
    if state.benchmarks:
        summaries = {name: bench.result.summary for name, bench in state.benchmarks.items()}
        rows = [
            [name, format_seconds(s.median), format_seconds(s.p95), f"{s.cv:.1%}", str(s.n)]
            for name, s in summaries.items()
        ]
        lines += [
            "## Baseline",
            "",
            *table(["benchmark", "median", "p95", "CV", "samples"], rows, align="lrrrr"),
            "",
        ]
    if state.drift:
        rows = [
            [
                d.benchmark,
                d.previous_run,
                format_seconds(d.previous_median_s),
                format_seconds(d.median_s),
                f"{(d.ratio - 1) * 100:+.1f}%",
                d.verdict,
            ]
            for d in state.drift
        ]
        headers = ["benchmark", "previous run", "before", "now", "change", "verdict"]
        lines += ["## Since the last engagement", "", *table(headers, rows, align="llrrrl"), ""]
    rows = [[m.name, m.value, m.basis] for m in success_metrics(state)]
    lines += ["## Success metrics", "", *table(["metric", "value", "basis"], rows), ""]
    if state.validations:
        lines += ["## Before/after", ""]
        for cid, v in state.validations.items():
            c = state.candidates.get(cid)
            q = next((m for m in v.changes if m.metric == "query_ms"), None)
            figure = (
                (
                    f": query {q.before:.2f} ms → {q.after:.2f} ms ({(q.ratio - 1) * 100:+.0f}%, "
                    f"95% CI [{(q.ci_low - 1) * 100:+.0f}%, {(q.ci_high - 1) * 100:+.0f}%])"
                )
                if q
                else ""
            )
            lines.append(
                f"- {c.title if c else cid} — **{'kept' if v.kept else v.verdict}**{figure}"
            )
        lines.append("")
    lines += reasoner_lines(state)
    if state.plan:
        lines += ["## Top recommendations", ""]
        lines += [f"{item.rank}. {item.title} (ROI {item.roi:.1f})" for item in state.plan[:5]]
        lines.append("")
    lines += ["## Deliverables", ""]
    for slug, title in DELIVERABLES:
        lines.append(f"- [{title}]({slug}/README.md)")
    if (folder / "6-monitoring" / "autoscaling.md").is_file():
        lines.append(
            "- [Autoscaling: replicas, thresholds, cold start, HPA manifest]"
            "(6-monitoring/autoscaling.md)"
        )
    if (folder / "6-monitoring" / "disposability.md").is_file():
        lines.append(
            "- [Disposability alerts: readiness, restarts, cold starts, queues]"
            "(6-monitoring/disposability.md)"
        )
    if state.monitoring_checks:
        lines += ["", "## Monitoring validation", ""]
        lines += [
            f"- `{name}`: {'passed' if ok else 'FAILED'}"
            for name, ok in state.monitoring_checks.items()
        ]
    if state.errors:
        lines += ["", "## What could not be measured", ""]
        lines += [f"- {e.step}: {e.message}" for e in state.errors]
    rows = [[r.step, r.status, f"{r.duration_s:.1f} s", r.summary] for r in state.log]
    lines += ["", "## Steps", "", *table(["step", "status", "time", "summary"], rows, align="llrl")]
    return "\n".join(lines) + "\n"


def reasoner_lines(state: EngagementState) -> list[str]:
    """Which reasoner ranked and proposed, the prompt versions, tokens and cost, and every
    fallback with its reason (the rules reasoner is named when no LLM was asked for)."""
    if state.settings.llm == "rules":
        return ["Reasoner: the offline rules (no LLM asked for).", ""]
    from perfagent.tools.llm.record import total

    lines = ["## Reasoner", "", f"Asked for: `--llm {state.settings.llm}`.", ""]
    lines += [f"- {record.summary()}" for record in state.llm]
    for record in state.llm:
        lines += [
            f"- {record.step}: refused tool `{r.name}` ({r.reason})" for r in record.refused_tools
        ]
    usage, cost = total(state.llm)
    if any(r.requests for r in state.llm):
        estimate = (
            f"~${cost:.4f}, an estimate from list prices" if cost is not None else "cost unknown"
        )
        lines.append(
            f"- total: {usage.input_tokens + usage.cache_read_input_tokens:,} tokens in, "
            f"{usage.output_tokens:,} out, {estimate}"
        )
    return [*lines, ""]


@step("report")
def report(state: EngagementState) -> dict:
    folder = Path(state.report_dir)
    folder.mkdir(parents=True, exist_ok=True)
    artifacts: Rendered = {}
    records, narrative = _explain(state)
    if records:
        state = state.model_copy(update={"llm": [*state.llm, *records]})
    for n, (slug, title) in enumerate(DELIVERABLES):
        if n == len(DELIVERABLES) // 2:
            crashpoint.reached("report", "mid")  # the kill tests: half the pages written
        render = RENDERERS.get(slug)
        if slug == "6-monitoring" and state.monitoring:
            # the monitor step wrote this folder (README, rules, SLO spec, dashboard, JSON)
            continue
        if render:
            artifacts.update(render(state, folder / slug))
        else:
            artifacts.update(nothing(folder / slug, slug.split("-", 1)[1], title, NOT_YET[slug]))
    if state.phase == "transition" or "stress" in state.load:
        from perfagent.agent import capacity

        artifacts.update(
            capacity.render(state, folder / "6-monitoring")
        )  # autoscaling from the measured load
    if state.disposability is not None:
        from perfagent.agent.deliverables.monitoring import render_disposability

        artifacts.update(
            render_disposability(state, folder / "6-monitoring")
        )  # readiness, restarts, queues
    if narrative:  # Claude's narrative above the ranked table; the figures stay the renderer's
        page = folder / "4-recommendations" / "README.md"
        title, _, rest = page.read_text().partition("\n")
        page.write_text(
            f"{title}\n\n{narrative}\n\n_Narrative by Claude from the results below._\n{rest}"
        )
    (folder / "index.md").write_text(index(state, folder))
    (folder / "state.json").write_text(state.model_dump_json(indent=2))
    artifacts[str(folder / "index.md")] = "index"
    artifacts[str(folder / "state.json")] = "state"
    if not state.settings.keep_workspace:
        from perfagent.agent import workspace

        workspace.remove(state)  # the run's copies of the target; the report keeps every figure
    return {"artifacts": artifacts, "llm": records, "_summary": f"report in {folder}"}


STEP = StepSpec(name="report", run=report, order=100, phases=EVERY_PHASE)


def _explain(state: EngagementState) -> tuple[list, str | None]:
    """Claude's narrative of the recommendations, when asked for; a failure keeps the page as is."""
    from perfagent.agent.reasoner import connect

    if not (state.settings.llm_explain and state.plan):
        return [], None
    llm = connect(state.settings)
    if llm is None:
        return [], None
    from perfagent.agent.reasoner import claude
    from perfagent.tools.errors import PerfagentError

    try:
        narrative, record = claude.explain(state, llm=llm)
    except PerfagentError as exc:  # e.g. a replay without a recording for this request
        from perfagent.tools.llm.record import LlmRecord

        record = LlmRecord(
            step="explain", prompt_version="explain", model=llm.config.model, mode=llm.config.mode
        )
        record.fall_back(str(exc))
        narrative = None
    return [record], narrative
