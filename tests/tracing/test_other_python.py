"""The app runs from its own virtualenv on another Python version than perfagent's: the OTel
packages are installed for that version into perfagent's folder, and injection still works."""

from __future__ import annotations

import glob
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.tracing.conftest import run_traced


def _other_python() -> str | None:
    mine = f"python{sys.version_info[0]}.{sys.version_info[1]}"
    candidates = [shutil.which(n) for n in ("python3.12", "python3.13", "python3.11", "python3.10")]
    candidates += sorted(glob.glob(str(Path.home() / ".pyenv/versions/3.1*/bin/python3.1*")))
    for found in candidates:
        if (
            found
            and not found.endswith(("-config", mine))
            and Path(found).name != mine
            and subprocess.run(
                [found, "-c", "import venv"], check=False, capture_output=True
            ).returncode
            == 0
        ):
            return found
    return None


@pytest.mark.heavy
def test_flask_from_its_own_venv_on_another_python(tmp_path):
    python = _other_python()
    if python is None:
        pytest.skip("no second Python version on this machine")
    venv = tmp_path / "venv"
    subprocess.run([python, "-m", "venv", str(venv)], check=True, capture_output=True)
    subprocess.run(
        [
            str(venv / "bin" / "python"),
            "-m",
            "pip",
            "install",
            "-q",
            "flask>=3.0",
            "gunicorn>=21.2",
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    command = f"{venv / 'bin' / 'gunicorn'} -w 1 -b 127.0.0.1:{{port}} flask_app:app"
    with run_traced(tmp_path, command, paths=("/authors",)) as (_, tracer):
        pass
    traces = tracer.collect()
    assert traces.note is None, traces.note
    assert tracer.python.startswith(str(venv))  # gunicorn's #! line named the venv's interpreter
    (status,) = {p.version for p in traces.processes}
    assert status.rsplit(".", 1)[0] != f"{sys.version_info[0]}.{sys.version_info[1]}"
    (authors,) = [r for r in traces.requests if r.route == "/authors"]
    assert len(authors.statements) == 13
