"""A day of orders: 3,000 orders from 3,000 customers."""

from __future__ import annotations

import random

from reports.orders import daily_report

_rng = random.Random(2)
CUSTOMERS = [{"id": i, "name": f"customer {i}", "country": _rng.choice(["DE", "FR", "NL", "PL", "SE"])}
             for i in range(1, 3_001)]
ORDERS = [{"id": n, "customer_id": _rng.randint(1, 3_000), "total_cents": _rng.randint(500, 90_000)}
          for n in range(1, 3_001)]


def daily() -> list[str]:
    return daily_report(ORDERS, CUSTOMERS)
