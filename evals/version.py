"""Which code produced a result: the commit, whether the tree was dirty, and a digest of the
changes, so a resumed run never mixes results from different code; and the prompt versions.

>>> CodeVersion(commit="0123456789abcdef", dirty=False, digest="").label
'0123456789ab'
>>> CodeVersion(commit="0123456789abcdef", dirty=True, digest="feedbeef").label
'0123456789ab+dirty.feedbeef'
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pydantic import BaseModel

ROOT = Path(__file__).resolve().parent.parent


class CodeVersion(BaseModel):
    commit: str
    dirty: bool
    digest: str = ""  # sha256 of the uncommitted changes (diff and untracked files), when dirty

    @property
    def label(self) -> str:
        return self.commit[:12] + (f"+dirty.{self.digest}" if self.dirty else "")


def _git(*args: str) -> bytes:
    from perfagent.tools.codeedit.gitcmd import GitFailed, git

    try:
        return git(ROOT, *args, timeout_s=60).stdout
    except GitFailed:
        return b""


def code_version() -> CodeVersion:
    """This checkout's commit and uncommitted changes (perf-report/ and caches are ignored)."""
    commit = _git("rev-parse", "HEAD").decode().strip() or "unknown"
    diff = _git("diff", "HEAD", "--binary")
    untracked = [
        p
        for p in _git("ls-files", "--others", "--exclude-standard", "-z").decode().split("\0")
        if p
    ]
    if not diff and not untracked:
        return CodeVersion(commit=commit, dirty=False)
    h = hashlib.sha256(diff)
    for rel in sorted(untracked):
        path = ROOT / rel
        if path.is_file():
            h.update(rel.encode() + b"\0" + path.read_bytes())
    return CodeVersion(commit=commit, dirty=True, digest=h.hexdigest()[:8])


def prompt_versions() -> dict[str, str]:
    """Each Claude prompt's version line (prompts/<step>.md)."""
    from perfagent.prompts import STEPS, load

    return {step: load(step).version for step in STEPS}
