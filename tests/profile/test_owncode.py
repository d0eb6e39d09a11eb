"""The own-code view: library time charged to the project function that called it."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from perfagent.tools.profile.collapsed import Stack, hotspots
from perfagent.tools.profile.cprofile import profile_callable
from perfagent.tools.profile.owncode import own_code_hotspots
from perfagent.tools.profile.pyspy import record_command
from perfagent.tools.sandbox import scrubbed_env

# `line_offset` has almost no self time: its time is spent inside re.match (backtracking).
STDLIB_SCRIPT = """
import re, sys, time

def line_offset(text):
    return re.match(r"(a|aa)+$", text) is not None

def tidy(n):
    total = 0
    for i in range(n):
        total += i % 3
    return total

def main(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        line_offset("a" * 20 + "b")
        tidy(2_000)

main(float(sys.argv[1]))
"""

CLASSES = """
import re


class TokenList:
    def flatten(self):
        return [w for w in ["x" * 15 + "y"] * 30 if re.search(r"(x|xx)+$", w)]


class Other:
    def flatten(self):
        return sorted(str(i) for i in range(50))


def run():
    for _ in range(3):
        TokenList().flatten()
        Other().flatten()
"""


def test_caller_of_a_hot_stdlib_call_ranks_first(python, write_script, tmp_path):
    script = write_script("stdlib_hot.py", STDLIB_SCRIPT)
    p = record_command([python, str(script), "0.8"], out_dir=tmp_path, rate_hz=200, min_samples=300)
    assert p.samples >= 100
    # by self time the library frame wins; the own-code view names the caller
    assert not p.top(1)[0].file.startswith(str(tmp_path))
    first = p.own_code[0]
    assert (first.function, first.file) == ("line_offset", str(script))
    assert first.chain and first.chain.startswith("re.match ")
    assert all(h.file == str(script) for h in p.own_code)


def test_ties_rank_the_same_way_and_noise_is_flagged():
    stacks = [
        Stack(("b (/app/x.py:1)",), 5),
        Stack(("a (/app/x.py:9)",), 5),
        Stack(("c (/app/x.py:20)",), 90),
    ]
    for view in (
        hotspots(stacks),
        own_code_hotspots(stacks),
        own_code_hotspots(list(reversed(stacks))),
    ):
        assert [h.function for h in view] == ["c", "a", "b"]
        assert [h.within_noise for h in view] == [False, True, False]  # the last has no next


def test_callable_keeps_class_names_and_leaves_builtins_out(write_script, tmp_path):
    package = tmp_path / "lib" / "pkg"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "tokens.py").write_text(CLASSES)
    elsewhere = (
        tmp_path / "elsewhere"
    )  # run from a folder that is not the code's: PYTHONPATH finds it
    elsewhere.mkdir()
    p = profile_callable(
        "pkg.tokens:run",
        cwd=elsewhere,
        trace_memory=False,
        env=scrubbed_env({"PYTHONPATH": str(tmp_path / "lib")}),
    )
    names = {h.function for h in p.hotspots}
    assert {"TokenList.flatten", "Other.flatten"} <= names  # one name each, not two `flatten`s
    assert all(h.file == str(package / "tokens.py") for h in p.own_code)  # no <built-in>, no re
    first = p.own_code[0]
    assert first.function == "TokenList.flatten"  # its list comprehension's frame folded in
    assert first.chain.startswith("re.")


def test_cli_callable_honours_pythonpath(tmp_path, monkeypatch):
    import typer

    from perfagent.api import cli_profile

    package = tmp_path / "lib" / "pkg"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "tokens.py").write_text(CLASSES)
    monkeypatch.setenv("PYTHONPATH", str(tmp_path / "lib"))
    monkeypatch.chdir(tmp_path)
    app = typer.Typer()
    cli_profile.register(app)
    app.command("noop")(lambda: None)
    r = CliRunner().invoke(
        app, ["profile", "--out", str(tmp_path / "out"), "--callable", "pkg.tokens:run", "--json"]
    )
    assert r.exit_code == 0, r.output
    doc = json.loads((tmp_path / "out" / "profile.json").read_text())
    assert doc["own_code"][0]["function"].startswith("TokenList.flatten")
