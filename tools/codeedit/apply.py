"""An :class:`Edit` applied in whichever form it came: search/replace blocks or a unified diff."""

from __future__ import annotations

from pathlib import Path

from perfagent.tools.codeedit.blocks import apply_blocks
from perfagent.tools.codeedit.diff import apply_diff
from perfagent.tools.codeedit.models import Edit
from perfagent.tools.errors import InputError


def apply_edit(root: str | Path, edit: Edit) -> list[str]:
    """Apply ``edit`` under ``root``; the files it changed, relative to ``root``."""
    if edit.blocks and edit.diff:
        raise InputError("the edit has both search/replace blocks and a diff; send one of the two")
    if edit.blocks:
        return apply_blocks(root, edit.blocks)
    if edit.diff and edit.diff.strip():
        return apply_diff(root, edit.diff)
    raise InputError("the edit is empty: it has neither search/replace blocks nor a diff")
