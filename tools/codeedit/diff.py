"""A unified diff applied with ``git apply``: checked first, so a diff that does not apply
changes nothing.

Paths in the diff are relative to the target's root (which may be a subfolder of its
repository), with or without git's ``a/`` and ``b/`` prefixes. git itself refuses
paths with ``..`` and paths beyond a symlink. Hunk line counts are recounted, since
hand-written and model-written diffs often get them wrong.
"""

from __future__ import annotations

import re
from pathlib import Path

from perfagent.tools.codeedit.gitcmd import GitFailed, git, out
from perfagent.tools.errors import InputError

_HEADER = re.compile(r"^(?:---|\+\+\+) (\S+)", re.MULTILINE)
_GIT_HEADER = re.compile(r"^diff --git ", re.MULTILINE)


def strip_level(diff_text: str) -> int:
    """1 when every path in the diff carries git's ``a/``/``b/`` prefix, else 0.

    >>> strip_level("--- a/x.py\\n+++ b/x.py\\n"), strip_level("--- x.py\\n+++ x.py\\n")
    (1, 0)
    """
    if _GIT_HEADER.search(diff_text):
        return 1
    paths = [p for p in _HEADER.findall(diff_text) if p != "/dev/null"]
    return 1 if paths and all(p.startswith(("a/", "b/")) for p in paths) else 0


def apply_diff(root: str | Path, diff_text: str) -> list[str]:
    """Apply ``diff_text`` under ``root``; the files it changed, relative to ``root``."""
    root = Path(root)
    if not root.is_dir():
        raise InputError(f"cannot apply the diff: {root} is not a directory")
    if not diff_text.strip():
        raise InputError("the diff is empty")
    patch = (diff_text if diff_text.endswith("\n") else diff_text + "\n").encode()
    top, prefix = _top(root)
    args = ["apply", f"-p{strip_level(diff_text)}", "--recount", "--whitespace=nowarn"]
    if prefix:
        args.append(f"--directory={prefix}")
    try:
        git(top, *args, "--check", "-", input=patch)
        listed = _numstat_paths(git(top, *args, "--numstat", "-z", "-", input=patch).stdout)
        if not listed:
            raise InputError("the diff names no file to change")
        git(top, *args, "-", input=patch)
    except GitFailed as exc:
        # Name files as the diff does, relative to the target's root.
        why = exc.reason.replace(f"{prefix}/", "") if prefix else exc.reason
        raise InputError(f"the diff does not apply: {why}") from None
    return [path.removeprefix(prefix + "/") if prefix else path for path in listed]


def _top(root: Path) -> tuple[Path, str]:
    """Where to run ``git apply``, and ``root`` relative to it.

    From a subfolder, git would read ``diff --git`` paths from the repository's top and
    silently skip those outside the subfolder; from the top with ``--directory`` every
    path is read relative to ``root``.
    """
    try:
        top = Path(out(root, "rev-parse", "--show-toplevel"))
        prefix = out(root, "rev-parse", "--show-prefix").rstrip("/")
    except GitFailed:
        return root, ""  # not in a repository: git apply works like patch, relative to root
    return top, prefix


def _numstat_paths(listed: bytes) -> list[str]:
    """Paths from ``git apply --numstat -z``: ``added TAB deleted TAB path NUL``, or for a
    rename ``added TAB deleted TAB NUL old NUL new NUL``."""
    fields = listed.decode(errors="surrogateescape").split("\0")
    paths: list[str] = []
    i = 0
    while i < len(fields):
        head = fields[i]
        if not head:
            i += 1
            continue
        _, _, path = head.split("\t", 2)
        if path:
            paths.append(path)
            i += 1
        else:  # a rename or copy: both names follow
            paths.extend(fields[i + 1 : i + 3])
            i += 3
    return list(dict.fromkeys(paths))
