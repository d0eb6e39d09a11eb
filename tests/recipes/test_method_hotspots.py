"""Hot methods and stdlib-bound callers reach the recipes by path, line and qualified name;
the recipes' reasons for declining reach the recommendations page."""

from __future__ import annotations

from pathlib import Path

from perfagent.agent.deliverables import recommendations
from perfagent.agent.reasoner import rules
from perfagent.agent.state import EngagementState, Finding, RankedItem, make_finding
from perfagent.tools.recipes import RecipeTarget, propose_all

TWO_FLATTENS = """\
class Other:
    def flatten(self):
        return sorted(str(i) for i in range(50))


class TokenList:
    def __init__(self, words: list[str]) -> None:
        self.words = words

    def flatten(self, words: list[str]) -> list[str]:
        seen = []
        out = []
        for w in words:
            if w not in seen:
                seen.append(w)
                out.append(w)
        return out
"""


def _finding(location: str, function: str, **detail) -> Finding:
    return make_finding(
        id=f"cpu:bench:{function}",
        kind="cpu_hotspot",
        title=f"{function} is hot",
        location=location,
        evidence="py-spy profile of benchmark 'bench': own 80.0%",
        impact_share_pct=80.0,
        source="py-spy",
        detail={"benchmark": "bench", "function": function, "calls": None, **detail},
    )


def test_a_method_defined_twice_reaches_a_recipe_by_path_and_line(tmp_path):
    (tmp_path / "tokens.py").write_text(TWO_FLATTENS)
    # as py-spy names it (qualified) and places it (the def line)
    candidates = rules.propose(_finding("tokens.py:10", "TokenList.flatten"), root=tmp_path)
    assert [c.recipe for c in candidates] == ["membership"]
    assert "seen = set()" in candidates[0].change
    # the bare name with the line, and the qualified name without one, find the same def
    for target in (
        RecipeTarget(kind="cpu_hotspot", file="tokens.py", function="flatten", line=12),
        RecipeTarget(kind="cpu_hotspot", file="tokens.py", function="TokenList.flatten"),
    ):
        proposals, _ = propose_all(tmp_path, target)
        assert [p.recipe for p in proposals] == ["membership"]
    # a comprehension inside the method, as cProfile names it
    proposals, _ = propose_all(
        tmp_path,
        RecipeTarget(
            kind="cpu_hotspot",
            file="tokens.py",
            function="TokenList.flatten.<locals>.<listcomp>",
            line=10,
        ),
    )
    assert [p.recipe for p in proposals] == ["membership"]


def test_declined_hot_spot_gets_a_candidate_with_every_reason(tmp_path):
    (tmp_path / "tokens.py").write_text(TWO_FLATTENS)
    finding = _finding("tokens.py:2", "Other.flatten", chain="builtins.sorted 60%")
    [candidate] = rules.propose(finding, root=tmp_path)
    assert candidate.edit is None and candidate.title == "speed up Other.flatten by hand"
    assert "builtins.sorted 60%" in candidate.change
    assert {d.split(":")[0] for d in candidate.declined} == {
        "memoize",
        "memoize_method",
        "membership",
        "hoist",
        "join",
        "regex_alternation",
        "line_starts",
    }
    assert not any("defines flatten" in d for d in candidate.declined)
    assert candidate.reason.startswith("no recipe could write it safely: ")


def test_decline_reasons_show_on_the_recommendations_page(tmp_path):
    (tmp_path / "tokens.py").write_text(TWO_FLATTENS)
    finding = _finding("tokens.py:2", "Other.flatten")
    [candidate] = rules.propose(finding, root=tmp_path)
    fixture = Path(__file__).parents[1] / "engagement" / "fixtures" / "shop-state.json"
    state = EngagementState.model_validate_json(
        fixture.read_text().replace("{reports}", str(tmp_path))
    )
    state = state.model_copy(
        update={
            "findings": [finding],
            "plan": [
                RankedItem(
                    finding_id=finding.id,
                    rank=1,
                    title=finding.title,
                    impact_pct=80.0,
                    effort="medium",
                    confidence=0.8,
                    roi=32.0,
                    expected_gain="up to 80%",
                    reasons=["measured"],
                )
            ],
            "candidates": {candidate.id: candidate},
        }
    )
    recommendations.render(state, tmp_path / "report")
    page = next(Path(tmp_path / "report").rglob("README.md")).read_text()
    assert "## Why the recipes declined" in page
    for reason in candidate.declined:
        assert reason in page
    assert "Other.flatten is already decorated" not in page  # only what the recipes said


def test_a_caller_spending_its_time_in_the_stdlib_is_a_finding_and_builtins_never_are(tmp_path):
    from perfagent.agent.findings import cpu_findings
    from perfagent.tools.profile.models import HotSpot

    fixture = Path(__file__).parents[1] / "engagement" / "fixtures" / "shop-state.json"
    state = EngagementState.model_validate_json(
        fixture.read_text().replace("{reports}", str(tmp_path))
    )
    root = Path(state.spec.root)
    named = state.profiles["related"]

    def spot(function, file, own, total, chain=None):
        return HotSpot(
            function=function,
            file=file,
            line=5 if file.endswith(".py") else None,
            self_pct=own,
            total_pct=total,
            self_samples=int(own * 10),
            total_samples=int(total * 10),
            chain=chain,
        )

    profile = named.profile.model_copy(
        update={
            "hotspots": [
                spot("match", "/usr/lib/python3.11/re/__init__.py", 78.0, 78.0),
                spot("re.Pattern.search", "<built-in>", 10.0, 10.0),
            ],
            "own_code": [
                spot(
                    "Lexer.line_offset", str(root / "shop" / "lex.py"), 80.0, 86.0, "re.match 78%"
                ),
                spot("re.Pattern.search", "<built-in>", 10.0, 10.0),
                spot("helper", "/usr/lib/python3.11/textwrap.py", 9.0, 9.0),
            ],
        }
    )
    state = state.model_copy(
        update={"profiles": {"related": named.model_copy(update={"profile": profile})}}
    )
    [finding] = cpu_findings(state)
    assert finding.location == "shop/lex.py:5" and finding.detail.function == "Lexer.line_offset"
    assert (finding.target.path, finding.target.line, finding.target.function) == (
        "shop/lex.py",
        5,
        "Lexer.line_offset",
    )
    assert "own 80.0%, most of it in re.match 78%" in finding.evidence
