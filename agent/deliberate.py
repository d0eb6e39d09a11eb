"""Deliberately slow security work: password hashing and key derivation are slow on purpose
(scrypt, bcrypt, argon2, PBKDF2), so their CPU is a cost to plan capacity for, never a hot
spot to speed up (a lower work factor would weaken every stored password).

>>> deliberate("pbkdf2_hmac", "<built-in>")
True
>>> deliberate("check_password_hash", "werkzeug/security.py")
True
>>> deliberate("related_products", "shop/app.py")
False
"""

from __future__ import annotations

import re

KDF = re.compile(
    r"scrypt|bcrypt|argon2|pbkdf2|passlib|hashpw|checkpw|password_hash|(check|verify|hash)_?password",
    re.IGNORECASE,
)


def deliberate(function: str, file: str) -> bool:
    """Is this profile frame password hashing / key derivation?"""
    return bool(
        KDF.search(function)
        or KDF.search(file.replace("\\", "/").rsplit("/", 1)[-1])
        or "/passlib/" in file
        or "/bcrypt/" in file
        or "/argon2/" in file
    )


def capacity_advice(*, cpu_pct: float, per_call_ms: float | None) -> str:
    """What to do about deliberate hashing cost: capacity, not speed."""
    rate = (
        f"one core verifies about {1000.0 / per_call_ms:,.0f} passwords/s at {per_call_ms:.0f} "
        f"ms each, so size login capacity as logins/s x {per_call_ms:.0f} ms of CPU; "
        if per_call_ms
        else ""
    )
    return (
        f"keep the work factor (it is what makes stolen hashes expensive to crack); {rate}"
        f"give logins their own worker share or a thread pool so {cpu_pct:.0f}% of CPU in "
        "hashing does not queue other requests; rate-limit the login endpoint per account and "
        "per client address; keep sessions or tokens long enough that a user logs in once, not "
        "per request"
    )
