"""Shipping quotes. ``shipping_table`` is pure and expensive, and is recomputed on
every request (seeded problem 4: it is never cached)."""

from __future__ import annotations

import math


def shipping_table(zone: int) -> list[int]:
    """Price in cents per 100 g weight band for a zone: a pure, slow computation."""
    bands = []
    for band in range(1, 61):
        cost = 0.0
        for step in range(1, 1500):  # a numerical integral of the carrier's fuel curve
            cost += math.sqrt(band * step) / (zone + step) * 0.01
        bands.append(int(300 + zone * 40 + cost))
    return bands


def quote_cents(zone: int, weight_g: int) -> int:
    table = shipping_table(zone)
    band = min(len(table) - 1, max(0, weight_g // 100))
    return table[band]
