"""Throughput of the SQL instrument: fingerprint + every rule over a generated query log.

    .venv/bin/python benchmarks/sql_throughput.py               # 100k queries, C and pure Python
    .venv/bin/python benchmarks/sql_throughput.py --queries 5000 --json

Each mode runs in a fresh child process pinned to one core, so peak RSS is that run's
alone. "pure Python" blocks sqlglotc's compiled modules: sqlglotc ships no switch or
environment variable; it overlays ``sqlglot/*.cpython-*.so`` files next to the ``.py``
sources, and the import system prefers extension modules. The child installs a
meta-path finder that loads the ``.py`` source of every ``sqlglot`` module instead,
then checks ``sqlglot.tokens.SQLGLOTC_INSTALLED`` is False.

Two figures per mode:
- log throughput: ``analyze_entries`` on the whole log, as ``perfagent sql analyze`` runs
  it (every query fingerprinted; each query class parsed and checked once);
- per-query throughput: parse + every rule on every query of a sample, no class cache
  (the cost when every query is distinct).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SHAPES = (
    "SELECT id, name, email FROM {t} WHERE id = {n}",
    (
        "SELECT * FROM {t} WHERE customer_id = {n} AND status = '{s}' ORDER BY created_at DESC "
        "LIMIT 20"
    ),
    (
        "SELECT o.id, o.total, c.name FROM {t} o JOIN customers c ON c.id = o.customer_id "
        "WHERE o.created_at > '2024-01-{d:02d}' AND o.status IN ('{s}', 'paid', 'new')"
    ),
    "SELECT count(*) FROM {t} WHERE lower(email) = 'user{n}@example.com'",
    "SELECT id FROM {t} WHERE name LIKE '%{s}%' LIMIT 50",
    (
        "SELECT status, count(*), sum(total) FROM {t} WHERE created_at >= '2024-0{m}-01' "
        "GROUP BY status HAVING count(*) > {n}"
    ),
    "SELECT id, title FROM {t} ORDER BY id LIMIT 20 OFFSET {big}",
    "SELECT id FROM {t} WHERE id NOT IN (SELECT user_id FROM bans WHERE reason = '{s}')",
    "UPDATE {t} SET status = '{s}', updated_at = now() WHERE id = {n}",
    (
        "INSERT INTO {t} (user_id, kind, payload) VALUES ({n}, '{s}', '{{\"k\": {n}}}'), "
        "({n}, '{s}', '{{}}')"
    ),
    (
        "SELECT p.id, (SELECT count(*) FROM comments c WHERE c.post_id = p.id) AS n FROM {t} p "
        "WHERE p.author_id = {n}"
    ),
    (
        "WITH recent AS (SELECT user_id, max(created_at) AS last FROM {t} WHERE kind = '{s}' "
        "GROUP BY user_id) SELECT u.id, r.last FROM users u JOIN recent r ON r.user_id = u.id "
        "WHERE u.id BETWEEN {n} AND {n2}"
    ),
)
TABLES = tuple(
    f"{base}{i}" for base in ("orders", "users", "events", "posts", "items") for i in range(1, 6)
)
WORDS = ("open", "paid", "shipped", "new", "bob", "alice", "spam", "x")


def generate(count: int, seed: int = 42) -> list[str]:
    """A log of ``count`` queries: 12 shapes x 25 tables = 300 classes, random literals."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        shape = rng.choice(SHAPES)
        n = rng.randint(1, 1_000_000)
        out.append(
            shape.format(
                t=rng.choice(TABLES),
                n=n,
                n2=n + rng.randint(1, 500),
                s=rng.choice(WORDS),
                d=rng.randint(1, 28),
                m=rng.randint(1, 9),
                big=rng.randint(1, 200) * 1000,
            )
        )
    return out


def _block_sqlglotc() -> None:
    import importlib.abc
    import importlib.machinery
    import importlib.util

    class SourceOnly(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name != "sqlglot" and not name.startswith("sqlglot."):
                return None
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            if spec is None or not (spec.origin or "").endswith(".so"):
                return spec
            source = spec.origin.split(".cpython-")[0] + ".py"
            return (
                importlib.util.spec_from_file_location(name, source)
                if os.path.exists(source)
                else spec
            )

    sys.meta_path.insert(0, SourceOnly())


def child(mode: str, queries: int, sample: int) -> dict:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {max(os.sched_getaffinity(0))})
    if mode == "pure":
        _block_sqlglotc()
    sys.path.insert(0, str(ROOT))
    import sqlglot.tokens

    from perfagent.tools.sql.analyze import analyze_entries
    from perfagent.tools.sql.models import LogEntry
    from perfagent.tools.sql.parse import parse_query
    from perfagent.tools.sql.rules import check

    compiled = sqlglot.tokens.SQLGLOTC_INSTALLED
    if (mode == "pure") == compiled:
        raise SystemExit(f"mode {mode} but SQLGLOTC_INSTALLED={compiled}")
    log = [LogEntry(sql=q, duration_ms=1.0) for q in generate(queries)]
    analyze_entries(log[:500], dialect="postgres", source="warm-up")
    start = time.perf_counter()
    report = analyze_entries(log, dialect="postgres", source="bench")
    log_s = time.perf_counter() - start
    picked = [e.sql for e in log[:sample]]
    start = time.perf_counter()
    findings = 0
    for sql in picked:
        findings += len(check(parse_query(sql, "postgres")))
    per_query_s = time.perf_counter() - start
    return {
        "mode": mode,
        "sqlglotc": compiled,
        "queries": len(log),
        "classes": len(report.classes),
        "errors": len(report.errors),
        "log_queries_per_s": round(len(log) / log_s),
        "per_query_sample": len(picked),
        "per_query_queries_per_s": round(len(picked) / per_query_s),
        "per_query_findings": findings,
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=100_000, help="queries in the log")
    parser.add_argument(
        "--sample",
        type=int,
        default=3000,
        help="queries parsed one by one for the per-query figure",
    )
    parser.add_argument("--no-pure", action="store_true", help="skip the pure-Python run")
    parser.add_argument("--json", action="store_true", help="print JSON results")
    parser.add_argument("--child", choices=("c", "pure"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.queries, args.sample)))
        return
    results = []
    for mode in ("c",) if args.no_pure else ("c", "pure"):
        done = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                mode,
                "--queries",
                str(args.queries),
                "--sample",
                str(min(args.sample, args.queries)),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise SystemExit(f"{mode} run failed:\n{done.stderr[-3000:]}")
        results.append(json.loads(done.stdout))
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(
        f"{'mode':<12}{'queries':>9}{'classes':>9}{'log q/s':>10}{'per-query q/s':>15}"
        f"{'peak RSS MiB':>14}"
    )
    for r in results:
        label = "sqlglot[c]" if r["sqlglotc"] else "pure Python"
        print(
            f"{label:<12}{r['queries']:>9}{r['classes']:>9}{r['log_queries_per_s']:>10}"
            f"{r['per_query_queries_per_s']:>15}{r['peak_rss_mib']:>14}"
        )


if __name__ == "__main__":
    main()
