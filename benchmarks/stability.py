"""Stable verdicts: do repeated engagements of the same spec keep the same set of changes?

Runs ``--runs`` construction-phase engagements on git copies of examples/shop with the
demo's settings (or on ``--target``, a repository with its perfagent.toml) one after another,
and prints per run the candidates, their verdicts, the load rounds each validation used, and
whether the set of kept changes is the same in every run (issue 18: "two runs of the same
spec keep the same set of changes").

    python benchmarks/stability.py [--runs 3] [--target PATH] [--max-rounds N]
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from perfagent.agent.engagement import start
from perfagent.agent.state import Settings
from perfagent.agent.workspace import scratch_repo


def one(target: Path | None, out: Path, max_rounds: int | None) -> dict[str, str]:
    """{candidate title: verdict (kept / faster / slower / ...) and rounds} of one engagement."""
    repo = target or scratch_repo(ROOT / "examples" / "shop", out / "shop")
    state = start(
        repo,
        phase="construction",
        settings=Settings(
            bench_samples=5,
            report_dir=str(out / "report"),
            load_duration_s=8,
            validate_rounds=2,
            validate_round_s=3,
            validate_max_rounds=max_rounds,
            max_candidates=5,
            compare_max_s=12,
        ),
        checkpoint_url=str(out / "ck.sqlite"),
    )
    verdicts = {}
    for cid, validation in state.validations.items():
        text = " ".join([validation.method, *validation.notes])
        rounds = re.search(r"(\d+) alternating load rounds[^,]*", text)
        how = f" ({rounds.group(0)})" if rounds else ""
        verdict = "kept" if validation.kept else validation.verdict
        verdicts[state.candidates[cid].title] = f"{verdict}{how}"
    return verdicts


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--target", type=Path, default=None)
    parser.add_argument("--max-rounds", type=int, default=None)
    args = parser.parse_args()
    print(
        f"machine: {platform.node()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}, "
        f"Python {platform.python_version()}"
    )
    kept_sets = []
    for run in range(1, args.runs + 1):
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            verdicts = one(args.target, Path(tmp), args.max_rounds)
            seconds = time.perf_counter() - t0
        kept = frozenset(t for t, v in verdicts.items() if v.startswith("kept"))
        kept_sets.append(kept)
        print(f"\nrun {run}: {seconds:.0f} s, load {os.getloadavg()[0]:.2f}, kept {len(kept)}")
        for title, verdict in sorted(verdicts.items()):
            print(f"  {verdict:<60} {title}")
    same = len(set(kept_sets)) == 1
    print(f"\nsame kept set in all {args.runs} runs: {'yes' if same else 'no'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
