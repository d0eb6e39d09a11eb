"""Each deliverable renders from a recorded engagement state, byte for byte (golden files).

The state in fixtures/shop-state.json was recorded from a real construction-phase run
on examples/shop (then the testing phase's stress/spike/soak results and the
transition phase's capacity inputs were added from real runs too; see
fixtures/make_fixture.py). Its paths are written with placeholders: ``{reports}``
(the report folder, replaced by the test's temporary folder) and ``{work}`` (the
run's copy of the target).

After an intended change of a page:
``PERFAGENT_UPDATE_GOLDEN=1 pytest tests/engagement/test_golden.py`` rewrites the golden files;
review the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from perfagent.agent import capacity
from perfagent.agent.deliverables import DELIVERABLES
from perfagent.agent.state import EngagementState
from perfagent.agent.steps.report import RENDERERS, index

HERE = Path(__file__).parent
FIXTURE = HERE / "fixtures" / "shop-state.json"
GOLDEN = HERE / "golden"
UPDATE = os.environ.get("PERFAGENT_UPDATE_GOLDEN") == "1"


def _state(reports: Path) -> EngagementState:
    text = (
        FIXTURE.read_text()
        .replace("{reports}", str(reports))
        .replace("{work}", "/work-copy")
        .replace("{root}", "/target-root")
    )
    return EngagementState.model_validate_json(text)


def _check(path: Path, reports: Path, name: str) -> None:
    text = path.read_text().replace(str(reports), "{reports}")
    golden = GOLDEN / name
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text)
    assert golden.is_file(), f"no golden file {golden}: run with PERFAGENT_UPDATE_GOLDEN=1"
    assert text == golden.read_text(), f"{name} differs from its golden file"


@pytest.mark.parametrize("slug", [slug for slug, _ in DELIVERABLES if slug in RENDERERS])
def test_each_deliverable_renders_its_golden_page(tmp_path: Path, slug: str):
    state = _state(tmp_path)
    folder = Path(state.report_dir) / slug
    written = RENDERERS[slug](state, folder)
    texts = sorted(p for p in written if p.endswith((".md", ".json", ".py")))
    assert texts, f"{slug} wrote no page"
    for path in texts:
        _check(Path(path), tmp_path, f"{slug}/{Path(path).name}")


def test_the_monitoring_deliverable_renders_its_golden_files(tmp_path: Path):
    from perfagent.agent.monitoring import monitoring_spec
    from perfagent.tools.monitoring import write_monitoring

    state = _state(tmp_path)
    spec = monitoring_spec(
        state.spec.budgets, state.spec.name, endpoints=state.spec.load.service.endpoints
    )
    written = write_monitoring(spec, tmp_path / "6-monitoring")
    for path in (
        written.alert_rules,
        written.rules_test,
        written.sloth_spec,
        written.dashboard,
        written.readme,
    ):
        _check(Path(path), tmp_path, f"6-monitoring/{Path(path).name}")


def test_the_autoscaling_plan_and_hpa_render_their_golden_files(tmp_path: Path):
    state = _state(tmp_path)
    written = capacity.render(state, tmp_path / "6-monitoring")
    assert any(p.endswith("hpa.yaml") for p in written)
    for path in written:
        _check(Path(path), tmp_path, f"6-monitoring/{Path(path).name}")


def test_the_index_renders_its_golden_page(tmp_path: Path):
    from perfagent.agent.monitoring import monitoring_spec
    from perfagent.tools.monitoring import write_monitoring

    state = _state(tmp_path)
    folder = Path(state.report_dir)
    spec = monitoring_spec(
        state.spec.budgets, state.spec.name, endpoints=state.spec.load.service.endpoints
    )
    write_monitoring(spec, folder / "6-monitoring")  # monitoring coverage is read from the rules
    capacity.render(state, folder / "6-monitoring")
    out = folder / "index.md"
    out.write_text(index(state, folder))
    _check(out, tmp_path, "index.md")


def test_the_fixture_is_a_whole_engagement():
    """The recorded state exercises every page: a stale fixture would hide a renderer."""
    state = _state(Path("/r"))
    assert state.profiles and state.load.get("baseline") and state.database and state.frontend
    assert state.validations and state.candidates and state.plan and state.payloads
    assert {"stress", "spike", "soak"} <= set(state.load)
