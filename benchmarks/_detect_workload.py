"""CPU-bound workload for benchmarks/detection.py; EXTRA=0.03 makes it 3% longer."""

import os

EXTRA = float(os.environ.get("EXTRA", "0"))
N = int(os.environ.get("N", "20000"))
ITERATIONS = round(N * (1 + EXTRA))


def work():
    total = 0
    for i in range(ITERATIONS):
        total += (i * i) % 7
    return total
