"""compare --base/--head measures each worktree's code, or refuses; budgets bound the whole run.

A tiny package is installed (non-editable: a copy in site-packages) into a throwaway venv
used as the target's interpreter. Its installed copy is the slow base; head makes it 2x
faster. Before: both sides imported the installed copy and the verdict was "unchanged".
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from perfagent.tools.bench import BenchSpec, compare, compare_refs
from perfagent.tools.errors import InputError

CORE = """
def work():
    t = 0
    for i in range({n}):
        t += i * i % 7
    return t
"""
BENCH = "from tinypkg.core import work\nfor _ in range(5):\n    work()\n"


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=repo, check=True, capture_output=True, text=True
    ).stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, str]:
    """(repo, python): base is the slow tinypkg, installed non-editable in the venv; head is ~5x
    faster (a margin load on the machine cannot close with 4 samples a side)."""
    root = tmp_path_factory.mktemp("cut")
    repo = root / "tinypkg-repo"
    (repo / "tinypkg").mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "t@example.invalid")
    git(repo, "config", "user.name", "t")
    (repo / "pyproject.toml").write_text(
        textwrap.dedent("""
        [build-system]
        requires = ["setuptools"]
        build-backend = "setuptools.build_meta"
        [project]
        name = "tinypkg"
        version = "1.0"
        [tool.setuptools]
        packages = ["tinypkg"]
    """)
    )
    (repo / "tinypkg" / "__init__.py").write_text("")
    (repo / "tinypkg" / "core.py").write_text(CORE.format(n=400_000))
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "slow")
    venv = root / "venv"
    subprocess.run(
        ["python3", "-m", "venv", "--without-pip", str(venv)], check=True, capture_output=True
    )
    python = str(venv / "bin" / "python")
    # A non-editable install is a copy of the package in site-packages plus its metadata (what
    # `pip install .` writes; pip itself cannot build a wheel offline here: no `wheel` package).
    site = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    shutil.copytree(repo / "tinypkg", site / "tinypkg")
    (site / "tinypkg-1.0.dist-info").mkdir()
    (site / "tinypkg-1.0.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: tinypkg\nVersion: 1.0\n"
    )
    (repo / "tinypkg" / "core.py").write_text(CORE.format(n=40_000))
    git(repo, "commit", "-qam", "fast")
    assert (
        "site-packages"
        in subprocess.run(
            [python, "-c", "import tinypkg; print(tinypkg.__file__)"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    return repo, python


def test_each_side_runs_its_worktree_and_an_uncommitted_benchmark_runs_on_both(installed):
    repo, python = installed
    (repo / "bench.py").write_text(BENCH)  # untracked: at neither ref
    try:
        result = compare_refs(
            repo,
            "HEAD~1",
            "HEAD",
            "python bench.py",
            python=python,
            samples=10,
            max_samples=30,
            min_sample_s=0.01,
            max_time_s=120,
        ).comparison  # room on a busy machine
    finally:
        (repo / "bench.py").unlink()
    assert result.verdict == "faster", (
        result.reason,
        result.notes,
    )  # the installed copy is unchanged
    assert result.ratio < 0.8
    assert any(
        "bench.py is not committed" in n and "your copy ran on both sides" in n
        for n in result.notes
    )
    assert git(repo, "status", "--porcelain") == ""  # nothing left behind in the user's tree


def test_a_package_imported_from_elsewhere_is_refused_naming_it(installed):
    repo, python = installed
    # A benchmark that puts the user's own checkout first: both sides would run it, not theirs.
    (repo / "bench_abs.py").write_text(f"import sys\nsys.path.insert(0, {str(repo)!r})\n" + BENCH)
    try:
        with pytest.raises(InputError) as caught:
            compare_refs(
                repo,
                "HEAD~1",
                "HEAD",
                "python bench_abs.py",
                python=python,
                samples=2,
                max_time_s=60,
            )
    finally:
        (repo / "bench_abs.py").unlink()
    message = str(caught.value)
    assert "imported `tinypkg` from" in message and str(repo / "tinypkg") in message
    assert "not from the base worktree" in message and "\n" not in message


def test_a_benchmark_outside_the_repository_runs_on_both_sides(installed, tmp_path):
    repo, python = installed
    (tmp_path / "outside.py").write_text(BENCH)
    result = compare_refs(
        repo,
        "HEAD~1",
        "HEAD",
        f"python {tmp_path / 'outside.py'}",
        python=python,
        samples=4,
        max_samples=4,
        min_sample_s=0.01,
        max_time_s=120,
    ).comparison
    assert any("outside the repository" in n for n in result.notes)
    assert result.ratio < 0.8  # the worktree's code, not the installed copy


def test_max_time_bounds_the_whole_comparison_and_a_huge_regression_is_still_reported(tmp_path):
    """B's one run outlasts the budget: it is cut, counted as a lower bound, and called slower."""
    sleep = f"{sys.executable} -c 'import os, time; time.sleep(float(os.environ[\"S\"]))'"
    a = BenchSpec(command=sleep, env={"S": "0.05"}, name="fast")
    b = BenchSpec(command=sleep, env={"S": "60"}, name="100x")
    result = compare(a, b, samples=20, min_sample_s=0.001, max_time_s=4)
    assert result.verdict == "slower", result.reason
    assert result.max_time_s == 4
    assert result.b.summary.n == 1 and result.b.samples[0].censored
    assert 1 <= result.a.summary.n < 20
    assert any("cut off when the 4 s budget ran out" in n for n in result.notes)


def test_the_budget_stops_before_the_planned_samples(tmp_path):
    # 20 runs a side of 0.1 s cannot fit in 2 s, whatever the machine
    spec = BenchSpec(command=f"{sys.executable} -c 'import time; time.sleep(0.1)'")
    result = compare(spec, spec, samples=20, max_samples=60, min_sample_s=0.001, max_time_s=2)
    assert result.a.summary.n < 20
    assert any("budget allowed" in n for n in result.notes)


def test_metric_compares_the_figure_the_benchmark_prints(tmp_path):
    show = f'{sys.executable} -c \'import os; print("took", os.environ["MS"], "ms")\''
    a = BenchSpec(command=show, env={"MS": "5"}, metric=r"took ([0-9.]+) ms")
    b = BenchSpec(command=show, env={"MS": "10"}, metric=r"took ([0-9.]+) ms")
    result = compare(a, b, samples=6, max_samples=6, min_sample_s=0.001, max_time_s=60)
    assert (result.verdict, result.ratio) == ("slower", 2.0)
    assert any("--metric" in n for n in result.notes)


def test_cli_passes_python_env_and_reports_the_budget(installed):
    from tests.bench.test_cli import perfagent

    repo, python = installed
    (repo / "bench_env.py").write_text("import os\nassert os.environ['FLAVOUR'] == 'x'\n" + BENCH)
    try:
        proc = perfagent(
            "compare",
            "--base",
            "HEAD~1",
            "--head",
            "HEAD",
            "--repo",
            str(repo),
            "--python",
            python,
            "--env",
            "FLAVOUR=x",
            "--samples",
            "4",
            "--max-samples",
            "4",
            "--min-sample-s",
            "0.01",
            "--max-time",
            "120",
            "--json",
            "--",
            "python",
            "bench_env.py",
        )
    finally:
        (repo / "bench_env.py").unlink()
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["max_time_s"] == 120 and result["ratio"] < 0.8
    assert any("bench_env.py is not committed" in n for n in result["notes"])
    bad = perfagent("compare", "--env", "NOEQUALS", "true", "true")
    assert bad.returncode == 1 and "NAME=value" in bad.stderr


@pytest.mark.heavy  # two venvs built: about a minute on a loaded machine
def test_setup_builds_a_venv_in_each_worktree(installed):
    """--setup: each side's own install, in a venv of its own (never perfagent's)."""
    repo, _ = installed
    (repo / "bench.py").write_text(BENCH)
    install = (
        'python -c "import shutil, sys, sysconfig; assert sys.prefix != sys.base_prefix; '
        "shutil.copytree('tinypkg', sysconfig.get_paths()['purelib'] + '/tinypkg')\""
    )
    try:
        result = compare_refs(
            repo,
            "HEAD~1",
            "HEAD",
            "python bench.py",
            setup=install,
            samples=4,
            max_samples=4,
            min_sample_s=0.01,
            max_time_s=120,
        ).comparison
    finally:
        (repo / "bench.py").unlink()
    assert result.ratio < 0.8, result.notes
    assert all(Path(r.spec.python).parent.parent.name == "venv" for r in (result.a, result.b))
    assert result.a.spec.python != result.b.spec.python
