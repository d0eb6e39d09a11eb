"""Result records of the SQL instrument: plain pydantic data, JSON in and out.

>>> f = Finding(rule="select_star", severity="warning", message="SELECT * reads every column.")
>>> Finding.model_validate_json(f.model_dump_json()) == f
True
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from perfagent.tools.sql.plans.model import Plan

Severity = Literal["info", "warning", "error"]
DialectName = Literal["postgres", "mysql", "sqlite"]


class Finding(BaseModel):
    """One problem found in a query or a plan."""

    rule: str = Field(description="id of the rule or insight, its module name")
    severity: Severity
    message: str = Field(description="one sentence a user can act on")
    evidence: str = Field(default="", description="the SQL fragment or plan node at fault")
    suggestion: str = Field(default="", description="a suggested rewrite or fix")
    line: int | None = None
    column: int | None = None


class QueryClass(BaseModel):
    """Queries that share a fingerprint: one class, with its counts and findings."""

    fingerprint: str
    fingerprint_id: str
    sample: str = Field(description="the first query seen in this class")
    calls: int = 1
    total_ms: float = 0.0
    findings: list[Finding] = Field(default_factory=list)

    @property
    def mean_ms(self) -> float:
        return self.total_ms / self.calls if self.calls else 0.0


class AnalysisReport(BaseModel):
    """`perfagent sql analyze`: every query class of a file or log, worst first."""

    source: str
    dialect: DialectName
    queries: int = Field(description="statements read, including refused and unparsable ones")
    classes: list[QueryClass] = Field(default_factory=list)
    errors: list[Finding] = Field(
        default_factory=list, description="statements that could not be analyzed, with where"
    )
    n_plus_one: list[NPlusOne] = Field(default_factory=list)


class LogEntry(BaseModel):
    """One executed query from a log: the text, its duration and the request it served."""

    sql: str
    duration_ms: float = 0.0
    request_id: str | None = None
    line: int | None = None


class NPlusOne(BaseModel):
    """The same query class repeated inside one request: a loop that should be one query."""

    request_id: str
    fingerprint: str
    repeats: int
    total_ms: float
    sample: str
    batched_query: str = Field(
        description="one query that fetches what the loop fetched; empty when it cannot be built"
    )
    batched_note: str = Field(
        default="",
        description="what the batched query's IN list holds when the statement was recorded "
        "with placeholders, or why there is no batched query",
    )


class IndexTrial(BaseModel):
    """One candidate index, tried on the real database (or a safe copy of it)."""

    table: str
    columns: list[str]
    ddl: str = Field(description="ready-to-run DDL for the real database")
    method: str = Field(description="how it was validated: hypopg, transaction, copy, scratch")
    cost_before: float | None = None
    cost_after: float | None = None
    time_before_ms: float | None = None
    time_after_ms: float | None = None
    plan_before: str = ""
    plan_after: str = ""
    note: str = Field(
        default="",
        description="how a statement recorded without its values (a trace's placeholders) "
        "was planned and timed",
    )
    recommended: bool = False
    reason: str = ""

    @property
    def cost_drop(self) -> float | None:
        if not self.cost_before or self.cost_after is None:
            return None
        return 1.0 - self.cost_after / self.cost_before


class IndexAdvice(BaseModel):
    """`perfagent sql advise` for one query: every trial, and what to create."""

    query: str
    fingerprint: str
    trials: list[IndexTrial] = Field(default_factory=list)
    skipped: list[str] = Field(
        default_factory=list, description="candidates not tried, with the reason"
    )

    @property
    def recommendations(self) -> list[IndexTrial]:
        return [t for t in self.trials if t.recommended]


class AdviceReport(BaseModel):
    database: str
    dialect: DialectName
    advice: list[IndexAdvice] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    pool: PoolAdvice | None = None


class ExplainReport(BaseModel):
    """`perfagent sql explain`: the plan, its insights and the query's own findings."""

    database: str = Field(description="the database URL without password, or 'pasted plan'")
    query: str = ""
    plan: Plan
    findings: list[Finding] = Field(default_factory=list)


class PoolFacts(BaseModel):
    """Measured facts pool advice rests on."""

    max_connections: int
    connections_in_use: int
    reserved_connections: int = 3
    db_cores: int
    app_workers: int
    app_instances: int = 1


class PoolAdvice(BaseModel):
    facts: PoolFacts
    pool_size_per_worker: int
    max_overflow: int
    total_connections: int
    reasoning: list[str]
    warnings: list[str] = Field(default_factory=list)


AnalysisReport.model_rebuild()
AdviceReport.model_rebuild()
