"""perfagent is installed as one package, ``perfagent``, so a target's or a plugin's own
``tools``, ``api`` or ``agent`` package can never shadow ours (nor ours theirs).

The source folders stay at the top of the repository; ``perfagent/<name>`` links to each. The
checks: no module imports a bare ``tools``/``agent``/... (it would load a second copy of a
module, or the target's package), the CLI and the engagement graph import with colliding
packages first on the path, and a built wheel holds nothing but ``perfagent/``.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NAMES = ("agent", "tools", "api", "prompts", "evals")
SCANNED = (*NAMES, "tests", "benchmarks", "examples", "deploy")


def _ours(module: str) -> bool:
    """Whether a dotted name is one of perfagent's modules under its bare, old name.

    A target fixture with its own ``api`` package (``from api.main import x``) is not ours:
    only names whose second part exists in our folder count.
    """
    parts = module.split(".")
    if parts[0] not in NAMES:
        return False
    if len(parts) == 1:
        return True
    base = ROOT / parts[0] / parts[1]
    return base.with_suffix(".py").is_file() or base.is_dir()


# an import statement inside a string: "from X import" or "import X" after a line start or a ";"
CODE_IMPORT = re.compile(
    r"(?:^|[;\n])[ \t]*(?:>>> )?(?:from ([\w.]+) import \(?\s*(\w+)|import ([\w.]+))"
)


def bare_imports(source: str) -> list[str]:
    """The lines of ``source`` that import one of perfagent's packages by its bare name.

    >>> source = "from tools.sql.parse import parse_query\\nfrom perfagent.tools import units\\n"
    >>> bare_imports(source)
    ['1: tools.sql.parse']
    >>> bare_imports("import agent.state\\nfrom api.main import x\\n")
    ['1: agent.state']

    Code in a string (``python -c``, a module a test writes) counts too:

    >>> bare_imports("code = 'import sys; from api import cli_load; cli_load.run()'\\n")
    ['1: api (in a string)']
    """
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found += [
                f"{node.lineno}: {m[1] or m[3]} (in a string)"
                for m in CODE_IMPORT.finditer(node.value)
                # `from api import main` names the module it imports: a target's own api/main.py
                if (_ours(f"{m[1]}.{m[2]}") if m[1] and "." not in m[1] else _ours(m[1] or m[3]))
            ]
        elif isinstance(node, ast.Import):
            found += [f"{node.lineno}: {a.name}" for a in node.names if _ours(a.name)]
        elif (
            isinstance(node, ast.ImportFrom)
            and node.level == 0
            and node.module
            and _ours(node.module)
        ):
            found.append(f"{node.lineno}: {node.module}")
    return found


def test_the_package_links_to_the_top_level_folders():
    for name in NAMES:
        link = ROOT / "perfagent" / name
        assert link.is_symlink() and link.resolve() == (ROOT / name).resolve(), f"perfagent/{name}"


def test_no_module_imports_a_bare_top_level_name():
    offenders = []
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if ".venv" in path.parts or path == Path(__file__).resolve():  # its examples
                continue
            try:
                tree_source = path.read_text()
                found = bare_imports(tree_source)
            except SyntaxError:  # a fixture that is broken on purpose
                continue
            offenders += [f"{path.relative_to(ROOT)}:{f}" for f in found]
    assert not offenders, "import these as perfagent.<name>:\n" + "\n".join(offenders)


def _colliding(tmp_path: Path) -> Path:
    """A folder holding a target's own agent/, tools/, api/, prompts/ and evals/ packages."""
    for name in NAMES:
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text(
            f"raise ImportError('the target\\'s own {name} package was imported')\n"
        )
    return tmp_path


@pytest.mark.slow
def test_perfagent_runs_with_a_targets_colliding_packages_first_on_the_path(tmp_path: Path):
    target = _colliding(tmp_path)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(target), os.environ.get("PYTHONPATH")])),
    }
    code = (
        "import sys, perfagent.api.sdk, perfagent.api.cli, perfagent.agent.graph, "
        "perfagent.prompts;"
        "from perfagent.api.cli import app;"
        f"print(sorted(n for n in sys.modules if n.split('.')[0] in {NAMES!r}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=target,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]", f"bare modules were loaded: {done.stdout}"
    script = Path(sys.executable).parent / "perfagent"
    helped = subprocess.run(
        [str(script), "sql", "analyze", "--help"],
        cwd=target,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert helped.returncode == 0 and "Usage" in helped.stdout, helped.stderr


@pytest.mark.slow
def test_the_wheel_installs_one_top_level_name(tmp_path: Path):
    """The wheel is built from a copy of the committed tree (never in the user's folder)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    src = tmp_path / "src"
    for rel in filter(None, listed.decode().split("\0")):
        origin, copy = ROOT / rel, src / rel
        copy.parent.mkdir(parents=True, exist_ok=True)
        if origin.is_symlink():
            os.symlink(os.readlink(origin), copy)
        elif origin.is_file():
            shutil.copy2(origin, copy)
    backend = (
        "import sys; from setuptools import build_meta;print(build_meta.build_wheel(sys.argv[1]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", backend, str(tmp_path / "dist")],
        cwd=src,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    wheel = tmp_path / "dist" / done.stdout.strip().splitlines()[-1]
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names}
    assert tops == {
        "perfagent",
        wheel.name.split("-")[0] + "-" + wheel.name.split("-")[1] + ".dist-info",
    }, tops
    for module in (
        "perfagent/agent/graph.py",
        "perfagent/tools/sql/parse.py",
        "perfagent/api/cli.py",
        "perfagent/api/server/app.py",
        "perfagent/prompts/propose.md",
    ):
        assert module in names, module
    # the report pages' templates travel with the code that fills them
    templates = {
        f"perfagent/{p.relative_to(ROOT).as_posix()}"
        for top in ("agent", "tools")
        for p in (ROOT / top).rglob("templates/*.j2")
    }
    assert templates and templates <= set(names), templates - set(names)
