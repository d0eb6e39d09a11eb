"""Four weeks of sales over 5,000 SKUs: 300,000 sale lines."""

from __future__ import annotations

import random

from stock.restock import restock_plan

_rng = random.Random(12)
SKUS = [f"SKU-{i:05d}" for i in range(5_000)]
STOCK = {sku: _rng.randint(0, 120) for sku in SKUS}
SALES = [(_rng.choice(SKUS), _rng.randint(1, 4)) for _ in range(300_000)]


def plan() -> list[tuple[str, int]]:
    return restock_plan(STOCK, SALES)
