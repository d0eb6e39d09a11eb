"""What an edit to a target is, whoever proposes it (a recipe, Claude, a person).

Two forms, as aider accepts them: search/replace blocks — each names a file, the
exact lines to find and the lines to put in their place — or a unified diff. The
text form of a block (a doctest: a marker line of its own would read as a prompt):

>>> from perfagent.tools.codeedit.blocks import parse_blocks
>>> parse_blocks('''shop/pricing.py
... <<<<<<< SEARCH
... def shipping_table(zone: int) -> list[int]:
... =======
... @functools.lru_cache(maxsize=64)
... def shipping_table(zone: int) -> list[int]:
... >>>>>>> REPLACE
... ''')[0].path
'shop/pricing.py'

Paths are relative to the target's root (the folder with its perfagent.toml). An
empty SEARCH creates the file (or appends to an empty one).
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class SearchReplace(BaseModel):
    path: str = Field(description="relative to the target's root")
    search: str
    replace: str


class Edit(BaseModel):
    """One candidate's change: blocks, or a unified diff (relative to the target's root)."""

    blocks: list[SearchReplace] = Field(default_factory=list)
    diff: str | None = None
    description: str = ""

    @property
    def files(self) -> list[str]:
        return sorted({b.path for b in self.blocks})
