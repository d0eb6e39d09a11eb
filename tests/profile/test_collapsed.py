"""The collapsed-stack parser and hot-spot arithmetic, on synthetic stacks (pure)."""

from __future__ import annotations

import pytest

from perfagent.tools.errors import InputError
from perfagent.tools.profile.collapsed import (
    Stack,
    format_collapsed,
    hotspots,
    parse_collapsed,
    parse_frame,
    strip_common_processes,
)


def by_name(spots):
    return {h.function: h for h in spots}


def test_self_from_leaf_total_from_anywhere_on_stack():
    text = (
        "main (a.py:1);parse (a.py:10);tokenize (a.py:20) 30\n"
        "main (a.py:1);parse (a.py:10) 10\n"
        "main (a.py:1);render (b.py:5) 60\n"
    )
    spots = by_name(hotspots(parse_collapsed(text)))
    assert spots["render"].self_pct == 60.0 and spots["render"].total_pct == 60.0
    assert spots["tokenize"].self_samples == 30
    assert spots["parse"].self_pct == 10.0 and spots["parse"].total_pct == 40.0
    assert spots["main"].self_pct == 0.0 and spots["main"].total_pct == 100.0
    assert hotspots(parse_collapsed(text))[0].function == "render"


def test_recursion_counts_once_per_stack():
    text = "fib (f.py:1);fib (f.py:1);fib (f.py:1) 8\nmain (f.py:9) 2\n"
    spots = by_name(hotspots(parse_collapsed(text)))
    assert spots["fib"].total_pct == 80.0  # not 240%
    assert spots["fib"].total_samples == 8
    assert all(h.total_pct <= 100.0 for h in spots.values())


def test_same_name_in_two_files_are_two_functions():
    spots = hotspots(parse_collapsed("run (a.py:1) 3\nrun (b.py:1) 1\n"))
    assert [(h.file, h.self_samples) for h in spots] == [("a.py", 3), ("b.py", 1)]


def test_line_is_the_smallest_seen():
    spots = hotspots(parse_collapsed("f (a.py:12) 1\nf (a.py:4) 1\n"))
    assert spots[0].line == 4


def test_empty_stacks_count_toward_total_but_blame_nobody():
    spots = by_name(hotspots(parse_collapsed("f (a.py:1) 3\n 1\n")))
    assert spots["f"].self_pct == 75.0
    assert set(spots) == {"f"}


def test_process_frames_are_not_functions():
    text = (
        'process 10:"sh -c a; b";process 11:"python x.py";f (x.py:1) 4\n'
        'process 10:"sh -c a; b";process 12:"python y.py";g (y.py:1) 4\n'
    )
    stacks = strip_common_processes(parse_collapsed(text))
    assert stacks[0].frames == ('process 11:"python x.py"', "f (x.py:1)")  # per-process root kept
    assert {h.function for h in hotspots(stacks)} == {"f", "g"}


def test_frames_with_odd_names():
    assert parse_frame("<lambda> (/srv/a b/app.py:3)").file == "/srv/a b/app.py"
    assert parse_frame("Class.method (mod.py:7)").function == "Class.method"
    assert parse_frame("no location").file == ""


def test_round_trip_merges_identical_stacks():
    stacks = [Stack(("a", "b"), 1), Stack(("a", "b"), 2), Stack(("c",), 1)]
    assert parse_collapsed(format_collapsed(stacks)) == [Stack(("a", "b"), 3), Stack(("c",), 1)]


def test_empty_and_malformed_input():
    assert hotspots(parse_collapsed("")) == []
    with pytest.raises(InputError, match="line 2"):
        parse_collapsed("a;b 1\na;b many\n")
