"""Whether a cache of an endpoint's responses may be shared, from what the engagement saw:
the spec's logged-in load ([service.auth]) and the endpoint's own headers (the request side),
the payload probe's Set-Cookie and Vary (the response side). The rule is tools/cache/scope.py."""

from __future__ import annotations

from perfagent.agent.state import EngagementState
from perfagent.tools.cache.scope import CacheScope, cache_scope


def credential_headers(state: EngagementState) -> list[str]:
    """Headers that say who is asking, besides Cookie and Authorization (a static-header
    login's)."""
    auth = state.spec.load.service.auth if state.spec.load else None
    header = getattr(auth, "header", None)
    return [header] if header and header.lower() not in ("cookie", "authorization") else []


def endpoint_scope(state: EngagementState, endpoint: str) -> CacheScope:
    """The scope for ``endpoint`` (its name, ``GET /path``, or its path)."""
    load = state.spec.load
    auth = load.service.auth if load else None
    spec_endpoint = next(
        (e for e in (load.service.endpoints if load else []) if endpoint in (e.name, e.path)), None
    )
    headers = list(spec_endpoint.headers) if spec_endpoint else []
    if auth is not None:
        headers.append(
            {
                "form": "Cookie",
                "token": getattr(auth, "header", "Authorization"),
                "header": getattr(auth, "header", ""),
            }[auth.kind]
        )
    probe = next(
        (p for p in state.payloads if endpoint in (p.endpoint, p.endpoint.split(" ", 1)[-1])), None
    )
    scope = cache_scope(
        request_headers=headers,
        logged_in=auth.kind if auth else None,
        set_cookie=bool(probe and probe.set_cookie),
        vary=probe.vary if probe else None,
        cache_control=probe.cache_control if probe else None,
    )
    extra = [h for h in credential_headers(state) if h in headers]
    if scope.scope == "per_user" and extra:
        scope.reason += f" (the key also hashes {', '.join(extra)})"
    return scope
