"""Bad input: one sentence. Input that leaves nothing to review raises InputError; a head
that cannot be set up or whose benchmark crashes is reported in the review itself."""

from __future__ import annotations

import pytest
from conftest import build_shop, git

from perfagent.tools.errors import InputError
from perfagent.tools.review import ReviewSettings, review_change

QUICK = ReviewSettings(
    mode="time", samples=2, max_samples=2, min_sample_s=0.001, max_time_s=20, profile="none"
)


def test_a_folder_that_is_not_a_repository(tmp_path):
    folder = tmp_path / "plain-folder"
    folder.mkdir()
    with pytest.raises(InputError) as err:
        review_change(folder, "main", "HEAD", out_dir=tmp_path / "out")
    assert str(err.value) == f"{folder} is not a git repository"


def test_a_missing_path_and_an_unknown_ref(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        review_change(tmp_path / "nowhere", "main", "HEAD", out_dir=tmp_path / "out")
    repo = build_shop(tmp_path / "shop", spec=None)
    with pytest.raises(InputError) as err:
        review_change(repo, "main", "no-such-branch", out_dir=tmp_path / "out")
    assert str(err.value) == f"git ref 'no-such-branch' does not exist in {repo}"


def _repo_with_head(tmp_path, spec: str, files: dict[str, str]):
    repo = build_shop(tmp_path / "shop", spec=spec)
    git(repo, "checkout", "-q", "-b", "broken", "main")
    for name, text in files.items():
        (repo / name).write_text(text)
    git(repo, "commit", "-qam", "break it")
    git(repo, "checkout", "-q", "main")
    return repo


def test_a_head_whose_setup_fails(tmp_path):
    spec = (
        "[target]\nsetup = \"python -c 'import shop'\"\n"
        '[[benchmark]]\nname = "quote"\ncallable = "shop.bench:quote"\n'
    )
    failing = spec.replace("'import shop'", "'import sys; sys.exit(3)'")
    repo = _repo_with_head(tmp_path, spec, {"perfagent.toml": failing})

    review = review_change(repo, "main", "broken", out_dir=tmp_path / "out", settings=QUICK)
    row = review.benchmarks[0]
    assert (row.status, row.verdict) == ("failed", None)
    assert (
        "at head, the setup command `python -c 'import sys; sys.exit(3)'` failed with exit code 3"
        in row.reason
    )
    assert any(n.startswith("at head, the setup command") for n in review.notes)
    assert review.verdict == "inconclusive"
    assert review.headline == "No performance verdict: `quote` could not be measured"
    md = (tmp_path / "out" / "review.md").read_text()
    assert "💥 failed" in md and "failed with exit code 3" in md


def test_a_crashing_benchmark_leaves_the_others_compared(tmp_path):
    spec = (
        '[[benchmark]]\nname = "quote"\ncallable = "shop.bench:quote"\n'
        '[[benchmark]]\nname = "tiny"\ncallable = "shop.bench:tiny"\n'
    )
    bench = (
        "from shop.pricing import quote as _quote\n\n\ndef quote():\n    return _quote(['a'])\n\n\n"
        "def tiny():\n    return sum(range(100))\n"
    )
    repo = build_shop(tmp_path / "shop", spec=spec)
    git(repo, "checkout", "-q", "-b", "base2", "main")
    (repo / "shop" / "bench.py").write_text(bench)
    git(repo, "commit", "-qam", "two benchmarks")
    git(repo, "checkout", "-q", "-b", "broken")
    (repo / "shop" / "bench.py").write_text(
        bench.replace("return _quote(['a'])", "raise KeyError('zone')")
    )
    git(repo, "commit", "-qam", "quote raises")

    review = review_change(repo, "base2", "broken", out_dir=tmp_path / "out", settings=QUICK)
    rows = {r.name: r for r in review.benchmarks}
    assert rows["quote"].status == "failed"
    assert (
        "benchmark 'quote @ head' failed with exit code 1: KeyError: 'zone'" in rows["quote"].reason
    )
    assert rows["tiny"].status == "compared" and rows["tiny"].verdict is not None
    assert review.counts.failed == 1


def test_a_broken_spec_at_head_is_a_sentence(tmp_path):
    spec = '[[benchmark]]\nname = "quote"\ncallable = "shop.bench:quote"\n'
    repo = _repo_with_head(tmp_path, spec, {"perfagent.toml": "[[benchmark]\nname = 1\n"})
    review = review_change(repo, "main", "broken", out_dir=tmp_path / "out", settings=QUICK)
    assert review.notes and review.notes[0].startswith("at head, perfagent.toml: not valid TOML")
    assert [(r.name, r.status) for r in review.benchmarks] == [("quote", "failed")]


def test_a_url_source_fetches_just_the_two_commits(tmp_path):
    # As a webhook gives them: a clone URL and full SHAs (a branch name works too).
    repo = build_shop(tmp_path / "shop", spec=None)
    base, head = git(repo, "rev-parse", "main"), git(repo, "rev-parse", "risky")
    review = review_change(f"file://{repo}", base, head, out_dir=tmp_path / "out")
    assert (review.base.sha, review.head.sha) == (base, head)
    assert review.changed_files == ["shop/orders.py"] and review.findings
    with pytest.raises(InputError) as err:
        review_change(f"file://{repo}", "main", "no-such-branch", out_dir=tmp_path / "out")
    assert str(err.value) == (
        f"cannot fetch git ref 'no-such-branch' from file://{repo}: "
        "couldn't find remote ref no-such-branch"
    )


def test_settings_out_of_bounds_are_refused(tmp_path):
    repo = build_shop(tmp_path / "shop", spec=None)
    with pytest.raises(
        InputError, match=r"^subdir '\.\./elsewhere' must be a folder inside the repository$"
    ):
        review_change(
            repo,
            "main",
            "risky",
            out_dir=tmp_path / "out",
            settings=ReviewSettings(subdir="../elsewhere"),
        )
    with pytest.raises(InputError, match=r"^git ref '--upload-pack=x' is not a valid ref$"):
        review_change(repo, "main", "--upload-pack=x", out_dir=tmp_path / "out")
