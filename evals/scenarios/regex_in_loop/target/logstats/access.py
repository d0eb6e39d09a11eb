"""Summaries of a web server's access log (the common log format)."""

from __future__ import annotations

import re


def status_counts(lines: list[str]) -> dict[str, int]:
    """How many requests ended with each status code; lines that do not parse are skipped."""
    counts: dict[str, int] = {}
    for line in lines:
        match = re.compile(r'^(\S+) \S+ \S+ \[([^\]]+)\] "(\w+) (\S+) [^"]*" (\d{3}) (\d+|-)$').match(line)
        if match is None:
            continue
        status = match.group(5)
        counts[status] = counts.get(status, 0) + 1
    return counts
