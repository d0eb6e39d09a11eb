"""Tax per invoice line, from the bracket rates of the customer's region."""

from __future__ import annotations

import math

BRACKETS = 2000


def bracket_rates(region: str) -> list[float]:
    """The marginal rate of each of the region's 2,000 amount brackets (10.00 wide each).

    Derived from the region's base rate: the same region always gives the same table.
    """
    base = 0.05 + (sum(ord(ch) for ch in region) % 7) / 100
    rates = []
    for bracket in range(BRACKETS):
        rates.append(round(base + math.log1p(bracket) / 400, 6))
    return rates


def line_tax(amount_cents: int, region: str) -> int:
    rates = bracket_rates(region)
    bracket = min(amount_cents // 1000, BRACKETS - 1)
    return round(amount_cents * rates[bracket])


def invoice_total(lines: list[tuple[int, str]]) -> tuple[int, int]:
    """(net, tax) in cents for ``lines`` of (amount in cents, region)."""
    net = tax = 0
    for amount, region in lines:
        net += amount
        tax += line_tax(amount, region)
    return net, tax
