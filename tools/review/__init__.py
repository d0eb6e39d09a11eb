"""Performance review of a change (a pull request): base against head, measured.

``review_change(source, base, head, out_dir=...)`` clones the repository privately,
checks out both commits in temporary worktrees, compares every benchmark of the
target's ``perfagent.toml`` with a statistical verdict (tools.bench), profiles the
ones that got slower and names the functions whose share grew (tools.profile),
checks the SQL and Python the diff adds (tools.sql rules, tools.recipes shapes and
``tools.review.rules``), and writes ``review.md`` (a sticky PR comment),
``review.sarif`` and ``review.json`` (the :class:`Review` record).

    review.py        the pipeline: review_change
    source.py        private mirror clone, refs resolved, the diff
    diff.py          added lines per file (pure)
    spec.py          each side's setup, benchmarks and SQL dialect
    benchmarks.py    setup + compare per benchmark → rows
    hotspots.py      profiles of both sides → functions that got slower
    sql_changes.py   SQL literals / .sql statements the diff adds → tools.sql rules
    antipatterns.py  changed functions → recipes' shapes and rules/, new in this change
    verdict.py       overall verdict and headline (pure)
    markdown.py, sarif.py   renderers, from the record only
"""

from perfagent.tools.review.models import (
    BenchmarkRow,
    Counts,
    Review,
    ReviewFinding,
    ReviewSettings,
    SlowerFunction,
)
from perfagent.tools.review.review import review_change

__all__ = [
    "BenchmarkRow",
    "Counts",
    "Review",
    "ReviewFinding",
    "ReviewSettings",
    "SlowerFunction",
    "review_change",
]
