"""Token usage per request, and what it probably cost.

Usage comes from the response's ``usage`` block, as the API bills it. The cost is an
**estimate** from a list-price table copied by hand on ``PRICES_TAKEN``: prices change,
discounts and batch rates are not modelled, and a model missing from the table has
no estimate rather than a wrong one.

>>> u = Usage(input_tokens=1_000_000, output_tokens=100_000, cache_read_input_tokens=1_000_000)
>>> estimate_cost("claude-sonnet-5-5", u).usd
3.2
>>> estimate_cost("claude-sonnet-5-5-20260928", u).usd  # a dated snapshot of the same model
3.2
>>> estimate_cost("some-other-model", u).usd is None
True
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

PRICES_TAKEN = "2026-11-27"
PRICES_SOURCE = "platform.claude.com model overview pages (list prices, standard tier)"


class Usage(BaseModel):
    """Tokens of one or more requests; the four counts the API bills separately."""

    input_tokens: int = 0
    output_tokens: int = 0
    cache_creation_input_tokens: int = 0
    cache_read_input_tokens: int = 0

    @classmethod
    def from_api(cls, usage: Any) -> Usage:
        """From the SDK's ``message.usage`` (absent cache counts are 0)."""
        return cls(**{name: getattr(usage, name, None) or 0 for name in cls.model_fields})

    def __add__(self, other: Usage) -> Usage:
        return Usage(**{n: getattr(self, n) + getattr(other, n) for n in Usage.model_fields})


class Price(BaseModel):
    """US dollars per million tokens."""

    input_per_mtok: float
    output_per_mtok: float
    cache_write_per_mtok: float  # the default 5-minute cache
    cache_read_per_mtok: float


# Longest prefix wins, so a dated snapshot ("claude-sonnet-5-5-20260928") finds its model.
PRICES: dict[str, Price] = {
    "claude-sonnet-5-5": Price(
        input_per_mtok=2.0, output_per_mtok=10.0, cache_write_per_mtok=2.5, cache_read_per_mtok=0.2
    ),
    "claude-sonnet-5": Price(
        input_per_mtok=2.0, output_per_mtok=10.0, cache_write_per_mtok=2.5, cache_read_per_mtok=0.2
    ),
    "claude-opus-5-5": Price(
        input_per_mtok=4.0, output_per_mtok=20.0, cache_write_per_mtok=5.0, cache_read_per_mtok=0.2
    ),
    "claude-opus-5": Price(
        input_per_mtok=5.0, output_per_mtok=25.0, cache_write_per_mtok=6.25, cache_read_per_mtok=0.5
    ),
    # Haiku 5.5's rate for prompts up to 100k tokens (longer prompts cost 5x: not modelled).
    "claude-haiku-5-5": Price(
        input_per_mtok=0.1,
        output_per_mtok=0.5,
        cache_write_per_mtok=0.125,
        cache_read_per_mtok=0.01,
    ),
    "claude-haiku-4-5": Price(
        input_per_mtok=1.0, output_per_mtok=5.0, cache_write_per_mtok=1.25, cache_read_per_mtok=0.1
    ),
    "claude-sonnet-4-5": Price(
        input_per_mtok=3.0, output_per_mtok=15.0, cache_write_per_mtok=3.75, cache_read_per_mtok=0.3
    ),
}


class Cost(BaseModel):
    usd: float | None
    note: str


def price_of(model: str) -> Price | None:
    matches = [name for name in PRICES if model == name or model.startswith(name + "-")]
    return PRICES[max(matches, key=len)] if matches else None


def estimate_cost(model: str, usage: Usage) -> Cost:
    """The list-price cost of ``usage`` on ``model``, labelled as an estimate."""
    price = price_of(model)
    if price is None:
        return Cost(usd=None, note=f"no price on file for {model} (table of {PRICES_TAKEN})")
    usd = (
        usage.input_tokens * price.input_per_mtok
        + usage.output_tokens * price.output_per_mtok
        + usage.cache_creation_input_tokens * price.cache_write_per_mtok
        + usage.cache_read_input_tokens * price.cache_read_per_mtok
    ) / 1e6
    return Cost(
        usd=round(usd, 6), note=f"estimate from list prices of {PRICES_TAKEN} ({PRICES_SOURCE})"
    )
