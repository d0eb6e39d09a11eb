"""API tokens (stored only as hashes), webhook signatures, and per-token rate limits."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time

from perfagent.api.server.store import Store

TOKEN_PREFIX = "pa_"


def digest(token: str) -> str:
    """Tokens are 32 random bytes, so a plain SHA-256 is enough (no dictionary to guess from).

    >>> digest("pa_x") == digest("pa_x"), len(digest("pa_x"))
    (True, 64)
    """
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(store: Store, name: str) -> tuple[str, str]:
    """A new token: (id, the token itself — shown once, never stored)."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    return store.add_token(name, digest(token)), token


def register_token(store: Store, name: str, token: str) -> tuple[str, bool]:
    """Register a token made elsewhere (a Kubernetes Secret, a CI secret store): (id, newly added).

    Registering the same live token again is a no-op, so a deployment job can run twice.
    """
    from perfagent.tools.errors import InputError

    if not token.startswith(TOKEN_PREFIX) or len(token) < len(TOKEN_PREFIX) + 32:
        raise InputError(
            f"an API token must start with {TOKEN_PREFIX!r} and carry at least 32 more characters "
            f'(make one with: python -c \'import secrets; print("{TOKEN_PREFIX}" + '
            "secrets.token_urlsafe(32))')"
        )
    existing = store.token_by_hash(digest(token))
    if existing:
        return existing, False
    try:
        return store.add_token(name, digest(token)), True
    except Exception:  # noqa: BLE001 - the hash is unique: this token was registered and revoked
        raise InputError("this API token was revoked before; make a new one") from None


def signature_ok(secret: str, body: bytes, header: str | None) -> bool:
    """GitHub's ``X-Hub-Signature-256: sha256=<hex HMAC of the raw body>``, compared in constant
    time.

    >>> import hmac, hashlib
    >>> good = "sha256=" + hmac.new(b"s", b"{}", hashlib.sha256).hexdigest()
    >>> (signature_ok("s", b"{}", good), signature_ok("s", b"{} ", good),
    ...  signature_ok("s", b"{}", None))
    (True, False, False)
    """
    if not header or not header.startswith("sha256="):
        return False
    expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), header.encode())


class RateLimiter:
    """A token bucket per key: ``per_minute`` requests, refilled continuously.

    >>> limiter = RateLimiter(2, clock=iter([0.0, 0.0, 0.0, 30.0]).__next__)
    >>> [limiter.allow("k") for _ in range(4)]
    [True, True, False, True]
    """

    def __init__(self, per_minute: int, *, clock=time.monotonic) -> None:
        self.capacity = float(per_minute)
        self.rate_per_s = per_minute / 60.0
        self.clock = clock
        self.buckets: dict[str, tuple[float, float]] = {}
        self.lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = self.clock()
        with self.lock:
            tokens, last = self.buckets.get(key, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate_per_s)
            allowed = tokens >= 1.0
            self.buckets[key] = (tokens - 1.0 if allowed else tokens, now)
            return allowed

    def retry_after_s(self, key: str) -> int:
        tokens, _ = self.buckets.get(key, (0.0, 0.0))
        return max(1, int((1.0 - tokens) / self.rate_per_s) + 1)
