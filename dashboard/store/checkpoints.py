"""Named points in an import where a crash is survivable, for the crash tests.

``reached(name)`` does nothing in normal use. The tests run an import in a subprocess
with :data:`hook` replaced by a function that kills the process at one of these names,
then check that the previous store is intact. Keeping the points named in the code (rather
than killing at a random moment) makes every window of the protocol testable.
"""

from __future__ import annotations

from collections.abc import Callable

#: Points, in the order an import passes them.
NAMES = (
    "pending-written",  # the history folder is written under .pending-<id>
    "store-half-written",  # the new store file has some tables, not all
    "store-written",  # the new store file is complete, closed, flushed
    "store-switched",  # the pointer names the new generation: the import is accepted
    "import-filed",  # the history folder is renamed from .pending-<id> to <id>
)

hook: Callable[[str], None] | None = None


def reached(name: str) -> None:
    """Mark that the import got to ``name`` (calls :data:`hook` when a test set one)."""
    if hook is not None:
        hook(name)
