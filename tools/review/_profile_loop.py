"""Profiling helper, copied into a scratch folder on the child's PYTHONPATH: standard library only.

A benchmark callable often takes microseconds; one call under cProfile says little
about where its time goes. Importing this module resolves ``PERFAGENT_REVIEW_TARGET``
(``module:function``) and calls it once, so first-call work (lazy imports, caches) stays
out of the profile; ``run`` then calls it until ``PERFAGENT_REVIEW_MIN_S`` has passed.
"""

import importlib
import os
import time
from collections.abc import Callable

TARGET = os.environ.get("PERFAGENT_REVIEW_TARGET", "")
if TARGET:  # only in the profiling child; importing this file elsewhere does nothing
    _module, _, _attr = TARGET.partition(":")
    _found: object = importlib.import_module(_module)
    for _part in _attr.split("."):
        _found = getattr(_found, _part)
    if not callable(_found):
        raise TypeError(f"{TARGET} is not callable")
    _fn: Callable[[], object] = _found
    _fn()
MIN_S = float(os.environ.get("PERFAGENT_REVIEW_MIN_S", "0.2"))


def run():
    calls = 0
    deadline = time.perf_counter() + MIN_S
    while calls < 1 or time.perf_counter() < deadline:
        _fn()
        calls += 1
    return calls
