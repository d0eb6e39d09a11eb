"""Which lines of which files a change adds: ``git diff --unified=0`` text in, records out. Pure.

>>> text = '''diff --git a/shop/db.py b/shop/db.py
... --- a/shop/db.py
... +++ b/shop/db.py
... @@ -3,0 +4,2 @@ def f():
... +    x = 1
... +    y = 2
... @@ -9 +11 @@
... -old
... +new
... diff --git a/old.sql b/new.sql
... similarity index 90%
... rename from old.sql
... rename to new.sql
... --- a/old.sql
... +++ b/new.sql
... @@ -1 +1 @@
... -SELECT 1
... +SELECT 2
... diff --git a/gone.py b/gone.py
... deleted file mode 100644
... --- a/gone.py
... +++ /dev/null
... @@ -1 +0,0 @@
... -x = 1
... '''
>>> [(c.path, c.old_path, sorted(c.added)) for c in changed_files(text)]
[('shop/db.py', 'shop/db.py', [4, 5, 11]), ('new.sql', 'old.sql', [1])]
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

_HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


class FileChange(BaseModel):
    """One file as it is at head, and the lines the change added or rewrote there."""

    path: str
    old_path: str | None = Field(None, description="its path at base; None for a new file")
    added: set[int] = Field(default_factory=set)
    removed: set[int] = Field(
        default_factory=set, description="lines of the base version the change removed"
    )
    removed_at: set[int] = Field(
        default_factory=set, description="head lines next to which lines were removed"
    )

    def touches(self, first: int, last: int) -> bool:
        """True when any line in ``first..last`` (inclusive) is added."""
        return any(first <= n <= last for n in self.added)


def _path(header: str) -> str | None:
    name = header.split(" ", 1)[1].rstrip("\t") if " " in header else ""
    if name == "/dev/null":
        return None
    if name.startswith('"'):  # git quotes unusual names; decode the C-style escapes
        name = name[1:-1].encode("latin-1", "backslashreplace").decode("unicode_escape")
        name = name.encode("latin-1").decode("utf-8", "replace")
    return name[2:] if name[:2] in ("a/", "b/") else name


def changed_files(diff_text: str) -> list[FileChange]:
    """Files that exist at head with their added line numbers; deleted files are left out."""
    files: list[FileChange] = []
    old: str | None = None
    current: FileChange | None = None
    for line in diff_text.splitlines():
        if line.startswith("diff --git "):
            current, old = None, None
        elif line.startswith("--- ") and current is None:
            old = _path(line)
        elif line.startswith("+++ ") and current is None:
            new = _path(line)
            if new is not None:
                current = FileChange(path=new, old_path=old)
                files.append(current)
        elif current is not None and (match := _HUNK.match(line)):
            old_start, old_count = int(match[1]), int(match[2] if match[2] is not None else 1)
            start, count = int(match[3]), int(match[4] if match[4] is not None else 1)
            current.added.update(range(start, start + count))
            current.removed.update(range(old_start, old_start + old_count))
            if old_count and not count:  # a pure deletion after head line `start`
                current.removed_at.update(n for n in (start, start + 1) if n >= 1)
    return files
