"""The deterministic reasoner: rank findings by return on effort, reasons shown.

ROI = measured impact (share of time or bytes) x confidence / effort cost. Effort is
judged per kind of fix; confidence by how the impact was measured.
"""

from __future__ import annotations

from agent.state import Finding, RankedItem

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
