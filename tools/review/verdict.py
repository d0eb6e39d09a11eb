"""The review's overall verdict and headline, from its benchmark rows. Pure.

Overall: ``slower`` if any benchmark regressed (a regression is what a gate must
see, even beside an improvement); else ``faster`` if any improved; else
``unchanged`` if every benchmark compared is unchanged; else ``inconclusive`` (some
too noisy to call, or nothing could be compared).

>>> from perfagent.tools.review.models import BenchmarkRow
>>> def row(name, verdict, ratio):
...     return BenchmarkRow(name=name, status="compared", verdict=verdict, ratio=ratio)
>>> rows = [row("quote", "slower", 1.312), row("related", "unchanged", 1.001)]
>>> overall(rows), headline(rows)
('slower', 'This change makes `quote` 31% slower')
>>> headline([row("quote", "faster", 0.75), row("related", "unchanged", 1.0)])
'This change makes `quote` 25% faster'
>>> headline([row("quote", "faster", 0.002)])
'This change makes `quote` 500.0x faster'
>>> headline([row("a", "slower", 1.5), row("b", "slower", 1.1), row("c", "faster", 0.8)])
'This change makes 2 benchmarks slower: `a` (+50%), `b` (+10%); `c` is 20% faster'
>>> overall([row("a", "unchanged", 1.0)]), headline([row("a", "unchanged", 1.0)])
('unchanged', 'No significant performance change')
>>> headline([row("a", "unchanged", 1.0), row("b", "inconclusive", 1.03)])
'No significant performance change measured; `b` is inconclusive (too noisy to call)'
>>> overall([]), headline([], declared=False)
('inconclusive', 'No benchmarks declared: no performance verdict (the diff was still analysed)')
"""

from __future__ import annotations

from perfagent.tools.bench.models import Verdict
from perfagent.tools.review.models import BenchmarkRow, Counts


def counts(rows: list[BenchmarkRow]) -> Counts:
    c = Counts()
    for r in rows:
        if r.status == "compared" and r.verdict is not None:  # a compared row has its verdict
            field = {"slower": "regressed", "faster": "improved"}.get(r.verdict, r.verdict)
            setattr(c, field, getattr(c, field) + 1)
        else:
            setattr(c, r.status, getattr(c, r.status) + 1)
    return c


def overall(rows: list[BenchmarkRow]) -> Verdict:
    verdicts = [r.verdict for r in rows if r.status == "compared"]
    if "slower" in verdicts:
        return "slower"
    if "faster" in verdicts:
        return "faster"
    if verdicts and all(v == "unchanged" for v in verdicts):
        return "unchanged"
    return "inconclusive"


def _pct(row: BenchmarkRow) -> float:
    return abs((row.ratio or 1.0) - 1.0) * 100.0


def _names(rows: list[BenchmarkRow]) -> str:
    return ", ".join(f"`{r.name}`" for r in rows)


def headline(rows: list[BenchmarkRow], *, declared: bool = True) -> str:
    """One line for the top of the comment and the check run's title."""
    compared = [r for r in rows if r.status == "compared"]
    slower = sorted((r for r in compared if r.verdict == "slower"), key=lambda r: -_pct(r))
    faster = sorted((r for r in compared if r.verdict == "faster"), key=lambda r: -_pct(r))
    failed = [r for r in rows if r.status == "failed"]
    if slower:
        if len(slower) == 1:
            text = f"This change makes `{slower[0].name}` {_pct(slower[0]):.0f}% slower"
        else:
            parts = ", ".join(f"`{r.name}` (+{_pct(r):.0f}%)" for r in slower)
            text = f"This change makes {len(slower)} benchmarks slower: {parts}"
        if faster:
            verb = "is" if len(faster) == 1 else "are"
            text += f"; {_names(faster)} {verb} " + (
                f"{_pct(faster[0]):.0f}% faster" if len(faster) == 1 else "faster"
            )
        return text
    if faster:
        if len(faster) == 1 and (faster[0].ratio or 1.0) <= 0.5:  # "100% faster" says nothing
            return (
                f"This change makes `{faster[0].name}` {1 / (faster[0].ratio or 1.0):.1f}x faster"
            )
        if len(faster) == 1:
            return f"This change makes `{faster[0].name}` {_pct(faster[0]):.0f}% faster"
        parts = ", ".join(f"`{r.name}` (-{_pct(r):.0f}%)" for r in faster)
        return f"This change makes {len(faster)} benchmarks faster: {parts}"
    if not declared:
        return "No benchmarks declared: no performance verdict (the diff was still analysed)"
    if failed and not compared:
        return f"No performance verdict: {_names(failed)} could not be measured"
    unsure = [r for r in compared if r.verdict == "inconclusive"]
    if not compared:
        return "No benchmark exists on both sides: no performance verdict"
    text = "No significant performance change"
    if unsure or failed:
        text += " measured"
        if unsure:
            verb = "is" if len(unsure) == 1 else "are"
            text += f"; {_names(unsure)} {verb} inconclusive (too noisy to call)"
        if failed:
            text += f"; {_names(failed)} could not be measured"
    return text
