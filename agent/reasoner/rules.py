"""The deterministic reasoner: rank findings by return on effort, reasons shown.

ROI = measured impact (share of time or bytes) x confidence / effort cost. Effort is
judged per kind of fix; confidence by how the impact was measured.
"""

from __future__ import annotations

from agent.state import Candidate, Finding, RankedItem

# Effort of a typical fix, and what it costs relative to a low-effort one.
EFFORT = {
    "cpu_hotspot": "medium", "memory": "medium", "sql": "medium", "n_plus_one": "medium",
    "index": "low", "latency": "medium", "payload": "low", "cache": "medium", "frontend": "low",
}
EFFORT_COST = {"low": 1.0, "medium": 2.0, "high": 4.0}
# Deterministic profiles and exact byte counts are surer than sampled shares.
CONFIDENCE = {"cprofile": 0.9, "py-spy": 0.8, "frontend-audit": 0.95, "locust": 0.85, "explain": 0.9,
              "query-log": 0.85, "probe": 0.95}


def prioritize(findings: list[Finding]) -> list[RankedItem]:
    """Rank ``findings``: the highest ROI first; ties broken by id for stable output.

    >>> f = [Finding(id="a", kind="cpu_hotspot", title="a hot", evidence="e", impact_share_pct=60, source="py-spy"),
    ...      Finding(id="b", kind="frontend", title="b big", evidence="e", impact_share_pct=20, source="frontend-audit")]
    >>> [(r.rank, r.finding_id, r.effort) for r in prioritize(f)]
    [(1, 'a', 'medium'), (2, 'b', 'low')]
    """
    scored = []
    for finding in findings:
        impact = finding.impact_share_pct or 0.0
        effort = EFFORT.get(finding.kind, "medium")
        confidence = CONFIDENCE.get(finding.source, 0.7)
        roi = impact * confidence / EFFORT_COST[effort]
        reasons = [
            f"measured impact {impact:.1f}% ({finding.evidence})",
            f"effort {effort}: typical fix for a {finding.kind.replace('_', ' ')}",
            f"confidence {confidence:.0%} from the {finding.source} measurement",
        ]
        scored.append((roi, finding, effort, confidence, reasons))
    scored.sort(key=lambda s: (-s[0], s[1].id))
    return [
        RankedItem(
            finding_id=f.id, rank=i + 1, title=f.title, impact_pct=f.impact_share_pct or 0.0, effort=effort,
            confidence=confidence, roi=round(roi, 2),
            expected_gain=f"up to {f.impact_share_pct:.0f}% of the measured cost" if f.impact_share_pct else "not quantified",
            reasons=reasons,
        )
        for i, (roi, f, effort, confidence, reasons) in enumerate(scored)
    ]


def propose(finding: Finding) -> list[Candidate]:
    """Candidates for one finding: what a performance engineer would try first.

    An index is applied to a copy of the database and needs no code edit, so it can be
    validated now; the others are code or configuration changes, proposed with the
    evidence and validated once they are applied in a worktree.

    >>> f = Finding(id="index:orders(customer_id)", kind="index", title="missing index", evidence="e",
    ...             source="explain", detail={"ddl": "CREATE INDEX ix ON orders (customer_id)", "query": "q"})
    >>> [(c.kind, c.needs_code_edit, c.change) for c in propose(f)]
    [('index', False, 'CREATE INDEX ix ON orders (customer_id)')]
    """
    detail = finding.detail
    base = {"finding_id": finding.id}
    if finding.kind == "index" and detail.get("ddl"):
        return [Candidate(id=f"cand:{finding.id}", kind="index", title=f"create {finding.title.removeprefix('missing ')}",
                          change=detail["ddl"], needs_code_edit=False, rationale=finding.evidence, **base)]
    if finding.kind == "n_plus_one" and detail.get("batched_query"):
        return [Candidate(
            id=f"cand:{finding.id}", kind="code", title="batch the N+1 loop into one query",
            change=f"replace the per-row query with one query for all rows:\n{detail['batched_query']}",
            rationale=f"the loop ran {detail.get('repeats', '?')} queries in one request; one round trip "
                      "replaces them", **base)]
    if finding.kind == "payload":
        return [Candidate(
            id=f"cand:{finding.id}", kind="config", title=f"compress {finding.location} responses",
            change="serve responses over 1 KiB compressed (FastAPI/Starlette: "
                   "app.add_middleware(GZipMiddleware, minimum_size=1024); or brotli at the proxy)",
            rationale=finding.title, **base)]
    if finding.kind == "cpu_hotspot" and (detail.get("calls") or 0) > 1:
        return [Candidate(
            id=f"cand:{finding.id}", kind="code", title=f"memoize or speed up {detail.get('function')}",
            change=f"{finding.location}: cache the result of {detail.get('function')} when it is pure "
                   "(functools.lru_cache), or remove the repeated work inside it",
            rationale=finding.evidence, **base)]
    if finding.kind == "frontend":
        return [Candidate(id=f"cand:{finding.id}", kind="config", title=finding.title,
                          change=finding.detail.get("fix") or finding.title, rationale=finding.evidence, **base)]
    return []
