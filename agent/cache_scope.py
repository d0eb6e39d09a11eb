"""Whether a cache of an endpoint's responses may be shared, from what the engagement saw:
the traces' writes on a GET (never cached), the spec's logged-in load ([service.auth]) and the
endpoint's own headers (the request side), the payload probe's Set-Cookie and Vary (the
response side). The rule is tools/cache/scope.py."""

from __future__ import annotations

from perfagent.agent.state import EngagementState
from perfagent.tools.cache.scope import CacheScope, cache_scope
from perfagent.tools.monitoring.routes import flask_to_template, template_of
from perfagent.tools.tracing.rules._common import short


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
        writes=traced_write(state, endpoint),
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


def _method_path(endpoint: str) -> tuple[str, str]:
    """``GET /x`` → (GET, /x); a bare path is a GET.

    >>> _method_path("GET ping/<uuid:code>"), _method_path("/ping/7")
    (('GET', 'ping/<uuid:code>'), ('GET', '/ping/7'))
    """
    method, _, path = endpoint.partition(" ")
    if path and method.isalpha() and method.isupper():
        return method, path
    return "GET", endpoint


def _template(route: str) -> str:
    """A traced route as a path template (a leading slash whether the route had one or not)."""
    return "/" + flask_to_template(route).lstrip("/")


def traced_write(state: EngagementState, endpoint: str) -> str | None:
    """What ``endpoint`` writes on a read-only request, when its traces showed a write (the
    write_on_get rule), as the rest of a sentence; None when they did not (or nothing was
    traced). ``endpoint`` is a spec or probe name (``GET /ping/0b1c…``), a path, or a traced
    route; a concrete path is matched to the traced route templates of its method."""
    traces = state.traces
    writing = {f.endpoint: f for f in traces.findings if f.rule == "write_on_get"} if traces else {}
    if not writing:
        return None
    method, path = _method_path(endpoint)
    found = writing.get(endpoint)
    if found is None and traces is not None:
        routes: dict[str, str] = {}
        for name in [e.endpoint for e in traces.endpoints] + list(writing):
            traced_method, route = _method_path(name)
            if traced_method == method:
                routes.setdefault(_template(route), name)
        found = writing.get(routes.get(template_of(path, list(routes)), ""))
    if found is None:
        return None
    traced_method, route = _method_path(found.endpoint)
    shown = f"{traced_method} /{route.lstrip('/')}"
    statements = [found.sample or "", *found.detail.get("statements", [])]
    insert = next((t for t in statements if t.lstrip().upper().startswith("INSERT")), None)
    requests = f"{found.requests} traced request{'s' if found.requests != 1 else ''}"
    if found.detail.get("purpose_write") and insert:
        what = f"{shown} records something on every request (`{short(insert, 70)}`, {requests})"
    else:
        what = f"{shown} writes on a GET (`{short(found.sample or '', 70)}`, {requests})"
    return what + "; a cached answer would skip the write"
