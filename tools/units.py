"""Numbers with units, for people."""

from __future__ import annotations

import math


def format_seconds(value: float) -> str:
    """A duration with a unit that keeps three significant digits.

    >>> format_seconds(0.0001234), format_seconds(0.25), format_seconds(3.5)
    ('123 µs', '250 ms', '3.50 s')
    >>> format_seconds(0.0009996)
    '1000 µs'
    >>> format_seconds(0.0456)
    '45.6 ms'
    """
    if math.isnan(value):
        return "n/a"
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6), ("ns", 1e-9)):
        if abs(value) >= scale or unit == "ns":
            scaled = value / scale
            digits = 0 if abs(scaled) >= 100 else 1 if abs(scaled) >= 10 else 2
            return f"{scaled:.{digits}f} {unit}"
    return f"{value} s"  # pragma: no cover


def format_bytes(value: float) -> str:
    """Bytes in binary units.

    >>> format_bytes(512), format_bytes(73 * 1024**2)
    ('512 B', '73.0 MiB')
    """
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if abs(value) < 1024 or unit == "TiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value} B"  # pragma: no cover


def format_count(value: float) -> str:
    """A large count with an SI suffix.

    >>> format_count(1234), format_count(45_600_000)
    ('1.23k', '45.6M')
    """
    for unit, scale in (("G", 1e9), ("M", 1e6), ("k", 1e3)):
        if abs(value) >= scale:
            return f"{value / scale:.3g}{unit}"
    return f"{value:.0f}"
