"""Where perfagent may send requests: an allow-list, loopback only by default.

Names other than those listed literally are never resolved: a DNS answer can change
between the check and the first request, so an allow-listed *name* must be listed
as it is written. Every instrument that sends traffic (load tests, monitor checks,
frontend fetches) checks its host here before anything leaves the process.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

LOOPBACK = ("127.0.0.0/8", "::1", "localhost")


def host_allowed(name: str, allow: Sequence[str] = LOOPBACK) -> bool:
    """True when the bare host ``name`` (IP literal or name) matches an allow-list entry.

    >>> host_allowed("127.9.9.9"), host_allowed("::1"), host_allowed("localhost.evil.com")
    (True, True, False)
    >>> host_allowed("10.1.2.3"), host_allowed("10.1.2.3", ["10.0.0.0/8"])
    (False, True)
    """
    name = name.lower().strip("[]")
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        address = None
    for entry in allow:
        if address is None:
            if entry.lower() == name:
                return True
            continue
        try:
            if address in ipaddress.ip_network(entry, strict=False):
                return True
        except ValueError:
            continue  # a host-name entry cannot match an IP literal
    return False
