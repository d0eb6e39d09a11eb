"""How often is the compare verdict right on this machine?

Runs many comparisons of a CPU-bound workload against itself (A/A) and against a
version made slower by a calibrated extra loop, in time mode and in instruction
mode, and prints the share of each verdict and the seconds each comparison took.

    python benchmarks/detection.py                       # the full run (~90 min here)
    python benchmarks/detection.py --comparisons 5 --instr-comparisons 2   # a quick look
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console
from rich.table import Table

from perfagent.tools.bench import BenchSpec, compare

HERE = Path(__file__).resolve().parent


def spec(extra: float) -> BenchSpec:
    return BenchSpec(
        name=f"work+{extra:.1%}",
        callable="_detect_workload:work",
        cwd=str(HERE),
        env={"EXTRA": str(extra)},
    )


def scenario(
    label: str,
    extra: float,
    expected: str,
    n: int,
    mode: str,
    samples: int | None,
    console: Console,
    max_time_s: float = 60.0,
) -> dict:
    verdicts, seconds, ratios = [], [], []
    for i in range(n):
        t0 = time.perf_counter()
        result = compare(
            spec(0.0), spec(extra), mode=mode, samples=samples, seed=i, max_time_s=max_time_s
        )
        verdicts.append(result.verdict)
        seconds.append(
            time.perf_counter() - t0
        )  # measured here: the whole call, not what compare reports
        ratios.append(result.ratio)
        console.print(
            f"  {label} #{i + 1}: {result.verdict:<12} ratio {result.ratio:.4f} "
            f"CI [{result.ci_low:.4f}, {result.ci_high:.4f}] n={result.a.summary.n} "
            f"{seconds[-1]:.1f} s "
            f"({result.mode}, load {os.getloadavg()[0]:.1f})",
            highlight=False,
        )
    counts = {v: verdicts.count(v) for v in ("faster", "slower", "unchanged", "inconclusive")}
    wrong = counts["faster"] + (counts["slower"] if expected == "unchanged" else 0)
    return {
        "scenario": label,
        "mode": mode,
        "true_change": extra,
        "expected": expected,
        "n": n,
        **counts,
        "expected_share": counts[expected] / n,
        "wrong_share": wrong / n,
        "median_ratio": statistics.median(ratios),
        "median_s": statistics.median(seconds),
        "max_s": max(seconds),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--comparisons", type=int, default=20, help="comparisons per time-mode scenario"
    )
    parser.add_argument(
        "--instr-comparisons", type=int, default=10, help="per instruction-mode scenario (0 skips)"
    )
    parser.add_argument(
        "--auto-comparisons",
        type=int,
        default=10,
        help="per auto-mode scenario: time, then instruction counts when time cannot decide "
        "(0 skips)",
    )
    parser.add_argument(
        "--max-time", type=float, default=60.0, help="seconds one comparison may take"
    )
    parser.add_argument("--samples", type=int, default=None, help="initial samples per side")
    parser.add_argument("--json", type=Path, default=None, help="also write the rows here")
    args = parser.parse_args()
    console = Console(width=150)
    console.print(
        f"machine: {platform.node()} · {os.cpu_count()} cores · load {os.getloadavg()[0]:.2f} · "
        f"Python {platform.python_version()} · {time.strftime('%Y-%m-%d %H:%M')}"
    )
    plan = (
        [
            ("A/A", 0.0, "unchanged", args.comparisons, "time"),
            ("B 5% slower", 0.05, "slower", args.comparisons, "time"),
            ("B 3% slower", 0.03, "slower", args.comparisons, "time"),
        ]
        if args.comparisons
        else []
    )
    if args.instr_comparisons:
        plan += [
            ("A/A", 0.0, "unchanged", args.instr_comparisons, "instructions"),
            ("B 0.5% slower", 0.005, "slower", args.instr_comparisons, "instructions"),
        ]
    if args.auto_comparisons:
        plan += [
            ("A/A", 0.0, "unchanged", args.auto_comparisons, "auto"),
            ("B 3% slower", 0.03, "slower", args.auto_comparisons, "auto"),
        ]
    rows = []
    for label, extra, expected, n, mode in plan:
        console.print(f"[bold]{mode}: {label}[/] ({n} comparisons)")
        rows.append(scenario(label, extra, expected, n, mode, args.samples, console, args.max_time))

    table = Table(title="compare verdicts (time mode: min effect 2%; instruction mode: 0.2%)")
    for col in (
        "mode",
        "scenario",
        "n",
        "faster",
        "slower",
        "unchanged",
        "inconclusive",
        "expected share",
        "wrong share",
        "median ratio",
        "median s",
        "max s",
    ):
        table.add_column(col, justify="right")
    for r in rows:
        table.add_row(
            r["mode"],
            r["scenario"],
            str(r["n"]),
            str(r["faster"]),
            str(r["slower"]),
            str(r["unchanged"]),
            str(r["inconclusive"]),
            f"{r['expected_share']:.0%}",
            f"{r['wrong_share']:.0%}",
            f"{r['median_ratio']:.4f}",
            f"{r['median_s']:.1f}",
            f"{r['max_s']:.1f}",
        )
    console.print(table)
    by = {(r["mode"], r["scenario"]): r for r in rows}
    goals = [("every comparison <= 60 s", all(r["max_s"] <= 60 for r in rows))]
    if args.comparisons:
        goals += [
            (
                "A/A wrongly called faster/slower <= 5% (time)",
                by["time", "A/A"]["wrong_share"] <= 0.05,
            ),
            (
                "3% slower detected >= 90% (time)",
                by["time", "B 3% slower"]["expected_share"] >= 0.90,
            ),
        ]
    if args.instr_comparisons:
        goals += [
            ("instructions: A/A never wrong", by["instructions", "A/A"]["wrong_share"] == 0),
            (
                "instructions: 0.5% slower always detected",
                by["instructions", "B 0.5% slower"]["expected_share"] == 1.0,
            ),
        ]
    if args.auto_comparisons:
        goals += [
            (
                "auto: A/A wrongly called faster/slower <= 5%",
                by["auto", "A/A"]["wrong_share"] <= 0.05,
            ),
            (
                "auto: 3% slower detected >= 90%",
                by["auto", "B 3% slower"]["expected_share"] >= 0.90,
            ),
        ]
    for text, ok in goals:
        console.print(f"  {'[green]met[/]' if ok else '[red]missed[/]'}  {text}")
    load = os.getloadavg()
    console.print(
        f"load average at the end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
        f"on {os.cpu_count()} cores "
        "(a shared machine is noisy: wall time and valgrind's speed depend on what else runs)"
    )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
