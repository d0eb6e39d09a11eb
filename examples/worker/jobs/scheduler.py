"""A leader-elected scheduler: ``python -m jobs.scheduler --url URL --namespace NS``.

Every replica tries to become the leader with ``SET NS:leader <replica> NX PX ttl``;
the leader renews its key (only while it still holds it) and, every ``--every-ms``,
runs the job of the current time slot once, recording ``"<slot> <replica>"`` in
the list ``NS:runs``. When the leader dies its key expires after ``--ttl-ms`` and
another replica takes over. ``--no-election`` runs the job in every replica, as a
cron copied into each container would: the duplicates perfagent must catch.
Prints ``scheduler ready`` once connected.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time

RENEW = """if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end"""
stopping = False


def _stop(*_) -> None:
    global stopping
    stopping = True


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m jobs.scheduler")
    parser.add_argument("--url", required=True)
    parser.add_argument("--namespace", required=True)
    parser.add_argument("--every-ms", type=int, default=200)
    parser.add_argument("--ttl-ms", type=int, default=3000)
    parser.add_argument("--no-election", action="store_true")
    args = parser.parse_args()
    import redis

    signal.signal(signal.SIGTERM, _stop)
    me = os.environ.get("PERFAGENT_REPLICA", str(os.getpid()))
    leader_key, runs_key = f"{args.namespace}:leader", f"{args.namespace}:runs"
    r = redis.Redis.from_url(args.url)
    renew = r.register_script(RENEW)
    r.ping()
    print("scheduler ready", flush=True)
    every_s, last_slot, next_try = args.every_ms / 1000, None, 0.0
    leading = False
    while not stopping:
        now = time.time()
        if args.no_election:
            r.set(leader_key, me)
            leading = True
        elif now >= next_try:
            if leading:
                leading = bool(renew(keys=[leader_key], args=[me, args.ttl_ms]))
            if not leading:
                leading = bool(r.set(leader_key, me, nx=True, px=args.ttl_ms))
            next_try = now + args.ttl_ms / 4000
        slot = int(now // every_s)
        if leading and slot != last_slot:
            r.rpush(runs_key, f"{slot} {me}")
            last_slot = slot
        time.sleep(min(every_s / 4, 0.05))
    if leading and not args.no_election and r.get(leader_key) == me.encode():
        r.delete(leader_key)  # hand over at once on a clean stop
    sys.exit(0)


if __name__ == "__main__":
    main()
