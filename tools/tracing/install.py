"""OpenTelemetry packages for the target's own Python version, in a folder perfagent owns.

``pip install --target <cache>/otel-py3.X`` run by the target's interpreter (so compiled
wheels match it), once per version and cached; a ``.complete`` marker is written last, so a
half-finished install is never used. Concurrent installs wait on a lock file.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from perfagent.tools.errors import TargetError

# The instrumentations perfagent injects (frameworks and database clients); each applies
# only when the app has its library.
PACKAGES = (
    "opentelemetry-api",
    "opentelemetry-sdk",
    "opentelemetry-instrumentation",
    "opentelemetry-instrumentation-wsgi",
    "opentelemetry-instrumentation-asgi",
    "opentelemetry-instrumentation-flask",
    "opentelemetry-instrumentation-django",
    "opentelemetry-instrumentation-fastapi",
    "opentelemetry-instrumentation-starlette",
    "opentelemetry-instrumentation-sqlalchemy",
    "opentelemetry-instrumentation-sqlite3",
    "opentelemetry-instrumentation-psycopg",
    "opentelemetry-instrumentation-psycopg2",
    "opentelemetry-instrumentation-asyncpg",
    "opentelemetry-instrumentation-pymysql",
    "opentelemetry-instrumentation-redis",
)

_PYTHON_NAME = re.compile(r"^(pypy|python)[0-9.]*$")


def cache_root() -> Path:
    """``$PERFAGENT_OTEL_CACHE``, else ``~/.cache/perfagent/otel``."""
    return Path(
        os.environ.get("PERFAGENT_OTEL_CACHE") or Path.home() / ".cache" / "perfagent" / "otel"
    )


def target_python(argv: str | list[str], *, env: dict[str, str], cwd: str | Path | None) -> str:
    """The interpreter a service command will run on: the program itself when it is a Python,
    the interpreter its ``#!`` line names (gunicorn, uvicorn, flask), else ``python`` on the
    service's PATH (a shell command: its first program is not knowable without running it).

    >>> target_python(["/usr/bin/python3", "app.py"], env={"PATH": "/usr/bin"}, cwd=None)
    '/usr/bin/python3'
    """
    path = env.get("PATH", os.defpath)
    program = argv[0] if isinstance(argv, list) and argv else "python"
    found = _which(program, path, cwd)
    if found is None:
        found = _which("python3", path, cwd) or _which("python", path, cwd) or sys.executable
    if _PYTHON_NAME.match(os.path.basename(found)):
        return found
    shebang = _shebang(found)
    if shebang:
        return shebang if os.path.isabs(shebang) else (_which(shebang, path, cwd) or sys.executable)
    return _which("python3", path, cwd) or sys.executable


def _which(program: str, path: str, cwd: str | Path | None) -> str | None:
    if os.sep in program:
        full = Path(cwd or ".") / program
        return str(full) if full.is_file() else None
    return shutil.which(program, path=path)


def _shebang(file: str) -> str | None:
    """The interpreter of a ``#!`` script when it is a Python, ``/usr/bin/env python3`` resolved
    to ``python3``."""
    try:
        with open(file, "rb") as f:
            first = f.readline(512).decode("utf-8", "replace").strip()
    except OSError:
        return None
    if not first.startswith("#!"):
        return None
    parts = first[2:].split()
    if parts and os.path.basename(parts[0]) == "env":
        parts = [p for p in parts[1:] if not p.startswith("-")]
    if parts and _PYTHON_NAME.match(os.path.basename(parts[0])):
        return parts[0]
    return None


def python_version(python: str) -> str:
    """``3.12`` for an interpreter, asked in a subprocess; one sentence when it will not run."""
    try:
        out = subprocess.run(
            [python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            check=False,
            capture_output=True,
            text=True,
            timeout=60,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise TargetError(f"the service's interpreter {python} could not be run ({exc})") from None
    if out.returncode != 0 or not re.fullmatch(r"\d+\.\d+", out.stdout.strip()):
        raise TargetError(f"the service's interpreter {python} did not report its version")
    return out.stdout.strip()


def ensure_packages(python: str, *, root: Path | None = None, timeout_s: float = 900.0) -> Path:
    """The folder holding the OTel packages for ``python``'s version, installed if missing.

    The target's interpreter runs pip when it has pip; else perfagent's pip installs wheels
    for that version (``--python-version``, binary wheels only).
    """
    root = root or cache_root()
    version = python_version(python)
    folder = root / f"otel-py{version}"
    if (folder / ".complete").is_file():
        return folder
    root.mkdir(parents=True, exist_ok=True)
    with open(root / f".lock-{version}", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (folder / ".complete").is_file():
            return folder  # another process installed it while we waited
        shutil.rmtree(folder, ignore_errors=True)
        has_pip = (
            subprocess.run(
                [python, "-c", "import pip"], check=False, capture_output=True, timeout=60
            ).returncode
            == 0
        )
        if has_pip:
            argv = [
                python,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "--target",
                str(folder),
                *PACKAGES,
            ]
        else:
            argv = [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "--target",
                str(folder),
                "--python-version",
                version,
                "--only-binary=:all:",
                *PACKAGES,
            ]
        try:
            done = subprocess.run(
                argv, check=False, capture_output=True, text=True, timeout=timeout_s
            )
        except subprocess.TimeoutExpired:
            raise TargetError(
                f"installing OpenTelemetry for Python {version} took over {timeout_s:g} s"
            ) from None
        if done.returncode != 0:
            tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
            raise TargetError(f"installing OpenTelemetry for Python {version} failed: {tail}")
        (folder / ".complete").write_text(" ".join(PACKAGES) + "\n")
    return folder
