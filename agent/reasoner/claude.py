"""The Claude reasoner, behind the same seam as the rules one, and falling back to it.

Each step returns what the rules reasoner would (a plan, candidates, a narrative or
an answer) plus an :class:`~tools.llm.LlmRecord` saying what Claude was asked, what it
cost, and whether the rules path took over and why. Claude judges and writes; every
number it is shown comes from a tool result in the state, and the figures of a ranked
item (impact, confidence, ROI) are computed here from those, never taken from its text.

Structured answers are checked (pydantic, then the findings' ids and ranks, or the
edit's blocks against the file); an invalid answer is sent back once with the reason,
and a second invalid answer falls back, as do a missing key, a timeout, 429/5xx after
the SDK's retries and a refusal. Source code, tool output and other target data reach
Claude only inside :func:`prompts.fence`.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, Field, TypeAdapter, ValidationError

from perfagent.agent.finding_kinds import CpuHotspot, Finding
from perfagent.agent.reasoner import rules
from perfagent.agent.state import Candidate, EngagementState, RankedItem
from perfagent.prompts import Prompt, fence, load
from perfagent.tools.codeedit import Edit, apply_blocks, parse_blocks
from perfagent.tools.codeedit.paths import inside
from perfagent.tools.errors import InputError
from perfagent.tools.llm import Fallback, Llm, LlmRecord, ToolRefusal, Usage
from perfagent.tools.llm.answers import Invalid, echo, json_in, text_of, unsupported_numbers
from perfagent.tools.llm.toolspec import ToolInputError, run_tool, tool_spec

T = TypeVar("T")
MAX_SOURCE_LINES = 400  # a longer file is shown as its imports and the hot function
# The reason can quote the target's lines (a SEARCH block that did not match), so it is fenced.
RETRY = (
    "Your answer could not be used, for this reason:\n{error}\n"
    "Send the whole answer again, in the required form, with that fixed."
)


# The fields Claude is shown, named so that a field added to a model elsewhere changes
# neither the prompt nor the requests the test cassettes are keyed on.
FINDING_FIELDS = (
    "id",
    "kind",
    "title",
    "location",
    "evidence",
    "impact_share_pct",
    "source",
    "detail",
)
BUDGET_FIELDS = ("endpoint", "percentile", "budget_ms", "measured_ms")
PLAN_FIELDS = (
    "rank",
    "finding_id",
    "title",
    "impact_pct",
    "effort",
    "confidence",
    "roi",
    "expected_gain",
    "reasons",
)
CHANGE_FIELDS = (
    "metric",
    "scope",
    "before",
    "after",
    "ratio",
    "ci_low",
    "ci_high",
    "p_value",
    "verdict",
)


# ---------------------------------------------------------------- prioritize


class _Rank(BaseModel):
    finding_id: str
    rank: int = Field(ge=1)
    effort: Literal["low", "medium", "high"]
    reasons: list[str] = Field(min_length=1, max_length=5)


_RANKING = TypeAdapter(list[_Rank])


def prioritize(findings: list[Finding], *, llm: Llm) -> tuple[list[RankedItem], LlmRecord]:
    """Claude's ranking of ``findings`` (every one, ranks 1..N), or the rules' on fallback."""
    prompt = load("prioritize")
    record = _record("prioritize", prompt, llm)
    if not findings:
        return [], record
    data = [_shown(f, FINDING_FIELDS) for f in findings]
    user = prompt.user(
        count=str(len(findings)), findings=fence("findings", json.dumps(data, indent=1))
    )
    try:
        ranks = _ask(llm, record, prompt, user, lambda text: _parse_ranking(text, findings))
    except Fallback as fallback:
        return rules.prioritize(findings), _fell(record, fallback)
    by_id = {f.id: f for f in findings}
    return [_ranked(r, by_id[r.finding_id]) for r in sorted(ranks, key=lambda r: r.rank)], record


def _parse_ranking(text: str, findings: list[Finding]) -> list[_Rank]:
    try:
        ranks = _RANKING.validate_python(json_in(text))
    except ValidationError as exc:
        err = exc.errors()[0]
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err["loc"])
        raise Invalid(f"answer{where}: {err['msg']}") from None
    ids = [r.finding_id for r in ranks]
    known = [f.id for f in findings]
    if unknown := [i for i in ids if i not in known]:
        raise Invalid(f"{unknown[0]!r} is not the id of any finding given")
    if missing := [i for i in known if i not in ids]:
        raise Invalid(
            f"findings {', '.join(map(repr, missing))} are not ranked: rank every "
            "finding exactly once"
        )
    if len(ids) != len(set(ids)):
        raise Invalid("a finding is ranked twice: rank every finding exactly once")
    if sorted(r.rank for r in ranks) != list(range(1, len(ranks) + 1)):
        raise Invalid(f"the ranks must be 1 to {len(ranks)}, each once")
    return ranks


def _ranked(rank: _Rank, finding: Finding) -> RankedItem:
    impact = finding.impact_share_pct or 0.0
    confidence = rules.CONFIDENCE.get(finding.source, 0.7)
    roi = impact * confidence / rules.EFFORT_COST[rank.effort]
    return RankedItem(
        finding_id=finding.id,
        rank=rank.rank,
        title=finding.title,
        impact_pct=impact,
        effort=rank.effort,
        confidence=confidence,
        roi=round(roi, 2),
        expected_gain=(
            f"up to {impact:.0f}% of the measured cost"
            if finding.impact_share_pct
            else "not quantified"
        ),
        reasons=[f"measured impact {impact:.1f}% ({finding.evidence})", *rank.reasons],
    )


# ---------------------------------------------------------------- propose


def propose(
    finding: Finding, *, root: Path | str | None, state: EngagementState | None = None, llm: Llm
) -> tuple[list[Candidate], LlmRecord]:
    """One code edit from Claude for a hot function (its file shown fenced), checked to
    apply to that file and to parse; the rules' candidates on fallback."""
    prompt = load("propose")
    record = _record("propose", prompt, llm)
    base = Path(root) if root is not None else None
    shown = _hot_source(finding, base) if base is not None else None
    if base is None or shown is None:
        record.fall_back(f"no source file to show Claude for this {finding.kind} finding")
        return rules.propose(finding, root=base, state=state), record
    rel, source = shown
    user = prompt.user(
        finding=fence("finding", json.dumps(_shown(finding, FINDING_FIELDS), indent=1)),
        measurements=fence("measurements", json.dumps(_measurements(finding, state), indent=1)),
        source=fence(f"source:{rel}", source),
    )
    try:
        edit, rationale = _ask(llm, record, prompt, user, lambda text: _parse_edit(text, base, rel))
    except Fallback as fallback:
        return rules.propose(finding, root=base, state=state), _fell(record, fallback)
    benchmark = finding.benchmark
    return [
        Candidate(
            id=f"cand:{finding.id}:claude",
            finding_id=finding.id,
            kind="code",
            title=edit.description,
            change=_blocks_text(edit),
            rationale=rationale,
            edit=edit,
            recipe="claude",
            measure="bench" if benchmark else "load",
            benchmark=benchmark,
        )
    ], record


def _hot_source(finding: Finding, root: Path) -> tuple[str, str] | None:
    """``(path relative to root, text shown)`` of the file holding the hot spot."""
    if not isinstance(finding, CpuHotspot) or finding.target is None:
        return None
    rel = finding.target.path
    try:
        path = inside(root, rel)
        text = path.read_text(encoding="utf-8")
    except (InputError, OSError, UnicodeDecodeError):
        return None
    lines = text.splitlines()
    if len(lines) <= MAX_SOURCE_LINES:
        return rel, text
    excerpt = _excerpt(text, finding.target.function or "")
    return (rel, excerpt) if excerpt else None


def _excerpt(text: str, function: str) -> str | None:
    """A long file's import lines and the function's lines (decorators included), exact."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return None
    lines = text.splitlines()
    name = function.rpartition(".")[2]
    node = next(
        (
            n
            for n in ast.walk(tree)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == name
        ),
        None,
    )
    if node is None or node.end_lineno is None:
        return None
    start = min([d.lineno for d in node.decorator_list] + [node.lineno]) - 1
    imports = [
        lines[n.lineno - 1]
        for n in tree.body
        if isinstance(n, (ast.Import, ast.ImportFrom)) and n.end_lineno == n.lineno
    ]
    return "\n".join([*imports, "# ...", *lines[start : node.end_lineno], "# ..."])


def _measurements(finding: Finding, state: EngagementState | None) -> dict[str, Any]:
    """The figures behind the finding: its benchmark's summary and the failing budgets."""
    data: dict[str, Any] = {
        "impact_share_pct": finding.impact_share_pct,
        "evidence": finding.evidence,
        "failing_budgets": [],
    }
    if state is None:
        return data
    named = state.benchmarks.get(finding.benchmark) if finding.benchmark else None
    if named is not None:
        summary = named.result.summary
        unit = "s" if named.result.mode == "time" else "instructions"
        data["benchmark"] = {
            "name": named.name,
            "unit": unit,
            "n": summary.n,
            "median": summary.median,
            "p95": summary.p95,
            "cv": summary.cv,
        }
    baseline = state.load.get("baseline")
    if baseline is not None:
        data["failing_budgets"] = [_shown(c, BUDGET_FIELDS) for c in baseline.budgets if not c.ok]
    return data


def _parse_edit(text: str, root: Path, rel: str) -> tuple[Edit, str]:
    title = re.search(r"^Title:\s*(.+)$", text, re.MULTILINE)
    rationale = re.search(
        r"^Rationale:[ \t]*(.+?)(?:\n[ \t]*\n|\Z)", text, re.MULTILINE | re.DOTALL
    )
    try:
        blocks = parse_blocks(text)
    except InputError as exc:
        raise Invalid(str(exc)) from None
    if strays := [b.path for b in blocks if b.path != rel]:
        raise Invalid(f"a block edits {strays[0]}, which was not shown; edit only {rel}")
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / rel
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root / rel, copy)
        try:
            changed = apply_blocks(tmp, blocks)
        except InputError as exc:
            raise Invalid(str(exc)) from None
        if not changed:
            raise Invalid(f"the blocks leave {rel} as it was: the edit changes nothing")
        try:
            compile(copy.read_text(encoding="utf-8"), rel, "exec")
        except SyntaxError as exc:
            raise Invalid(
                f"{rel} does not parse after the edit: {exc.msg} (line {exc.lineno})"
            ) from None
    name = title.group(1).strip() if title else f"Claude's edit of {rel}"
    why = " ".join(rationale.group(1).split()) if rationale else ""
    return Edit(blocks=blocks, description=name), why


def _blocks_text(edit: Edit) -> str:
    return "\n".join(
        f"{b.path}\n<<<<<<< SEARCH\n{b.search.rstrip()}\n=======\n"
        f"{b.replace.rstrip()}\n>>>>>>> REPLACE"
        for b in edit.blocks
    )


# ---------------------------------------------------------------- explain


def explain(state: EngagementState, *, llm: Llm) -> tuple[str | None, LlmRecord]:
    """The recommendations narrative in Markdown; None when the renderer's own text
    should stand (nothing ranked, or fallback)."""
    prompt = load("explain")
    record = _record("explain", prompt, llm)
    if not state.plan:
        return None, record
    plan = json.dumps([_shown(item, PLAN_FIELDS) for item in state.plan], indent=1)
    results = json.dumps([_result(c.id, state) for c in state.candidates.values()], indent=1)
    user = prompt.user(plan=fence("plan", plan), results=fence("results", results))
    try:
        text = _ask(llm, record, prompt, user, _narrative)
    except Fallback as fallback:
        return None, _fell(record, fallback)
    if unsupported := unsupported_numbers(text, plan + results):
        record.notes.append("figures not found in the measurements: " + ", ".join(unsupported))
    return text, record


def _result(candidate_id: str, state: EngagementState) -> dict[str, Any]:
    c = state.candidates[candidate_id]
    out: dict[str, Any] = {
        "candidate": c.title,
        "finding_id": c.finding_id,
        "kind": c.kind,
        "status": c.status,
        "reason": c.reason,
    }
    if (v := state.validations.get(candidate_id)) is not None:
        out.update(
            verdict=v.verdict,
            method=v.method,
            changes=[_shown(m, CHANGE_FIELDS) for m in v.changes],
        )
    return out


def _narrative(text: str) -> str:
    if not text.strip():
        raise Invalid("the answer is empty: write the narrative")
    if "<data" in text:
        raise Invalid("the narrative repeats a data fence: write prose, quote no fenced data")
    return text.strip()


# ---------------------------------------------------------------- chat


def chat(
    question: str,
    *,
    tools: dict[str, Callable[..., Any]],
    allow: set[str],
    max_turns: int = 6,
    llm: Llm,
) -> tuple[str, LlmRecord]:
    """Answer ``question`` with Claude using ``tools``; only those in ``allow`` are offered,
    and a call to any other is refused (an error result) and recorded."""
    prompt = load("chat")
    record = _record("chat", prompt, llm)
    specs = [tool_spec(name, fn) for name, fn in sorted(tools.items()) if name in allow]
    messages: list[dict] = [{"role": "user", "content": question}]
    text = ""
    try:
        for _ in range(max_turns):
            message = llm.create(
                step="chat", system=prompt.system, messages=list(messages), tools=specs or None
            )
            record.add_usage(Usage.from_api(message.usage))
            text = text_of(message)
            if message.stop_reason == "max_tokens":
                record.notes.append(
                    f"the answer was cut off at max_tokens ({llm.config.max_tokens})"
                )
            if message.stop_reason != "tool_use":
                return text, record
            messages.append({"role": "assistant", "content": echo(message.content)})
            messages.append(
                {
                    "role": "user",
                    "content": [
                        _tool_result(block, tools, allow, record)
                        for block in message.content
                        if block.type == "tool_use"
                    ],
                }
            )
    except Fallback as fallback:
        _fell(record, fallback)
        return (
            f"Claude is not available ({fallback.reason}); the rules reasoner does not "
            "answer free-form questions."
        ), record
    record.notes.append(f"stopped after {max_turns} turns while Claude still asked for tools")
    return text or f"No answer within {max_turns} turns.", record


def _tool_result(
    block: Any, tools: dict[str, Callable[..., Any]], allow: set[str], record: LlmRecord
) -> dict[str, Any]:
    result: dict[str, Any] = {"type": "tool_result", "tool_use_id": block.id}
    if block.name not in allow or block.name not in tools:
        reason = (
            f"the tool {block.name} is not allowed here (allowed: "
            f"{', '.join(sorted(allow & tools.keys())) or 'none'})"
        )
        record.refused_tools.append(
            ToolRefusal(name=block.name, input=dict(block.input), reason=reason)
        )
        return {**result, "is_error": True, "content": f"refused: {reason}"}
    record.tool_calls.append(block.name)
    try:
        output = run_tool(tools[block.name], dict(block.input))
    except ToolInputError as exc:
        return {
            **result,
            "is_error": True,
            "content": fence(f"tool:{block.name}", f"bad input: {exc}"),
        }
    except Exception as exc:  # noqa: BLE001 - a tool's failure is Claude's to read, not a crash
        record.notes.append(f"tool {block.name} failed: {type(exc).__name__}: {exc}")
        return {
            **result,
            "is_error": True,
            "content": fence(f"tool:{block.name}", f"the tool failed: {exc}"),
        }
    return {**result, "content": fence(f"tool:{block.name}", output)}


# ---------------------------------------------------------------- shared


def _record(step: str, prompt: Prompt, llm: Llm) -> LlmRecord:
    return LlmRecord(
        step=step, prompt_version=prompt.version, model=llm.config.model, mode=llm.config.mode
    )


def _fell(record: LlmRecord, fallback: Fallback) -> LlmRecord:
    if fallback.usage is not None:
        record.add_usage(fallback.usage)
    record.fall_back(fallback.reason)
    return record


def _ask(llm: Llm, record: LlmRecord, prompt: Prompt, user: str, check: Callable[[str], T]) -> T:
    """Ask once; an answer ``check`` rejects goes back once with the reason, then Fallback."""
    messages: list[dict] = [{"role": "user", "content": user}]
    for attempt in (1, 2):
        message = llm.create(step=prompt.name, system=prompt.system, messages=messages)
        record.add_usage(Usage.from_api(message.usage))
        if message.stop_reason == "max_tokens":  # a retry would be cut off the same way
            raise Fallback(
                f"the answer was cut off at max_tokens ({llm.config.max_tokens}); "
                "raise PERFAGENT_LLM_MAX_TOKENS"
            )
        try:
            return check(text_of(message))
        except Invalid as exc:
            if attempt == 2:
                raise Fallback(f"invalid answer after one retry: {exc}") from None
            record.retried = True
            messages = [
                *messages,
                {"role": "assistant", "content": echo(message.content)},
                {"role": "user", "content": RETRY.format(error=fence("check", str(exc)))},
            ]
    raise AssertionError("unreachable")


def _shown(model: BaseModel, fields: tuple[str, ...]) -> dict[str, Any]:
    data = model.model_dump(mode="json", include=set(fields))
    return {f: data[f] for f in fields if data.get(f) not in (None, {}, [])}
