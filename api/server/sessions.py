"""Chat sessions over HTTP: each session is a LangGraph thread (agent/chat.py); answers are
streamed as Server-Sent Events; an engagement the session starts runs as a job, and its
events — a question waiting for approval included — are streamed on the session too."""

import asyncio
import secrets
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException
from fastapi.sse import EventSourceResponse, ServerSentEvent
from pydantic import BaseModel, ConfigDict, Field

from perfagent.api.server.config import ServerConfig
from perfagent.api.server.errors import (
    AUTHENTICATED,
    BODY,
    CONFLICT,
    INVALID,
    NOT_FOUND,
    invalid_field,
    streamed,
)
from perfagent.api.server.routes import current_step, event_stream, path_exists, queue_engagement
from perfagent.api.server.store import Store


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    text: str = Field(..., min_length=1, max_length=20_000)


class SessionRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    base: str | None = Field(
        None,
        min_length=1,
        max_length=4096,
        description="An absolute folder on the server that relative targets ('run "
        "examples/shop') are resolved against. Without it, only absolute "
        "targets are accepted; never the server's working directory.",
    )


class Session(BaseModel):
    id: str
    base: str | None = None
    engagement: str | None = None
    messages: list[dict] = Field(default_factory=list)


def actions_for(config: ServerConfig, store: Store, owner: str):
    from perfagent.api import sdk

    def start(target: str, phase: str) -> str:
        sdk.check_target(target)
        return queue_engagement(
            store, config, target=target, phase=phase, settings={"approve": True}, owner=owner
        )[0]

    def status(engagement: str) -> dict:
        jobs = store.jobs(stream=engagement, limit=1)
        if not jobs:
            return {"status": "unknown"}
        job = jobs[0]
        pending = (job.result or {}).get("pending") or []
        return {
            "status": job.status,
            "step": current_step(store, engagement),
            "result": job.result,
            "error": job.error,
            "question": pending[0] if pending else None,
        }

    def decide(engagement: str, approve: bool, reason: str) -> str:
        if status(engagement)["status"] != "waiting":
            return f"Engagement `{engagement}` is not waiting for a decision."
        store.enqueue(
            "decide",
            {"run_id": engagement, "approve": approve, "reason": reason},
            stream=engagement,
            timeout_s=config.engagement_timeout_s,
            owner=owner,
        )
        return f"{'Approved' if approve else 'Rejected'}; engagement `{engagement}` goes on."

    return sdk.chat_actions(start=start, status=status, decide=decide)


def router(config: ServerConfig, store: Store, caller: Callable) -> APIRouter:
    api = APIRouter(
        prefix="/v1/sessions",
        tags=["sessions"],
        dependencies=[Depends(caller)],
        responses=AUTHENTICATED,
    )

    def load(session_id: str) -> Session:
        from perfagent.api import sdk

        opened = store.events(session_id, limit=1) if session_id.startswith("ses-") else []
        if not opened:
            raise HTTPException(404, f"no session {session_id!r}")
        values = sdk.chat_history(session_id, checkpoint=config.checkpoints)
        return Session(
            id=session_id,
            base=opened[0].data.get("base"),
            engagement=values.get("engagement"),
            messages=values.get("messages", []),
        )

    @api.post(
        "",
        status_code=201,
        response_model=Session,
        summary="Open a chat session",
        responses={**BODY, **INVALID},
    )
    def open_session(body: SessionRequest | None = None) -> Session:
        base = body.base if body else None
        if base is not None and not (
            base.startswith("/") and path_exists(base) and Path(base).is_dir()
        ):
            raise invalid_field(
                ("body", "base"), f"the base {base!r} is not an absolute folder on this server"
            )
        session_id = f"ses-{secrets.token_hex(6)}"
        store.add_event(session_id, "session_opened", {"base": base} if base else {})
        return Session(id=session_id, base=base)

    @api.get("/{session_id}", response_model=Session, responses=NOT_FOUND)
    def get_session(session_id: str) -> Session:
        return load(session_id)

    def engagement_of(session_id: str) -> str:
        session = load(session_id)
        if not session.engagement:
            raise HTTPException(409, "this session has not started an engagement")
        return session.engagement

    @api.post(
        "/{session_id}/messages",
        response_class=EventSourceResponse,
        responses=streamed({**AUTHENTICATED, **NOT_FOUND, **BODY}),
        summary="Send a message; the answer streams back as Server-Sent Events",
    )
    async def send(
        session: Annotated[Session, Depends(load)],
        body: Message,
        who: Annotated[str, Depends(caller)],
    ) -> AsyncIterator[ServerSentEvent]:
        async for event in _answer(config, store, session, body.text, who):
            yield event

    @api.get(
        "/{session_id}/events",
        response_class=EventSourceResponse,
        responses=streamed({**AUTHENTICATED, **NOT_FOUND, **CONFLICT}),
        summary="The session's engagement, live: steps, progress, questions waiting for approval",
    )
    async def events(
        engagement: Annotated[str, Depends(engagement_of)],
    ) -> AsyncIterator[ServerSentEvent]:
        async for event in event_stream(store, engagement, 0):
            yield event

    return api


async def _answer(
    config: ServerConfig, store: Store, session: Session, text: str, owner: str
) -> AsyncIterator[ServerSentEvent]:
    from perfagent.api import sdk

    llm = _llm()
    session_id = session.id
    store.add_event(session_id, "user", {"text": text})
    yield ServerSentEvent(data={"text": text}, event="user")
    answer = await asyncio.to_thread(
        sdk.chat_turn,
        session_id,
        text,
        actions_for(config, store, owner),
        llm=llm,
        checkpoint=config.checkpoints,
        base=session.base,
    )
    for part in answer.splitlines(keepends=True) or [answer]:
        yield ServerSentEvent(data={"text": part}, event="answer")
    store.add_event(session_id, "answer", {"text": answer})
    yield ServerSentEvent(data={"text": answer}, event="done")


def _llm():
    """Claude when the server runs with PERFAGENT_LLM=claude|replay; the rules otherwise."""
    from perfagent.api import sdk

    return sdk.reasoner()
