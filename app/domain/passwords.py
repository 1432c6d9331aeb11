"""Password hashing for sign-in: scrypt (a slow, memory-hard hash) with a random salt per password.

The stored text carries its own parameters, "scrypt$n$r$p$salt$hash" (salt and hash in base64), so the
cost can be raised later without breaking older passwords: `needs_rehash` tells when to store a new one.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from app.domain.errors import ValidationError

SCHEME = "scrypt"
# About 50–100 ms and 16 MiB per check on an office PC: cheap for one sign-in, slow for guessing.
N, R, P = 2**14, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
MIN_LENGTH = 6
MAX_LENGTH = 200
_MAX_N = 2**20  # a stored hash asking for more memory than this is refused rather than obeyed
# A hash of nothing anyone can type: checked against when a login is unknown, so an unknown login
# takes as long to refuse as a wrong password (no telling which logins exist by the time taken).
_DUMMY_SALT = b"warrantydesk-no-such-user"


def check_strength(password: str) -> None:
    """Refuse a password too short to be worth a lock (ValidationError with a message for the user)."""
    if len(password) < MIN_LENGTH:
        raise ValidationError(f"the password needs at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        raise ValidationError(f"the password is too long (at most {MAX_LENGTH} characters)")
    if not password.strip():
        raise ValidationError("the password must not be only spaces")


def hash_password(password: str, *, n: int | None = None, r: int | None = None, p: int | None = None) -> str:
    """The text to store for `password`: scheme, parameters (today's unless given), a new random salt and the
    derived key."""
    n, r, p = n or N, r or R, p or P
    salt = secrets.token_bytes(SALT_BYTES)
    key = _derive(password, salt, n, r, p)
    return "$".join((SCHEME, str(n), str(r), str(p), _b64(salt), _b64(key)))


def verify_password(password: str, stored: str | None) -> bool:
    """Whether `password` matches the stored hash; False for no hash or a malformed one (after as long)."""
    parsed = _parse(stored)
    if parsed is None:
        _derive(password, _DUMMY_SALT, N, R, P)  # the same time as a real check
        return False
    n, r, p, salt, expected = parsed
    return hmac.compare_digest(_derive(password, salt, n, r, p, length=len(expected)), expected)


def needs_rehash(stored: str) -> bool:
    """A hash made with weaker parameters than today's: store a new one at the next successful sign-in."""
    parsed = _parse(stored)
    return parsed is None or (parsed[0], parsed[1], parsed[2]) != (N, R, P)


def _parse(stored: str | None) -> tuple[int, int, int, bytes, bytes] | None:
    if not stored:
        return None
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return None
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt, key = base64.b64decode(parts[4], validate=True), base64.b64decode(parts[5], validate=True)
    except ValueError:
        return None
    if n < 2 or n > _MAX_N or n & (n - 1) or not 1 <= r <= 32 or not 1 <= p <= 16 or not salt or not key:
        return None
    return n, r, p, salt, key


def _derive(password: str, salt: bytes, n: int, r: int, p: int, *, length: int = HASH_BYTES) -> bytes:
    # maxmem: scrypt needs 128·n·r bytes; OpenSSL's default limit (32 MiB) would refuse a raised n.
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r + 2**20,
                          dklen=length)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
