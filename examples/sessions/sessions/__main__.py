"""``python -m sessions --port P [--ungraceful] [--store redis://127.0.0.1:6379/0]``"""

from __future__ import annotations

import argparse
import os


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m sessions")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--ungraceful", action="store_true", help="exit at once on SIGTERM")
    parser.add_argument("--store", default=None, help="redis://... keeps sessions in Redis")
    args = parser.parse_args()
    if args.ungraceful:
        os.environ["SESSIONS_UNGRACEFUL"] = "1"
    if args.store:
        os.environ["SESSIONS_STORE"] = args.store
    import uvicorn

    uvicorn.run("sessions.app:app", host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
