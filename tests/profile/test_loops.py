"""Lines inside nested loops: a pair scan whose time is in the cheap function it calls for each
pair ranks first there, though every view by function ranks the callee; py-spy's line-level
stacks become the same stacks by function that its ``--function`` mode records."""

from __future__ import annotations

import subprocess
from pathlib import Path

from test_owncode_page import _page, _rows

from perfagent.agent.findings import cpu_findings
from perfagent.agent.reasoner.rules import _by_hand
from perfagent.agent.state import EngagementState
from perfagent.tools.profile.collapsed import parse_collapsed, parse_frame
from perfagent.tools.profile.loops import function_level
from perfagent.tools.profile.models import HotSpot, LoopSite
from perfagent.tools.profile.pyspy import COLLAPSED_FILE, LINES_FILE, pyspy_binary, record_command
from perfagent.tools.sandbox import scrubbed_env

# `pairs` compares every pair through `close`: its own time is small, `close` takes the rest;
# `busy` has a single loop and much self time. Also a decorated function, a lambda and a
# generator expression, whose first lines py-spy's --function mode reports in its own way.
PAIR_SCRIPT = """
import functools, sys, time


def close(a, b):
    return abs(a - b) < 1 and a != b


def pairs(items):
    found = 0
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            if close(a, b):  # the pair scan
                found += 1
    return found


def traced(fn):
    @functools.wraps(fn)
    def inner(*args):
        return fn(*args)
    return inner


@traced
def busy(n):
    key = lambda i: (i * i) % 7
    return sum(key(i) for i in range(n))


def main(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pairs(list(range(0, 500, 2)))
        busy(20_000)


main(float(sys.argv[1]))
"""


def _line(script: Path, marker: str) -> int:
    return next(
        n for n, text in enumerate(script.read_text().splitlines(), start=1) if marker in text
    )


def test_a_pair_scan_leads_the_nested_loop_lines(python, write_script, tmp_path):
    script = write_script("pairs.py", PAIR_SCRIPT)
    p = record_command([python, str(script), "1.0"], out_dir=tmp_path, rate_hz=200, min_samples=300)
    scan = _line(script, "the pair scan")
    top = p.loops[0]
    assert (top.function, top.file, top.line, top.depth) == ("pairs", str(script), scan, 2)
    assert top.code == "if close(a, b):  # the pair scan"
    assert top.callee in {"close", "(the line itself)"}
    # `busy`'s generator and lambda sit in one loop each, `main`'s calls in one: none is listed
    assert all(s.function == "pairs" for s in p.loops if s.file == str(script))
    # the files: stacks by function (the def line), and the line-level stacks beside them
    by_function = {
        (f.function, f.line)
        for s in parse_collapsed((tmp_path / COLLAPSED_FILE).read_text())
        for f in map(parse_frame, s.frames)
        if f and f.file == str(script)
    }
    assert ("pairs", _line(script, "def pairs")) in by_function
    assert not any(name == "pairs" and line == scan for name, line in by_function)
    lines_text = (tmp_path / LINES_FILE).read_text()
    assert f"pairs ({script}:{scan})" in lines_text
    assert next(h for h in p.own_code if h.function == "pairs").line == _line(script, "def pairs")


def test_stacks_by_function_match_py_spys_function_mode(python, write_script, tmp_path):
    """Each project function gets the first line py-spy's own --function mode gives it:
    a decorated function, a closure, a lambda and a generator expression included."""
    script = write_script("pairs.py", PAIR_SCRIPT)
    recorded: dict[str, dict[str, set[int | None]]] = {}
    for mode, flags in (("function", ["--function"]), ("line", [])):
        raw = tmp_path / f"{mode}.txt"
        subprocess.run(
            [pyspy_binary(), "record", "--format", "raw", "--full-filenames", "--rate", "250"]
            + flags
            + ["--output", str(raw), "--", python, str(script), "1.0"],
            check=True,
            capture_output=True,
            env=scrubbed_env(),
        )
        stacks = parse_collapsed(raw.read_text())
        if mode == "line":
            stacks = function_level(stacks)
        seen: dict[str, set[int | None]] = {}
        for s in stacks:
            for f in map(parse_frame, s.frames):
                if f and f.file == str(script):
                    seen.setdefault(f.function, set()).add(f.line)
        recorded[mode] = seen
    both = recorded["function"].keys() & recorded["line"].keys()
    assert {"pairs", "close", "main"} <= both
    assert {name for name in both if "lambda" in name or "genexpr" in name}  # sampled both ways
    for name in both:
        assert recorded["line"][name] == recorded["function"][name], name


def _shop_state(tmp_path: Path) -> tuple[EngagementState, Path]:
    fixture = Path(__file__).parents[1] / "engagement" / "fixtures" / "shop-state.json"
    state = EngagementState.model_validate_json(
        fixture.read_text().replace("{reports}", str(tmp_path))
    )
    return state, Path(state.spec.root)


def _with_profile(state: EngagementState, own: list[HotSpot], loops: list[LoopSite]):
    named = state.profiles["related"]
    profile = named.profile.model_copy(update={"own_code": own, "loops": loops})
    return state.model_copy(
        update={"profiles": {"related": named.model_copy(update={"profile": profile})}}
    )


def _site(root: Path, function: str, pct: float) -> LoopSite:
    return LoopSite(
        function=function,
        file=str(root / "shop" / "catalog.py"),
        line=42,
        depth=2,
        total_pct=pct,
        samples=int(pct * 10),
        callee="close",
        code="if close(a, b):",
    )


def test_a_hot_nested_loop_is_a_finding_at_its_line(tmp_path):
    state, root = _shop_state(tmp_path)
    small = HotSpot(
        function="pairs",
        file=str(root / "shop" / "catalog.py"),
        line=30,
        self_pct=2.0,
        total_pct=48.0,
        self_samples=20,
        total_samples=480,
    )
    state = _with_profile(state, [small], [_site(root, "pairs", 48.0), _site(root, "other", 6.0)])
    [finding] = cpu_findings(state)
    assert finding.target.function == "pairs" and finding.target.line == 42
    assert finding.target.path == "shop/catalog.py"
    assert "inside 2 nested loops" in finding.title and "`if close(a, b):`" in finding.evidence
    assert finding.impact_share_pct == 48.0 and finding.detail.loop_depth == 2
    # no recipe fits a pair scan: the advice in words is about the loops, not the call
    advice = _by_hand(finding)
    assert advice.title == "cut the iterations of the nested loops in pairs"
    assert advice.change.startswith("shop/catalog.py:42: this line runs 2 loops deep")

    # a function already found by its own share is not found twice
    big = small.model_copy(update={"self_pct": 40.0, "self_samples": 400})
    state = _with_profile(state, [big], [_site(root, "pairs", 48.0)])
    [finding] = cpu_findings(state)
    assert finding.title.startswith("pairs takes 40%")


def test_the_profiling_page_lists_nested_loop_lines(python, write_script, tmp_path):
    script = write_script("pairs.py", PAIR_SCRIPT)
    p = record_command(
        [python, str(script), "0.6"], out_dir=tmp_path / "out", rate_hz=200, min_samples=200
    )
    page = _page(tmp_path, p)
    [row, *_] = _rows(page, "Lines inside nested loops")
    assert row[0] == "`pairs`" and row[1] == f"{script}:{_line(script, 'the pair scan')}"
    assert row[2] == "2" and row[4] == "`if close(a, b):  # the pair scan`"
