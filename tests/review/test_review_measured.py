"""Reviews that measure: a ~32% slower head is called slower and the function is named;
a comment-only head is called unchanged. Instruction counts (callgrind) make both calls
repeatable on a busy machine, where wall time between processes varies by tens of percent."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from conftest import snapshot
from sarif_check import check_sarif

from perfagent.tools.review import Review, ReviewSettings, review_change

pytestmark = [
    pytest.mark.callgrind,
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed"),
]

# Two samples a side are enough for counts that repeat to ~0.01%; one loop per process
# (the calibration's floor) keeps each valgrind run short.
SETTINGS = ReviewSettings(
    mode="instructions",
    samples=2,
    max_samples=2,
    min_effect=0.05,
    min_sample_s=0.0001,
    max_time_s=120,
    profile_min_s=0.2,
)


def test_a_slower_head_is_called_slower_and_the_function_is_named(shop, tmp_path):
    before = snapshot(shop)
    messages: list[str] = []
    review = review_change(
        shop, "main", "slow", out_dir=tmp_path / "out", settings=SETTINGS, progress=messages.append
    )

    row = review.benchmarks[0]
    assert (row.name, row.status, row.verdict, row.unit) == (
        "quote",
        "compared",
        "slower",
        "instructions",
    )
    assert 1.2 < row.ratio < 1.5 and row.ci_low > 1.05, row.reason
    assert review.verdict == "slower"
    assert re.fullmatch(r"This change makes `quote` \d\d% slower", review.headline), review.headline
    top = review.slower_functions[0]
    assert (top.function, top.file, top.line) == ("_normalise", "shop/pricing.py", 1)
    assert top.head_share_pct > top.base_share_pct
    assert review.lead.startswith("This change makes `_normalise` "), (
        review.lead
    )  # the changed function

    md = (tmp_path / "out" / "review.md").read_text()
    assert md.startswith("<!-- perfagent-review -->\n")
    assert review.headline in md and "| `quote` |" in md and "🔴 slower" in md
    assert "### Functions that got slower" in md and "`_normalise` | `shop/pricing.py:1`" in md
    assert "**1 regressed**" in md

    saved = Review.model_validate_json((tmp_path / "out" / "review.json").read_text())
    assert saved.slower_functions[0].function == "_normalise"
    assert saved.base.sha == before["head"] and saved.head.sha != saved.base.sha

    results = check_sarif(json.loads((tmp_path / "out" / "review.sarif").read_text()))
    by_rule = {r["ruleId"]: r for r in results}
    assert by_rule["benchmark/slower"]["level"] == "error"
    first = next(
        r for r in results if r["ruleId"] == "profile/slower_function"
    )  # the largest growth
    where = first["locations"][0]["physicalLocation"]
    assert (where["artifactLocation"]["uri"], where["region"]["startLine"]) == (
        "shop/pricing.py",
        1,
    )

    assert any(m.startswith("benchmark quote: slower") for m in messages)
    assert any("profiling quote" in m for m in messages)
    assert snapshot(shop) == before  # status, HEAD, branch, refs, worktrees, the user's edit


@pytest.mark.heavy  # over 20 s here; make test-heavy runs it (make test stays under 15 minutes)
def test_an_unchanged_head_is_called_unchanged(shop, tmp_path):
    review = review_change(shop, "main", "comment", out_dir=tmp_path / "out", settings=SETTINGS)
    row = review.benchmarks[0]
    assert row.verdict == "unchanged", row.reason
    assert 0.99 < row.ci_low <= row.ci_high < 1.01
    assert review.verdict == "unchanged"
    assert review.headline == "No significant performance change"
    assert review.slower_functions == [] and review.findings == []
    md = (tmp_path / "out" / "review.md").read_text()
    assert "## ✅ No significant performance change" in md and "⚪ unchanged" in md
