"""``perfagent serve``: the HTTP API.

    /healthz, /metrics, /openapi.json, /docs           open
    /v1/webhooks/github                                 signed by GitHub (no token)
    /v1/engagements, /v1/reviews, /v1/jobs, /v1/sessions   bearer token, rate-limited

Long work (reviews, engagements) is queued as jobs and answered 202 at once; progress
is read back as Server-Sent Events from the job's event stream.
"""

from __future__ import annotations

import contextlib
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, PlainTextResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from perfagent.api.server import routes, sessions, webhooks
from perfagent.api.server.auth import RateLimiter, digest
from perfagent.api.server.config import ServerConfig
from perfagent.api.server.errors import invalid_field
from perfagent.api.server.metrics import render_metrics
from perfagent.api.server.store import Store
from perfagent.api.server.worker import WorkerPool
from perfagent.tools.errors import InputError, PerfagentError, ServiceError

_bearer = HTTPBearer(auto_error=False, description="An API token from `perfagent token create`.")


def create_app(config: ServerConfig | None = None, *, mounts: dict | None = None) -> FastAPI:
    config = config or ServerConfig.from_env()
    store = Store(config.database_url)
    pool = WorkerPool(config, store)
    limiter = RateLimiter(config.rate_per_minute)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        pool.start()
        async with contextlib.AsyncExitStack() as stack:
            for sub in (
                mounts or {}
            ).values():  # mounted apps (the MCP endpoint) keep their own lifespan
                lifespan_of = getattr(getattr(sub, "router", None), "lifespan_context", None)
                if lifespan_of is not None:
                    await stack.enter_async_context(lifespan_of(sub))
            yield
        pool.stop()

    app = FastAPI(
        title="perfagent",
        version="1",
        lifespan=lifespan,
        max_body_size=config.max_body_bytes,
        description="A performance engineer as a service: PR reviews, engagements, chat sessions.",
    )
    app.state.config, app.state.store, app.state.pool = config, store, pool
    if config.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=config.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )

    def caller(
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> str:
        """The token id of the caller (or "anonymous" when tokens are not required)."""
        if not config.require_token:
            key = "anonymous"
        else:
            token_id = store.token_by_hash(digest(credentials.credentials)) if credentials else None
            if token_id is None:
                raise HTTPException(
                    401,
                    "a valid bearer token is required (perfagent token create)",
                    headers={"WWW-Authenticate": "Bearer"},
                )
            key = token_id
        if not limiter.allow(key):
            raise HTTPException(
                429,
                "rate limit exceeded for this token",
                headers={"Retry-After": str(limiter.retry_after_s(key))},
            )
        return key

    @app.exception_handler(PerfagentError)
    async def perfagent_error(request: Request, exc: PerfagentError) -> JSONResponse:
        if isinstance(exc, InputError):
            return await request_validation_exception_handler(
                request, invalid_field(("body",), str(exc))
            )
        status = 503 if isinstance(exc, ServiceError) else 500
        return JSONResponse({"detail": str(exc)}, status_code=status)

    @app.get("/healthz", tags=["ops"], summary="Liveness and the job database")
    def healthz() -> dict:
        counts = store.counts()
        return {"status": "ok", "workers": config.workers, "jobs": counts}

    @app.get(
        "/metrics", tags=["ops"], response_class=PlainTextResponse, summary="Prometheus metrics"
    )
    def metrics() -> PlainTextResponse:
        body, content_type = render_metrics(store)
        return PlainTextResponse(body, media_type=content_type)

    app.include_router(webhooks.router(config, store))
    app.include_router(routes.router(config, store, caller))
    app.include_router(sessions.router(config, store, caller))
    for path, sub in (mounts or {}).items():
        app.mount(path, _TokenGate(sub, store) if config.require_token else sub)
    if mounts:
        app.add_middleware(_MountRoot, paths=frozenset(p.rstrip("/") for p in mounts))
    return app


class _MountRoot:
    """``POST /mcp`` reaches the app mounted at /mcp, as ``/mcp/`` does (not a 307 redirect, which
    clients following it would turn into a GET, or refuse for a POST)."""

    def __init__(self, app, paths: frozenset[str]) -> None:
        self.app, self.paths = app, paths

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] in ("http", "websocket") and scope["path"] in self.paths:
            scope = {
                **scope,
                "path": scope["path"] + "/",
                "raw_path": (scope["path"] + "/").encode(),
            }
        await self.app(scope, receive, send)


class _TokenGate:
    """A mounted app (the MCP endpoint) behind the same bearer tokens as the API."""

    def __init__(self, app, store: Store) -> None:
        self.app, self.store = app, store

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            header = dict(scope.get("headers") or []).get(b"authorization", b"").decode("latin-1")
            token = header[7:] if header.lower().startswith("bearer ") else ""
            if not token or self.store.token_by_hash(digest(token)) is None:
                response = JSONResponse(
                    {"detail": "a valid bearer token is required (perfagent token create)"},
                    status_code=401,
                    headers={"WWW-Authenticate": "Bearer"},
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def __getattr__(self, name: str):  # the router (and its lifespan) of the wrapped app
        return getattr(self.app, name)
