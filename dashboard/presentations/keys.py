"""Who may change a presentation kept on the server: its edit key, or the administrator.

A presentation is created with an unguessable edit key (``secrets.token_urlsafe``, 256
bits). The browser that created it keeps the key (local storage); the server keeps only its
SHA-256 hash, so a copy of the instance folder gives no one the keys. Anyone may read a
presentation (its list entry, its file, its PDF): reading is what a shared link is for.
Changing or deleting it needs the key, or the administrator token (``ATLAS_ADMIN_TOKEN``).

A fast hash is enough here: a key is 256 random bits, not a password that a dictionary
could guess, so a slow password hash would add cost and no safety. Comparisons run in
constant time (``hmac.compare_digest``). Pure: no Dash.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field

KEY_BYTES = 32
#: What a key looks like (token_urlsafe of 32 bytes is 43 characters); anything else is
#: not one, and is never hashed or compared.
_KEY = re.compile(r"^[A-Za-z0-9_-]{32,128}$")
HASH_PREFIX = "sha256:"


def new_key() -> str:
    """A new edit key (256 random bits, URL-safe text)."""
    return secrets.token_urlsafe(KEY_BYTES)


def is_key(value: object) -> bool:
    """Whether ``value`` has the shape of an edit key.

    >>> is_key(new_key()), is_key("x"), is_key(None)
    (True, False, False)
    """
    return isinstance(value, str) and bool(_KEY.match(value))


def key_hash(key: str) -> str:
    """What the server keeps of ``key``."""
    return HASH_PREFIX + hashlib.sha256(key.encode("ascii")).hexdigest()


def key_matches(stored_hash: object, key: object) -> bool:
    """Whether ``key`` is the key whose hash the server keeps (False if either is missing).

    >>> key = new_key()
    >>> key_matches(key_hash(key), key), key_matches(key_hash(key), new_key())
    (True, False)
    >>> key_matches(None, key), key_matches(key_hash(key), None)
    (False, False)
    """
    if not isinstance(stored_hash, str) or not is_key(key):
        return False
    return hmac.compare_digest(stored_hash.encode("ascii", "replace"), key_hash(key).encode())


def token_matches(configured: str | None, supplied: object) -> bool:
    """Whether ``supplied`` is the administrator token (never when none is configured).

    The same rule as ``dashboard.web.admin.token_matches``, which sits in a higher layer.
    """
    if not configured or not isinstance(supplied, str) or not supplied:
        return False
    return hmac.compare_digest(configured.encode("utf-8"), supplied.encode("utf-8"))


@dataclass(frozen=True)
class Editor:
    """Who asks for a change: the edit keys the browser holds (by presentation name) and
    whether the administrator token came with the request."""

    keys: Mapping[str, str] = field(default_factory=dict)
    admin: bool = False

    def key(self, name: str) -> str | None:
        """The key this browser holds for presentation ``name``, if any."""
        return self.keys.get(name)

    def with_key(self, name: str, key: str | None) -> dict[str, str]:
        """The browser's keys after presentation ``name`` got ``key`` (``None``: dropped)."""
        keys = {n: k for n, k in self.keys.items() if n != name}
        return {**keys, name: key} if key else keys
