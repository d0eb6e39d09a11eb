"""The daily order report: each order with its customer's name and country."""

from __future__ import annotations


def attach_customers(orders: list[dict], customers: list[dict]) -> list[dict]:
    """Each order joined with its customer's name and country (orders of unknown customers are dropped)."""
    joined = []
    for order in orders:
        for customer in customers:
            if customer["id"] == order["customer_id"]:
                joined.append({**order, "customer": customer["name"], "country": customer["country"]})
                break
    return joined


def format_rows(rows: list[dict]) -> list[str]:
    return [f"{r['id']:>8} {r['customer']:<20} {r['country']} {r['total_cents'] / 100:>10.2f}" for r in rows]


def daily_report(orders: list[dict], customers: list[dict]) -> list[str]:
    return format_rows(attach_customers(orders, customers))
