"""Candidates for a ranked plan: the rules' for every finding, and one Claude edit for each
of the best-ranked CPU hot spots that every offline recipe declined.

The recipes go first: an edit a recipe wrote is checked and costs no tokens, so Claude is
not asked about a hot spot that has one. A hot spot the recipes all declined (they say
why, on the candidate in words) is where Claude's judgement is worth its cost: it is asked
for one edit there, best-ranked first, up to ``Settings.llm_propose_max`` hot spots.
Without Claude (the offline default) the rules' candidates are the whole answer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from perfagent.agent.finding_kinds import CpuHotspot, Finding
from perfagent.agent.reasoner import rules
from perfagent.agent.state import Candidate, EngagementState
from perfagent.tools.llm.record import LlmRecord

if TYPE_CHECKING:
    from perfagent.tools.llm import Llm


def propose_plan(
    state: EngagementState, *, root: Path | None, llm: Llm | None
) -> tuple[dict[str, Candidate], list[LlmRecord]]:
    """Every finding's candidates in plan order (best ROI first), and what Claude was asked.

    An edit already proposed for another finding (a function hot in two benchmarks) is kept
    once, under the first.
    """
    by_id = {f.id: f for f in state.findings}
    candidates: dict[str, Candidate] = {}
    records: list[LlmRecord] = []
    for item in state.plan:
        finding = by_id.get(item.finding_id)
        if finding is None:
            continue
        proposed = rules.propose(finding, root=root, state=state)
        if (
            llm is not None
            and declined_by_recipes(finding, proposed)
            and len(records) < state.settings.llm_propose_max
        ):
            from perfagent.agent.reasoner import claude

            extra, record = claude.propose(finding, root=root, state=state, llm=llm)
            record.subject = finding.id
            proposed += [c for c in extra if c.recipe == "claude"]  # on fallback: the rules' again
            records.append(record)
        for candidate in proposed:
            if candidate.edit and any(c.edit == candidate.edit for c in candidates.values()):
                continue
            candidates.setdefault(candidate.id, candidate)
    return candidates, records


def declined_by_recipes(finding: Finding, candidates: list[Candidate]) -> bool:
    """Is ``finding`` a CPU hot spot that the rules left without a code edit (every recipe
    that looked at it declined, or none could)?

    >>> from perfagent.agent.state import make_finding
    >>> hot = make_finding(id="cpu:b:f", kind="cpu_hotspot", title="f is hot", location="m.py:1",
    ...                    evidence="e", source="py-spy",
    ...                    detail={"benchmark": "b", "function": "f"})
    >>> words = Candidate(id="cand:cpu:b:f", finding_id="cpu:b:f", kind="code",
    ...                   title="speed up f by hand", change="m.py:1: rewrite f",
    ...                   declined=["memoize: f takes a list"])
    >>> declined_by_recipes(hot, [words]), declined_by_recipes(hot, [])
    (True, True)
    >>> from perfagent.tools.codeedit import Edit
    >>> cached = Edit(blocks=[], description="cache f")
    >>> edit = words.model_copy(update={"edit": cached, "recipe": "memoize"})
    >>> declined_by_recipes(hot, [edit])
    False
    """
    return isinstance(finding, CpuHotspot) and not any(c.edit is not None for c in candidates)


def asked_about(record: LlmRecord) -> str | None:
    """The id of the finding a propose record asked Claude about (None for other steps).

    >>> r = LlmRecord(step="propose", prompt_version="propose/1", model="m", mode="replay",
    ...               subject="cpu:quote:shipping_table")
    >>> asked_about(r), asked_about(r.model_copy(update={"subject": ""}))
    ('cpu:quote:shipping_table', None)
    """
    return record.subject or None if record.step == "propose" else None
