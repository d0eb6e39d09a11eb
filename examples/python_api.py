"""perfagent from Python (``perfagent.api.sdk``): every call returns a pydantic record.

    .venv/bin/python examples/python_api.py                  # offline; the engagement runs on
                                                             # examples/shop
    .venv/bin/python examples/python_api.py --target DIR     # the engagement on your own
                                                             # target instead

The review and the engagement's report are written under perf-report/python-api/ (``--out``).

1. analyse SQL text (no database): query classes, anti-patterns, fixes;
2. EXPLAIN a query on a SQLite file and have indexes proposed and validated on a copy;
3. compare two commands: interleaved samples, a 95% interval and a verdict;
4. review a change (base..head of a git repository made here) for performance;
5. run an engagement (elaboration phase, quick settings) with a line per step.
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from perfagent.api import sdk
from perfagent.tools.errors import PerfagentError, ToolMissingError

SQL = """
SELECT * FROM orders WHERE lower(email) = 'ann@example.com';
SELECT * FROM orders WHERE lower(email) = 'bob@example.com';
SELECT id, total FROM orders ORDER BY id LIMIT 20 OFFSET 40000;
"""
PRICING = """def _normalise(code):
{extra}    return code.strip().upper()


def quote(codes):
    return sum(hash(_normalise(c)) % 97 for c in codes)
"""
SLOWER = "    for _ in range(40):\n        code = code.strip()\n"
BENCH = (
    "from shop.pricing import quote as _quote\n\n\n"
    'def quote():\n    return _quote([f"sku-{i} " for i in range(300)])\n'
)
SPEC = '[target]\nname = "shop"\n\n[[benchmark]]\nname = "quote"\ncallable = "shop.bench:quote"\n'


def analyse_sql() -> None:
    report = sdk.analyze_sql(SQL, dialect="postgres")
    print(f"1. {report.queries} statements, {len(report.classes)} query classes")
    for cls in report.classes:
        print(f"   {cls.calls} x {cls.fingerprint[:70]}")
        for finding in cls.findings:
            print(f"      {finding.rule}: {finding.suggestion}")


def explain_and_advise(folder: Path) -> None:
    path = folder / "shop.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, total REAL)")
        db.executemany(
            "INSERT INTO orders (customer_id, total) VALUES (?, ?)",
            [(i % 500, i * 0.25) for i in range(50_000)],
        )
    query, url = "SELECT id, total FROM orders WHERE customer_id = 42", f"sqlite:///{path}"
    explained = sdk.explain_query(query, database=url)
    print(f"2. {query}\n" + "\n".join(f"   {line}" for line in explained.plan.text().splitlines()))
    for trial in sdk.advise_indexes([query], database=url).advice[0].recommendations:
        print(
            f"   recommended ({trial.method}): {trial.ddl}  "
            f"cost {trial.cost_before} -> {trial.cost_after}"
        )


def compare_commands() -> None:
    a = f'{sys.executable} -c "sum(range(2_000_000))"'
    b = f'{sys.executable} -c "sum(range(8_000_000))"'
    c = sdk.compare_benchmarks(a, b, samples=5, max_time_s=20)
    print(f"3. B/A = {c.ratio:.2f} (95% CI {c.ci_low:.2f}-{c.ci_high:.2f}): {c.verdict}")


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=example", "-c", "user.email=example@localhost", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def review_a_change(folder: Path, out: Path) -> None:
    repo = folder / "repo"
    (repo / "shop").mkdir(parents=True)
    (repo / "shop" / "__init__.py").write_text("")
    (repo / "shop" / "bench.py").write_text(BENCH)
    (repo / "perfagent.toml").write_text(SPEC)
    (repo / "shop" / "pricing.py").write_text(PRICING.format(extra=""))
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "base")
    _git(repo, "checkout", "-q", "-b", "slower")
    (repo / "shop" / "pricing.py").write_text(PRICING.format(extra=SLOWER))
    _git(repo, "commit", "-q", "-am", "normalise harder")
    try:
        from perfagent.tools.review import ReviewSettings

        settings = ReviewSettings(
            mode="time", samples=4, max_samples=6, min_sample_s=0.02, max_time_s=15, profile="none"
        )
        review = sdk.review_change(
            repo, "main", "slower", out_dir=out / "review", settings=settings
        )
    except (ImportError, ToolMissingError) as exc:
        print(f"4. review skipped: {exc}")
        return
    print(f"4. review main..slower: {review.verdict}: {review.headline}")


def run_engagement(target: Path | None, folder: Path, out: Path) -> None:
    if (
        target is None
    ):  # a git copy of the shop: kept edits would become branches there, not in this clone
        from perfagent.agent.workspace import scratch_repo

        target = scratch_repo(
            ROOT / "examples" / "shop", folder / "shop", message="examples/shop, as bundled"
        )
    settings = sdk.EngagementSettings(
        bench_samples=3, load_duration_s=3, load_users=4, report_dir=str(out)
    )
    result = sdk.run_engagement(
        target,
        phase="elaboration",
        settings=settings,
        checkpoint=str(out / "checkpoints.sqlite"),
        on_progress=lambda p: print(f"   [{p.done:g}/{p.total:g}] {p.message}"),
    )
    print(f"5. engagement {result.run_id}: report {result.index}")
    for figure in result.baseline:
        print(
            f"   {figure.benchmark}: median {figure.median_s * 1e3:.3f} ms per call, "
            f"CV {figure.cv:.1%}"
        )
    for metric in result.success_metrics:
        print(f"   {metric.name}: {metric.value}")
    print(f"   deliverables: {', '.join(d.slug for d in result.deliverables)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--target", type=Path, help="a folder with perfagent.toml (default: examples/shop)"
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT / "perf-report" / "python-api",
        help="where the review and the report go",
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="perfagent-api-") as scratch:
        folder = Path(scratch)
        analyse_sql()
        explain_and_advise(folder)
        compare_commands()
        review_a_change(folder, args.out)
        run_engagement(args.target, folder, args.out)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except PerfagentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
