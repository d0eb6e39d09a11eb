"""GitHub webhooks: verify, de-duplicate, and turn a pull request into a review job.

The answer is immediate (202): the review runs on a worker. Only ``pull_request``
opened / synchronize / reopened start a review; ``ping`` is answered; every other
event or action is acknowledged and ignored, so GitHub does not retry it.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse

from perfagent.api.server.auth import signature_ok
from perfagent.api.server.config import ServerConfig
from perfagent.api.server.errors import RESPONSES_WEBHOOK as RESPONSES
from perfagent.api.server.errors import invalid, invalid_field
from perfagent.api.server.github_events import (
    BadPayload,
    Envelope,
    Installation,
    PullRequest,
    PullRequestEvent,
    Repository,
    read_json,
    validated,
)
from perfagent.api.server.store import Store

REVIEWED_ACTIONS = frozenset({"opened", "synchronize", "reopened"})

# the route reads the raw body (the signature is over its bytes), so its shape is stated here
OPENAPI = {
    "parameters": [
        {
            "name": "X-Hub-Signature-256",
            "in": "header",
            "required": True,
            "schema": {"type": "string"},
            "description": "sha256=<hex HMAC-SHA256 of the raw body with the webhook secret>",
        },
        {
            "name": "X-GitHub-Event",
            "in": "header",
            "required": True,
            "schema": {"type": "string", "minLength": 1, "maxLength": 200},
        },
        {
            "name": "X-GitHub-Delivery",
            "in": "header",
            "required": True,
            "schema": {"type": "string", "minLength": 1, "maxLength": 200},
        },
    ],
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "description": (
                        "A GitHub event; pull_request opened/synchronize/reopened start a review."
                    ),
                    "properties": {
                        "action": {"type": "string", "maxLength": 100},
                        "installation": {
                            "type": "object",
                            "properties": {"id": {"type": "integer", "minimum": 0}},
                            "required": ["id"],
                        },
                    },
                }
            }
        },
    },
}


def _signing_secret(config: ServerConfig, body: bytes, header: str | None) -> str | None:
    """The configured secret that signed ``body`` (checked over the raw bytes, before any
    parsing)."""
    candidates = [config.webhook_secret, *config.webhook_secrets.values()]
    return next(
        (secret for secret in candidates if secret and signature_ok(secret, body, header)), None
    )


def _secret_for(config: ServerConfig, installation: Installation | None) -> str | None:
    """The secret an installation must sign with: its own if it has one, else the global one."""
    key = str(installation.id) if installation else ""
    return config.webhook_secrets.get(key) or config.webhook_secret


def _header(request: Request, name: str) -> str:
    value = request.headers.get(name, "")
    if len(value) > 200:
        raise HTTPException(400, f"the {name} header is longer than 200 characters")
    return value


def _source(config: ServerConfig, pull: PullRequest, repository: Repository) -> str:
    """Where to clone from: a configured mirror, else the head repository's clone URL."""
    name = repository.full_name
    url = (pull.head.repo or repository).clone_url or repository.clone_url
    local = url.startswith("file://") or Path(url).is_absolute()
    if local and not config.allow_local_repos:
        raise invalid_field(
            ("body", "repository", "clone_url"),
            f"the repository {url!r} is a local path, which this server does not accept",
        )
    return url or name


def _refusal(exc: BadPayload) -> Exception:
    """400 for bytes that are not a JSON object; 422 (FastAPI's error list) for a wrong shape."""
    return invalid(exc.errors) if exc.status == 422 else HTTPException(exc.status, str(exc))


def router(config: ServerConfig, store: Store) -> APIRouter:
    api = APIRouter(tags=["webhooks"])

    @api.post(
        "/v1/webhooks/github",
        status_code=202,
        summary="GitHub webhook (pull_request, ping)",
        responses=RESPONSES,
        openapi_extra=OPENAPI,
    )
    async def github_webhook(request: Request) -> JSONResponse:
        # Order matters: the signature over the raw bytes first (nothing unsigned is parsed),
        # then JSON with limits, then the fields we use as a model. Every refusal is a 4xx.
        if not (config.webhook_secret or config.webhook_secrets):
            raise HTTPException(
                503, "webhooks are off: the server has no webhook secret configured"
            )
        body = await request.body()
        signed_with = _signing_secret(config, body, request.headers.get("X-Hub-Signature-256"))
        if signed_with is None:
            raise HTTPException(401, "bad or missing X-Hub-Signature-256")
        try:
            data = read_json(body)
            envelope = validated(Envelope, data)
        except BadPayload as exc:
            raise _refusal(exc) from None
        if _secret_for(config, envelope.installation) != signed_with:
            raise HTTPException(
                401, "X-Hub-Signature-256 is not signed with this installation's secret"
            )
        event, delivery = _header(request, "X-GitHub-Event"), _header(request, "X-GitHub-Delivery")
        if not event or not delivery:
            raise HTTPException(400, "missing X-GitHub-Event or X-GitHub-Delivery")
        action = envelope.action
        if event != "pull_request" or action not in REVIEWED_ACTIONS:
            if not await asyncio.to_thread(store.first_delivery, delivery, event):
                return JSONResponse({"status": "duplicate", "delivery": delivery}, status_code=202)
            if event == "ping":
                zen = data.get("zen")
                return JSONResponse(
                    {"status": "pong", "zen": zen if isinstance(zen, str) else None},
                    status_code=200,
                )
            return JSONResponse(
                {"status": "ignored", "event": event, "action": action}, status_code=202
            )
        try:
            pr = validated(PullRequestEvent, data)
        except BadPayload as exc:
            raise _refusal(exc) from None
        if pr.pr_number is None:
            raise invalid_field(("body", "number"), "the pull_request payload has no number")
        base, head = pr.pull_request.base.sha, pr.pull_request.head.sha
        repository = pr.repository
        mirror = config.repositories.get(repository.full_name)
        job_payload = {
            "source": mirror or _source(config, pr.pull_request, repository),
            "base": base,
            "head": head,
            "github": {
                "repository": repository.full_name or None,
                "number": pr.pr_number,
                "head_sha": head,
                "check_run": config.github_check_runs,
            },
        }
        job_id = await asyncio.to_thread(
            store.accept_delivery,
            delivery,
            event,
            kind="review",
            payload=job_payload,
            timeout_s=config.review_timeout_s,
            note={"delivery": delivery, "pull_request": pr.pr_number},
        )
        if job_id is None:
            return JSONResponse({"status": "duplicate", "delivery": delivery}, status_code=202)
        return JSONResponse({"status": "queued", "review": job_id}, status_code=202)

    return api
