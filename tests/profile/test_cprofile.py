"""Deterministic mode: a module:function under cProfile + tracemalloc in a sandboxed child."""

from __future__ import annotations

import pytest

from perfagent.tools.errors import InputError, TargetError, TargetTimeout
from perfagent.tools.profile.cprofile import hotspots_from_pstats, profile_callable
from perfagent.tools.profile.models import CpuProfile


def test_hot_function_first_with_calls_and_allocations(hot_module, tmp_path):
    p = profile_callable("hotmod:run", cwd=hot_module, out_dir=tmp_path / "out")
    assert p.source == "cprofile" and p.sample_unit == "us"
    first = p.top(1)[0]
    assert first.function == "hot_loop"
    assert first.file.endswith("hotmod.py") and first.line == 4
    assert first.calls == 20
    by_name = {h.function: h for h in p.hotspots if h.file.endswith("hotmod.py")}
    assert by_name["run"].total_pct > 95
    assert by_name["run"].calls == 1
    # the 3000 KiB kept in KEEP are the top allocation, pointing at its line
    top = p.allocations[0]
    assert top.file.endswith("hotmod.py") and top.line == 17
    assert top.size_bytes > 2_500_000
    assert p.traced_peak_bytes >= top.size_bytes
    assert (tmp_path / "out" / "profile.pstats").exists()
    assert CpuProfile.model_validate_json(p.model_dump_json()) == p


def test_memory_pass_can_be_skipped(hot_module):
    p = profile_callable("hotmod:run", cwd=hot_module, trace_memory=False)
    assert p.allocations == [] and p.traced_peak_bytes is None
    assert p.top(1)[0].function == "hot_loop"


@pytest.mark.parametrize(
    ("target", "error", "words"),
    [
        ("hotmod:crash", TargetError, "raised ValueError: bad input 42"),
        ("hotmod:missing", InputError, "has no attribute missing"),
        ("nosuchmodule:run", InputError, "No module named 'nosuchmodule'"),
        ("hotmod:NOT_CALLABLE", InputError, "is not callable"),
        ("hotmod", InputError, "write it as module:function"),
        ("hotmod:run; rm -rf /", InputError, "write it as module:function"),
    ],
)
def test_bad_callables_give_one_sentence(hot_module, target, error, words):
    with pytest.raises(error, match=words) as info:
        profile_callable(target, cwd=hot_module)
    assert "\n" not in str(info.value)


def test_timeout_kills_the_child(hot_module):
    with pytest.raises(TargetTimeout, match="did not finish within 1 s"):
        profile_callable("hotmod:forever", cwd=hot_module, timeout_s=1)


def test_pstats_rows_to_hotspots_pure():
    rows = [
        ["a.py", 1, "outer", 1, 1, 0.1, 1.0],
        ["a.py", 5, "inner", 3, 10, 0.9, 0.9],  # 10 calls, 3 primitive: recursive
        ["~", 0, "<method 'disable' of '_lsprof.Profiler' objects>", 1, 1, 0.0, 0.0],
    ]
    spots = hotspots_from_pstats(rows)
    assert [(h.function, h.self_pct, h.total_pct, h.calls) for h in spots] == [
        ("inner", 90.0, 90.0, 10),
        ("outer", 10.0, 100.0, 1),
    ]
    assert spots[0].self_samples == 900_000
    assert hotspots_from_pstats([]) == []
