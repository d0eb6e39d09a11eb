"""The scenario suite as files: every scenario loads, its target is a valid target, the seed's
areas are covered, and bad input is one sentence."""

from __future__ import annotations

import subprocess
import sys
import typing
from pathlib import Path

import pytest

from perfagent.agent.finding_kinds import Kind
from perfagent.agent.spec import load_target
from perfagent.evals.scenario import DEFAULT_SUITE, discover, load_scenario
from perfagent.tools.errors import InputError

ROOT = Path(__file__).resolve().parents[2]
KINDS = set(typing.get_args(Kind))
AREAS = [
    "N+1 queries",
    "missing index (SQLite)",
    "missing index (PostgreSQL)",
    "non-sargable predicate",
    "O(n²) hot loop",
    "repeated pure computation",
    "regex compiled in a loop",
    "large uncompressed payload",
    "missing cache on a slow read endpoint",
    "memory leak under soak",
    "connection pool exhaustion under load",
    "oversized / uncached frontend assets",
]


def test_the_suite_covers_the_seed_areas_with_two_healthy_targets():
    scenarios = discover()
    assert len(scenarios) >= 12
    assert set(AREAS) <= {s.area for s in scenarios}
    assert sum(s.healthy for s in scenarios) >= 2


@pytest.mark.parametrize("scenario", discover(), ids=lambda s: s.name)
def test_each_scenario_names_real_finding_kinds_and_a_valid_target(scenario):
    for match in [*scenario.problem, *scenario.must_not_flag]:
        assert set(match.kind) <= KINDS, match.kind
    spec = load_target(scenario.target)
    assert spec.target.test, "a scenario's target has tests: they gate every fix"
    for problem in scenario.problem:
        if problem.file:
            assert (scenario.target / problem.file).is_file(), problem.file


def test_a_bad_scenario_file_is_one_sentence_naming_it(tmp_path: Path):
    folder = tmp_path / "broken"
    (folder / "target").mkdir(parents=True)
    (folder / "target" / "perfagent.toml").write_text('[target]\nname = "x"\n')
    (folder / "scenario.toml").write_text(
        'area = "a"\nsummary = "s"\n[[problem]]\ntitle = "t"\nkind = []\n'
    )
    with pytest.raises(
        InputError, match=r"broken/scenario.toml: problem\[0\].kind: List should have at least 1"
    ):
        load_scenario(folder)
    (folder / "scenario.toml").write_text('area = "a"\nsummary = "s"\n')
    with pytest.raises(
        InputError, match="give at least one \\[\\[problem\\]\\], or healthy = true"
    ):
        load_scenario(folder)


def test_an_unknown_scenario_name_lists_the_known_ones():
    with pytest.raises(InputError, match="no scenario 'nope' in .*; there are: frontend_assets, "):
        discover(DEFAULT_SUITE, ["nope"])


def test_the_command_line_says_what_is_wrong_in_one_sentence(tmp_path: Path):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "perfagent.api.cli",
            "eval",
            "--only",
            "nope",
            "--out",
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.strip().startswith("error: no scenario 'nope' in ")
    assert "Traceback" not in done.stderr
    done = subprocess.run(
        [sys.executable, "-m", "perfagent.api.cli", "eval", "--llm", "gpt", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stderr.strip()) == (
        1,
        ("error: unknown reasoner 'gpt': choose one of rules, replay, claude"),
    )
