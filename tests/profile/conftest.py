"""Real target scripts for the profiler tests, written to a temporary folder."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

# ~80% of the CPU in `hot_loop`, ~20% in `cold_loop`; about a second of work.
HOT_SCRIPT = """
import sys, time

def hot_loop(n):
    total = 0
    for i in range(n):
        total += (i * i) % 7
    return total

def cold_loop(n):
    total = 0
    for i in range(n):
        total += i
    return total

def main(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        hot_loop(40_000)
        cold_loop(15_000)

if __name__ == "__main__":
    if len(sys.argv) > 2:
        print("ready", flush=True)
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
"""

HOT_MODULE = """
KEEP = []

def hot_loop(n):
    total = 0
    for i in range(n):
        total += (i * i) % 7
    return total

def cold_loop(n):
    return sum(range(n))

def run():
    for _ in range(20):
        hot_loop(20_000)
        cold_loop(20_000)
    KEEP.extend(bytes(1024) for _ in range(3000))

def crash():
    raise ValueError("bad input 42")

def forever():
    import time
    while True:
        time.sleep(0.05)

NOT_CALLABLE = 3
"""


@pytest.fixture
def write_script(tmp_path: Path):
    def write(name: str, source: str) -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(source))
        return path

    return write


@pytest.fixture
def hot_script(write_script) -> Path:
    return write_script("hot.py", HOT_SCRIPT)


@pytest.fixture
def hot_module(write_script) -> Path:
    """A folder holding ``hotmod.py``: use it as the cwd of a ``hotmod:run`` profile."""
    return write_script("hotmod.py", HOT_MODULE).parent


@pytest.fixture
def python() -> str:
    return sys.executable
