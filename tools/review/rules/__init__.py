"""Python performance rules a review adds to the recipes' shapes, one module each.

A rule takes one function (``ast``) and its module and returns :class:`PythonHit` s.
The recipes (tools/recipes) stay the detectors for the shapes they rewrite (membership
in a list, loop-invariant work and regexes, ``+=`` string building, N+1 loops they can
batch); these rules cover what a review must flag that no recipe rewrites.
"""

from __future__ import annotations

from perfagent.tools.review.rules.blocking_sleep import blocking_sleep
from perfagent.tools.review.rules.query_in_loop import query_in_loop

RULES = (query_in_loop, blocking_sleep)

__all__ = ["RULES", "blocking_sleep", "query_in_loop"]
