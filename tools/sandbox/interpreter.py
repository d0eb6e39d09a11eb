"""Which Python the target's own commands run with.

``python`` in a target's setup, test, benchmark or service command means the target's
interpreter: ``[target] python`` when the spec names one (a path relative to the repo, or
a command on PATH), else the repo's own virtualenv (``.venv`` or ``venv``), else the
interpreter perfagent runs on. The chosen interpreter's folder goes first on PATH, so
``pip``, ``pytest``, ``gunicorn``, ``alembic`` or ``flask`` from its venv win too; an
interpreter outside a venv gets a folder of its own holding a ``python`` link to it.

>>> import tempfile, pathlib, sys
>>> repo = pathlib.Path(tempfile.mkdtemp())
>>> target_python(repo, "", "perfagent.toml") is None
True
>>> target_python(repo, "no-such-python-3.99", "perfagent.toml")
Traceback (most recent call last):
perfagent.tools.errors.InputError: perfagent.toml: target.python: no-such-python-3.99 is not a
command on PATH
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Mapping
from pathlib import Path

from perfagent.tools.errors import InputError
from perfagent.tools.sandbox import VENV_DIRS, repo_venv_python


def target_python(root: Path, chosen: str, source: str) -> str | None:
    """The absolute path of the target's interpreter, or None for perfagent's own."""
    if chosen:
        if "/" in chosen:
            path = (root / chosen).absolute()
            if not (path.is_file() and os.access(path, os.X_OK)):
                raise InputError(
                    f"{source}: target.python: {chosen} is not an executable file in {root}"
                )
            return str(path)
        found = shutil.which(chosen)
        if found is None:
            raise InputError(f"{source}: target.python: {chosen} is not a command on PATH")
        return str(Path(found).absolute())
    return repo_venv_python(root)


def interpreter_env(python: str, environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """PATH (and VIRTUAL_ENV for a venv) that make ``python`` mean ``python``.

    >>> env = interpreter_env("/srv/app/.venv/bin/python", {"PATH": "/usr/bin"})
    >>> env["PATH"], env["VIRTUAL_ENV"]
    ('/srv/app/.venv/bin:/usr/bin', '/srv/app/.venv')
    """
    outer: Mapping[str, str] = os.environ if environ is None else environ
    path = Path(python)
    folder = path.parent
    env: dict[str, str] = {}
    if (
        (folder.parent / "pyvenv.cfg").is_file()
        or path.name == "python"
        and folder.name == "bin"
        and folder.parent.name in VENV_DIRS
    ):
        env["VIRTUAL_ENV"] = str(folder.parent)
    if path.name != "python":
        folder = _shim(path)
    env["PATH"] = f"{folder}{os.pathsep}{outer.get('PATH', '/usr/local/bin:/usr/bin:/bin')}"
    return env


def _shim(python: Path) -> Path:
    """A folder whose ``python`` is ``python`` (for ``python3.12`` and the like)."""
    digest = hashlib.sha256(str(python).encode()).hexdigest()[:12]
    folder = Path.home() / ".cache" / "perfagent" / "python" / digest
    link = folder / "python"
    if not link.exists():
        folder.mkdir(parents=True, exist_ok=True)
        try:
            link.symlink_to(python)
        except FileExistsError:
            pass  # another run made it first
    return folder
