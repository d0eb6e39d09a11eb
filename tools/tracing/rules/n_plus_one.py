"""N+1: one statement shape repeated in a loop inside one request (Sentry's rule: >= 5 times).

Costed by the wall time of the loop — from the first repeat's start to the last one's end —
so the ORM's work between the statements counts, not only the database's: a loop of cheap
lazy loads is still a loop. No minimum of SQL time, for that reason.
"""

from __future__ import annotations

import re
from collections import defaultdict

from perfagent.tools.tracing.models import RequestTrace, Statement, TraceFinding
from perfagent.tools.tracing.rules._common import by_endpoint, examples, median, share_pct, short

MIN_REPEATS = 5
_EQ_PLACEHOLDER = re.compile(r"(\b[\w.\"]+)\s*=\s*(\?|%s|\$\d+|:\w+)", re.IGNORECASE)
_PLACEHOLDER_EQ = re.compile(
    r"(\?|%s|\$\d+|:\w+)\s*=\s*([\w.\"]+\b)", re.IGNORECASE
)  # SQLAlchemy: ? = t.c


def loops(request: RequestTrace, *, min_repeats: int = MIN_REPEATS) -> dict[str, list[Statement]]:
    """The fingerprints repeated ``min_repeats`` times or more in one request."""
    groups: dict[str, list[Statement]] = defaultdict(list)
    for s in request.statements:
        groups[s.fingerprint].append(s)
    return {fp: group for fp, group in groups.items() if len(group) >= min_repeats}


def loop_ms(group: list[Statement]) -> float:
    """Wall time from the first repeat's start to the last one's end.

    >>> a = Statement(span_id="1", system="sqlite", text="q", fingerprint="q", operation="select",
    ...               offset_ms=10, duration_ms=1, is_write=False)
    >>> loop_ms([a, a.model_copy(update={"offset_ms": 30})])
    21.0
    """
    return round(
        max(s.offset_ms + s.duration_ms for s in group) - min(s.offset_ms for s in group), 3
    )


def batched(text: str) -> str:
    """The statement with its first ``col = <placeholder>`` made an IN-list: one query for all.

    >>> batched("SELECT title FROM book WHERE author_id = ?")
    'SELECT title FROM book WHERE author_id IN (?, ?, ...)'
    >>> batched("SELECT tags.value FROM tags WHERE ? = tags.challenge_id")
    'SELECT tags.value FROM tags WHERE tags.challenge_id IN (?, ?, ...)'
    """
    if _EQ_PLACEHOLDER.search(text):
        return _EQ_PLACEHOLDER.sub(
            lambda m: f"{m.group(1)} IN ({m.group(2)}, {m.group(2)}, ...)", text, count=1
        )
    return _PLACEHOLDER_EQ.sub(
        lambda m: f"{m.group(2)} IN ({m.group(1)}, {m.group(1)}, ...)", text, count=1
    )


def n_plus_one(
    requests: list[RequestTrace], *, min_repeats: int = MIN_REPEATS
) -> list[TraceFinding]:
    findings = []
    for endpoint, group in by_endpoint(requests).items():
        hits: dict[str, list[tuple[RequestTrace, list[Statement]]]] = defaultdict(list)
        for r in group:
            for fp, statements in loops(r, min_repeats=min_repeats).items():
                hits[fp].append((r, statements))
        for fp, seen in hits.items():
            cost = median(loop_ms(s) for _, s in seen)
            sql_ms = median(sum(x.duration_ms for x in s) for _, s in seen)
            repeats = median(len(s) for _, s in seen)
            server = median(r.server_ms for r, _ in seen)
            worst = max(seen, key=lambda pair: len(pair[1]))
            sample = worst[1][0].text
            findings.append(
                TraceFinding(
                    rule="n_plus_one",
                    endpoint=endpoint,
                    title=f"N+1 in {endpoint}: `{short(sample, 70)}` runs {repeats:g} times "
                    "per request",
                    evidence=(
                        f"{len(seen)} of {len(group)} traced requests repeat it "
                        f"(up to {len(worst[1])} times); the loop takes {cost:.1f} ms per request "
                        f"(median), of which {sql_ms:.1f} ms in the database and the rest in the "
                        f"code around it: {share_pct(cost, server):.0f}% of the "
                        f"endpoint's {server:.1f} ms server time"
                    ),
                    cost_ms_per_request=cost,
                    share_of_server_pct=share_pct(cost, server),
                    requests=len(seen),
                    example_trace_ids=examples([r for r, _ in seen], key=lambda r: r.server_ms),
                    fingerprint=fp,
                    sample=sample,
                    suggestion=(
                        f"fetch them in one query, `{short(batched(sample), 160)}`, or eager-load "
                        "the relation (SQLAlchemy selectinload/joinedload, Django "
                        "select_related/prefetch_related)"
                    ),
                    detail={
                        "repeats_median": repeats,
                        "repeats_max": len(worst[1]),
                        "loop_ms": cost,
                        "sql_ms": sql_ms,
                        "batched_query": batched(sample),
                        "spans_per_request": median(r.span_count for r, _ in seen),
                    },
                )
            )
    return sorted(findings, key=lambda f: -f.cost_ms_per_request)
