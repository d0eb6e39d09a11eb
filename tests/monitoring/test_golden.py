"""Golden files: what the seed's example budgets generate, kept in tests/monitoring/fixtures/seed/.

A change to the generators shows up as a diff here. After checking the diff, refresh with
``PERFAGENT_UPDATE_GOLDEN=1 pytest tests/monitoring/test_golden.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from perfagent.tools.monitoring.write import FILES, write_monitoring

GOLDEN = Path(__file__).with_name("fixtures") / "seed"


@pytest.mark.parametrize("name", sorted(FILES.values()))
def test_generated_files_match_golden(seed_spec, tmp_path, name):
    write_monitoring(seed_spec, tmp_path)
    produced = (tmp_path / name).read_text()
    golden = GOLDEN / name
    if os.environ.get("PERFAGENT_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(produced)
    assert golden.exists(), f"no golden file {golden}; run with PERFAGENT_UPDATE_GOLDEN=1"
    assert produced == golden.read_text(), f"{name} differs from {golden}"
