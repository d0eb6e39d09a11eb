"""The scorer on its own: engagement states built by hand, scored against a scenario."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfagent.agent.spec import load_target
from perfagent.agent.state import (
    Candidate,
    EngagementState,
    Finding,
    RankedItem,
    Validation,
    make_finding,
)
from perfagent.evals.scenario import Scenario
from perfagent.evals.score import failed_case, score_case
from perfagent.evals.summary import totals
from perfagent.tools.loadtest.compare import MetricChange

ROOT_SPEC = (
    Path(__file__).resolve().parents[2] / "evals" / "scenarios" / "quadratic_join" / "target"
)
BRANCH = "perfagent/run-1/attach-customers"


def scenario(**fields) -> Scenario:
    values = {
        "name": "quadratic_join",
        "area": "O(n²) hot loop",
        "summary": "s",
        "problem": [
            {
                "title": "attach_customers scans the customers",
                "kind": "cpu_hotspot",
                "function": "attach_customers",
                "min_speedup": 5.0,
            }
        ],
        "must_not_flag": [
            {"kind": "cpu_hotspot", "function": "format_rows", "why": "it is linear"}
        ],
    }
    return Scenario.model_validate({**values, **fields})


def hot(function: str, share: float) -> Finding:
    return make_finding(
        id=f"cpu:daily_report:{function}",
        kind="cpu_hotspot",
        title=f"{function} takes {share:.0f}% of daily_report's CPU time",
        location="reports/orders.py:6",
        evidence="cprofile",
        impact_share_pct=share,
        source="cprofile",
        detail={"benchmark": "daily_report", "function": function},
    )


def state(findings: list[Finding], *, candidates=(), validations=(), steps=None) -> EngagementState:
    plan = [
        RankedItem(
            finding_id=f.id,
            rank=n,
            title=f.title,
            impact_pct=f.impact_share_pct or 0,
            effort="medium",
            confidence=0.9,
            roi=1.0,
            expected_gain="",
            reasons=[],
        )
        for n, f in enumerate(findings, 1)
    ]
    spec = load_target(ROOT_SPEC)
    return EngagementState(
        run_id="run-1",
        spec=spec,
        steps=steps or ["baseline", "profile", "prioritize", "optimize", "validate", "report"],
        findings=findings,
        plan=plan,
        candidates={c.id: c for c in candidates},
        validations={v.candidate_id: v for v in validations},
    )


def edit(status: str, finding_id: str = "cpu:daily_report:attach_customers") -> Candidate:
    return Candidate(
        id="cand:attach",
        finding_id=finding_id,
        kind="code",
        title="index the customers by id",
        change="...",
        status=status,
        measure="bench",
        benchmark="daily_report",
        branch=BRANCH if status == "kept" else None,
    )


def timed(verdict: str, ratio: float, *, kept: bool = True) -> Validation:
    change = MetricChange(
        metric="time_s",
        scope="benchmark daily_report",
        before=0.30,
        after=0.30 * ratio,
        ratio=ratio,
        ci_low=ratio * 0.95,
        ci_high=ratio * 1.05,
        p_value=0.001,
        n_before=6,
        n_after=6,
        verdict=verdict,
    )
    return Validation(
        candidate_id="cand:attach", method="bench", verdict=verdict, kept=kept, changes=[change]
    )


def score(s: EngagementState, scn: Scenario | None = None, green: dict | None = None):
    return score_case(
        scn or scenario(),
        s,
        reasoner="rules",
        tests_green={BRANCH: True} if green is None else green,
        deliverables_problems=[],
        wall_s=12.0,
    )


def test_flagging_the_wrong_function_is_not_detected():
    result = score(state([hot("load_orders", 80.0), hot("parse_row", 12.0)]))
    assert result.detected is False
    assert result.problems[0].rank is None
    assert "no finding names it" in result.problems[0].why


def test_the_right_function_outside_the_top_three_is_not_detected():
    found = [hot("a", 40), hot("b", 30), hot("c", 20), hot("attach_customers", 10)]
    result = score(state(found))
    assert (result.detected, result.problems[0].rank) == (False, 4)


def test_the_right_function_in_the_top_three_is_detected():
    result = score(state([hot("load_orders", 50), hot("attach_customers", 40)]))
    assert (result.detected, result.problems[0].rank) == (True, 2)


def test_a_kept_change_that_is_not_faster_is_not_fixed():
    s = state(
        [hot("attach_customers", 90)],
        candidates=[edit("kept")],
        validations=[timed("unchanged", 0.98)],
    )
    result = score(s)
    assert result.detected is True
    assert result.fixed is False
    assert "without a faster verdict" in result.problems[0].why


def test_a_faster_kept_change_with_green_tests_and_enough_speedup_is_fixed():
    s = state(
        [hot("attach_customers", 90)],
        candidates=[edit("kept")],
        validations=[timed("faster", 0.05)],
    )
    result = score(s)
    assert (result.fixed, result.speedup) == (True, 20.0)
    assert result.kept == ["cand:attach: 20.00x"]


def test_a_faster_change_whose_tests_fail_on_its_branch_is_not_fixed():
    s = state(
        [hot("attach_customers", 90)],
        candidates=[edit("kept")],
        validations=[timed("faster", 0.05)],
    )
    result = score(s, green={BRANCH: False})
    assert result.fixed is False
    assert "tests do not pass" in result.problems[0].why


def test_a_faster_change_under_the_scenarios_speedup_is_not_fixed():
    s = state(
        [hot("attach_customers", 90)], candidates=[edit("kept")], validations=[timed("faster", 0.5)]
    )
    result = score(s)
    assert (result.fixed, result.speedup) == (False, 2.0)
    assert "under the 5x asked" in result.problems[0].why


def test_a_change_for_another_finding_does_not_fix_the_problem():
    s = state(
        [hot("attach_customers", 60), hot("format_rows", 30)],
        candidates=[edit("kept", finding_id="cpu:daily_report:format_rows")],
        validations=[timed("faster", 0.05)],
    )
    result = score(s)
    assert result.fixed is False
    assert result.problems[0].why.endswith("no candidate was proposed for it")


def test_a_finding_on_a_healthy_target_is_a_false_alarm():
    healthy = scenario(healthy=True, problem=[], must_not_flag=[])
    result = score(state([hot("velocity", 89)]), healthy)
    assert result.detected is None and result.fixed is None
    assert result.false_alarms == [
        "cpu:daily_report:velocity: flagged on a healthy target (rank 1)"
    ]
    assert score(state([]), healthy).false_alarms == []


def test_a_finding_the_scenario_rules_out_is_a_false_alarm():
    result = score(state([hot("attach_customers", 80), hot("format_rows", 15)]))
    assert result.detected is True
    assert result.false_alarms == [
        "cpu:daily_report:format_rows: must not be flagged (it is linear)"
    ]


def test_a_phase_without_prioritize_is_ranked_by_the_scorer_and_says_so():
    s = state([]).model_copy(update={"steps": ["baseline", "report"], "plan": [], "findings": []})
    result = score(s)
    assert result.ranked_by.startswith("scorer: this phase has no prioritize step")


def test_totals_count_failures_as_not_detected_and_not_fixed():
    fixed = score(
        state(
            [hot("attach_customers", 90)],
            candidates=[edit("kept")],
            validations=[timed("faster", 0.1)],
        )
    )
    missed = score(state([hot("load_orders", 90)]))
    failed = failed_case(
        scenario(), reasoner="rules", error="the target's setup failed", wall_s=3.0
    )
    t = totals([fixed, missed, failed])
    assert (t.seeded, t.detected, t.fix_expected, t.fixed, t.failed) == (3, 1, 3, 1, 1)
    assert t.detection_rate == pytest.approx(1 / 3, abs=1e-3)
    assert (t.median_speedup_kept, t.median_speedup_all) == (10.0, 1.0)


def test_a_fix_recipes_edit_made_for_the_symptom_counts_and_another_recipe_does_not():
    from perfagent.tools.codeedit.models import Edit, SearchReplace

    n1 = scenario(
        problem=[
            {
                "title": "one query per order",
                "kind": "n_plus_one",
                "where": "eval_n1_items",
                "file": "orders/app.py",
                "min_speedup": 2.0,
                "fix_recipes": "nplusone",
            }
        ],
        must_not_flag=[],
    )
    symptom = make_finding(
        id="latency:GET /api/orders/recent",
        kind="latency",
        title="over budget",
        location="GET /api/orders/recent",
        evidence="e",
        impact_share_pct=50,
        source="locust",
    )
    cause = make_finding(
        id="n_plus_one:abc",
        kind="n_plus_one",
        title="N+1: `SELECT ... FROM eval_n1_items`",
        location="SELECT ... FROM eval_n1_items",
        evidence="e",
        impact_share_pct=49,
        source="query-log",
    )
    blocks = Edit(blocks=[SearchReplace(path="orders/app.py", search="a", replace="b")])

    def kept(recipe: str) -> Candidate:
        return Candidate(
            id=f"cand:{recipe}",
            finding_id=symptom.id,
            kind="code",
            title=recipe,
            change="...",
            status="kept",
            recipe=recipe,
            edit=blocks,
            measure="load",
            branch=BRANCH,
        )

    def load(cid: str) -> Validation:
        return Validation(
            candidate_id=cid,
            method="load",
            verdict="faster",
            kept=True,
            changes=[
                MetricChange(
                    metric="p50_ms",
                    scope="all",
                    before=100.0,
                    after=20.0,
                    ratio=0.2,
                    ci_low=0.15,
                    ci_high=0.25,
                    p_value=0.001,
                    n_before=10,
                    n_after=10,
                    verdict="faster",
                )
            ],
        )

    batched = score(
        state([symptom, cause], candidates=[kept("nplusone")], validations=[load("cand:nplusone")]),
        n1,
    )
    assert (batched.fixed, batched.speedup) == (True, 5.0)
    cached = score(
        state(
            [symptom, cause],
            candidates=[kept("response_cache")],
            validations=[load("cand:response_cache")],
        ),
        n1,
    )
    assert cached.fixed is False


def test_a_kept_change_with_green_tests_wins_over_a_faster_one_whose_tests_fail():
    broken = edit("kept").model_copy(
        update={"id": "cand:broken", "branch": "perfagent/run-1/broken"}
    )
    sound = edit("kept")
    fast = timed("faster", 0.01).model_copy(update={"candidate_id": "cand:broken"})
    s = state(
        [hot("attach_customers", 90)],
        candidates=[broken, sound],
        validations=[fast, timed("faster", 0.1)],
    )
    result = score(s, green={BRANCH: True, "perfagent/run-1/broken": False})
    assert (result.fixed, result.speedup, result.problems[0].candidate) == (
        True,
        10.0,
        "cand:attach",
    )
