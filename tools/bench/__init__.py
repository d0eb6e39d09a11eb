"""Benchmarking with a statistical verdict.

``run_benchmark`` samples one benchmark; ``compare`` runs A and B interleaved and
decides faster / slower / unchanged / inconclusive; ``compare_refs`` does the same
for two git refs in temporary worktrees. ``mode="instructions"`` counts
instructions under callgrind instead of timing.
"""

from tools.bench.compare import compare
from tools.bench.gitref import RefComparison, compare_refs
from tools.bench.models import BenchResult, BenchSpec, Comparison, Sample, Summary, Verdict
from tools.bench.runner import run_benchmark
from tools.bench.stats import mann_whitney_p, ratio_of_medians_ci, summarize
from tools.bench.verdict import decide

__all__ = [
    "BenchResult", "BenchSpec", "Comparison", "RefComparison", "Sample", "Summary", "Verdict",
    "compare", "compare_refs", "decide", "mann_whitney_p", "ratio_of_medians_ci",
    "run_benchmark", "summarize",
]
