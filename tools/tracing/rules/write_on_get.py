"""Writes (and the commits that go with them) on read-only requests: a GET that updates a
counter, a last-seen time or a session row pays a write, and on SQLite takes the database's
single write lock, so concurrent readers queue behind one another."""

from __future__ import annotations

import re
from collections import Counter

from perfagent.tools.tracing.models import RequestTrace, TraceFinding
from perfagent.tools.tracing.rules._common import by_endpoint, examples, median, share_pct, short

READ_ONLY = frozenset({"GET", "HEAD", "OPTIONS"})


def _writes(statement) -> bool:
    return statement.is_write and statement.operation != "commit"


WIDE_UPDATE_COLUMNS = 8
_SET = re.compile(r"^\s*UPDATE\s+(\S+)\s+SET\s+(.*?)\s+WHERE\s", re.IGNORECASE | re.DOTALL)


def _wide_update(texts) -> tuple[str, int] | None:
    """(table, columns) of an UPDATE that sets many columns (a whole row written back).

    >>> _wide_update(['UPDATE "t" SET "a" = %s, "b" = %s WHERE "id" = %s'])
    >>> _wide_update(["UPDATE job SET " + ", ".join(f"c{i} = ?" for i in range(9)) + " WHERE 1"])
    ('job', 9)
    """
    for text in texts:
        match = _SET.match(text)
        if match:
            columns = len(re.findall(r"=", re.sub(r"'[^']*'", "", match.group(2))))
            if columns >= WIDE_UPDATE_COLUMNS:
                return match.group(1).strip('"`'), columns
    return None


def write_on_get(requests: list[RequestTrace]) -> list[TraceFinding]:
    findings = []
    for endpoint, group in by_endpoint(requests).items():
        if group[0].method.upper() not in READ_ONLY:
            continue
        # A COMMIT alone is an ORM closing a read transaction; it counts with a write before it.
        writing = [r for r in group if any(_writes(s) for s in r.statements)]
        if not writing:
            continue
        shapes = Counter(s.fingerprint for r in writing for s in r.statements if _writes(s))
        samples = {s.fingerprint: s.text for r in writing for s in r.statements if _writes(s)}
        per_request = median(sum(1 for s in r.statements if _writes(s)) for r in writing)
        commits = median(sum(1 for s in r.statements if s.operation == "commit") for r in writing)
        write_ms = median(sum(s.duration_ms for s in r.statements if s.is_write) for r in writing)
        server = median(r.server_ms for r in writing)
        systems = sorted({s.system for r in writing for s in r.statements if s.is_write})
        top, _ = shapes.most_common(1)[0]
        # Every request inserts: recording is what this GET is for (a ping, a hit, a tracking
        # pixel, a webhook by GET); the write stays, only its cost can go.
        purpose = len(writing) == len(group) and all(
            any(s.operation == "insert" for s in r.statements) for r in group
        )
        wide = _wide_update(samples.values())
        lock = (
            " On SQLite every write takes the one database-wide write lock."
            if "sqlite" in systems
            else ""
        )
        if purpose:
            insert = next(t for t in samples.values() if t.lstrip().upper().startswith("INSERT"))
            title = (
                f"{endpoint} records something on every request (`{short(insert, 60)}`): a "
                "write endpoint reached by GET"
            )
            suggestion = (
                "keep the write: recording it is what this GET is for (a ping, a hit, a "
                "webhook). Make it cheaper instead: one transaction, no read-back of what "
                "was just written, a queue only if the rate demands it"
            )
        else:
            title = (
                f"{endpoint} writes to the database on a read-only request: "
                f"`{short(samples[top], 70)}`"
            )
            suggestion = (
                "move the write off the read path: batch it (a counter in memory or Redis "
                "flushed periodically), skip it when nothing changed, or do it in a "
                "background job"
            )
        if wide:
            suggestion += (
                f"; the UPDATE of {wide[0]} sets {wide[1]} columns: write only those that "
                "changed (Django: save(update_fields=[...]))"
            )
        findings.append(
            TraceFinding(
                rule="write_on_get",
                endpoint=endpoint,
                title=title,
                evidence=(
                    f"{len(writing)} of {len(group)} traced requests write "
                    f"({per_request:g} write statement(s) and {commits:g} commit(s) per request: "
                    f"{write_ms:.1f} ms of the {server:.1f} ms server time, median; "
                    f"{', '.join(systems)}).{lock}"
                ),
                cost_ms_per_request=write_ms,
                share_of_server_pct=share_pct(write_ms, server),
                requests=len(writing),
                example_trace_ids=examples(writing, key=lambda r: r.server_ms),
                fingerprint=top,
                sample=samples[top],
                suggestion=suggestion,
                detail={
                    "purpose_write": purpose,
                    "wide_update": list(wide) if wide else None,
                    "writes_per_request": per_request,
                    "write_ms": write_ms,
                    "systems": systems,
                    "statements": [samples[fp][:300] for fp, _ in shapes.most_common(5)],
                    "commits_per_request": commits,
                    "share_of_requests": round(len(writing) / len(group), 3),
                },
            )
        )
    return sorted(findings, key=lambda f: -f.cost_ms_per_request)
