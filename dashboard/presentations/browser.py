"""The browser's side of presentations: the copy it keeps (local storage), the player's
position it keeps, and the file an upload sends. Pure: no Dash.

The browser may hold or send anything: what is read here is checked, and what is not a
good value falls back (an empty presentation, the default name) or is refused
(:class:`PresentationError`).
"""

from __future__ import annotations

import base64
import binascii

from dashboard.presentations.scenes import (
    MAX_SCENES,
    Presentation,
    PresentationError,
    Scene,
    clean_name,
    default_name,
)


def as_data(presentation: Presentation) -> dict:
    """The presentation as kept in the browser's store."""
    return {
        "name": presentation.name,
        "scenes": [
            {"query": s.query, "title": s.title, "note": s.note} for s in presentation.scenes
        ],
    }


def from_data(data: dict | None, lang: str) -> Presentation:
    """The presentation in the browser's store (a new, empty one if there is none).

    The store may hold anything: scenes that are not objects are left out, and those past
    ``MAX_SCENES``; a name that is not a good one is the default (in ``lang``).

    >>> from_data({"name": "../x", "scenes": [5, {"query": "?year=2005"}]}, "en")
    Presentation(name='Briefing', scenes=(Scene(query='?year=2005', title='', note=''),))
    """
    if not isinstance(data, dict):
        return Presentation(name=default_name(lang))
    listed = data.get("scenes")
    scenes = tuple(
        Scene(**{k: str(s.get(k, "")) for k in ("query", "title", "note")})
        for s in (listed[:MAX_SCENES] if isinstance(listed, list) else [])
        if isinstance(s, dict)
    )
    try:
        name = clean_name(data.get("name"))
    except PresentationError:
        name = default_name(lang)
    return Presentation(name=name, scenes=scenes)


def upload_bytes(contents: object) -> bytes:
    """The bytes of an upload's data URL (``data:…;base64,…``).

    >>> upload_bytes("data:application/json;base64,e30=")
    b'{}'
    """
    if not isinstance(contents, str):
        raise PresentationError("present.error.upload")
    _, _, payload = contents.partition(",")
    try:
        return base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise PresentationError("present.error.upload") from None


# -- the player's position: {"playing": bool, "index": scene, "shown": scene on the map} ----
# "shown" is there only when the map is to change: leaving the player keeps the last scene.


def is_playing(position: object) -> bool:
    """Whether the position kept in the browser says a presentation is being played."""
    return isinstance(position, dict) and bool(position.get("playing"))


def playing_at(index: int) -> dict:
    """The position of the player showing scene ``index`` (on the map too)."""
    return {"playing": True, "index": index, "shown": index}


def opened_at(index: int) -> dict:
    """Scene ``index`` opened on the map from the panel, not played."""
    return {"playing": False, "index": index, "shown": index}


def stopped_at(index: int) -> dict:
    """The player left at scene ``index``; the map keeps showing it."""
    return {"playing": False, "index": index}


def stepped(index: int, total: int, forward: bool) -> int:
    """The scene after (or before) ``index`` among ``total``, kept inside the presentation.

    >>> stepped(2, 3, True), stepped(0, 3, False), stepped(1, 3, True)
    (2, 0, 2)
    """
    return max(0, min(total - 1, index + (1 if forward else -1)))
