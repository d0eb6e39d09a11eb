"""The repository under review: a private copy, the two commits resolved in it.

The source is only read. A local path is copied with ``git clone --mirror`` (hard links,
every ref and object), so any ref or SHA, even an abbreviated one, resolves exactly as
in the source. From a URL only the two commits are fetched (``--depth=1``: a diff of two
commits needs nothing else), by name or full SHA as a webhook gives them. Worktrees are
made from the copy; the source's working tree, index, branches and worktree list are
never touched, and nothing is pushed.

>>> is_url("https://github.com/o/r.git"), is_url("git@github.com:o/r.git"), is_url("/srv/repo")
(True, True, False)
>>> redact("https://x-access-token:ghs_123@github.com/o/r.git")
'https://github.com/o/r.git'
"""

from __future__ import annotations

import contextlib
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from perfagent.tools.bench.gitref import open_repo, resolve
from perfagent.tools.codeedit.gitcmd import GitFailed, git, out, repository
from perfagent.tools.errors import InputError

_SCP_LIKE = re.compile(r"^[\w.-]+@[\w.-]+:")


def is_url(source: str) -> bool:
    return "://" in source or bool(_SCP_LIKE.match(source))


def redact(source: str) -> str:
    """The source without credentials, fit for messages and the review's files."""
    return re.sub(r"^([a-z][a-z0-9+.-]*://)[^/@]*@", r"\1", source, flags=re.IGNORECASE)


@dataclass
class Clone:
    """A private mirror of the source, with the two commits under review."""

    path: Path  # the bare mirror: tools.bench.gitref.worktree makes the worktrees from it
    base_sha: str
    head_sha: str


def _check_local(source: str) -> str:
    folder = open_repo(Path(source).expanduser())  # one sentence when missing or not a repository
    return str(repository(folder).git_dir.resolve())


def _fetch(url: str, path: Path, refs: tuple[str, str]) -> list[str]:
    """Fetch each ref's commit alone into the bare repository ``path``; the local refs."""
    git(path.parent, "init", "--bare", "--quiet", str(path))
    local = []
    for side, ref in zip(("base", "head"), refs, strict=True):
        target = f"refs/perfagent-review/{side}"
        try:
            git(path, "fetch", "--quiet", "--no-tags", "--depth=1", url, f"+{ref}:{target}")
        except GitFailed as exc:
            raise InputError(
                f"cannot fetch git ref {ref!r} from {redact(url)}: {redact(exc.reason)}"
            ) from None
        local.append(target)
    return local


@contextlib.contextmanager
def clone(source: str | Path, base: str, head: str) -> Iterator[Clone]:
    """Copy ``source`` into a temporary folder and resolve ``base`` and ``head`` in it."""
    text = str(source)
    for ref in (base, head):
        if not ref or ref.startswith("-") or any(ch.isspace() for ch in ref):
            raise InputError(f"git ref {ref!r} is not a valid ref")
    if text.startswith("-"):
        raise InputError(f"{text!r} is neither a repository path nor a URL")
    tmp = Path(tempfile.mkdtemp(prefix="perfagent-review-"))
    path = tmp / "repo.git"
    try:
        if is_url(text):
            names = _fetch(text, path, (base, head))
        else:
            origin = _check_local(text)
            try:
                git(tmp, "clone", "--mirror", "--quiet", origin, str(path))
            except GitFailed as exc:
                raise InputError(f"cannot copy {text}: {exc.reason}") from None
            names = [base, head]
        shas = []
        for ref, name in zip((base, head), names, strict=True):
            try:
                shas.append(resolve(path, name))
            except InputError:
                raise InputError(f"git ref {ref!r} does not exist in {redact(text)}") from None
        yield Clone(path=path, base_sha=shas[0], head_sha=shas[1])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def diff_text(clone_path: Path, base_sha: str, head_sha: str) -> str:
    """``git diff`` of the two commits with no context lines (only what changed), renames found."""
    return out(
        clone_path,
        "diff",
        "--no-color",
        "--no-ext-diff",
        "--unified=0",
        "-M",
        "--src-prefix=a/",
        "--dst-prefix=b/",
        base_sha,
        head_sha,
        "--",
    )
