"""Write the test cassettes: hand-written answers, requests built by the real code.

Each scenario runs a reasoner step in record mode against a scripted upstream (an
``httpx2.MockTransport`` that answers with the hand-written Messages API responses
below, in order). The recorder writes what the code really sent next to each answer,
so the cassettes match the prompts, the request builder and the inputs here exactly.
Run it after changing any of them, and commit the files it writes::

    .venv/bin/python tests/llm/make_cassettes.py

The tests import the scenarios' inputs (findings, state, tools, configs) from here.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import httpx2

from perfagent.agent.reasoner import claude
from perfagent.agent.state import (
    Candidate,
    EngagementState,
    Finding,
    NamedBench,
    RankedItem,
    Validation,
    make_finding,
)
from perfagent.tools.llm import DEFAULT_MODEL, Llm, LlmConfig

CASSETTES = Path(__file__).resolve().parent / "cassettes"
SHOP = ROOT / "examples" / "shop"
RECORDING_KEY = "sk-ant-handwritten-cassette-0000"  # what the recorder sees; never written


def config(mode: str, folder: Path | None = None, **overrides: Any) -> LlmConfig:
    """The settings every cassette was made with (they are part of each request)."""
    values: dict[str, Any] = {
        "mode": mode,
        "model": DEFAULT_MODEL,
        "max_tokens": 4096,
        "max_retries": 0,
        "timeout_s": 60,
        "prompt_caching": True,
        "cassette_dir": str(folder) if folder else None,
        "record": mode == "claude" and folder is not None,
    }
    return LlmConfig(**{**values, **overrides})


def replay(name: str) -> Llm:
    return Llm(config("replay", CASSETTES / name))


# ------------------------------------------------------------ inputs


def findings() -> list[Finding]:
    return [
        make_finding(
            id="payload:GET /api/orders/recent",
            kind="payload",
            title="GET /api/orders/recent sends 412 KB uncompressed",
            location="GET /api/orders/recent",
            source="probe",
            impact_share_pct=22.0,
            evidence="one request: 412,337 bytes, 61,204 bytes gzipped (85% smaller)",
        ),
        make_finding(
            id="cpu:quote:shipping_table",
            kind="cpu_hotspot",
            title="shipping_table takes 97% of quote's CPU time",
            location="shop/pricing.py:9",
            source="cprofile",
            impact_share_pct=96.8,
            evidence="cprofile profile of benchmark 'quote': self 96.8%, total 97.4%, 40 calls",
            detail={"benchmark": "quote", "function": "shipping_table", "calls": 40},
        ),
        make_finding(
            id="index:orders(customer_id)",
            kind="index",
            title="missing index orders(customer_id)",
            source="explain",
            impact_share_pct=31.5,
            evidence="EXPLAIN: Seq Scan on orders (cost 0..1843); with the index 8.3 (-99.5%)",
            detail={
                "ddl": "CREATE INDEX ix_orders_customer_id ON orders (customer_id)",
                "query": "SELECT * FROM orders WHERE customer_id = ?",
            },
        ),
    ]


def hot_finding() -> Finding:
    return findings()[1]


def shop_state() -> EngagementState:
    """The shop after baseline and profile: the quote benchmark and a failing budget."""
    from perfagent.agent.spec import load_target
    from perfagent.tools.bench.models import BenchResult, BenchSpec, Summary
    from perfagent.tools.loadtest.results import BudgetCheck, LatencySummary, LoadResult

    summary = Summary(
        n=10,
        min=0.081,
        max=0.094,
        mean=0.0862,
        median=0.0857,
        stdev=0.0036,
        mad=0.0021,
        p50=0.0857,
        p95=0.0921,
        p99=0.0935,
        cv=0.042,
    )
    bench = BenchResult(
        spec=BenchSpec(name="quote", callable="shop.bench:quote"),
        loops=1,
        warmups=1,
        samples=[],
        summary=summary,
        peak_rss_bytes=41_000_000,
        elapsed_s=2.1,
    )
    quote = LatencySummary(
        name="GET /api/quote",
        method="GET",
        path="/api/quote",
        requests=1204,
        failures=0,
        error_rate=0.0,
        rps=40.1,
        p50_ms=88.0,
        p95_ms=131.0,
        p99_ms=162.0,
    )
    baseline = LoadResult(
        kind="baseline",
        host="http://127.0.0.1:8000",
        started_wall=0.0,
        duration_s=30.0,
        aggregate=quote,
        endpoints=[quote],
        history=[],
        budgets=[
            BudgetCheck(
                endpoint="GET /api/quote",
                percentile="p95",
                budget_ms=100.0,
                measured_ms=131.0,
                margin_ms=-31.0,
                margin_pct=-31.0,
                ok=False,
            )
        ],
    )
    return EngagementState(
        run_id="cassette",
        spec=load_target(SHOP),
        benchmarks={"quote": NamedBench(name="quote", result=bench)},
        load={"baseline": baseline},
    )


def cpu_finding(id: str, location: str, function: str, benchmark: str, calls: int) -> Finding:
    return make_finding(
        id=id,
        kind="cpu_hotspot",
        title=f"{function} takes 90% of {benchmark}'s CPU time",
        location=location,
        source="cprofile",
        impact_share_pct=90.0,
        evidence=f"cprofile profile of benchmark {benchmark!r}: self 90.0%",
        detail={"benchmark": benchmark, "function": function, "calls": calls},
    )


def related_finding() -> Finding:
    """A hot spot the membership and hoist recipes edit."""
    return cpu_finding("cpu:related:related", "shop/recommend.py:7", "related", "related", 1)


def quote_cents_finding() -> Finding:
    """A hot spot only the memoize recipe edits."""
    return cpu_finding("cpu:quote:quote_cents", "shop/pricing.py:20", "quote_cents", "quote", 6)


def planned_state(findings: list[Finding], **settings: Any) -> EngagementState:
    """The shop state (its measurements enter the propose request) with ``findings`` ranked
    in that order and ``settings`` changed."""
    state = shop_state()
    plan = [
        RankedItem(
            finding_id=f.id,
            rank=n,
            title=f.title,
            impact_pct=f.impact_share_pct or 0.0,
            effort="medium",
            confidence=0.9,
            roi=1.0,
            expected_gain="some",
            reasons=["measured"],
        )
        for n, f in enumerate(findings, start=1)
    ]
    return state.model_copy(
        update={
            "findings": findings,
            "plan": plan,
            "settings": state.settings.model_copy(update=settings),
        }
    )


def run_declined(llm: Llm) -> None:
    """What optimize sends for three hot spots, with the recipes all but memoize: related has
    recipe edits, shipping_table and quote_cents are declined, and one proposal is allowed."""
    from perfagent.agent.reasoner import propose_plan

    state = planned_state(
        [related_finding(), hot_finding(), quote_cents_finding()], llm_propose_max=1
    )
    with recipes_without("memoize"):
        propose_plan(state, root=SHOP, llm=llm)


def explained_state() -> EngagementState:
    """After validate: the plan, the kept cache edit and its measured change."""
    from perfagent.tools.loadtest.compare import MetricChange

    state = shop_state()
    state.plan = [  # as rules.prioritize ranked them, written out so its wording can change
        RankedItem(
            finding_id="cpu:quote:shipping_table",
            rank=1,
            title="shipping_table takes 97% of quote's CPU time",
            impact_pct=96.8,
            effort="medium",
            confidence=0.9,
            roi=43.56,
            expected_gain="up to 97% of the measured cost",
            reasons=["measured impact 96.8% (cprofile profile of benchmark 'quote')"],
        ),
        RankedItem(
            finding_id="index:orders(customer_id)",
            rank=2,
            title="missing index orders(customer_id)",
            impact_pct=31.5,
            effort="low",
            confidence=0.9,
            roi=28.35,
            expected_gain="up to 32% of the measured cost",
            reasons=["measured impact 31.5% (EXPLAIN: Seq Scan on orders)"],
        ),
        RankedItem(
            finding_id="payload:GET /api/orders/recent",
            rank=3,
            title="GET /api/orders/recent sends 412 KB uncompressed",
            impact_pct=22.0,
            effort="low",
            confidence=0.95,
            roi=20.9,
            expected_gain="up to 22% of the measured cost",
            reasons=["measured impact 22.0% (one request: 412,337 bytes)"],
        ),
    ]
    state.candidates = {
        "cand:cpu:quote:shipping_table:claude": Candidate(
            id="cand:cpu:quote:shipping_table:claude",
            finding_id="cpu:quote:shipping_table",
            kind="code",
            title="Cache the shipping table per zone",
            change="...",
            status="kept",
            reason="faster: median 0.0857 s -> 0.0031 s",
            recipe="claude",
            measure="bench",
            benchmark="quote",
        )
    }
    state.validations = {
        "cand:cpu:quote:shipping_table:claude": Validation(
            candidate_id="cand:cpu:quote:shipping_table:claude",
            method="bench",
            verdict="faster",
            kept=True,
            changes=[
                MetricChange(
                    metric="median_s",
                    scope="quote",
                    before=0.0857,
                    after=0.0031,
                    ratio=0.036,
                    ci_low=0.034,
                    ci_high=0.039,
                    p_value=0.0002,
                    n_before=10,
                    n_after=10,
                    verdict="faster",
                )
            ],
        )
    }
    return state


def top_hotspots(benchmark: str, limit: int = 3) -> list[dict[str, Any]]:
    """The hottest functions of one benchmark's CPU profile, with their self share."""
    spots = [
        {"function": "shipping_table", "file": "shop/pricing.py", "self_pct": 96.8, "calls": 40},
        {"function": "quote_cents", "file": "shop/pricing.py", "self_pct": 0.6, "calls": 40},
    ]
    return spots[:limit] if benchmark == "quote" else []


def apply_edit(candidate_id: str) -> str:
    """Apply a candidate's code edit to the target's working tree."""
    raise AssertionError("apply_edit is not allowed in chat and must never run")


CHAT_TOOLS: dict[str, Callable[..., Any]] = {"top_hotspots": top_hotspots, "apply_edit": apply_edit}
CHAT_ALLOW = {"top_hotspots"}
QUESTION = "Where does the quote benchmark spend its time?"

# ------------------------------------------------------------ answers (Messages API wire format)


def message(
    n: int,
    content: list[dict],
    *,
    stop_reason: str = "end_turn",
    usage: tuple[int, int, int, int] = (0, 0, 0, 0),
    **extra: Any,
) -> dict[str, Any]:
    """A Messages API response body; usage = (input, output, cache write, cache read)."""
    return {
        "id": f"msg_01HandWritten{n:010d}",
        "type": "message",
        "role": "assistant",
        "model": DEFAULT_MODEL,
        "content": content,
        "stop_reason": stop_reason,
        "stop_sequence": None,
        **extra,
        "usage": {
            "input_tokens": usage[0],
            "output_tokens": usage[1],
            "cache_creation_input_tokens": usage[2],
            "cache_read_input_tokens": usage[3],
        },
    }


def text(value: str) -> dict[str, str]:
    return {"type": "text", "text": value}


RANKING = """[
  {"finding_id": "cpu:quote:shipping_table", "rank": 1, "effort": "low",
   "reasons": ["pure and recomputed on every quote: a cache removes most of its 96.8%"]},
  {"finding_id": "index:orders(customer_id)", "rank": 2, "effort": "low",
   "reasons": ["one CREATE INDEX turns the sequential scan into an index lookup"]},
  {"finding_id": "payload:GET /api/orders/recent", "rank": 3, "effort": "low",
   "reasons": ["compression middleware is a one-line change, but the response is a smaller share"]}
]"""

EDIT = '''Title: Cache the shipping table per zone
Rationale: shipping_table is pure and takes 96.8% of the quote benchmark's CPU time,
recomputed on every call; caching it per zone leaves one computation per zone, and
handing out a fresh list keeps callers from sharing one.

shop/pricing.py
<<<<<<< SEARCH
import math
=======
import functools
import math
>>>>>>> REPLACE

shop/pricing.py
<<<<<<< SEARCH
def shipping_table(zone: int) -> list[int]:
    """Price in cents per 100 g weight band for a zone: a pure, slow computation."""
    bands = []
=======
def shipping_table(zone: int) -> list[int]:
    """Price in cents per 100 g weight band for a zone: a pure, slow computation."""
    return list(_shipping_table(zone))


@functools.lru_cache(maxsize=64)
def _shipping_table(zone: int) -> tuple[int, ...]:
    bands = []
>>>>>>> REPLACE

shop/pricing.py
<<<<<<< SEARCH
        bands.append(int(300 + zone * 40 + cost))
    return bands
=======
        bands.append(int(300 + zone * 40 + cost))
    return tuple(bands)
>>>>>>> REPLACE
'''

NARRATIVE = (
    "Start with **shipping_table takes 97% of quote's CPU time**: the table is pure and was "
    "rebuilt on every quote. Caching it per zone was tried and kept: the quote benchmark's "
    "median went from 0.0857 s to 0.0031 s.\n\n"
    "Next, **missing index orders(customer_id)** needs one CREATE INDEX; then compress "
    "GET /api/orders/recent, which sends 412 KB uncompressed."
)

# ------------------------------------------------------------ the whole graph

REPLAY_ROOT = Path(
    "/tmp/perfagent-llm-replay/shop"
)  # fixed: the paths in evidence enter the prompts
FIXTURE = ROOT / "tests" / "engagement" / "fixtures" / "shop-state.json"


def measured_state(run_id: str = "llm-graph") -> EngagementState:
    """The recorded shop measurements (the golden fixture) after baseline and profile, on a git
    copy of the shop at REPLAY_ROOT: what the graph reasons over when it continues from profile."""
    from perfagent.agent.workspace import scratch_repo

    if not (REPLAY_ROOT / ".git").is_dir():
        scratch_repo(SHOP, REPLAY_ROOT, message="examples/shop, for the replay")
    text = (
        FIXTURE.read_text().replace("{work}", str(REPLAY_ROOT)).replace("{root}", str(REPLAY_ROOT))
    )
    text = text.replace("{reports}", "/tmp/perfagent-llm-replay/reports")
    state = EngagementState.model_validate_json(text)
    return state.model_copy(
        update={
            "run_id": run_id,
            "spec": state.spec.model_copy(update={"root": str(REPLAY_ROOT)}),
            "log": [r for r in state.log if r.step in ("baseline", "profile")],
            "findings": [],
            "plan": [],
            "candidates": {},
            "validations": {},
            "current_candidate": None,
            "errors": [],
            "llm": [],
        }
    )


@contextmanager
def recipes_without(name: str) -> Iterator[None]:
    """The offline recipes as if recipe ``name`` were not installed. Without ``memoize`` every
    recipe declines the shop's shipping_table (the others keep their edits for related and
    _price), so the graph asks Claude for an edit there, and only there."""
    import perfagent.tools.recipes as recipes

    saved = recipes.RECIPES
    recipes.RECIPES = tuple(r for r in saved if r.name != name)
    try:
        yield
    finally:
        recipes.RECIPES = saved


def graph_ranking() -> list[dict]:
    """Claude's ranking of the fixture's findings: shipping_table and related first, the rest in
    the rules' order, each with a reason; then its edit for shipping_table, the one hot spot
    the recipes (without memoize) decline."""
    from perfagent.agent import findings as measured
    from perfagent.agent.reasoner import rules

    found = measured.collect(measured_state())
    order = [i.finding_id for i in rules.prioritize(found)]
    first = ["cpu:quote:shipping_table", "cpu:related:related"]
    order = first + [i for i in order if i not in first]
    ranking = [
        {
            "finding_id": fid,
            "rank": n,
            "effort": "low" if n <= 2 else "medium",
            "reasons": ["measured: see the evidence; ranked by Claude for the replay test"],
        }
        for n, fid in enumerate(order, start=1)
    ]
    import json

    return [
        message(13, [text(json.dumps(ranking, indent=1))], usage=(2650, 610, 1820, 0)),
        message(14, [text(EDIT)], usage=(2210, 388, 1390, 0)),
    ]


def run_graph_reasoning(llm: Llm) -> None:
    """What the prioritize and optimize steps send, in order, for the fixture's measurements
    (with the recipes the graph test runs with: all but memoize)."""
    from perfagent.agent import findings as measured
    from perfagent.agent import workspace
    from perfagent.agent.reasoner import propose_plan

    state = measured_state()
    found = measured.collect(state)
    ranked, _ = claude.prioritize(found, llm=llm)
    state = state.model_copy(update={"findings": found, "plan": ranked})
    with recipes_without("memoize"):
        propose_plan(state, root=workspace.target(state), llm=llm)


SCENARIOS: dict[str, tuple[list[dict] | Callable[[], list[dict]], Callable[[Llm], Any]]] = {
    "graph": (graph_ranking, run_graph_reasoning),
    "prioritize": (
        [message(1, [text(RANKING)], usage=(1480, 236, 1210, 0))],
        lambda llm: claude.prioritize(findings(), llm=llm),
    ),
    "prioritize_retry": (
        [
            message(
                2,
                [text("The shipping table comes first, then the index.")],
                usage=(1480, 14, 0, 1210),
            ),
            message(3, [text(f"```json\n{RANKING}\n```")], usage=(1551, 240, 0, 1210)),
        ],
        lambda llm: claude.prioritize(findings(), llm=llm),
    ),
    "prioritize_malformed": (
        [
            message(
                4,
                [text('[{"finding_id": "cpu:quote:shipping_table", "rank": 1}]')],
                usage=(1480, 21, 0, 1210),
            ),
            message(
                5,
                [
                    text(
                        '[{"finding_id": "cpu:quote:quote_cents", "rank": 1, "effort": "low",'
                        ' "reasons": ["cache it"]}]'
                    )
                ],
                usage=(1548, 30, 0, 1210),
            ),
        ],
        lambda llm: claude.prioritize(findings(), llm=llm),
    ),
    "prioritize_refusal": (
        [
            message(
                6,
                [],
                stop_reason="refusal",
                usage=(1480, 3, 0, 1210),
                stop_details={"type": "refusal", "category": None, "explanation": None},
            )
        ],
        lambda llm: claude.prioritize(findings(), llm=llm),
    ),
    "propose": (
        [message(7, [text(EDIT)], usage=(2210, 388, 1390, 0))],
        lambda llm: claude.propose(hot_finding(), root=SHOP, state=shop_state(), llm=llm),
    ),
    "propose_declined": ([message(16, [text(EDIT)], usage=(2480, 388, 1390, 0))], run_declined),
    "chat": (
        [
            message(
                8,
                [
                    {
                        "type": "thinking",
                        "thinking": "",
                        "signature": "EqQBCkYIBxgCKkDhandwrittensignature00000000",
                    },
                    {
                        "type": "tool_use",
                        "id": "toolu_01HandWritten0000000001",
                        "name": "top_hotspots",
                        "input": {"benchmark": "quote"},
                    },
                ],
                stop_reason="tool_use",
                usage=(1105, 61, 980, 0),
            ),
            message(
                9,
                [
                    text(
                        "Almost all of it is in `shipping_table` (shop/pricing.py): 96.8% of "
                        "the quote benchmark's CPU time by self time, over 40 calls, per "
                        "top_hotspots. `quote_cents` itself is 0.6%."
                    )
                ],
                usage=(1290, 58, 0, 980),
            ),
        ],
        lambda llm: claude.chat(QUESTION, tools=CHAT_TOOLS, allow=CHAT_ALLOW, llm=llm),
    ),
    "chat_refused": (
        [
            message(
                10,
                [
                    text("I'll apply the cache edit."),
                    {
                        "type": "tool_use",
                        "id": "toolu_01HandWritten0000000002",
                        "name": "apply_edit",
                        "input": {"candidate_id": "cand:cpu:quote:shipping_table:claude"},
                    },
                ],
                stop_reason="tool_use",
                usage=(1120, 44, 980, 0),
            ),
            message(
                11,
                [
                    text(
                        "I cannot apply edits from this chat; the optimize step applies "
                        "them in its own worktree after your approval."
                    )
                ],
                usage=(1240, 31, 0, 980),
            ),
        ],
        lambda llm: claude.chat(
            "Apply the cache edit for shipping_table.", tools=CHAT_TOOLS, allow=CHAT_ALLOW, llm=llm
        ),
    ),
    "explain": (
        [message(12, [text(NARRATIVE)], usage=(1930, 121, 1210, 0))],
        lambda llm: claude.explain(explained_state(), llm=llm),
    ),
}


def write(name: str) -> Path:
    """Record scenario ``name`` into ``cassettes/<name>/`` (replacing what was there)."""
    responses, run = SCENARIOS[name]
    pending = list(responses() if callable(responses) else responses)
    folder = CASSETTES / name

    def answer(request: httpx2.Request) -> httpx2.Response:
        body = pending.pop(0)
        return httpx2.Response(200, json=body, headers={"request-id": f"req_{body['id'][4:]}"})

    shutil.rmtree(folder, ignore_errors=True)
    llm = Llm(
        config("claude", folder), api_key=RECORDING_KEY, upstream=httpx2.MockTransport(answer)
    )
    run(llm)
    if pending:
        raise SystemExit(f"{name}: {len(pending)} scripted answer(s) were never asked for")
    return folder


def main() -> None:
    for name in SCENARIOS:
        folder = write(name)
        print(f"{folder.relative_to(ROOT)}: {len(list(folder.glob('*.json')))} exchange(s)")


if __name__ == "__main__":
    main()
