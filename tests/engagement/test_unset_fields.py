"""Optional spec and settings fields the type checker showed were read as if always set."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfagent.agent.metrics import stability
from perfagent.agent.service import running
from perfagent.agent.state import EngagementState
from perfagent.tools.errors import InputError

FIXTURE = Path(__file__).parent / "fixtures" / "shop-state.json"


def _state(reports: Path) -> EngagementState:
    text = (
        FIXTURE.read_text()
        .replace("{reports}", str(reports))
        .replace("{work}", "/work-copy")
        .replace("{root}", "/target-root")
    )
    return EngagementState.model_validate_json(text)


def test_a_service_given_by_host_alone_is_one_sentence_not_a_type_error(tmp_path: Path) -> None:
    state = _state(tmp_path)
    assert state.spec.load is not None
    state.spec.load.service.start = None
    state.spec.load.service.host = "http://127.0.0.1:9"
    assert state.spec.has_service  # so the baseline step loads it
    with (
        pytest.raises(
            InputError, match=r"needs start \(a command with \{port\}\); host alone is for"
        ),
        running(state),
    ):
        pass


def test_stability_reads_a_state_whose_settings_were_never_resolved(tmp_path: Path) -> None:
    state = _state(tmp_path)
    resolved = stability(state)
    state.settings.load_users = None  # Settings() before agent/effective.py resolves it
    assert stability(state) == resolved  # 3x the default users, as resolving would have set
