"""Related products. Seeded problem 3: de-duplication by list membership inside a
loop makes ``related`` quadratic in the size of the category."""

from __future__ import annotations


def related(product_id: int, candidates: list[dict], *, limit: int = 10) -> list[dict]:
    seen = []
    unique = []
    for candidate in candidates:
        key = candidate["name"]
        if key not in seen and candidate["id"] != product_id:  # O(n) scan of a list: O(n^2) overall
            seen.append(key)
            unique.append(candidate)
    unique.sort(key=lambda c: (abs(c["price_cents"] - _price(candidates, product_id)), c["id"]))
    return unique[:limit]


def _price(candidates: list[dict], product_id: int) -> int:
    for c in candidates:
        if c["id"] == product_id:
            return c["price_cents"]
    return 0
