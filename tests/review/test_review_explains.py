"""A review names the function the change made faster or slower, both directions, from a
`--bench` benchmark that is not even committed; and its budget bounds the whole review.

The repository: ``Catalog.dedupe`` is quadratic at ``slow`` and uses a set at ``fast``
(~20x less work); ``normalise`` is untouched. Timed mode: the change is far beyond the
noise of this machine.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from perfagent.tools.review import ReviewSettings, review_change

TEXT = """\
class Catalog:
    def __init__(self, items):
        self.items = items

    def normalise(self):
        return [item.strip().lower() for item in self.items]

    def dedupe(self):
{body}
"""
SLOW = """\
        out = []
        for item in self.normalise():
            if item not in out:
                out.append(item)
        return out
"""
FAST = """\
        seen, out = set(), []
        for item in self.normalise():
            if item not in seen:
                seen.add(item)
                out.append(item)
        return out
"""
TWICE = SLOW.replace("        return out", "        return [x for x in out if x in out]")  # 2x
BENCH = """\
from lib.text import Catalog

CATALOG = Catalog([f" Item-{i % 700} " for i in range(1400)])


def run():
    return CATALOG.dedupe()
"""
SLEEPY = "import time\n\n\ndef run():\n    time.sleep(float({s}))\n"


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=repo, check=True, capture_output=True, text=True
    ).stdout.strip()


@pytest.fixture(scope="module")
def catalog(tmp_path_factory) -> Path:
    repo = tmp_path_factory.mktemp("explain") / "catalog"
    (repo / "lib").mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "dev@example.invalid")
    git(repo, "config", "user.name", "dev")
    (repo / "lib" / "__init__.py").write_text("")
    for branch, body in (("slow", SLOW), ("fast", FAST), ("twice", TWICE)):
        (repo / "lib" / "text.py").write_text(TEXT.format(body=body))
        git(repo, "add", ".")
        git(repo, "commit", "-qm", branch)
        git(repo, "branch", branch)
    (repo / "bench.py").write_text(BENCH)  # the user's benchmark: never committed
    return repo


SETTINGS = {
    "mode": "time",
    "samples": 6,
    "max_samples": 6,
    "min_sample_s": 0.02,
    "max_time_s": 60,
    "profile_min_s": 0.2,
    "benchmarks": ["bench:run"],
}


@pytest.mark.parametrize(
    ("base", "head", "verdict", "word"),
    [("slow", "fast", "faster", "faster"), ("fast", "slow", "slower", "slower")],
)
def test_the_review_leads_with_the_changed_function(catalog, tmp_path, base, head, verdict, word):
    review = review_change(
        catalog, base, head, out_dir=tmp_path, settings=ReviewSettings(**SETTINGS)
    )
    row = review.benchmarks[0]
    assert (row.name, row.status, row.verdict) == ("bench", "compared", verdict), row.reason
    assert any("bench.py is not committed" in n for n in review.notes)
    assert review.spec_file is None
    names = [f.function for f in review.changed_functions]
    assert names[0] == "Catalog.dedupe", names  # the only changed function the profiles saw
    top = review.changed_functions[0]
    assert top.file == "lib/text.py" and top.profiler == "cProfile"
    # its time per benchmark call (share x median): the call is ~all of the benchmark on both
    # sides, so the shares alone differ by the profile loop's overhead, within noise under load
    assert top.ratio is not None and (top.ratio < 0.5 if verdict == "faster" else top.ratio > 2)
    assert re.match(
        rf"This change makes `Catalog\.dedupe` \d+\.\dx {word} \(`lib/text\.py:\d+`, changed by "
        r"this diff\): \d+\.\d% → \d+\.\d% of `bench`",
        review.lead,
    ), review.lead
    md = (tmp_path / "review.md").read_text()
    assert md.splitlines()[1].endswith(review.lead)  # the heading right under the marker
    assert "### Functions this change touched" in md and "(cProfile)" in md and "py-spy" not in md


def test_without_a_verdict_the_review_leads_with_what_the_profiles_saw(catalog, tmp_path):
    """About 2x more work with two samples a side: no interval, not gross enough to call;
    the lead still names the changed function, with its share in both profiles."""
    settings = ReviewSettings(**{**SETTINGS, "samples": 2, "max_samples": 2})
    review = review_change(catalog, "slow", "twice", out_dir=tmp_path, settings=settings)
    assert review.verdict == "inconclusive", review.benchmarks[0].reason
    assert re.match(
        r"No benchmark is called faster or slower \(inconclusive\); of the functions this diff "
        r"changed, `Catalog\.dedupe` \(`lib/text\.py:\d+`\) moved most in the profiles: "
        r"\d+\.\d% → \d+\.\d% of `bench`",
        review.lead,
    ), review.lead
    assert (tmp_path / "review.md").read_text().splitlines()[1].endswith(review.lead)


@pytest.mark.heavy  # 30 s here
def test_the_budget_bounds_the_whole_review(catalog, tmp_path):
    """A head whose benchmark sleeps a minute: measured and profiled within the review's budget."""
    repo = catalog
    (repo / "sleepy.py").write_text(SLEEPY.format(s="0.01"))
    git(repo, "add", "sleepy.py")
    git(repo, "commit", "-qm", "sleepy base")
    (repo / "sleepy.py").write_text(SLEEPY.format(s="60"))
    git(repo, "commit", "-qam", "sleepy head")
    try:
        settings = ReviewSettings(**{**SETTINGS, "benchmarks": ["sleepy:run"], "budget_s": 40})
        review = review_change(repo, "HEAD~1", "HEAD", out_dir=tmp_path, settings=settings)
    finally:
        git(repo, "reset", "-q", "--hard", "HEAD~2")
    row = review.benchmarks[0]
    assert row.comparison is not None, row.reason
    assert row.comparison.max_time_s <= 20  # half the budget, at most
    assert row.verdict == "slower", row.reason
    assert any(s.censored for s in row.comparison.b.samples)
    assert any("budget" in n or "could not profile" in n for n in review.notes), review.notes
