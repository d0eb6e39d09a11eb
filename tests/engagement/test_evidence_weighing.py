"""A finding's impact is weighed by the instrument's own breakdown: a compression finding never
ranks above the share of time its transfer took (the probe measured 0.5 ms of 212 ms)."""

from __future__ import annotations

from pathlib import Path

from perfagent.agent.findings import collect, payload_findings
from perfagent.agent.reasoner.rules import prioritize
from perfagent.agent.state import EngagementState

FIXTURE = Path(__file__).parent / "fixtures" / "shop-state.json"


def test_compression_is_weighed_by_its_transfer_time(tmp_path):
    text = (
        FIXTURE.read_text()
        .replace("{reports}", str(tmp_path))
        .replace("{work}", "/work-copy")
        .replace("{root}", "/target-root")
    )
    state = EngagementState.model_validate_json(text)
    big = state.payloads[0].model_copy(
        update={
            "body_bytes": 400_000,
            "transfer_bytes": 400_000,
            "gzip_bytes": 40_000,
            "brotli_bytes": 30_000,
            "content_encoding": None,
            "total_ms": 212.0,
            "ttfb_ms": 211.5,
            "server_ms": 211.0,
            "transfer_ms": 0.5,
        }
    )
    state.payloads = [big, *state.payloads[1:]]
    [finding] = [f for f in payload_findings(state) if f.location == big.endpoint]
    assert finding.impact_share_pct <= 100 * 0.5 / 212.0 + 1e-9
    assert "the transfer took 0.5 ms" in finding.evidence
    ranked = prioritize(collect(state))
    payload_rank = next(r.rank for r in ranked if r.finding_id == finding.id)
    others = [r for r in ranked if r.finding_id != finding.id and r.impact_pct > 1]
    assert others and all(r.rank < payload_rank for r in others)  # not ranked #1 on bytes alone
