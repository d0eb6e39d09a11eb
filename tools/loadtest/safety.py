"""Where load may go: a host outside the allow-list is refused before anything is sent.

The default allow-list is loopback only. Names other than ``localhost`` are never
resolved: a DNS answer can change between the check and the first request, so an
allow-listed *name* must be listed literally.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from perfagent.tools.errors import InputError, UnsafeInputError
from perfagent.tools.sandbox.network import LOOPBACK, host_allowed


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
    perfagent.tools.errors.UnsafeInputError: host example.com is not on the load allow-list
    (127.0.0.0/8, ::1, localhost); refusing to send load to it
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


def extend_allow(*extra: Iterable[str]) -> list[str]:
    """Loopback plus the hosts or networks allowed explicitly (a spec key, ``--allow-host``).

    An entry that is neither an IP network nor a plain host name is refused here, so a
    typo does not silently allow nothing (or everything).

    >>> extend_allow(["10.0.0.0/8"], ["loadtarget.internal", "127.0.0.0/8"])
    ['127.0.0.0/8', '::1', 'localhost', '10.0.0.0/8', 'loadtarget.internal']
    >>> extend_allow(["http://10.0.0.1:80"])
    Traceback (most recent call last):
    ...
    perfagent.tools.errors.InputError: allowed host 'http://10.0.0.1:80' must be an IP address, a
    network (10.0.0.0/8) or a host name, not a URL
    """
    allow = list(LOOPBACK)
    for entry in (e.strip() for group in extra for e in group):
        if not _valid_entry(entry):
            raise InputError(
                f"allowed host {entry!r} must be an IP address, a network (10.0.0.0/8) or a host "
                "name, not a URL"
            )
        if entry not in allow:
            allow.append(entry)
    return allow


def _valid_entry(entry: str) -> bool:
    try:
        ipaddress.ip_network(entry, strict=False)
        return True
    except ValueError:
        pass
    labels = entry.rstrip(".").split(".")
    return bool(entry) and all(
        label and len(label) <= 63 and label.replace("-", "").isalnum() for label in labels
    )


def check_path(path: str) -> str:
    """An endpoint path must be relative to the host, so it cannot point load elsewhere.

    >>> check_path("/api/items?q=1")
    '/api/items?q=1'
    >>> check_path("http://example.com/")
    Traceback (most recent call last):
    ...
    perfagent.tools.errors.UnsafeInputError: endpoint path 'http://example.com/' must start with a
    single '/' (a path on the host, not a URL)
    """
    if not path.startswith("/") or path.startswith("//"):
        raise UnsafeInputError(
            f"endpoint path {path!r} must start with a single '/' (a path on the host, not a URL)"
        )
    return path
