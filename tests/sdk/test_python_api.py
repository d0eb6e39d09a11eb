"""The Python API (api/sdk.py): its runnable example, and what a caller sees on bad input."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from perfagent.api import sdk
from perfagent.tools.errors import InputError, UnsafeInputError

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_example_runs_offline_and_prints_every_result(tmp_path: Path):
    target = (
        tmp_path / "tiny"
    )  # the example's engagement on a tiny target: the shop's takes ~30 s more
    target.mkdir()
    (target / "perfagent.toml").write_text(
        '[target]\nname = "tiny"\n\n[[benchmark]]\nname = "sum"\n'
        f'command = "{sys.executable} -c \\"sum(range(200_000))\\""\n'
    )
    out = tmp_path / "out"
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "examples" / "python_api.py"),
            "--target",
            str(target),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
        env=os.environ.copy(),
    )
    assert run.returncode == 0, run.stderr[-2000:]
    text = run.stdout
    assert "1. 3 statements, 2 query classes" in text
    assert "select_star:" in text and "large_offset:" in text
    assert "SCAN orders" in text
    assert "CREATE INDEX orders_customer_id_idx ON orders (customer_id)" in text
    assert re.search(
        r"^3\. B/A = [\d.]+ \(95% CI [\d.]+-[\d.]+\): (slower|inconclusive)$", text, re.MULTILINE
    ), text
    assert re.search(
        r"^4\. review main\.\.slower: (slower|inconclusive|unchanged|faster): ", text, re.MULTILINE
    ), text
    assert (out / "review" / "review.json").is_file()
    steps = re.findall(r"^   \[(\d)/6\] (\w+) (started|ok)", text, re.MULTILINE)
    assert [(n, s, e) for n, s, e in steps] == [
        ("1", "baseline", "started"),
        ("2", "baseline", "ok"),
        ("3", "monitor", "started"),
        ("4", "monitor", "ok"),
        ("5", "report", "started"),
        ("6", "report", "ok"),
    ]
    run_id = re.search(r"^5\. engagement (tiny-[\w-]+): report (\S+)$", text, re.MULTILINE)
    assert run_id and Path(run_id[2]).is_file(), text
    assert (
        "deliverables: 1-profiling, 2-load-test, 3-caching, 4-recommendations, 5-before-after, "
        "6-monitoring, 7-database, 8-frontend" in text
    )


def test_bad_input_is_one_sentence_naming_it(tmp_path: Path):
    with pytest.raises(InputError, match="either SQL text or the path"):
        sdk.analyze_sql("SELECT 1", path=tmp_path / "q.sql")
    with pytest.raises(InputError, match=r"q\.sql does not exist"):
        sdk.analyze_sql(path=tmp_path / "q.sql")
    with pytest.raises(InputError, match="holds no SQL statement"):
        sdk.analyze_sql("   ")
    with pytest.raises(InputError, match=r"paths\[0\]\.path: .*must start with a single '/'"):
        sdk.load_test("http://127.0.0.1:9", ["api/items"])
    with pytest.raises(UnsafeInputError, match="example.com is not on the load allow-list"):
        sdk.load_test("http://example.com", ["/"])
    with pytest.raises(InputError, match="not-a-target"):
        sdk.run_engagement(tmp_path / "not-a-target", phase="elaboration")
    with pytest.raises(InputError, match="^settings: load_users: Input should be a valid integer"):
        sdk.run_engagement(tmp_path, settings={"load_users": "many"})
    with pytest.raises(InputError, match="^settings: samples: Extra inputs are not permitted"):
        sdk.run_engagement(tmp_path, settings={"samples": 3})


def test_the_stricter_rule_of_the_cli_and_the_sdk_is_the_sdks_for_every_caller(tmp_path: Path):
    """Where the CLI and the sdk used to differ, the sdk now holds the stricter rule for both."""
    bad = tmp_path / "bad.sql"
    bad.write_text("this is not sql (\n")
    with pytest.raises(
        sdk.NoQueryError, match=r"^no query in .*bad\.sql could be parsed \(1 read, 1 parse error"
    ) as raised:
        sdk.analyze_sql(path=bad)
    assert (
        raised.value.report.errors and raised.value.report.errors[0].rule == "parse_error"
    )  # still says why
    with pytest.raises(InputError, match="^unknown SQL dialect 'oracle'"):
        sdk.analyze_sql("SELECT 1", dialect="oracle")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="^give the query to explain"):
        sdk.explain_query("  ", database="sqlite:///nowhere.db")
    with pytest.raises(InputError, match="^unknown phase 'qa'"):
        sdk.start_engagement(tmp_path, phase="qa")
    with pytest.raises(InputError, match="^mode must be time, instructions or auto, not 'cycles'"):
        sdk.compare_benchmarks("true", "true", mode="cycles")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="^nothing to profile"):
        sdk.profile()
    with pytest.raises(InputError, match="^review settings: mode: "):
        sdk.review_settings({"mode": "cycles"})
