"""Who may share a cached response: everyone, one user, or no one.

A request that writes is never cached: a cached answer would skip the write (a GET that records
a ping, a hit, a last-seen time). The traces tell (the write_on_get rule), and it outranks every
other reason. A response that depends on who asks must never be served to someone else. The
request side: requests that carry a Cookie or an Authorization header (a logged-in load, an
endpoint's own headers) are cached per user — the key holds a hash of those credentials — or
not at all. The response side: ``Set-Cookie`` means not at all (a replayed answer would hand
out a session); ``Vary: Cookie`` / ``Vary: Authorization`` or ``Cache-Control: private`` mean
per user.

>>> cache_scope().scope
'shared'
>>> s = cache_scope(request_headers=["Cookie"], logged_in="form")
>>> s.scope, s.reason
('per_user', 'requests carry a session (a form login from [service.auth]) and a Cookie header')
>>> cache_scope(set_cookie=True, request_headers=["Authorization"]).scope
'none'
>>> cache_scope(vary="Accept-Encoding, Cookie").scope
'per_user'
>>> w = cache_scope(writes="GET /ping/<uuid:code> records something on every request",
...                 request_headers=["Cookie"], logged_in="form")
>>> w.scope, w.reason
('none', 'it writes: GET /ping/<uuid:code> records something on every request')
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, Field

CREDENTIALS = ("cookie", "authorization")


class CacheScope(BaseModel):
    scope: Literal["shared", "per_user", "none"] = Field(
        description="shared: one entry for everyone; per_user: keyed by the user's credentials; "
        "none: not cached"
    )
    reason: str

    @property
    def label(self) -> str:
        return {"shared": "shared by all users", "per_user": "per user", "none": "not cached"}[
            self.scope
        ]


def cache_scope(
    *,
    request_headers: Iterable[str] = (),
    logged_in: str | None = None,
    set_cookie: bool = False,
    vary: str | None = None,
    cache_control: str | None = None,
    writes: str | None = None,
) -> CacheScope:
    """The scope a cache of one endpoint's responses must have, and why (one sentence).
    ``writes``: what the endpoint's traced requests write, when they do."""
    if writes:
        return CacheScope(scope="none", reason=f"it writes: {writes}")
    if set_cookie:
        return CacheScope(
            scope="none",
            reason="the response sets a cookie: a cached copy would hand one "
            "user's cookie to another",
        )
    sent = [h for h in CREDENTIALS if h in {x.lower() for x in request_headers}]
    varies = [h for h in CREDENTIALS if h in {p.strip().lower() for p in (vary or "").split(",")}]
    if logged_in or sent:
        what = " and ".join(h.capitalize() for h in sent) or "credential"
        session = f"a session (a {logged_in} login from [service.auth]) and " if logged_in else ""
        return CacheScope(
            scope="per_user",
            reason=f"requests carry {session}a{'n' if what[0] in 'AE' else ''} {what} header",
        )
    if varies:
        return CacheScope(
            scope="per_user",
            reason=f"the response varies by {', '.join(h.capitalize() for h in varies)}",
        )
    if cache_control and "private" in cache_control.lower():
        return CacheScope(scope="per_user", reason="the response is Cache-Control: private")
    return CacheScope(
        scope="shared",
        reason="requests carry no Cookie or Authorization and the response sets no "
        "cookie nor varies by one",
    )
