"""Where load may go: a host outside the allow-list is refused before anything is sent.

The default allow-list is loopback only. Names other than ``localhost`` are never
resolved: a DNS answer can change between the check and the first request, so an
allow-listed *name* must be listed literally.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

from tools.errors import InputError, UnsafeInputError
from tools.sandbox.network import LOOPBACK, host_allowed


def check_host(host: str, allow: Sequence[str] = LOOPBACK) -> str:
    """Return ``host`` unchanged if load may be sent to it; raise UnsafeInputError if not.

    ``allow`` holds IP networks (``10.0.0.0/8``), addresses or literal host names.

    >>> check_host("http://127.0.0.1:8000")
    'http://127.0.0.1:8000'
    >>> check_host("http://[::1]:8000")
    'http://[::1]:8000'
    >>> check_host("http://example.com")
    Traceback (most recent call last):
    ...
    tools.errors.UnsafeInputError: host example.com is not on the load allow-list (127.0.0.0/8, ::1, localhost); refusing to send load to it
    >>> check_host("http://10.1.2.3:80", ["10.0.0.0/8"])
    'http://10.1.2.3:80'
    """
    parts = urlsplit(host)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"host {host!r} must look like http://127.0.0.1:8000")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise InputError(f"host {host!r} must not carry a path; put paths in the endpoints")
    name = parts.hostname.lower()
    if not host_allowed(name, allow):
        raise UnsafeInputError(
            f"host {name} is not on the load allow-list ({', '.join(allow)}); "
            "refusing to send load to it"
        )
    return host


def check_path(path: str) -> str:
    """An endpoint path must be relative to the host, so it cannot point load elsewhere.

    >>> check_path("/api/items?q=1")
    '/api/items?q=1'
    >>> check_path("http://example.com/")
    Traceback (most recent call last):
    ...
    tools.errors.UnsafeInputError: endpoint path 'http://example.com/' must start with a single '/' (a path on the host, not a URL)
    """
    if not path.startswith("/") or path.startswith("//"):
        raise UnsafeInputError(
            f"endpoint path {path!r} must start with a single '/' (a path on the host, not a URL)"
        )
    return path
