"""`make demo`: the measurement core on a small workload, then an engagement on the shop.

Part one benchmarks, profiles and compares examples/workload/primes.py: a
benchmark summary, a flamegraph, and a verdict for a fix. Part two runs a
construction-phase engagement on examples/shop with the rules reasoner (no API key)
and prints where the report is.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rich.console import Console
from rich.table import Table

from perfagent.tools.bench import BenchSpec, compare, run_benchmark
from perfagent.tools.errors import PerfagentError
from perfagent.tools.profile import record_command
from perfagent.tools.units import format_seconds

console = Console()
WORKLOAD = ROOT / "examples" / "workload"
OUT = ROOT / "perf-report" / "demo"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    naive = BenchSpec(
        name="primes (naive)", command=f"{sys.executable} primes.py 12000", cwd=str(WORKLOAD)
    )
    fixed = naive.model_copy(update={"name": "primes (sqrt)", "env": {"PRIMES_ALGO": "sqrt"}})

    console.rule("[bold]1. baseline: benchmark the example")
    with console.status("benchmarking primes.py (10 fresh processes)…"):
        result = run_benchmark(naive, samples=10, warmups=1)
    s = result.summary
    console.print(
        f"{naive.name}: median {format_seconds(s.median)}, p95 {format_seconds(s.p95)}, "
        f"CV {s.cv:.1%}, {s.n} samples, {len(s.outliers)} outliers flagged"
    )

    console.rule("[bold]2. profile: where does the time go?")
    with console.status("sampling with py-spy…"):
        profile = record_command(
            [sys.executable, str(WORKLOAD / "primes.py"), "20000"], out_dir=OUT, rate_hz=200
        )
    table = Table("function", "file:line", "self %", "total %")
    for hot in profile.hotspots[:5]:
        table.add_row(
            hot.function,
            f"{Path(hot.file).name}:{hot.line or ''}",
            f"{hot.self_pct:.1f}",
            f"{hot.total_pct:.1f}",
        )
    console.print(table)

    console.rule("[bold]3. validate a fix: interleaved A/B with a verdict")
    with console.status("comparing naive vs sqrt trial division…"):
        verdict = compare(naive, fixed, samples=10, max_time_s=60)
    console.print(
        f"sqrt vs naive: B/A = {verdict.ratio:.3f} (95% CI "
        f"{verdict.ci_low:.3f}–{verdict.ci_high:.3f}, p = {verdict.p_value:.2g}) → "
        f"[bold]{verdict.verdict}[/]"
    )
    (OUT / "benchmark.json").write_text(result.model_dump_json(indent=2))
    (OUT / "compare.json").write_text(verdict.model_dump_json(indent=2))
    (OUT / "profile.json").write_text(profile.model_dump_json(indent=2))

    console.rule("[bold]artifacts")
    console.print(f"flamegraph: {profile.flamegraph_svg}")
    console.print(f"speedscope: {profile.speedscope_json}")
    console.print(f"results:    {OUT}/benchmark.json, compare.json, profile.json")

    console.rule("[bold]4. an engagement on examples/shop (construction phase, rules reasoner)")
    from perfagent.agent.deliverables.before_after import _fmt
    from perfagent.agent.engagement import start
    from perfagent.agent.metrics import success_metrics
    from perfagent.agent.state import Settings
    from perfagent.agent.workspace import scratch_repo
    from perfagent.api.cli_run import _Progress

    target = scratch_repo(
        ROOT / "examples" / "shop", OUT / "shop", message="examples/shop, as bundled"
    )
    console.print(
        f"target: {target} (a git copy of examples/shop: kept edits become branches there, "
        "not in your clone)",
        highlight=False,
    )
    state = start(
        target,
        phase="construction",
        settings=Settings(
            bench_samples=5,
            report_dir=str(ROOT / "perf-report"),
            load_duration_s=8,
            validate_rounds=2,
            validate_round_s=3,
            max_candidates=5,
            compare_max_s=12,
        ),
        checkpoint_url=str(ROOT / "perf-report" / "checkpoints.sqlite"),
        on_event=_Progress(),
    )
    console.print("[bold]top recommendations[/]")
    for item in state.plan[:6]:
        console.print(f"  {item.rank}. {item.title}", highlight=False)
    console.print("[bold]before/after[/] (ratio after/before, 95% bootstrap interval, interleaved)")
    for cid, validation in state.validations.items():
        console.print(
            f"  {state.candidates[cid].title}: {'kept' if validation.kept else validation.verdict}",
            highlight=False,
        )
        for c in validation.changes:
            if c.metric in ("query_ms", "time_s") or (c.scope == "all" and c.metric == "p95_ms"):
                console.print(
                    f"    {c.scope[:40]:<40} {c.metric:<7} {_fmt(c.before, c.metric):>10} → "
                    f"{_fmt(c.after, c.metric):>10} "
                    f"{(c.ratio - 1) * 100:+6.1f}% [{(c.ci_low - 1) * 100:+.1f}%, "
                    f"{(c.ci_high - 1) * 100:+.1f}%] {c.verdict}",
                    highlight=False,
                )
        if validation.kept and state.candidates[cid].branch:
            console.print(
                f"    branch {state.candidates[cid].branch}, patch {state.candidates[cid].patch}",
                highlight=False,
            )
    waiting = sum(1 for c in state.candidates.values() if c.status == "not_validated")
    console.print(
        f"  {waiting} more candidate(s) proposed but not measured "
        "(listed, with why, in 5-before-after)"
    )
    for metric in success_metrics(state):
        console.print(f"  {metric.name}: {metric.value}", highlight=False)
    delivered = sorted(p.name for p in Path(state.report_dir).iterdir() if p.is_dir())
    console.print(f"deliverables: {', '.join(delivered)}")
    console.print(f"report: {Path(state.report_dir) / 'index.md'}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except PerfagentError as exc:
        console.print(f"[bold red]error:[/] {exc}")
        sys.exit(1)
