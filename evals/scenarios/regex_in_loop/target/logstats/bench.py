"""A busy hour of access log: 40,000 lines."""

from __future__ import annotations

import random

from logstats.access import status_counts

_rng = random.Random(6)
LINES = [f'10.0.{_rng.randint(0, 255)}.{_rng.randint(0, 255)} - - [27/Nov/2026:10:{_rng.randint(0, 59):02d}:00 +0000] '
         f'"{_rng.choice(["GET", "POST"])} /{_rng.choice(["", "cart", "api/items", "login"])} HTTP/1.1" '
         f'{_rng.choice([200, 200, 200, 304, 404, 500])} {_rng.randint(0, 90_000)}' for _ in range(40_000)]


def summary() -> dict[str, int]:
    return status_counts(LINES)
