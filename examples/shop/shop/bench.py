"""Micro-benchmarks of the shop's hot paths, as module:function callables for perfagent."""

from __future__ import annotations

from shop import pricing, recommend

_CANDIDATES = [
    {"id": i, "name": f"product {i % 1500}", "category": "shoes", "price_cents": 500 + (i * 37) % 19000}
    for i in range(1, 2001)
]


def related() -> None:
    recommend.related(7, _CANDIDATES)


def quote() -> None:
    for zone in (1, 2, 3, 1, 2, 3):
        pricing.quote_cents(zone, 1200)
