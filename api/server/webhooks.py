"""GitHub webhooks: verify, de-duplicate, and turn a pull request into a review job.

The answer is immediate (202): the review runs on a worker. Only ``pull_request``
opened / synchronize / reopened start a review; ``ping`` is answered; every other
event or action is acknowledged and ignored, so GitHub does not retry it.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse

from api.server.auth import signature_ok
from api.server.config import ServerConfig
from api.server.store import Store

REVIEWED_ACTIONS = frozenset({"opened", "synchronize", "reopened"})


def _secret(config: ServerConfig, payload: dict | None) -> str | None:
    installation = str(((payload or {}).get("installation") or {}).get("id", ""))
    return config.webhook_secrets.get(installation) or config.webhook_secret


def _source(config: ServerConfig, pull: dict, repository: dict) -> str:
    """Where to clone from: a configured mirror, else the head repository's clone URL."""
    name = repository.get("full_name", "")
    url = ((pull.get("head") or {}).get("repo") or repository).get("clone_url") or repository.get("clone_url", "")
    local = url.startswith("file://") or Path(url).is_absolute()
    if local and not config.allow_local_repos:
        raise HTTPException(422, f"the repository {url!r} is a local path, which this server does not accept")
    return url or name


def router(config: ServerConfig, store: Store) -> APIRouter:
    api = APIRouter(tags=["webhooks"])

    @api.post("/v1/webhooks/github", status_code=202, summary="GitHub webhook (pull_request, ping)")
    async def github_webhook(request: Request) -> JSONResponse:
        body = await request.body()
        try:
            payload = json.loads(body) if body else None
        except json.JSONDecodeError:
            payload = None
        secret = _secret(config, payload if isinstance(payload, dict) else None)
        if not secret:
            raise HTTPException(503, "webhooks are off: the server has no webhook secret configured")
        if not signature_ok(secret, body, request.headers.get("X-Hub-Signature-256")):
            raise HTTPException(401, "bad or missing X-Hub-Signature-256")
        if not isinstance(payload, dict):
            raise HTTPException(400, "the webhook body is not a JSON object")
        event = request.headers.get("X-GitHub-Event", "")
        delivery = request.headers.get("X-GitHub-Delivery", "")
        if not delivery:
            raise HTTPException(400, "missing X-GitHub-Delivery")
        action = payload.get("action")
        if event != "pull_request" or action not in REVIEWED_ACTIONS:
            if not await asyncio.to_thread(store.first_delivery, delivery, event):
                return JSONResponse({"status": "duplicate", "delivery": delivery}, status_code=202)
            if event == "ping":
                return JSONResponse({"status": "pong", "zen": payload.get("zen")}, status_code=200)
            return JSONResponse({"status": "ignored", "event": event, "action": action}, status_code=202)
        pull, repository = payload.get("pull_request") or {}, payload.get("repository") or {}
        try:
            base, head = pull["base"]["sha"], pull["head"]["sha"]
            number = int(payload.get("number") or pull["number"])
        except (KeyError, TypeError, ValueError):
            raise HTTPException(422, "the pull_request payload has no base/head sha or number") from None
        mirror = config.repositories.get(repository.get("full_name", ""))
        job_payload = {
            "source": mirror or _source(config, pull, repository), "base": base, "head": head,
            "github": {"repository": repository.get("full_name"), "number": number, "head_sha": head,
                       "check_run": config.github_check_runs}}
        job_id = await asyncio.to_thread(store.accept_delivery, delivery, event, kind="review",
                                         payload=job_payload, timeout_s=config.review_timeout_s,
                                         note={"delivery": delivery, "pull_request": number})
        if job_id is None:
            return JSONResponse({"status": "duplicate", "delivery": delivery}, status_code=202)
        return JSONResponse({"status": "queued", "review": job_id}, status_code=202)

    return api
