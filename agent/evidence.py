"""Enough evidence before a claim: a baseline load long enough for every endpoint to have the
requests its p95 needs (tools/loadtest/analysis.py needed_requests), within a bound.

The spec's ``duration_s`` is the shortest run; when an endpoint answered too few requests in it,
the run is repeated once, as long as the slowest endpoint's rate says it needs, at most
``MAX_FACTOR`` times the planned duration and ``MAX_EXTENDED_S``. Endpoints still short are
marked in the report as from too few.

>>> from perfagent.tools.loadtest.plan import LoadPlan
>>> from perfagent.tools.loadtest.results import LatencySummary, LoadResult
>>> plan = LoadPlan(host="http://127.0.0.1:1", endpoints=[{"path": "/a"}, {"path": "/b"}],
...                 duration_s=10)
>>> def summary(name, n):
...     return LatencySummary(name=name, requests=n, failures=0, error_rate=0, rps=n / 10)
>>> result = LoadResult(kind="run", host=plan.host, started_wall=0, duration_s=10,
...                     aggregate=summary("all", 60),
...                     endpoints=[summary("GET /a", 50), summary("GET /b", 10)], history=[])
>>> longer, why = extended_plan(result, plan)
>>> longer.duration_s
40.0
>>> print(why)
the baseline ran 40 s instead of 10 s: GET /b answered 10 requests in 10 s, and a p95 needs 40
"""

from __future__ import annotations

import math

from perfagent.tools.loadtest.analysis import needed_requests
from perfagent.tools.loadtest.plan import LoadPlan
from perfagent.tools.loadtest.results import LoadResult

MAX_FACTOR = 4.0
MAX_EXTENDED_S = 120.0
MARGIN = 1.2


def extended_plan(result: LoadResult, plan: LoadPlan) -> tuple[LoadPlan, str] | None:
    """A longer plan when some endpoint answered too few requests for its p95, and why; else
    None."""
    need = needed_requests("p95")
    short = [
        (e, e.requests - e.failures) for e in result.endpoints if e.requests - e.failures < need
    ]
    rated = [(e, n) for e, n in short if n > 0]
    if not rated or result.duration_s <= 0:
        return None
    worst, answered = min(rated, key=lambda p: p[1] / result.duration_s)
    wanted = need / (answered / result.duration_s) * MARGIN
    cap = min(
        plan.max_duration_s, plan.duration_s * MAX_FACTOR, max(MAX_EXTENDED_S, plan.duration_s)
    )
    duration = float(min(cap, math.ceil(wanted)))
    if duration <= plan.duration_s:
        return None
    why = (
        f"the baseline ran {duration:g} s instead of {plan.duration_s:g} s: {worst.name} "
        f"answered {answered} requests in {result.duration_s:g} s, and a p95 needs {need}"
    )
    return plan.model_copy(update={"duration_s": duration}), why
