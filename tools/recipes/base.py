"""What a recipe is, what it is asked, and what it answers.

A recipe turns one measured finding into one code edit, offline and without an LLM,
or declines. Declining is an answer, not an error: inside a recipe a shape it is not
sure about raises ``Decline(reason)``; ``Recipe.propose`` turns that into ``None`` and
``Recipe.attempt`` hands the reason back. A wrong edit is worse than none.

Every proposal is checked before it leaves: its blocks are applied to the original
text (each SEARCH must match exactly once), the result must equal the rewritten module
and must compile.

>>> code = CodeTarget(path="shop/pricing.py", line=9, function="shipping_table")
>>> str(code), CodeTarget.parse("shop/pricing.py:9", "shipping_table") == code
('shop/pricing.py:9', True)
>>> t = RecipeTarget.at(code, kind="cpu_hotspot")
>>> (t.file, t.line, t.function)
('shop/pricing.py', 9, 'shipping_table')
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from perfagent.tools.codeedit.models import Edit, SearchReplace


class Decline(Exception):
    """Raised inside a recipe: the code is not a shape it is sure about. ``str()`` says why."""


class CodeTarget(BaseModel):
    """A place in the target's code: a module (relative to the target's root when inside
    it), a line in it and the function there, qualified as profilers write it
    (``Cls.method``). Two defs of one name in a module are told apart by either."""

    model_config = ConfigDict(frozen=True)

    path: str
    line: int | None = Field(
        None, description="1-based; a line of the function (its def, or inside it)"
    )
    function: str | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    @classmethod
    def parse(cls, location: str, function: str | None = None) -> CodeTarget:
        """A location as records write it (``path:line`` or ``path``) back into its parts."""
        path, _, line = location.rpartition(":")
        if path and line.isdigit():
            return cls(path=path, line=int(line), function=function)
        return cls(path=location, function=function)


class RecipeTarget(BaseModel):
    """Where a finding points. Paths are relative to the target's root."""

    kind: str | None = Field(None, description="the finding's kind; None asks every recipe")
    file: str | None = Field(None, description="module path relative to the target's root")
    function: str | None = None
    line: int | None = Field(None, description="1-based line inside the function")
    endpoint: str | None = Field(None, description="HTTP path, e.g. /api/catalog (query allowed)")
    extra: dict[str, Any] = Field(
        default_factory=dict, description="recipe options, finding detail"
    )

    @classmethod
    def at(cls, code: CodeTarget, **fields: Any) -> RecipeTarget:
        """The target for a place in the code (a hot function, a changed function)."""
        return cls(file=code.path, function=code.function, line=code.line, **fields)


class Proposal(BaseModel):
    """One candidate edit, with why it should help and what it assumes."""

    recipe: str
    title: str
    edit: Edit
    rationale: str
    expected: str = Field(description="what should get faster, and roughly by how much")
    assumptions: list[str] = Field(
        default_factory=list, description="what static analysis could not prove; the tests must"
    )


def checked_edit(
    original: str, rewritten: str, blocks: list[SearchReplace], description: str
) -> Edit:
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


# How a recipe's gain is measured in an engagement:
#   benchmark     the finding's benchmark when it names one (a CPU hot spot), else load rounds
#   load          load rounds against the service, before and after
#   browser       bytes a browser no longer fetches, counted in headless Chromium (loopback load
#                 tests cannot show transfer time or what a browser cache answers)
#   unmeasurable  no instrument of an engagement can show it: proposed with its edit and ``why``
Measure = Literal["benchmark", "load", "browser", "unmeasurable"]
Severity = Literal["error", "warning", "note"]


@dataclass(frozen=True)
class Recipe:
    """A named rule for some finding kinds, and everything the rest of perfagent needs to
    know about it. ``build`` raises ``Decline`` when unsure.

    Each recipe module declares one as ``RECIPE``; tools/recipes finds them (no list to edit).
    """

    name: str
    kinds: frozenset[str]
    build: Build
    order: int  # where it is tried and reported among the recipes, lowest first
    measure: Measure = "benchmark"
    unmeasurable_why: str = ""  # for measure == "unmeasurable": shown with the candidate
    # a review reports the shape with this sentence (said of the function); None: it does not
    cost: str | None = None
    covers: str | None = (
        None  # the review rule (tools/review/rules) whose hits this recipe's fix completes
    )
    severity: Severity = "warning"  # a review's level for the shape
    # measure == "browser": the byte count that decides, and the page's resource types it is
    # counted over (none: the finding's endpoint, or the whole page) (agent/frontend_trial.py)
    browser_metric: str = "transfer_bytes"
    browser_resources: tuple[str, ...] = ()
    shared_cache: bool = (
        False  # its edit caches in the spec's shared cache: validation reports the hit rate
    )
    # a kind many findings share ("sql"): which of them the recipe is for; None: all of them
    wants: Callable[[RecipeTarget], bool] | None = None

    def applies_to(self, target: RecipeTarget) -> bool:
        if target.kind is None:
            return True
        return target.kind in self.kinds and (self.wants is None or self.wants(target))

    def attempt(self, root: Path, target: RecipeTarget) -> Proposal | Decline:
        try:
            return self.build(Path(root), target)
        except Decline as declined:
            return declined

    def propose(self, root: Path, target: RecipeTarget) -> Proposal | None:
        result = self.attempt(root, target)
        return result if isinstance(result, Proposal) else None
