"""A month of invoices: 400 lines over six regions."""

from __future__ import annotations

import random

from invoice.tax import invoice_total

REGIONS = ["north", "south", "east", "west", "centre", "islands"]
_rng = random.Random(7)
LINES = [(_rng.randint(100, 2_000_000), _rng.choice(REGIONS)) for _ in range(400)]


def month() -> tuple[int, int]:
    return invoice_total(LINES)
