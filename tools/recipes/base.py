"""What a recipe is, what it is asked, and what it answers.

A recipe turns one measured finding into one code edit, offline and without an LLM,
or declines. Declining is an answer, not an error: inside a recipe a shape it is not
sure about raises ``Decline(reason)``; ``Recipe.propose`` turns that into ``None`` and
``Recipe.attempt`` hands the reason back. A wrong edit is worse than none.

Every proposal is checked before it leaves: its blocks are applied to the original
text (each SEARCH must match exactly once), the result must equal the rewritten module
and must compile.

>>> t = RecipeTarget.from_location("cpu_hotspot", "shop/pricing.py:9", {"function": "shipping_table"})
>>> (t.file, t.line, t.function)
('shop/pricing.py', 9, 'shipping_table')
>>> RecipeTarget.from_location("latency", "/api/catalog?x=1", {}).endpoint
'/api/catalog?x=1'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from tools.codeedit.models import Edit, SearchReplace


class Decline(Exception):
    """Raised inside a recipe: the code is not a shape it is sure about. ``str()`` says why."""


class RecipeTarget(BaseModel):
    """Where a finding points. Paths are relative to the target's root."""

    kind: str | None = Field(None, description="the finding's kind; None asks every recipe")
    file: str | None = Field(None, description="module path relative to the target's root")
    function: str | None = None
    line: int | None = Field(None, description="1-based line inside the function")
    endpoint: str | None = Field(None, description="HTTP path, e.g. /api/catalog (query allowed)")
    extra: dict[str, Any] = Field(default_factory=dict, description="recipe options, finding detail")

    @classmethod
    def from_location(cls, kind: str, location: str | None, detail: dict[str, Any]) -> RecipeTarget:
        """Read a finding's ``location`` the way agent/findings.py writes it: ``path:line``
        for code, the endpoint path for latency/payload, the SQL sample for database kinds."""
        location = location or ""
        fields: dict[str, Any] = {"kind": kind, "extra": dict(detail)}
        function = detail.get("function")
        if isinstance(function, str) and function.rsplit(".", 1)[-1].isidentifier():
            fields["function"] = function  # qualified (Cls.method): told apart from a same-named def
        if kind in ("latency", "payload"):
            fields["endpoint"] = location or None
        elif kind in ("n_plus_one", "sql", "index"):
            if location:
                fields["extra"].setdefault("sql", location)
        elif location:
            path, _, line = location.rpartition(":")
            if path and line.isdigit():
                fields["file"], fields["line"] = path, int(line)
            else:
                fields["file"] = location
        return cls(**fields)

    @classmethod
    def from_finding(cls, finding: Any) -> RecipeTarget:
        """From anything shaped like agent.state.Finding (tools/ does not import agent/)."""
        return cls.from_location(finding.kind, finding.location, dict(finding.detail or {}))


class Proposal(BaseModel):
    """One candidate edit, with why it should help and what it assumes."""

    recipe: str
    title: str
    edit: Edit
    rationale: str
    expected: str = Field(description="what should get faster, and roughly by how much")
    assumptions: list[str] = Field(
        default_factory=list, description="what static analysis could not prove; the tests must")


def checked_edit(original: str, rewritten: str, blocks: list[SearchReplace],
                 description: str) -> Edit:
    """The edit, after proving its blocks turn ``original`` into ``rewritten``, which compiles."""
    text = original
    for block in blocks:
        if text.count(block.search) != 1:
            raise Decline(f"internal: a SEARCH block does not match {block.path} exactly once")
        text = text.replace(block.search, block.replace, 1)
    if text != rewritten:
        raise Decline("internal: the blocks do not reproduce the rewritten module")
    try:
        compile(rewritten, blocks[0].path if blocks else "<edit>", "exec")
    except SyntaxError as exc:
        raise Decline(f"internal: the rewritten module does not compile ({exc.msg})") from exc
    return Edit(blocks=blocks, description=description)


Build = Callable[[Path, RecipeTarget], Proposal]


@dataclass(frozen=True)
class Recipe:
    """A named rule for some finding kinds. ``build`` raises ``Decline`` when unsure."""

    name: str
    kinds: frozenset[str]
    build: Build

    def applies_to(self, target: RecipeTarget) -> bool:
        return target.kind is None or target.kind in self.kinds

    def attempt(self, root: Path, target: RecipeTarget) -> Proposal | Decline:
        try:
            return self.build(Path(root), target)
        except Decline as declined:
            return declined

    def propose(self, root: Path, target: RecipeTarget) -> Proposal | None:
        result = self.attempt(root, target)
        return result if isinstance(result, Proposal) else None
