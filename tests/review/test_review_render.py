"""review.md and review.sarif render from a Review record, byte for byte (golden files).

fixtures/review.json is the record of a real review of the shop's `slow` head (instruction
counts, cProfile shares) with the findings of a real review of its `risky` head, plus
three hand-made rows (inconclusive, failed, new) so every branch of the page renders.
After an intended change of the page: ``PERFAGENT_UPDATE_GOLDEN=1 pytest
tests/review/test_review_render.py``, then read the diff before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sarif_check import check_sarif

from perfagent.tools.review import Review
from perfagent.tools.review.markdown import MARKER, render
from perfagent.tools.review.review import write
from perfagent.tools.review.sarif import sarif

HERE = Path(__file__).parent
UPDATE = os.environ.get("PERFAGENT_UPDATE_GOLDEN") == "1"


@pytest.fixture
def review() -> Review:
    return Review.model_validate_json((HERE / "fixtures" / "review.json").read_text())


def _check(text: str, name: str) -> None:
    golden = HERE / "golden" / name
    if UPDATE:
        golden.write_text(text)
    assert golden.is_file(), f"no golden file {golden}: run with PERFAGENT_UPDATE_GOLDEN=1"
    assert text == golden.read_text(), f"{name} differs from its golden file"


def test_the_comment_renders_its_golden_page(review):
    text = render(review)
    _check(text, "review.md")
    assert text.splitlines()[0] == MARKER
    assert text.splitlines()[1] == "## ⚠️ This change makes `quote` 34% slower"
    assert "| `quote` | 6.22M instr | 8.33M instr | +34.0% [+34.0%, +34.0%] | 🔴 slower |" in text
    assert "| `related` | 412 µs | 431 µs | +4.6% [-1.9%, +11.3%] | ❔ inconclusive |" in text
    assert (
        "- `checkout`: benchmark 'checkout @ head' failed with exit code 1: KeyError: 'zone'"
        in text
    )


def test_the_sarif_log_renders_its_golden_file(review):
    log = sarif(review)
    _check(json.dumps(log, indent=2) + "\n", "review.sarif")
    results = check_sarif(log)
    assert [r["ruleId"] for r in results].count("benchmark/slower") == 1
    assert log["runs"][0]["versionControlProvenance"][0]["revisionId"] == review.head.sha


def test_the_record_round_trips_through_its_json_file(review, tmp_path):
    write(review, tmp_path)
    again = Review.model_validate_json((tmp_path / "review.json").read_text())
    assert again == review
    assert (tmp_path / "review.md").read_text() == render(review)
