"""A small CPU-bound program with an obvious hot spot, for `make demo` before the engagement exists.

``count_primes`` tests each number by trial division against every smaller number:
quadratic work that a profiler should put at the top.
"""

from __future__ import annotations

import math
import os
import sys

# PRIMES_ALGO=sqrt switches to the fix, so `make demo` can show a compare verdict.
ALGO = os.environ.get("PRIMES_ALGO", "naive")


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    stop = math.isqrt(n) + 1 if ALGO == "sqrt" else n
    for d in range(2, stop):  # naive: tries every divisor below n, the hot spot
        if n % d == 0:
            return False
    return True


def count_primes(limit: int = 6000) -> int:
    return sum(1 for n in range(limit) if is_prime(n))


def format_report(count: int) -> str:
    return f"{count} primes"


def main() -> None:
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 6000
    print(format_report(count_primes(limit)))


if __name__ == "__main__":
    main()
