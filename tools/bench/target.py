"""The code under test, and nothing else: how each side of a git-ref comparison runs it.

A comparison of two refs is only worth its verdict if each side runs the code of its
own worktree. Three things decide what ``import pkg`` finds in a benchmark:

- the interpreter: ``--python``, else a venv built in each side by ``--setup`` (the
  target's own install command, never in perfagent's environment), else the repository's
  own ``.venv``/``venv``, else perfagent's (which may carry an installed copy of ``pkg``);
- PYTHONPATH: the worktree (and its ``src/``) first, then the user's entries (those inside
  the repository are mapped to the same folder in the worktree), then ``--env`` ones;
- the benchmark file: one that is not committed at a ref (or outside the repository) is
  carried to both sides, so both run the same benchmark.

Then a *probe* runs the benchmark once per side with a ``sitecustomize`` that records
where every top-level package of the repository is imported from, at import time (so a
probe cut short still tells). A package that came from anywhere but the side's worktree
or venv is refused, in one sentence naming the module and where it came from.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import sys
import tempfile
from pathlib import Path

from pydantic import BaseModel, Field

from perfagent.tools.bench.models import BenchSpec
from perfagent.tools.bench.runner import worker_argv
from perfagent.tools.errors import InputError, TargetError
from perfagent.tools.sandbox import run, scrubbed_env

PROBE = '''\
"""perfagent's import probe: where do the watched top-level packages come from?"""
import json, os, sys

_HERE = os.path.dirname(os.path.abspath(__file__))
_WATCH = set(filter(None, os.environ.get("PERFAGENT_PROBE_WATCH", "").split(",")))
_OUT = os.environ.get("PERFAGENT_PROBE_OUT", "")
# the benchmark sees its own path
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]


class _Probe:
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if path is not None or name not in _WATCH:
            return None
        for finder in sys.meta_path:
            if finder is cls or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                where = spec.origin if spec.origin not in (None, "namespace") else \\
                    next(iter(spec.submodule_search_locations or []), "")
                with open(os.path.join(_OUT, f"{os.getpid()}.jsonl"), "a") as out:
                    out.write(json.dumps({"module": name, "file": where}) + "\\n")
                break
        return None


if _WATCH and _OUT:
    sys.meta_path.insert(0, _Probe)
import importlib.machinery as _m
import importlib.util as _u
_own = _m.PathFinder.find_spec("sitecustomize", sys.path)  # the target's own, if it has one
if _own is not None and _own.loader is not None:
    _own.loader.exec_module(_u.module_from_spec(_own))
'''
NOT_PACKAGES = {
    "setup",
    "conftest",
    "noxfile",
    "fabfile",
    "manage",
    "tasks",
    "docs",
    "tests",
    "test",
}
PROBE_TIMEOUT_S = 20.0


class Side(BaseModel):
    """How one side runs: its interpreter, environment, and where its code may come from."""

    tree: str
    python: str | None = None
    env: dict[str, str] = Field(default_factory=dict)
    roots: list[str] = Field(
        default_factory=list, description="folders the code under test may be imported from"
    )


def packages_in(tree: Path) -> list[str]:
    """Top-level importable names the repository defines (root and ``src/``).

    >>> root = Path(tempfile.mkdtemp())
    >>> for f in ("pkg/__init__.py", "src/other/__init__.py", "tool.py", "setup.py",
    ...           "tests/__init__.py"):
    ...     (root / f).parent.mkdir(parents=True, exist_ok=True); _ = (root / f).write_text("")
    >>> packages_in(root)
    ['other', 'pkg', 'tool']
    """
    names = set()
    for folder in (tree, tree / "src"):
        if not folder.is_dir():
            continue
        for child in folder.iterdir():
            if child.name.startswith((".", "_")):
                continue
            if child.is_dir() and (child / "__init__.py").is_file():
                names.add(child.name)
            elif child.suffix == ".py" and child.stem.isidentifier():
                names.add(child.stem)
    return sorted(names - NOT_PACKAGES)


def pythonpath(tree: Path, repo_dir: Path, user: str = "", extra: str = "") -> str:
    """The worktree (and ``src/``) first; the user's entries after, mapped into the worktree.

    >>> pythonpath(Path("/t/wt"), Path("/home/u/repo"), "/home/u/repo/lib:/opt/x", "")
    '/t/wt:/t/wt/lib:/opt/x'
    """
    entries = [str(tree)] + ([str(tree / "src")] if (tree / "src").is_dir() else [])
    for entry in [*user.split(os.pathsep), *extra.split(os.pathsep)]:
        if not entry:
            continue
        path = Path(entry)
        if path.is_absolute() and path.is_relative_to(repo_dir):
            entry = str(tree / path.relative_to(repo_dir))
        if entry not in entries:
            entries.append(entry)
    return os.pathsep.join(entries)


def build_venv(
    tree: Path, folder: Path, setup: str, *, python: str | None, timeout_s: float
) -> str:
    """A fresh venv in ``folder`` with ``setup`` run in ``tree`` inside it; its interpreter."""
    base = python or getattr(sys, "_base_executable", None) or sys.executable
    made = run([base, "-m", "venv", str(folder)], timeout_s=timeout_s)
    if not made.ok:
        raise TargetError(
            f"could not create a venv with {base}: {made.stderr_tail(1)}", detail=made.stderr
        )
    env = scrubbed_env({"VIRTUAL_ENV": str(folder), "PIP_DISABLE_PIP_VERSION_CHECK": "1"})
    env["PATH"] = f"{folder / 'bin'}{os.pathsep}{env['PATH']}"
    done = run(setup, cwd=tree, env=env, timeout_s=timeout_s)
    if not done.ok:
        why = (
            "did not finish in time"
            if done.timed_out
            else f"failed with exit code {done.returncode}"
        )
        raise TargetError(
            f"the setup command `{setup}` {why} in {tree}: "
            f"{done.stderr_tail(1) or done.stdout.strip()[-200:]}",
            detail=done.stderr,
        )
    return str(folder / "bin" / "python")


def benchmark_files(spec: BenchSpec, repo_dir: Path, invoked_from: Path | None) -> list[Path]:
    """Files the benchmark names that exist: script arguments of a command, a callable's module."""
    found = []
    if spec.callable:
        stem = spec.callable.partition(":")[0].replace(".", "/")
        candidates = [f"{stem}.py", f"{stem}/__init__.py"]
    else:
        try:
            candidates = shlex.split(spec.command or "")
        except ValueError:
            candidates = []
    for token in candidates:
        if token.startswith("-") or "=" in token:
            continue
        path = Path(token)
        for folder in (
            [] if path.is_absolute() else [repo_dir, *([invoked_from] if invoked_from else [])]
        ):
            if (folder / path).is_file():
                found.append((folder / path).resolve())
                break
        else:
            if path.is_absolute() and path.is_file():
                found.append(path)
    return found


def carry(
    spec: BenchSpec,
    repo_dir: Path,
    trees: dict[str, Path],
    committed,
    *,
    invoked_from: Path | None = None,
) -> tuple[BenchSpec, list[str]]:
    """Make every side run the same benchmark file. ``committed(rel, side)`` says whether the
    file at ``rel`` exists at that side's commit (untracked, or added after it: it does not).

    Inside the repository: copied into each worktree where it is missing or differs (so
    ``sys.path[0]`` is still the worktree). Outside: named by its absolute path.
    """
    notes: list[str] = []
    command = spec.command
    for path in benchmark_files(spec, repo_dir, invoked_from):
        if not path.is_relative_to(repo_dir):
            if command:
                tokens = shlex.split(command)
                folder = invoked_from or repo_dir
                tokens = [
                    str(path) if not t.startswith("-") and (folder / t).resolve() == path else t
                    for t in tokens
                ]
                command = shlex.join(tokens)
            notes.append(
                f"the benchmark file {path} is outside the repository: the same file ran on "
                "both sides"
            )
            continue
        rel = path.relative_to(repo_dir).as_posix()
        stale = [side for side in trees if not committed(rel, side)]
        if not stale:
            continue
        for tree in trees.values():
            (tree / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, tree / rel)
        notes.append(
            f"the benchmark file {rel} is not committed at {' and '.join(stale)}: "
            "your copy ran on both sides"
        )
    if command != spec.command:
        spec = spec.model_copy(update={"command": command})
    return spec, notes


def probe(
    spec: BenchSpec, side: Side, name: str, packages: list[str], *, timeout_s: float
) -> list[str]:
    """Run the benchmark once with the import probe; refuse a package imported from elsewhere.

    Returns notes (e.g. that no package of the repository was imported at all).
    """
    if not packages:
        return []
    with tempfile.TemporaryDirectory(prefix="perfagent-probe-") as scratch:
        site, out = Path(scratch, "site"), Path(scratch, "out")
        site.mkdir()
        out.mkdir()
        (site / "sitecustomize.py").write_text(PROBE)
        env = {
            **spec.env,
            "PERFAGENT_PROBE_WATCH": ",".join(packages),
            "PERFAGENT_PROBE_OUT": str(out),
            "PYTHONPATH": os.pathsep.join(
                filter(None, [str(site), spec.env.get("PYTHONPATH", "")])
            ),
        }
        probed = spec.model_copy(update={"env": env, "timeout_s": min(spec.timeout_s, timeout_s)})
        from perfagent.tools.bench.runner import spec_env

        argv = (
            worker_argv(probed, "--loops", "1", "--warmups", "0")
            if spec.callable
            else spec.command or ""
        )
        result = run(argv, cwd=spec.cwd, env=spec_env(probed), timeout_s=probed.timeout_s)
        seen = [
            json.loads(line)
            for f in sorted(out.glob("*.jsonl"))
            for line in f.read_text().splitlines()
        ]
    roots = [Path(r).resolve() for r in side.roots]
    for record in seen:
        where = Path(record["file"] or "?").resolve()
        if not any(where.is_relative_to(root) for root in roots):
            raise InputError(
                f"at {name}, the benchmark imported `{record['module']}` from {where}, not from "
                f"the {name} worktree: it would measure that installed copy instead of the code "
                "under test (give --python with an interpreter that does not install it, or "
                "--setup to install each side)"
            )
    if not seen:
        if not result.ok and not result.timed_out:
            tail = result.stderr_tail(1) or result.stdout.strip()[-200:]
            raise InputError(
                f"at {name}, the benchmark failed before importing anything of the repository: "
                f"{tail}"
            )
        return [
            (
                f"at {name}, the benchmark imported none of the repository's packages "
                f"({', '.join(packages[:5])}): check that it measures the code under test"
            )
        ]
    return []
