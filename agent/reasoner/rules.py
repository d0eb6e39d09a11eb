"""The deterministic reasoner: rank findings by return on effort, reasons shown.

ROI = measured impact (share of time or bytes) x confidence / effort cost. Effort is
judged per kind of fix; confidence by how the impact was measured.
"""

from __future__ import annotations

import re
from pathlib import Path

from perfagent.agent.finding_kinds import (
    CpuHotspot,
    Finding,
    Frontend,
    Index,
    LibraryCostFinding,
    LoopQuery,
    NPlusOne,
    Payload,
    SlowSql,
    Traced,
)
from perfagent.agent.state import Candidate, EngagementState, RankedItem
from perfagent.tools.recipes.base import CodeTarget, Recipe, RecipeTarget

# Effort of a typical fix, and what it costs relative to a low-effort one.
EFFORT = {
    "cpu_hotspot": "medium",
    "memory": "medium",
    "sql": "medium",
    "n_plus_one": "medium",
    "index": "low",
    "latency": "medium",
    "payload": "low",
    "cache": "medium",
    "frontend": "low",
    "library_cost": "low",  # an install or a setting
}
EFFORT_COST = {"low": 1.0, "medium": 2.0, "high": 4.0}
# Deterministic profiles and exact byte counts are surer than sampled shares.
CONFIDENCE = {
    "cprofile": 0.9,
    "py-spy": 0.8,
    "frontend-audit": 0.95,
    "locust": 0.85,
    "explain": 0.9,
    "query-log": 0.85,
    "probe": 0.95,
}


def prioritize(findings: list[Finding]) -> list[RankedItem]:
    """Rank ``findings``: the highest ROI first; ties broken by id for stable output.

    >>> from perfagent.agent.state import make_finding
    >>> f = [make_finding(id="a", kind="cpu_hotspot", title="a hot", evidence="e",
    ...                   impact_share_pct=60, source="py-spy"),
    ...      make_finding(id="b", kind="frontend", title="b big", evidence="e", impact_share_pct=20,
    ...                   source="frontend-audit")]
    >>> [(r.rank, r.finding_id, r.effort) for r in prioritize(f)]
    [(1, 'a', 'medium'), (2, 'b', 'low')]
    """
    scored = []
    for finding in findings:
        impact = finding.impact_share_pct or 0.0
        effort = EFFORT.get(finding.kind, "medium")
        typical = (
            "an install or a setting, not a code change"
            if finding.kind == "library_cost"
            else f"typical fix for a {finding.kind.replace('_', ' ')}"
        )
        confidence = CONFIDENCE.get(finding.source, 0.7)
        roi = impact * confidence / EFFORT_COST[effort]
        reasons = [
            f"measured impact {impact:.1f}% ({finding.evidence})",
            f"effort {effort}: {typical}",
            f"confidence {confidence:.0%} from the {finding.source} measurement",
        ]
        scored.append((roi, finding, effort, confidence, reasons))
    scored.sort(key=lambda s: (-s[0], s[1].id))
    return [
        RankedItem(
            finding_id=f.id,
            rank=i + 1,
            title=f.title,
            impact_pct=f.impact_share_pct or 0.0,
            effort=effort,
            confidence=confidence,
            roi=round(roi, 2),
            expected_gain=f"up to {f.impact_share_pct:.0f}% of the measured cost"
            if f.impact_share_pct
            else "not quantified",
            reasons=reasons,
        )
        for i, (roi, f, effort, confidence, reasons) in enumerate(scored)
    ]


def propose(
    finding: Finding, *, root: Path | None = None, state: EngagementState | None = None
) -> list[Candidate]:
    """Candidates for one finding: what a performance engineer would try first.

    An index is applied to a copy of the database and needs no code edit. With the
    target's ``root``, the offline recipes (tools/recipes) that declare the finding's kind
    write real code edits; when none is sure of the shape, the change is proposed in
    words with the recipes' reasons.

    >>> from perfagent.agent.state import make_finding
    >>> f = make_finding(id="index:orders(customer_id)", kind="index", title="missing index",
    ...                  evidence="e", source="explain",
    ...                  detail={"ddl": "CREATE INDEX ix ON orders (customer_id)", "query": "q"})
    >>> [(c.kind, c.needs_code_edit, c.change) for c in propose(f)]
    [('index', False, 'CREATE INDEX ix ON orders (customer_id)')]
    """
    if isinstance(finding, Index) and finding.detail.ddl:
        return [
            Candidate(
                id=f"cand:{finding.id}",
                finding_id=finding.id,
                kind="index",
                measure="query",
                title=f"create {finding.title.removeprefix('missing ')}",
                change=finding.detail.ddl,
                needs_code_edit=False,
                rationale=finding.evidence,
            )
        ]
    if isinstance(finding, LibraryCostFinding) and finding.detail.cost == "slow_implementation":
        words = _in_words(finding)  # a package to install: no edit of the project's files
        assert words is not None
        words.reason = "an install, not an edit: perfagent does not trial packages"
        return [words]
    declined: list[str] = []
    if root is not None and _has_recipes(finding):
        edits, declined = _recipes(finding, Path(root), state)
        if edits:
            return edits
    words = _in_words(finding)
    if words is None and declined and isinstance(finding, CpuHotspot):
        words = _by_hand(finding)
    if words and declined:
        words.reason = "no recipe could write it safely: " + "; ".join(declined)
        words.declined = declined
    return [words] if words else []


def _has_recipes(finding: Finding) -> bool:
    from perfagent.tools.recipes import RECIPES

    return any(finding.kind in r.kinds for r in RECIPES)


def recipe_target(finding: Finding, state: EngagementState | None = None) -> RecipeTarget:
    """What the recipes are asked for ``finding``: its typed place (the code target of a hot
    spot, the endpoint of a slow or large response, the asset, the loop's query) and what the
    engagement knows that a recipe may use (TTL, shared cache, who may share an answer)."""
    endpoint = finding.endpoint
    fields: dict = {
        "kind": finding.kind,
        "endpoint": endpoint.split(" ", 1)[-1] if endpoint else None,
    }
    extra: dict = {}
    if isinstance(finding, CpuHotspot) and finding.target is not None:
        code = finding.target  # the line tells apart two defs of one name
        fields.update(file=code.path, function=code.function, line=code.line)
    elif isinstance(finding, NPlusOne):
        extra["sql"] = finding.location
    elif (traced := _duplicate(finding)) is not None:
        # the page query and its COUNT: the line that ran them (the traces' code.* attributes),
        # else the endpoint's route (tools/recipes/window_count)
        extra.update(duplicate=traced.figure("kind"), sql=traced.query)
        fields["endpoint"] = traced.endpoint.split(" ", 1)[-1]
        place = traced.figure("page_at") or traced.figure("count_at")
        if place:
            code = CodeTarget.parse(place, traced.figure("function"))
            fields.update(file=code.path, line=code.line, function=code.function)
    elif isinstance(finding, Frontend):  # an asset of the build folder, by the audit's rule
        fields["file"] = finding.location
        extra.update(
            rule=finding.detail.rule,
            build=state.spec.frontend.build if state is not None and state.spec.frontend else None,
        )
    elif isinstance(finding, LibraryCostFinding):  # a setting recipe finds the settings itself
        extra.update(library_cost=finding.detail.cost, library=finding.detail.library)
        env = state.spec.load.service.env if state is not None and state.spec.load else {}
        if env.get("DJANGO_SETTINGS_MODULE"):
            extra["settings_module"] = env["DJANGO_SETTINGS_MODULE"]
    if isinstance(finding, Payload) and state is not None:
        probe = next((p for p in state.payloads if p.endpoint == endpoint), None)
        if probe:
            extra.update(body_bytes=probe.body_bytes, gzip_bytes=probe.gzip_bytes)
    if state is not None:
        extra["ttl_s"] = int(state.spec.cache.staleness_s)
        if state.spec.cache.redis:
            extra["redis_url"] = state.spec.cache.redis  # a shared cache, as the spec names one
        if (
            endpoint
        ):  # who may share a cached answer: everyone, one user, no one (agent/cache_scope.py)
            from perfagent.agent.cache_scope import credential_headers, endpoint_scope

            scope = endpoint_scope(state, endpoint)
            extra.update(
                cache_scope=scope.scope,
                cache_scope_reason=scope.reason,
                credential_headers=credential_headers(state),
            )
    return RecipeTarget(**fields, extra=extra)


def _duplicate(finding: Finding) -> Traced | None:
    """The traces' evidence of a statement run twice in one request (the same statement, or a
    page query and its COUNT: tools/tracing/rules/duplicate_statement), else None."""
    detail = finding.detail
    if (
        isinstance(finding, SlowSql)
        and isinstance(detail, Traced)
        and detail.rule == "duplicate_statement"
    ):
        return detail
    return None


def _recipes(
    finding: Finding, root: Path, state: EngagementState | None
) -> tuple[list[Candidate], list[str]]:
    from perfagent.tools.recipes import by_name, propose_all

    proposals, declined = propose_all(root, recipe_target(finding, state))
    if state is not None:
        proposals, generated = _in_the_repository(proposals, root, Path(state.spec.root))
        declined += generated
    benchmark = finding.benchmark
    traced = _duplicate(finding)
    out = []
    for p in proposals:
        measure, reason = _measure(by_name(p.recipe), benchmark)
        out.append(
            Candidate(
                id=f"cand:{finding.id}:{p.recipe}",
                finding_id=finding.id,
                kind="code",
                title=p.title,
                change=_blocks_text(p.edit),
                rationale=f"{p.rationale} Expected: {p.expected}",
                edit=p.edit,
                recipe=p.recipe,
                measure=measure,
                benchmark=benchmark,
                # where load rounds judge it: a traced SQL finding's endpoint
                endpoint=finding.endpoint or (traced.endpoint if traced else None),
                reason=reason,
            )
        )
    out.sort(
        key=lambda c: c.measure == "bytes"
    )  # within a finding: what load rounds judge, then byte counts
    return out, declined


_DIFF_PATHS = re.compile(r"^diff --git a/(\S+) b/", re.M)


def _in_the_repository(proposals: list, root: Path, repo: Path) -> tuple[list, list[str]]:
    """The proposals whose edits change only files of the repository (or add new ones), and why
    the others are declined: they edit what the target's setup generated in the run's copy
    (healthchecks' collectstatic output), which a branch of the repository does not hold."""
    from perfagent.agent.workspace import committed

    tracked = committed(repo)
    if tracked is None:
        return proposals, []
    kept, declined = [], []
    for p in proposals:
        paths = [*p.edit.files, *_DIFF_PATHS.findall(p.edit.diff or "")]
        generated = [f for f in dict.fromkeys(paths) if f not in tracked and (root / f).exists()]
        if not generated:
            kept.append(p)
            continue
        folder = generated[0].split("/", 1)[0]
        declined.append(
            f"{p.recipe}: it edits {generated[0]}"
            + (f" and {len(generated) - 1} more" if len(generated) > 1 else "")
            + f", which the target's setup generates ({folder} is not in the repository): "
            "change the step that builds it instead"
        )
    return kept, declined


def _measure(recipe: Recipe, benchmark: str | None) -> tuple[str, str]:
    """How validate measures a recipe's candidate, as the recipe declares it, and why not."""
    if recipe.measure == "unmeasurable":
        return "none", recipe.unmeasurable_why
    if recipe.measure == "browser":
        return "bytes", ""
    return ("bench" if benchmark and recipe.measure == "benchmark" else "load"), ""


def _blocks_text(edit) -> str:
    if (
        edit.diff and "GIT binary patch" in edit.diff
    ):  # whole files re-encoded: name them, not their bytes
        return f"{edit.description} (a git binary diff; the patch file holds it once kept)"
    return "\n".join(
        f"{b.path}\n<<<<<<< SEARCH\n{b.search.rstrip()}\n=======\n{b.replace.rstrip()}\n"
        ">>>>>>> REPLACE"
        for b in edit.blocks
    ) or (edit.diff or "")


def _by_hand(finding: CpuHotspot) -> Candidate:
    """A hot spot no recipe could edit: say where the time goes, so a person (or Claude) can."""
    function = finding.detail.function or finding.location
    chain = getattr(finding.detail, "chain", None)
    depth = getattr(finding.detail, "loop_depth", None)
    if depth:
        return Candidate(
            id=f"cand:{finding.id}",
            finding_id=finding.id,
            kind="code",
            title=f"cut the iterations of the nested loops in {function}",
            change=(
                f"{finding.location}: this line runs {depth} loops deep"
                + (f" and spends its time in {chain}" if chain else "")
                + "; each call is cheap, their number is the cost: skip the loops when no "
                "pair can match (a check before them), look items up by key (a dict or set) "
                "instead of scanning every pair, or stop at the first match"
            ),
            rationale=finding.evidence,
        )
    chain = f"; most of its time is spent in {chain}" if chain else ""
    return Candidate(
        id=f"cand:{finding.id}",
        finding_id=finding.id,
        kind="code",
        title=f"speed up {function} by hand",
        change=f"{finding.location}: rewrite {function} to do less work per call{chain}",
        rationale=finding.evidence,
    )


def _in_words(finding: Finding) -> Candidate | None:
    base = {"finding_id": finding.id, "id": f"cand:{finding.id}"}
    detail = finding.detail
    if isinstance(finding, NPlusOne) and isinstance(detail, LoopQuery) and detail.batched_query:
        repeats = detail.repeats if "repeats" in detail.model_fields_set else "?"
        return Candidate(
            kind="code",
            title="batch the N+1 loop into one query",
            change="replace the per-row query with one query for all rows:\n"
            f"{detail.batched_query}",
            rationale=f"the loop ran {repeats} queries in one request; one round trip "
            "replaces them",
            **base,
        )
    if isinstance(finding, Payload):
        return Candidate(
            kind="config",
            title=f"compress {finding.location} responses",
            change="serve responses over 1 KiB compressed (FastAPI/Starlette: "
            "app.add_middleware(GZipMiddleware, minimum_size=1024); or brotli at the proxy)",
            rationale=finding.title,
            **base,
        )
    if isinstance(finding, CpuHotspot) and (finding.detail.calls or 0) > 1:
        return Candidate(
            kind="code",
            title=f"memoize or speed up {finding.detail.function}",
            change=f"{finding.location}: cache the result of {finding.detail.function} when it "
            "is pure (functools.lru_cache), or remove the repeated work inside it",
            rationale=finding.evidence,
            **base,
        )
    if isinstance(finding, LibraryCostFinding):
        return Candidate(
            kind="config",
            title=(
                f"install {finding.detail.library}'s compiled implementation"
                if finding.detail.cost == "slow_implementation"
                else "keep database connections between requests"
            ),
            change=finding.detail.advice or finding.title,
            rationale=finding.evidence,
            **base,
        )
    if isinstance(finding, Frontend):
        return Candidate(
            kind="config",
            title=finding.title,
            change=finding.detail.fix or finding.title,
            rationale=finding.evidence,
            **base,
        )
    if (
        finding.source == "opentelemetry"
        and isinstance(detail, Traced)
        and detail.suggestion
        and detail.rule != "queueing"
    ):
        return Candidate(
            kind="code",
            title=f"{detail.endpoint}: {detail.suggestion.split(':')[0]}",
            change=detail.suggestion + (f"\n{detail.query}" if detail.query else ""),
            rationale=finding.evidence,
            **base,
        )
    return None
