"""Engagements, reviews and jobs: queue the work, read its state, stream its events."""

import asyncio
import secrets
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException
from fastapi.responses import FileResponse
from fastapi.sse import EventSourceResponse, ServerSentEvent
from pydantic import BaseModel, ConfigDict, Field

from perfagent.agent.state import Phase
from perfagent.api import sdk
from perfagent.api.server.config import ServerConfig
from perfagent.api.server.errors import (
    AUTHENTICATED,
    BODY,
    CONFLICT,
    NOT_FOUND,
    invalid_field,
    streamed,
)
from perfagent.api.server.store import TERMINAL, Job, Store
from perfagent.tools.errors import InputError

EngagementSettings = sdk.RemoteEngagementSettings


class EngagementRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    target: str = Field(
        ...,
        min_length=1,
        max_length=4096,
        description="A folder on the server with perfagent.toml (or the spec file).",
    )
    phase: Phase = "construction"
    approve: bool = Field(False, description="Pause before each code edit; answer with /resume.")
    settings: EngagementSettings = Field(
        default_factory=EngagementSettings,  # type: ignore[valid-type]
        description="Engagement settings (agent Settings), each optional.",
    )


class ReviewRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    repository: str = Field(
        ..., min_length=1, max_length=4096, description="A clone URL, or a path on the server."
    )
    base: str = Field(..., min_length=1, max_length=200)
    head: str = Field(..., min_length=1, max_length=200)


class Decision(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    approve: bool
    reason: str = Field("", max_length=2000)


class Accepted(BaseModel):
    id: str
    job: str
    status: str


class Status(BaseModel):
    id: str
    kind: str
    status: str
    step: str | None = None
    attempts: int
    error: str | None = None
    result: dict[str, Any] | None = None
    jobs: list[str]


def _not_found(what: str, ident: str) -> HTTPException:
    return HTTPException(404, f"no {what} {ident!r}")


def _status(store: Store, stream: str, what: str) -> Status:
    jobs = store.jobs(stream=stream)
    if not jobs:
        raise _not_found(what, stream)
    latest = jobs[0]
    return Status(
        id=stream,
        kind=latest.kind,
        status=latest.status,
        step=current_step(store, stream),
        attempts=latest.attempts,
        error=latest.error,
        result=latest.result,
        jobs=[j.id for j in jobs],
    )


def current_step(store: Store, stream: str) -> str | None:
    """The step an engagement started last."""
    event = store.last_event(stream, "step_started")
    return event.data.get("step") if event else None


def queue_engagement(
    store: Store, config: ServerConfig, *, target: str, phase: str, settings: dict, owner: str
) -> tuple[str, Job]:
    """A new engagement on ``target`` as a job: (its id, the job)."""
    run_id = f"eng-{secrets.token_hex(6)}"
    job = store.enqueue(
        "engagement",
        {"run_id": run_id, "target": target, "phase": phase, "settings": settings},
        stream=run_id,
        timeout_s=config.engagement_timeout_s,
        owner=owner,
        note={},
    )
    return run_id, job


def path_exists(path: str) -> bool:
    r"""Whether ``path`` names something on this server; an impossible name (too long, a NUL)
    does not.

    >>> path_exists("/"), path_exists("x" * 5000), path_exists("a\x00b")
    (True, False, False)
    """
    try:
        return Path(path).exists()
    except (OSError, ValueError):
        return False


def safe_file(base: Path, relative: str) -> Path | None:
    """``relative`` inside ``base`` and a file, or None — no ``..``, absolute paths or symlinks out.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.md").write_text("x")
    >>> (safe_file(d, "a.md") == (d / "a.md").resolve(),
    ...  safe_file(d, "../etc/passwd"), safe_file(d, "/etc/passwd"))
    (True, None, None)
    >>> safe_file(d / ("x" * 5000), "a.md"), safe_file(d, "a" * 300 + "/b")
    (None, None)
    """
    root = base.resolve()
    try:
        target = (root / relative).resolve()
        if not target.is_relative_to(root) or not target.is_file():
            return None
    except (OSError, ValueError):  # a name too long for the file system, a NUL
        return None
    return target


async def event_stream(
    store: Store,
    stream: str,
    after: int,
    *,
    poll_s: float = 0.25,
    until: Callable[[Job], bool] | None = None,
) -> AsyncIterator[ServerSentEvent]:
    """The stream's events from ``after`` on, live, until its latest job stops running."""
    until = until or (lambda job: job.status in TERMINAL or job.status == "waiting")
    while True:
        events = await asyncio.to_thread(store.events, stream, after=after)
        for event in events:
            after = event.seq
            yield ServerSentEvent(
                data={"at": event.at, **event.data}, event=event.kind, id=str(event.seq)
            )
        if not events:
            jobs = await asyncio.to_thread(store.jobs, stream=stream, limit=1)
            if not jobs or until(jobs[0]):
                rest = await asyncio.to_thread(store.events, stream, after=after)
                for event in rest:
                    yield ServerSentEvent(
                        data={"at": event.at, **event.data}, event=event.kind, id=str(event.seq)
                    )
                return
            await asyncio.sleep(poll_s)


def router(config: ServerConfig, store: Store, caller: Callable) -> APIRouter:
    api = APIRouter(prefix="/v1", dependencies=[Depends(caller)], responses=AUTHENTICATED)
    home = Path(config.home)

    def known(ident: str, what: str) -> str:
        """The id names a stream with jobs, else 404 (checked in a dependency: before any event
        is sent)."""
        if not store.jobs(stream=ident, limit=1):
            raise _not_found(what, ident)
        return ident

    def known_engagement(engagement_id: str) -> str:
        return known(engagement_id, "engagement")

    def known_review(review_id: str) -> str:
        return known(review_id, "review")

    def _after(last_event_id: str | None) -> int:
        return int(last_event_id) if last_event_id and last_event_id.isdigit() else 0

    # ------------------------------------------------------------------ engagements

    @api.post(
        "/engagements",
        status_code=202,
        response_model=Accepted,
        tags=["engagements"],
        responses=BODY,
        summary="Start an engagement on a target folder on the server",
    )
    def start_engagement(body: EngagementRequest, who: str = Depends(caller)) -> Accepted:
        try:
            sdk.check_target(body.target)
        except InputError as exc:
            raise invalid_field(("body", "target"), str(exc)) from None
        run_id, job = queue_engagement(
            store,
            config,
            target=body.target,
            phase=body.phase,
            settings={**body.settings.model_dump(exclude_none=True), "approve": body.approve},
            owner=who,
        )
        return Accepted(id=run_id, job=job.id, status=job.status)

    @api.get(
        "/engagements/{engagement_id}",
        response_model=Status,
        tags=["engagements"],
        responses=NOT_FOUND,
    )
    def engagement_status(engagement_id: str) -> Status:
        return _status(store, engagement_id, "engagement")

    @api.get(
        "/engagements/{engagement_id}/events",
        response_class=EventSourceResponse,
        tags=["engagements"],
        responses=streamed({**AUTHENTICATED, **NOT_FOUND}),
        summary="Server-Sent Events: steps started/finished, progress, waiting for approval",
    )
    async def engagement_events(
        engagement_id: Annotated[str, Depends(known_engagement)],
        last_event_id: Annotated[str | None, Header()] = None,
    ) -> AsyncIterator[ServerSentEvent]:
        async for event in event_stream(store, engagement_id, _after(last_event_id)):
            yield event

    @api.get(
        "/engagements/{engagement_id}/artifacts/{path:path}",
        tags=["engagements"],
        response_class=FileResponse,
        responses=NOT_FOUND,
    )
    def engagement_artifact(engagement_id: str, path: str) -> FileResponse:
        found = (
            safe_file(home / "engagements" / engagement_id, path)
            if _safe_id(engagement_id)
            else None
        )
        if found is None:
            raise _not_found("artifact", path)
        return FileResponse(found)

    @api.post(
        "/engagements/{engagement_id}/resume",
        status_code=202,
        response_model=Accepted,
        tags=["engagements"],
        responses={**NOT_FOUND, **CONFLICT, **BODY},
        summary="Approve or reject the edit a paused engagement waits on",
    )
    def resume_engagement(
        engagement_id: str, body: Decision, who: str = Depends(caller)
    ) -> Accepted:
        status = _status(store, engagement_id, "engagement")
        if status.status != "waiting":
            raise HTTPException(
                409, f"engagement {engagement_id} is {status.status}, not waiting for a decision"
            )
        job = store.enqueue(
            "decide",
            {"run_id": engagement_id, "approve": body.approve, "reason": body.reason},
            stream=engagement_id,
            timeout_s=config.engagement_timeout_s,
            owner=who,
        )
        return Accepted(id=engagement_id, job=job.id, status=job.status)

    # ------------------------------------------------------------------ reviews

    @api.post(
        "/reviews",
        status_code=202,
        response_model=Accepted,
        tags=["reviews"],
        responses=BODY,
        summary="Review a change (base..head) without GitHub, for any CI system",
    )
    def start_review(body: ReviewRequest, who: str = Depends(caller)) -> Accepted:
        local = body.repository.startswith("file://") or Path(body.repository).is_absolute()
        if local and not config.allow_local_repos:
            raise invalid_field(
                ("body", "repository"), "this server does not accept local repository paths"
            )
        job = store.enqueue(
            "review",
            {"source": body.repository, "base": body.base, "head": body.head},
            timeout_s=config.review_timeout_s,
            owner=who,
            note={},
        )
        return Accepted(id=job.stream, job=job.id, status=job.status)

    @api.get("/reviews/{review_id}", response_model=Status, tags=["reviews"], responses=NOT_FOUND)
    def review_status(review_id: str) -> Status:
        return _status(store, review_id, "review")

    @api.get(
        "/reviews/{review_id}/events",
        response_class=EventSourceResponse,
        tags=["reviews"],
        responses=streamed({**AUTHENTICATED, **NOT_FOUND}),
    )
    async def review_events(
        review_id: Annotated[str, Depends(known_review)],
        last_event_id: Annotated[str | None, Header()] = None,
    ) -> AsyncIterator[ServerSentEvent]:
        async for event in event_stream(store, review_id, _after(last_event_id)):
            yield event

    @api.get(
        "/reviews/{review_id}/artifacts/{path:path}",
        tags=["reviews"],
        response_class=FileResponse,
        responses=NOT_FOUND,
        summary="review.md, review.sarif, review.json and the profiles",
    )
    def review_artifact(review_id: str, path: str) -> FileResponse:
        found = safe_file(home / "reviews" / review_id, path) if _safe_id(review_id) else None
        if found is None:
            raise _not_found("artifact", path)
        return FileResponse(found)

    # ------------------------------------------------------------------ jobs

    @api.get("/jobs/{job_id}", response_model=Job, tags=["jobs"], responses=NOT_FOUND)
    def job_status(job_id: str) -> Job:
        job = store.job(job_id)
        if job is None:
            raise _not_found("job", job_id)
        return job

    @api.post(
        "/jobs/{job_id}/cancel",
        response_model=Job,
        tags=["jobs"],
        responses=NOT_FOUND,
        summary="Cancel a queued job, or stop a running one",
    )
    def cancel_job(job_id: str) -> Job:
        job = store.cancel(job_id)
        if job is None:
            raise _not_found("job", job_id)
        return job

    return api


def _safe_id(ident: str) -> bool:
    """Ids are ours: letters, digits and dashes (so they never walk the file system).

    >>> _safe_id("eng-1a2b"), _safe_id(".."), _safe_id("a/b")
    (True, False, False)
    """
    return bool(ident) and all(ch.isalnum() or ch == "-" for ch in ident)
