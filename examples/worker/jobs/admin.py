"""A one-off admin command: ``python -m jobs.admin reindex --audit-log PATH``.

It appends one JSON line (who, what, when, result) to the audit log and exits 0.
``--fail`` makes the task fail (exit 3, still audited); ``--no-audit`` skips the
audit entry: the two mistakes perfagent's admin check must catch.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import time


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m jobs.admin")
    parser.add_argument("task", choices=["reindex", "vacuum"])
    parser.add_argument("--audit-log", required=True)
    parser.add_argument("--fail", action="store_true")
    parser.add_argument("--no-audit", action="store_true")
    args = parser.parse_args()
    print(f"{args.task}: starting", flush=True)
    started = time.time()
    time.sleep(0.05)  # the task's work
    code = 3 if args.fail else 0
    if not args.no_audit:
        entry = {"task": args.task, "user": getpass.getuser(), "started": started, "ended": time.time(),
                 "exit": code}
        with open(args.audit_log, "a") as log:
            log.write(json.dumps(entry) + "\n")
    print(f"{args.task}: {'failed' if code else 'done'}", flush=True)
    sys.exit(code)


if __name__ == "__main__":
    main()
