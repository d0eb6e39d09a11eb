"""Time per step of an engagement on examples/shop, and the orchestration overhead.

Overhead = what is not an instrument measuring: the graph and checkpointing (the
wall time outside the steps), plus prioritizing and rendering the report.
Goal: <= 5% of the total.

    python benchmarks/engagement.py [--samples 5] [--phase construction]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from perfagent.agent.engagement import start
from perfagent.agent.state import Settings
from perfagent.agent.workspace import scratch_repo

INSTRUMENT_STEPS = {"baseline", "profile", "optimize", "validate", "monitor"}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--samples", type=int, default=5)
    parser.add_argument("--phase", default="construction")
    args = parser.parse_args()
    print(
        f"machine: {platform.node()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}, "
        f"Python {platform.python_version()}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        # the demo's settings, on a git copy of the shop (kept edits become branches there)
        target = scratch_repo(ROOT / "examples" / "shop", Path(tmp) / "shop")
        state = start(
            target,
            phase=args.phase,
            settings=Settings(
                bench_samples=args.samples,
                report_dir=tmp,
                load_duration_s=8,
                validate_rounds=2,
                validate_round_s=3,
                max_candidates=5,
                compare_max_s=12,
            ),
            checkpoint_url=str(Path(tmp) / "ck.sqlite"),
        )
        total = time.perf_counter() - t0
    print(f"\n{'step':<12}{'seconds':>10}{'share':>9}")
    for record in state.log:
        print(f"{record.step:<12}{record.duration_s:>10.2f}{record.duration_s / total:>9.1%}")
    in_steps = sum(r.duration_s for r in state.log)
    outside = total - in_steps
    non_instrument = sum(r.duration_s for r in state.log if r.step not in INSTRUMENT_STEPS)
    overhead = outside + non_instrument
    print(f"{'(graph+ckpt)':<12}{outside:>10.2f}{outside / total:>9.1%}")
    print(f"{'total':<12}{total:>10.2f}")
    print(
        f"\norchestration overhead (graph + checkpointing + prioritize + report): "
        f"{overhead:.2f} s = {overhead / total:.1%} of the total (goal <= 5%)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
