"""What one reasoner step did with Claude: the trail a report shows and an eval replays.

>>> r = LlmRecord(step="prioritize", prompt_version="prioritize/1", model="claude-sonnet-5-5",
...               mode="replay")
>>> r.add_usage(Usage(input_tokens=1000, output_tokens=200))
>>> r.requests, r.usage.output_tokens, r.cost_usd
(1, 200, 0.004)
>>> r.fall_back("no ANTHROPIC_API_KEY")
>>> r.summary()
'prioritize: fell back to the rules reasoner (no ANTHROPIC_API_KEY)'
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from perfagent.tools.llm.usage import Usage, estimate_cost


class ToolRefusal(BaseModel):
    """A tool Claude asked for that the context does not allow: refused, not run."""

    name: str
    input: dict[str, Any] = Field(default_factory=dict)
    reason: str


class LlmRecord(BaseModel):
    """One step's use of Claude: prompt version, model, tokens, cost, and whether it fell back."""

    step: str
    prompt_version: str
    model: str
    mode: str
    requests: int = 0
    usage: Usage = Field(default_factory=Usage)
    cost_usd: float | None = Field(None, description="an estimate from list prices")
    cost_note: str = ""
    fell_back: bool = False
    reason: str = Field("", description="why it fell back to the rules reasoner")
    retried: bool = Field(False, description="an invalid answer was sent back once")
    tool_calls: list[str] = Field(default_factory=list, description="tools run, in order")
    refused_tools: list[ToolRefusal] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    subject: str = Field("", description="what the request was about (propose: the finding's id)")

    def add_usage(self, usage: Usage) -> None:
        self.requests += 1
        self.usage = self.usage + usage
        cost = estimate_cost(self.model, self.usage)
        self.cost_usd, self.cost_note = cost.usd, cost.note

    def fall_back(self, reason: str) -> None:
        self.fell_back, self.reason = True, reason

    def summary(self) -> str:
        """One line for the report."""
        if self.fell_back:
            return f"{self.step}: fell back to the rules reasoner ({self.reason})"
        cost = f", ~${self.cost_usd:.4f}" if self.cost_usd is not None else ""
        return (
            f"{self.step}: {self.model} ({self.prompt_version}), {self.requests} request(s), "
            f"{self.usage.input_tokens + self.usage.cache_read_input_tokens} tokens in, "
            f"{self.usage.output_tokens} out{cost}"
        )


def total(records: list[LlmRecord]) -> tuple[Usage, float | None]:
    """Usage and estimated cost of an engagement (cost None if any model has no price)."""
    usage = Usage()
    cost: float | None = 0.0
    for record in records:
        usage = usage + record.usage
        if record.requests and record.cost_usd is None:
            cost = None
        elif cost is not None:
            cost += record.cost_usd or 0.0
    return usage, (round(cost, 6) if cost is not None else None)
