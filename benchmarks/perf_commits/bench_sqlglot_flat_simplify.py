"""sqlglot 35bc1e02e (Simplifier._flat_simplify): optimizing a 500-way OR of ANDs (its own
benchmark's shape)."""

import sys

from sqlglot import parse_one
from sqlglot.optimizer import optimize

sys.setrecursionlimit(10000)
optimize(parse_one(" OR ".join(f"a = {i} AND b = {i}" for i in range(500))), {})
