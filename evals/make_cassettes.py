"""Record the scenarios' measurements and write their replay cassettes.

    .venv/bin/python -m perfagent.api.cli eval --llm rules --out /tmp/eval-rules      # measure every scenario
    .venv/bin/python evals/make_cassettes.py --from /tmp/eval-rules         # keep them, write cassettes
    .venv/bin/python evals/make_cassettes.py                                # cassettes only (after a
                                                                            # prompt or findings change)

``--from`` copies each case's ``measured.json`` to ``<scenario>/recorded/`` with where it came
from (``about.json``); then every scenario with recorded measurements gets its cassettes
(evals/cassettes.py says what is scripted in them). Commit both.
"""  # noqa: E501 (argparse prints this docstring verbatim)

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from perfagent.evals import cassettes
from perfagent.evals.scenario import discover
from perfagent.evals.score import CaseResult
from perfagent.evals.summary import now
from perfagent.tools.errors import PerfagentError


def record(scenario, run: Path) -> bool:
    measured = run / scenario.name / "measured.json"
    result = run / scenario.name / "result.json"
    if not measured.is_file():
        print(f"{scenario.name}: no {measured}; its recorded measurements stay as they are")
        return False
    done = CaseResult.model_validate_json(result.read_text()) if result.is_file() else None
    if done is None or done.target_digest != scenario.target_digest():
        print(
            f"{scenario.name}: {run / scenario.name} measured other target files (or has no "
            "result); its recorded measurements stay as they are"
        )
        return False
    scenario.recorded.parent.mkdir(parents=True, exist_ok=True)
    scenario.recorded.write_text(measured.read_text())
    about = {
        "scenario": scenario.name,
        "target_digest": scenario.target_digest(),
        "run_id": done.run_id,
        "code_version": done.code_version,
        "recorded_at": now(),
        "from": str(run / scenario.name),
    }
    (scenario.recorded.parent / "about.json").write_text(json.dumps(about, indent=1) + "\n")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--from", dest="run", type=Path, help="a `perfagent eval --llm rules` output folder"
    )
    parser.add_argument("--suite", type=Path, default=None)
    parser.add_argument("--only", action="append", default=None)
    args = parser.parse_args(argv)
    try:
        for scenario in discover(args.suite, args.only):
            if args.run and record(scenario, args.run):
                print(f"{scenario.name}: measurements recorded from {args.run / scenario.name}")
            if scenario.recorded.is_file():
                count = cassettes.write(scenario)
                print(f"{scenario.name}: {count} exchange(s) in {scenario.cassettes}")
    except PerfagentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
