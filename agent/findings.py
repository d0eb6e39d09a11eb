"""Measurements in the state → findings with evidence. Pure: no I/O, no reasoning.

Only code inside the target counts as a CPU hot spot: a profile that spends most of
its time in the standard library points at the target's caller, which is where a
fix would go, and the cumulative view of the caller already carries that time.
"""

from __future__ import annotations

from pathlib import Path

from agent.state import EngagementState, Finding

MIN_SELF_PCT = 5.0


def _inside(file: str, root: str) -> bool:
    try:
        return Path(file).resolve().is_relative_to(Path(root).resolve())
    except (OSError, ValueError):
        return False


def cpu_findings(state: EngagementState) -> list[Finding]:
    findings = []
    for name, named in state.profiles.items():
        for spot in named.profile.hotspots:
            if spot.self_pct < MIN_SELF_PCT or not _inside(spot.file, state.spec.root):
                continue
            rel = Path(spot.file).resolve().relative_to(Path(state.spec.root).resolve())
            calls = f", {spot.calls:,} calls" if spot.calls else ""
            findings.append(Finding(
                id=f"cpu:{name}:{spot.function}",
                kind="cpu_hotspot",
                title=f"{spot.function} takes {spot.self_pct:.0f}% of {name}'s CPU time",
                location=f"{rel}:{spot.line}" if spot.line else str(rel),
                evidence=(f"{named.profile.source} profile of benchmark {name!r}: self {spot.self_pct:.1f}%, "
                          f"total {spot.total_pct:.1f}%{calls}"),
                impact_share_pct=spot.self_pct,
                source=named.profile.source,
                detail={"benchmark": name, "function": spot.function, "calls": spot.calls},
            ))
    return findings


def frontend_findings(state: EngagementState) -> list[Finding]:
    audit = state.frontend
    if audit is None:
        return []
    total = sum(a.brotli_bytes for a in audit.assets) or 1
    return [
        Finding(
            id=f"frontend:{f.id}:{f.asset}",
            kind="frontend",
            title=f.message,
            location=f.asset,
            evidence=f"asset audit of {audit.source}: {f.message}",
            impact_share_pct=min(100.0, 100.0 * f.saving_bytes / total) if f.saving_bytes else None,
            source="frontend-audit",
            detail={"rule": f.id, "severity": f.severity, "saving_bytes": f.saving_bytes, "fix": f.fix},
        )
        for f in audit.findings
    ]


def collect(state: EngagementState) -> list[Finding]:
    return cpu_findings(state) + frontend_findings(state)
