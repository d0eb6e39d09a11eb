from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

WORKLOAD = """
import os, sys
EXTRA = float(os.environ.get("EXTRA", "0"))
N = int(os.environ.get("N", "3000"))
M = int(N * (1 + EXTRA))

def work():
    t = 0
    for i in range(M):
        t += i * i % 7
    return t

def crash():
    raise RuntimeError("boom in the target")

def hang():
    import time
    time.sleep(60)

if __name__ == "__main__":
    work()
"""


@pytest.fixture
def workload(tmp_path: Path) -> Path:
    """A directory holding ``wl.py``: a CPU-bound ``work`` whose size EXTRA stretches."""
    (tmp_path / "wl.py").write_text(textwrap.dedent(WORKLOAD))
    return tmp_path
