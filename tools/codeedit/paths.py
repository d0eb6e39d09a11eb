"""Where an edit may write: under the target's root, not in ``.git``, not out through a symlink.

>>> from pathlib import Path
>>> import tempfile
>>> root = Path(tempfile.mkdtemp())
>>> inside(root, "shop/pricing.py") == root.resolve() / "shop" / "pricing.py"
True
>>> inside(root, "../elsewhere.py")
Traceback (most recent call last):
...
perfagent.tools.errors.UnsafeInputError: ../elsewhere.py: the path leaves the target's root
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath

from perfagent.tools.errors import UnsafeInputError


def inside(root: Path, rel: str) -> Path:
    """The real path ``rel`` names under ``root``, or :class:`UnsafeInputError`."""
    if not rel or not rel.strip():
        raise UnsafeInputError("an edit names an empty file path")
    pure = PurePath(rel)
    if pure.is_absolute() or rel.startswith("~"):
        raise UnsafeInputError(
            f"{rel}: the path must be relative to the target's root, not absolute"
        )
    if ".git" in pure.parts:
        raise UnsafeInputError(f"{rel}: an edit may not write inside .git")
    real_root = root.resolve()
    lexical = Path(os.path.normpath(real_root / pure))
    if not lexical.is_relative_to(real_root) or lexical == real_root:
        raise UnsafeInputError(f"{rel}: the path leaves the target's root")
    real = lexical.resolve()
    if not real.is_relative_to(real_root) or real == real_root:
        raise UnsafeInputError(
            f"{rel}: the path goes through a symlink that points outside the target's root"
        )
    if ".git" in real.relative_to(real_root).parts:
        raise UnsafeInputError(f"{rel}: the path goes through a symlink into .git")
    return real


def relative(root: Path, real: Path) -> str:
    """``real`` as a POSIX path relative to ``root`` (what the changed-file lists hold)."""
    return real.relative_to(root.resolve()).as_posix()
