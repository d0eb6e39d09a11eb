"""Profile diff: which functions took a larger or smaller share in head (pure)."""

from __future__ import annotations

from perfagent.tools.profile.diff import ProfileDiff, diff_profiles
from perfagent.tools.profile.models import CpuProfile, HotSpot


def profile(shares: dict[str, float], *, samples=1000, root="", source="py-spy", duration_s=10.0):
    spots = [
        HotSpot(
            function=name,
            file=f"{root}app/{name}.py",
            line=1,
            self_pct=pct,
            total_pct=pct,
            self_samples=round(pct * samples / 100),
            total_samples=round(pct * samples / 100),
        )
        for name, pct in shares.items()
    ]
    return CpuProfile(
        source=source,
        duration_s=duration_s,
        samples=samples,
        hotspots=spots,
        sample_unit="sample" if source == "py-spy" else "us",
    )


def test_slower_and_faster_sorted_by_size():
    d = diff_profiles(profile({"a": 40, "b": 40, "c": 20}), profile({"a": 10, "b": 55, "c": 35}))
    assert [(c.function, c.delta_pct) for c in d.slower] == [("b", 15.0), ("c", 15.0)]
    assert [(c.function, c.delta_pct) for c in d.faster] == [("a", -30.0)]
    assert all(c.status == "changed" for c in d.slower + d.faster)


def test_new_and_gone_functions():
    d = diff_profiles(profile({"a": 50, "old": 50}), profile({"a": 50, "new": 50}))
    assert [(c.function, c.status, c.base_self_pct) for c in d.slower] == [("new", "new", 0.0)]
    assert [(c.function, c.status, c.head_self_pct) for c in d.faster] == [("old", "gone", 0.0)]


def test_changes_under_the_threshold_are_left_out():
    d = diff_profiles(profile({"a": 50, "b": 50}), profile({"a": 50.5, "b": 49.5}))
    assert d.slower == [] and d.faster == []
    assert (
        diff_profiles(
            profile({"a": 50, "b": 50}), profile({"a": 50.5, "b": 49.5}), min_change_pct=0.1
        )
        .slower[0]
        .function
        == "a"
    )


def test_small_sample_changes_are_not_significant():
    few = diff_profiles(
        profile({"a": 50, "b": 50}, samples=20), profile({"a": 60, "b": 40}, samples=20)
    )
    many = diff_profiles(
        profile({"a": 50, "b": 50}, samples=20_000), profile({"a": 60, "b": 40}, samples=20_000)
    )
    assert not few.slower[0].significant
    assert many.slower[0].significant


def test_deterministic_profiles_are_always_significant():
    d = diff_profiles(
        profile({"a": 50, "b": 50}, source="cprofile", samples=20),
        profile({"a": 60, "b": 40}, source="cprofile", samples=20),
    )
    assert d.slower[0].significant


def test_worktree_roots_are_stripped_before_matching():
    base = profile({"a": 80, "b": 20}, root="/tmp/wt-base/")
    head = profile({"a": 60, "b": 40}, root="/tmp/wt-head/")
    unmatched = diff_profiles(base, head)
    assert {c.status for c in unmatched.slower + unmatched.faster} == {"new", "gone"}
    d = diff_profiles(base, head, base_root="/tmp/wt-base", head_root="/tmp/wt-head")
    assert [(c.function, c.file, c.status) for c in d.slower] == [("b", "app/b.py", "changed")]


def test_seconds_estimate_and_round_trip():
    d = diff_profiles(
        profile({"a": 50, "b": 50}, duration_s=10.0), profile({"a": 80, "b": 20}, duration_s=20.0)
    )
    a = d.slower[0]
    assert (a.base_self_s, a.head_self_s) == (5.0, 16.0)
    assert d.duration_ratio == 2.0
    assert ProfileDiff.model_validate_json(d.model_dump_json()) == d


def test_limit():
    base = profile({f"f{i}": 5 for i in range(20)})
    head = profile({f"f{i}": (8 if i < 10 else 2) for i in range(20)})
    assert len(diff_profiles(base, head, limit=3).slower) == 3
    assert len(diff_profiles(base, head, limit=None).slower) == 10
