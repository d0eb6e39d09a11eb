"""Reorder planning: sales velocity per product, and what to order before the shelf runs out."""

from __future__ import annotations

from collections import Counter


def velocity(sales: list[tuple[str, int]], days: int) -> dict[str, float]:
    """Units sold per day for each SKU over ``days`` days."""
    sold = Counter()
    for sku, units in sales:
        sold[sku] += units
    return {sku: units / days for sku, units in sold.items()}


def restock_plan(stock: dict[str, int], sales: list[tuple[str, int]], *, days: int = 28,
                 lead_days: int = 7, top: int = 50) -> list[tuple[str, int]]:
    """The ``top`` SKUs most at risk of running out within the lead time, with the units to order
    so that they last twice the lead time."""
    per_day = velocity(sales, days)
    orders = []
    for sku, rate in per_day.items():
        need = round(rate * lead_days * 2) - stock.get(sku, 0)
        if need > 0:
            orders.append((sku, need))
    orders.sort(key=lambda o: (-o[1], o[0]))
    return orders[:top]
