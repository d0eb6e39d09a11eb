"""Each engagement's headline figures, kept per target, so the next baseline can say
whether performance drifted since the last one (the seed's "track performance trends").

The raw per-loop samples are kept, not just medians, so the drift verdict is the
measurement core's own statistical verdict (ratio of medians, bootstrap CI,
Mann-Whitney U), not a comparison of two numbers.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel

from perfagent.tools.bench import decide, mann_whitney_p, ratio_of_medians_ci
from perfagent.tools.bench.models import Verdict

SCHEMA = """
CREATE TABLE IF NOT EXISTS baselines (
    target TEXT NOT NULL, run_id TEXT NOT NULL, benchmark TEXT NOT NULL,
    recorded_at TEXT NOT NULL, median_s REAL NOT NULL, samples TEXT NOT NULL,
    PRIMARY KEY (target, run_id, benchmark)
)
"""


class Drift(BaseModel):
    """One benchmark against the same benchmark in the previous engagement."""

    benchmark: str
    previous_run: str
    previous_median_s: float
    median_s: float
    ratio: float
    ci_low: float
    ci_high: float
    verdict: Verdict
    reason: str


def default_path() -> Path:
    return Path(
        os.environ.get("PERFAGENT_HISTORY", str(Path.home() / ".perfagent" / "history.sqlite"))
    )


def _connect(path: Path | None) -> sqlite3.Connection:
    path = path or default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute(SCHEMA)
    return conn


def record(
    target: str,
    run_id: str,
    samples_by_benchmark: dict[str, list[float]],
    *,
    path: Path | None = None,
) -> None:
    """Store this run's samples; re-recording a run replaces it (a resumed step stays single)."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with _connect(path) as conn:
        for name, samples in samples_by_benchmark.items():
            conn.execute(
                "INSERT OR REPLACE INTO baselines VALUES (?, ?, ?, ?, ?, ?)",
                (target, run_id, name, now, statistics.median(samples), json.dumps(samples)),
            )


def drift(
    target: str,
    run_id: str,
    samples_by_benchmark: dict[str, list[float]],
    *,
    path: Path | None = None,
    min_effect: float = 0.05,
) -> list[Drift]:
    """Each benchmark against its latest earlier run. ``min_effect`` defaults to 5%:
    runs on different days see more machine drift than an interleaved comparison."""
    out: list[Drift] = []
    with _connect(path) as conn:
        for name, samples in samples_by_benchmark.items():
            row = conn.execute(
                "SELECT run_id, median_s, samples FROM baselines"
                " WHERE target = ? AND benchmark = ? AND run_id != ?"
                " ORDER BY recorded_at DESC, rowid DESC LIMIT 1",
                (target, name, run_id),
            ).fetchone()
            if row is None:
                continue
            previous = json.loads(row[2])
            ratio, lo, hi = ratio_of_medians_ci(previous, samples)
            verdict, reason = decide(
                ratio=ratio,
                ci_low=lo,
                ci_high=hi,
                p_value=mann_whitney_p(previous, samples),
                min_effect=min_effect,
            )
            out.append(
                Drift(
                    benchmark=name,
                    previous_run=row[0],
                    previous_median_s=row[1],
                    median_s=statistics.median(samples),
                    ratio=ratio,
                    ci_low=lo,
                    ci_high=hi,
                    verdict=verdict,
                    reason=reason,
                )
            )
    return out
