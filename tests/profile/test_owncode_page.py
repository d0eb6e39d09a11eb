"""The profiling page shows the own-code view beside the self/total ranking: a project function
whose time goes into a stdlib call leads the own-code view while the stdlib function leads
the self ranking, with the callee chain, and adjacent ranks within sampling noise marked."""

from __future__ import annotations

from pathlib import Path

from test_owncode import STDLIB_SCRIPT

from perfagent.agent.deliverables.profiling import NOISE, render
from perfagent.agent.spec import load_target
from perfagent.agent.state import EngagementState, NamedProfile
from perfagent.tools.profile.collapsed import Stack, hotspots
from perfagent.tools.profile.cprofile import profile_callable
from perfagent.tools.profile.models import CpuProfile
from perfagent.tools.profile.owncode import is_project_file, own_code_hotspots
from perfagent.tools.profile.pyspy import record_command
from perfagent.tools.sandbox import scrubbed_env

ROOT = Path(__file__).resolve().parents[2]
OWN = "Own code"
SELF = "All code by self time"

# `encode_rows` spends its time in json.dumps (the encoder's frames, the C encoder under them).
JSON_MODULE = """
import json


def encode_rows(rows):
    out = []
    for row in rows:
        out.append(json.dumps(row, sort_keys=True))
    return out


def run():
    rows = [{"id": i, "name": "n" * 40, "tags": ["t" + str(j) for j in range(60)],
             "nested": {"a": [1.5, 2.5, None, True], "b": "x" * 30}} for i in range(200)]
    for _ in range(15):
        encode_rows(rows)
"""


def _page(tmp_path: Path, profile: CpuProfile) -> str:
    state = EngagementState(
        run_id="own-code-page",
        spec=load_target(ROOT / "examples" / "shop"),
        profiles={"bench": NamedProfile(name="bench", profile=profile)},
    )
    render(state, tmp_path / "1-profiling")
    return (tmp_path / "1-profiling" / "README.md").read_text()


def _rows(page: str, lead: str) -> list[list[str]]:
    """The cells of the first table after the line that starts with ``lead``."""
    lines = page.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(lead))
    table = []
    for line in lines[start + 1 :]:
        if table and not line.startswith("|"):
            break
        if line.startswith("|"):
            table.append([cell.strip() for cell in line.strip("|").split("|")])
    return table[2:]  # past the header and the separator


def test_the_caller_of_a_hot_stdlib_call_leads_the_pages_own_code_view(
    python, write_script, tmp_path
):
    script = write_script("stdlib_hot.py", STDLIB_SCRIPT)
    profile = record_command(
        [python, str(script), "0.8"], out_dir=tmp_path / "out", rate_hz=200, min_samples=300
    )
    page = _page(tmp_path, profile)

    own, by_self = _rows(page, OWN), _rows(page, SELF)
    assert page.index(OWN) < page.index(SELF)  # where to change the code comes first
    assert own[0][1] == "`line_offset`" and own[0][2].startswith(f"{script}:")
    assert own[0][7].startswith("`line_offset` → `re.match` ")  # the callee chain, with its share
    assert own[0][5] != "1"  # its callers rank above it by total share, in the column beside
    assert all(
        is_project_file(row[2].rsplit(":", 1)[0]) for row in own
    )  # no stdlib in the own view
    # by self time the stdlib frame leads
    assert by_self[0][0] == "`match`" and not is_project_file(by_self[0][1].rsplit(":", 1)[0])


def test_the_caller_of_json_leads_the_own_code_view_under_cprofile(tmp_path):
    package = tmp_path / "lib" / "pkg"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "jsonhot.py").write_text(JSON_MODULE)
    profile = profile_callable(
        "pkg.jsonhot:run", cwd=tmp_path / "lib", trace_memory=False, env=scrubbed_env()
    )
    page = _page(tmp_path, profile)

    own, by_self = _rows(page, OWN), _rows(page, SELF)
    assert own[0][1] == "`encode_rows`" and own[0][2].startswith(str(package / "jsonhot.py"))
    assert own[0][6] == "15"  # the calls column: deterministic counts
    assert own[0][7].startswith("`encode_rows` → `json.dumps` ")
    assert not is_project_file(by_self[0][1].rsplit(":", 1)[0])  # json's code, or a built-in
    assert by_self[0][4].isdigit()  # calls kept in the self ranking
    assert "≈" not in page and NOISE not in page  # measured time, not samples: no sampling noise


def test_ranks_within_sampling_noise_are_marked_and_explained(tmp_path):
    stacks = [
        Stack(
            (
                "main (/app/run.py:1)",
                "line_offset (/app/run.py:5)",
                "match (/usr/lib/python3.11/re/__init__.py:166)",
            ),
            800,
        ),
        Stack(("main (/app/run.py:1)", "tidy (/app/run.py:9)"), 110),
        Stack(("main (/app/run.py:1)", "pack (/app/run.py:14)"), 90),
    ]
    profile = CpuProfile(
        source="py-spy",
        duration_s=5.0,
        samples=1000,
        hotspots=hotspots(stacks),
        own_code=own_code_hotspots(stacks),
        runs=2,
    )
    page = _page(tmp_path, profile)

    own = _rows(page, OWN)
    assert [row[0] for row in own] == [
        "1",
        "2≈",
        "3",
        "4",
    ]  # 110 vs 90 is within 2 SE; main has 0 own
    assert [row[1] for row in own] == ["`line_offset`", "`tidy`", "`pack`", "`main`"]
    assert own[0][7] == "`line_offset` → `re.match` 80%" and own[1][7] == "its own code"
    assert own[0][6] == "–"  # a sampled profile counts no calls
    assert "Own code (2 runs merged)" in page and page.count(NOISE) == 1
    by_self = _rows(page, SELF)
    assert [row[0] for row in by_self[:3]] == ["`match`", "`tidy`", "`pack`"]
    assert [row[2] for row in by_self[:3]] == ["80.0", "11.0≈", "9.0"]


def test_a_profile_recorded_before_the_own_code_view_keeps_its_one_table(tmp_path):
    stacks = [Stack(("main (/app/run.py:1)", "work (/app/run.py:5)"), 10)]
    page = _page(
        tmp_path, CpuProfile(source="py-spy", duration_s=1.0, samples=10, hotspots=hotspots(stacks))
    )
    assert OWN not in page and SELF not in page
    assert "| `work` | /app/run.py:5 | 100.0 | 100.0 | – |" in page
