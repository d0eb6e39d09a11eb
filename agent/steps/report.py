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
from perfagent.agent.deliverables.markdown import page
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
    """The engagement's index page (templates/index.md.j2): the baseline, the success metrics,
    what was kept, the reasoner, the top recommendations and a link to every page."""
    before_after = []
    for cid, v in state.validations.items():
        c = state.candidates.get(cid)
        q = next((m for m in v.changes if m.metric == "query_ms"), None)
        before_after.append((c.title if c else cid, "kept" if v.kept else v.verdict, q))
    monitoring = folder / "6-monitoring"
    return page(
        "index.md.j2",
        state=state,
        # flags > PERFAGENT_* > perfagent.toml > defaults
        plan_rows=[[f"`{r.key}`", r.value, r.source] for r in state.effective_plan.rows],
        baseline_rows=[
            _baseline_row(name, b.result.summary) for name, b in state.benchmarks.items()
        ],
        drift_rows=[_drift_row(d) for d in state.drift],
        metric_rows=[[m.name, m.value, m.basis] for m in success_metrics(state)],
        before_after=before_after,
        reasoner=_reasoner(state),
        deliverables=DELIVERABLES,
        autoscaling=(monitoring / "autoscaling.md").is_file(),
        disposability=(monitoring / "disposability.md").is_file(),
        step_rows=[[r.step, r.status, f"{r.duration_s:.1f} s", r.summary] for r in state.log],
    )


def _baseline_row(name: str, s) -> list[str]:
    return [name, format_seconds(s.median), format_seconds(s.p95), f"{s.cv:.1%}", str(s.n)]


def _drift_row(d) -> list[str]:
    return [
        d.benchmark,
        d.previous_run,
        format_seconds(d.previous_median_s),
        format_seconds(d.median_s),
        f"{(d.ratio - 1) * 100:+.1f}%",
        d.verdict,
    ]


def reasoner_lines(state: EngagementState) -> list[str]:
    """Which reasoner ranked and proposed, the prompt versions, tokens and cost, and every
    fallback with its reason (the rules reasoner is named when no LLM was asked for)."""
    return page("reasoner.md.j2", reasoner=_reasoner(state)).split("\n")[:-1]


def _reasoner(state: EngagementState) -> dict:
    """What templates/reasoner.md.j2 shows: the LLM asked for, its records and their total."""
    if state.settings.llm == "rules":
        return {"llm": "rules"}
    from perfagent.tools.llm.record import total

    usage, cost = total(state.llm)
    return {
        "llm": state.settings.llm,
        "records": state.llm,
        "usage": usage,
        "cost": cost,
        "requested": any(r.requests for r in state.llm),
    }


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
        readme = folder / "4-recommendations" / "README.md"
        title, _, rest = readme.read_text().partition("\n")
        readme.write_text(
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
