"""Small psutil reads the process tests share: a process that is gone reads as not alive and
as having no command line, instead of raising."""

from __future__ import annotations

import psutil


def alive(p: psutil.Process) -> bool:
    """Running and not a zombie waiting to be reaped."""
    try:
        return p.is_running() and p.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def cmdline(p: psutil.Process) -> list[str]:
    """Its command line; [] once it is gone (or a zombie not yet reaped)."""
    try:
        return p.cmdline()
    except psutil.Error:
        return []
