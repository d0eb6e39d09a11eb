"""Helpers the rules share: building findings, reading predicates."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlglot import exp

from perfagent.tools.sql import parse
from perfagent.tools.sql.models import Finding, Severity
from perfagent.tools.sql.parse import Query


@dataclass(frozen=True)
class SqlRule:
    """What a rule module declares as ``RULE``; tools/sql/rules finds it (no list to edit).

    ``slows_query``: a hit makes the query itself slow (a scan instead of a seek, a subquery
    per row, a sort of everything), so an engagement ranks the logged query class as a
    finding; a style rule (SELECT *, unbounded reads) stays on the database page."""

    check: Callable[[Query], list[Finding]]
    order: int  # where its findings come in a report, lowest first
    severity: Severity
    slows_query: bool = False

    @property
    def name(self) -> str:
        return self.check.__name__


COMPARISONS = (*parse.COMPARISONS, exp.In, exp.Between)


def finding(
    query: Query,
    rule: str,
    severity: Severity,
    message: str,
    node: exp.Expr | None = None,
    suggestion: str = "",
) -> Finding:
    evidence = node.sql(dialect=query.dialect) if node is not None else ""
    if len(evidence) > 200:
        evidence = evidence[:197] + "..."
    return Finding(
        rule=rule,
        severity=severity,
        message=message,
        evidence=evidence,
        suggestion=suggestion,
        line=query.line,
    )


def conditions(query: Query) -> Iterator[exp.Expr]:
    """The WHERE, HAVING and JOIN ... ON conditions of every SELECT in the query."""
    for where in query.nodes(exp.Where):
        yield where.this
    for join in query.nodes(exp.Join):
        on = join.args.get("on")
        if on is not None:
            yield on


def flatten(node: exp.Expr, kind: type[exp.Expr]) -> list[exp.Expr]:
    """Operands of a chain of one binary operator: a AND b AND c -> [a, b, c]."""
    out, stack = [], [node]
    while stack:
        current = stack.pop()
        if isinstance(current, exp.Paren):
            current = current.this
        if isinstance(current, kind):
            stack.append(current.expression)
            stack.append(current.this)
        else:
            out.append(current)
    return out


def source_names(select: exp.Select) -> set[str]:
    """Names and aliases of the tables a SELECT reads directly (its FROM and JOINs)."""
    names: set[str] = set()
    sources = []
    from_ = select.args.get("from_")
    if from_ is not None:
        sources.append(from_.this)
    sources.extend(j.this for j in select.args.get("joins") or [])
    for source in sources:
        if source.alias_or_name:
            names.add(source.alias_or_name)
        if isinstance(source, exp.Table) and source.name:
            names.add(source.name)
    return names
