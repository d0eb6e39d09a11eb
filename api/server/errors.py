"""The API's error answers: their two shapes, and which statuses each route documents.

    4xx from our own checks   {"detail": "one sentence naming the input at fault"}
    422 (a request's shape)   {"detail": [{"loc": [...], "msg": "...", "type": "..."}]}  (FastAPI's)

Every 422 has the list shape, so a client reads one schema; the routes' own 422s go through
:func:`invalid` to keep it. Each route lists its statuses from the ``responses`` here, so the
OpenAPI document names every status a route can answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field


class ErrorBody(BaseModel):
    detail: str = Field(..., description="One sentence naming the input at fault.")


class InvalidItem(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class InvalidBody(BaseModel):
    detail: list[InvalidItem]


def invalid(errors: Sequence[dict]) -> RequestValidationError:
    """A 422 in FastAPI's own shape (answered by its handler)."""
    return RequestValidationError(list(errors))


def invalid_field(where: Sequence[str | int], message: str) -> RequestValidationError:
    """A 422 for one field, e.g.
    ``invalid_field(("body", "target"), "the target … does not exist")``.

    >>> invalid_field(("body", "target"), "no such folder").errors()
    [{'loc': ('body', 'target'), 'msg': 'no such folder', 'type': 'value_error'}]
    """
    return invalid([{"loc": tuple(where), "msg": message, "type": "value_error"}])


def _error(description: str, model: type[BaseModel] = ErrorBody) -> dict[str, Any]:
    # The model registers the schema; the explicit content keeps errors application/json on
    # routes whose own answer is another media type (the Server-Sent Events streams).
    return {
        "model": model,
        "description": description,
        "content": {
            "application/json": {"schema": {"$ref": f"#/components/schemas/{model.__name__}"}}
        },
    }


def streamed(responses: dict[int, dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """``responses`` for a route answering text/event-stream: its errors stay application/json
    (without the model, FastAPI would file the error schema under the stream's media type)."""
    return {
        status: {k: v for k, v in spec.items() if k != "model"}
        for status, spec in responses.items()
    }


UNAUTHORIZED = {401: _error("No bearer token, or one that is unknown or revoked.")}
RATE_LIMITED = {429: _error("Over this token's requests per minute; see Retry-After.")}
TOO_LARGE = {413: _error("The request body is larger than the server's max_body_bytes.")}
BODY = {400: _error("The request body could not be read as JSON (not UTF-8, say)."), **TOO_LARGE}
NOT_FOUND = {404: _error("No such id (or artifact).")}
CONFLICT = {409: _error("The request does not fit the current state (see the detail).")}
INVALID = {
    422: _error("A field is missing, of the wrong type, or refers to nothing usable.", InvalidBody)
}

AUTHENTICATED = {**UNAUTHORIZED, **RATE_LIMITED, **INVALID}
"""Every /v1 route: the token check and rate limit (422 when a path or header is malformed)."""

RESPONSES_WEBHOOK = {
    200: {"description": "A ping, answered: {status: pong, zen}."},
    400: _error(
        "The body is not a UTF-8 JSON object within the limits, or a GitHub header is "
        "missing or malformed."
    ),
    401: _error("The X-Hub-Signature-256 does not match the body (or the installation's secret)."),
    **TOO_LARGE,
    **INVALID,
    503: _error("Webhooks are off: no webhook secret is configured."),
}
