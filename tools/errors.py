"""Errors every instrument raises, as one tree.

    PerfagentError                 one clear sentence for the user; never a traceback
    ├── InputError                 the user's input is wrong (bad spec, missing command, bad ref)
    │   └── UnsafeInputError       refused on purpose (non-SELECT SQL, non-loopback host, ...)
    ├── TargetError                the target's own code failed (crash, non-zero exit)
    │   └── TargetTimeout          the target overran its time limit
    ├── ToolMissingError           an external program we need is not installed (valgrind, py-spy)
    └── ServiceError               a service we talk to is unreachable (database, HTTP service)

Lower-layer exceptions (OSError, subprocess, git, database drivers) are mapped to
these at the seam where they happen, with the input at fault named in the message.
"""

from __future__ import annotations


class PerfagentError(Exception):
    """Base class: ``str(error)`` is one sentence a user can act on."""

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        # Extra context (stderr tail, plan text) shown with --verbose, kept out of the sentence.
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class InputError(PerfagentError):
    """The user's input is wrong: a bad spec field, a missing command, an unknown git ref."""


class UnsafeInputError(InputError):
    """Input refused on purpose because acting on it could do harm."""


class TargetError(PerfagentError):
    """The target's own code failed: it crashed or exited non-zero."""


class TargetTimeout(TargetError):
    """The target ran past its time limit and was killed."""


class ToolMissingError(PerfagentError):
    """An external program perfagent needs is not installed."""


class ServiceError(PerfagentError):
    """A service perfagent talks to (database, HTTP service) is unreachable or refused us."""


def field_path(loc: tuple, prefix: tuple = ()) -> str:
    """pydantic's error location as people write it: ``service.endpoint[2].weight``.

    >>> field_path(("endpoint", 2, "weight"), ("service",))
    'service.endpoint[2].weight'
    """
    text = ""
    for part in (*prefix, *loc):
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def validation_sentence(
    source: str, exc, prefix: tuple = (), rename: dict[str, str] | None = None
) -> str:
    """The first error of a pydantic ``ValidationError`` as ``FILE: field.path: message``."""
    err = exc.errors()[0]
    loc = tuple((rename or {}).get(p, p) if isinstance(p, str) else p for p in err["loc"])
    return f"{source}: {field_path(loc, prefix)}: {err['msg'].removeprefix('Value error, ')}"
