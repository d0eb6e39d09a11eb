"""Benchmarking with a statistical verdict.

``run_benchmark`` samples one benchmark; ``compare`` runs A and B interleaved and
decides faster / slower / unchanged / inconclusive; ``compare_refs`` does the same
for two git refs in temporary worktrees. ``mode="instructions"`` counts
instructions under callgrind instead of timing.
"""

from perfagent.tools.bench.compare import compare
from perfagent.tools.bench.gitref import RefComparison, compare_refs
from perfagent.tools.bench.models import (
    BenchResult,
    BenchSpec,
    Comparison,
    Sample,
    Summary,
    Verdict,
)
from perfagent.tools.bench.runner import run_benchmark
from perfagent.tools.bench.stats import mann_whitney_p, ratio_of_medians_ci, summarize
from perfagent.tools.bench.verdict import decide

__all__ = [
    "BenchResult",
    "BenchSpec",
    "Comparison",
    "RefComparison",
    "Sample",
    "Summary",
    "Verdict",
    "compare",
    "compare_refs",
    "decide",
    "mann_whitney_p",
    "ratio_of_medians_ci",
    "run_benchmark",
    "summarize",
]
