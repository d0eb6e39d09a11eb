"""What a GitHub webhook body may be: JSON read with limits, then the fields we use as models.

Only the fields the server reads are modelled; everything else GitHub sends is ignored.
Each reader raises :class:`BadPayload` with one sentence naming what is wrong, which the
webhook answers with a 4xx — never a 500, whatever the bytes.
"""

from __future__ import annotations

import json
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

MAX_DEPTH = 64  # GitHub's payloads nest about 6 deep; 64 leaves room and stops a bracket bomb


class BadPayload(ValueError):
    """The body is not a JSON object we can read; ``status`` is the answer (400 or 422)."""

    def __init__(self, message: str, status: int = 400, errors: list[dict] | None = None) -> None:
        super().__init__(message)
        self.status, self.errors = status, errors or []


def read_json(body: bytes, *, max_depth: int = MAX_DEPTH) -> dict:
    """``body`` as a JSON object: strict UTF-8, no deeper than ``max_depth``, no lone surrogates.

    >>> read_json(b'{"a": [1, {"b": 2}]}')
    {'a': [1, {'b': 2}]}
    >>> for bad in (b"\\xff{}", b"[" * 100_000, b'{"a": "\\\\ud800"}', b"[1]", b'{"a": [[[1]]]}'):
    ...     try:
    ...         read_json(bad, max_depth=3)
    ...     except BadPayload as exc:
    ...         print(exc)
    the webhook body is not UTF-8
    the webhook body is not valid JSON
    the webhook body has a string that is not valid Unicode (a lone surrogate)
    the webhook body is not a JSON object
    the webhook body nests deeper than 3 levels
    """
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise BadPayload("the webhook body is not UTF-8") from None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # JSONDecodeError, an int over 4300 digits, a bracket bomb
        raise BadPayload("the webhook body is not valid JSON") from None
    if not isinstance(data, dict):
        raise BadPayload("the webhook body is not a JSON object")
    _check_nodes(data, max_depth)
    return data


def _check_nodes(data: object, max_depth: int) -> None:
    """Depth and string validity, walked with a stack (no recursion to exhaust)."""
    stack = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict | list):
            if depth > max_depth:
                raise BadPayload(f"the webhook body nests deeper than {max_depth} levels")
            items = node.items() if isinstance(node, dict) else enumerate(node)
            for key, value in items:
                stack.append((key, depth))
                stack.append((value, depth + 1))
        elif isinstance(node, str):
            try:
                node.encode("utf-8")
            except UnicodeEncodeError:
                raise BadPayload(
                    "the webhook body has a string that is not valid Unicode (a lone surrogate)"
                ) from None


class _Read(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Repository(_Read):
    full_name: str = Field("", max_length=200)
    clone_url: str = Field("", max_length=4096)


class Ref(_Read):
    sha: str = Field(..., pattern=r"^[0-9a-fA-F]{4,64}$", description="A commit id (hex).")
    repo: Repository | None = None


class PullRequest(_Read):
    number: int | None = Field(None, ge=1, le=2**31)
    base: Ref
    head: Ref


class Installation(_Read):
    id: int = Field(..., ge=0, le=2**63 - 1)


class Envelope(_Read):
    """What every event must have right: the action (when there is one) and the installation."""

    action: str | None = Field(None, max_length=100)
    installation: Installation | None = None


class PullRequestEvent(Envelope):
    action: str = Field(..., max_length=100)
    number: int | None = Field(None, ge=1, le=2**31)
    pull_request: PullRequest
    repository: Repository

    @property
    def pr_number(self) -> int | None:
        return self.number or self.pull_request.number


M = TypeVar("M", bound=BaseModel)


def validated(model: type[M], data: dict) -> M:
    """``data`` as ``model``, or BadPayload(422) carrying pydantic's errors (FastAPI's 422 shape).

    >>> validated(Envelope, {"action": "opened", "x": [1]}).action
    'opened'
    >>> try:
    ...     validated(Envelope, {"action": {}})
    ... except BadPayload as exc:
    ...     print(exc.status, exc, exc.errors[0]["loc"])
    422 the webhook payload does not match a GitHub event: action: Input should be a valid string
    ['body', 'action']
    """
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = [
            {"loc": ["body", *error["loc"]], "msg": error["msg"], "type": error["type"]}
            for error in exc.errors(include_url=False)
        ]
        first = errors[0]
        where = ".".join(str(part) for part in first["loc"][1:])
        raise BadPayload(
            f"the webhook payload does not match a GitHub event: {where}: {first['msg']}",
            422,
            errors,
        ) from None
