"""Shared by the frontend recipes: the build folder a finding points into, the files it
holds, and a whole-file change written as a git binary diff.

Minified files and converted images are not edits a person reads line by line, so the
edit is a ``git diff --binary --full-index``: compact (zlib + base85), exact for any
bytes, and ``git apply`` checks every file's old content by its blob hash, so a diff
made against other content refuses to apply.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> (root / "static").mkdir()
>>> _ = (root / "static" / "a.css").write_text("p {  color : red }\\n")
>>> diff = binary_diff(root, {"static/a.css": b"p{color:red}"})
>>> diff.splitlines()[:2] == ["diff --git a/static/a.css b/static/a.css",
...                           diff.splitlines()[1]] and "GIT binary patch" in diff
True
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from perfagent.tools.recipes.base import Decline, RecipeTarget

SKIP = {".git", "node_modules", "__pycache__"}


def build_folder(root: Path, target: RecipeTarget) -> tuple[Path, str]:
    """The build folder (``extra["build"]``, relative to the root) and its relative name."""
    build = target.extra.get("build")
    if not isinstance(build, str) or not build.strip():
        raise Decline("the finding names no build folder ([frontend] build in the spec)")
    folder = (root / build).resolve()
    if not folder.is_relative_to(root.resolve()) or not folder.is_dir():
        raise Decline(f"the build folder {build} is not a folder inside the target")
    return folder, folder.relative_to(root.resolve()).as_posix()


def files(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """Files under ``folder`` whose suffix is one of ``suffixes``, in a stable order."""
    return [
        p
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        and p.suffix.lower() in suffixes
        and not any(part in SKIP for part in p.relative_to(folder).parts)
    ]


def rel(root: Path, path: Path) -> str:
    return PurePosixPath(path.resolve().relative_to(root.resolve())).as_posix()


def binary_diff(root: Path, changes: Mapping[str, bytes | None]) -> str:
    """A git binary diff turning the files under ``root`` into ``changes`` (path → new
    bytes; None deletes; a path that does not exist yet is created)."""
    from perfagent.tools.codeedit.gitcmd import GitFailed, git

    if not changes:
        raise Decline("internal: no file to change")
    with tempfile.TemporaryDirectory(prefix="perfagent-assets-") as tmp:
        scratch = Path(tmp)
        try:
            git(scratch, "init", "-q")
            (scratch / ".gitattributes").write_text("* binary\n")
            for path in changes:
                old = root / path
                if old.is_file():
                    (scratch / path).parent.mkdir(parents=True, exist_ok=True)
                    (scratch / path).write_bytes(old.read_bytes())
            git(scratch, "add", "-A")  # the old files, in the index
            created = []
            for path, content in changes.items():
                target = scratch / path
                if content is None:
                    target.unlink(missing_ok=True)
                    continue
                if not target.exists():
                    created.append(path)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(content)
            if created:
                git(scratch, "add", "--intent-to-add", "--", *created)
            text = git(
                scratch, "diff", "--binary", "--full-index", "--no-renames", "--", *changes
            ).stdout.decode()
        except GitFailed as exc:
            raise Decline(f"internal: could not write the diff ({exc.reason})") from None
    if not text.strip():
        raise Decline("the change leaves every file as it was")
    return text
