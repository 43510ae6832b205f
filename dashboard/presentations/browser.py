"""The browser's side of presentations: the copy it keeps (local storage), the edit keys
it keeps, the player's position it keeps, and the file an upload sends. Pure: no Dash.

The browser may hold or send anything: what is read here is checked, and what is not a
good value falls back (an empty presentation, the default name, no key), is left out (a
scene whose link is not a view of this atlas) or is refused (:class:`PresentationError`).
"""

from __future__ import annotations

import base64
import binascii

from dashboard.presentations.keys import is_key
from dashboard.presentations.scenes import (
    MAX_FILE_BYTES,
    MAX_NOTE,
    MAX_SCENES,
    MAX_TITLE,
    Presentation,
    PresentationError,
    Scene,
    atlas_query,
    clean_name,
    clean_text,
    default_name,
)
from dashboard.presentations.storage import MAX_PRESENTATIONS


def as_data(presentation: Presentation) -> dict:
    """The presentation as kept in the browser's store."""
    return {
        "name": presentation.name,
        "scenes": [
            {"query": s.query, "title": s.title, "note": s.note} for s in presentation.scenes
        ],
    }


def _text(value: object, limit: int) -> str:
    return clean_text(value, limit) if isinstance(value, str) else ""


def _scene(item: object) -> Scene | None:
    """A scene the browser kept, or None if it is not one: its link must be a view of this
    atlas; a title or note that is not text is empty, a long one cut."""
    if not isinstance(item, dict):
        return None
    try:
        query = atlas_query(item.get("query"))
    except PresentationError:
        return None
    return Scene(query, _text(item.get("title"), MAX_TITLE), _text(item.get("note"), MAX_NOTE))


def from_data(data: dict | None, lang: str) -> Presentation:
    """The presentation in the browser's store (a new, empty one if there is none).

    The store may hold anything: scenes that are not objects, or whose link is not a view
    of this atlas (``javascript:``, another host, a ``data:`` URL, an unknown parameter),
    are left out, and those past ``MAX_SCENES`` (only that many are looked at); titles and
    notes are cleaned and cut; a name that is not a good one is the default (in ``lang``).

    >>> from_data({"name": "../x", "scenes": [5, {"query": "?year=2005"},
    ...            {"query": "javascript:alert(1)"}]}, "en")
    Presentation(name='Briefing', scenes=(Scene(query='?year=2005', title='', note=''),))
    """
    if not isinstance(data, dict):
        return Presentation(name=default_name(lang))
    listed = data.get("scenes")
    kept = (_scene(item) for item in (listed[:MAX_SCENES] if isinstance(listed, list) else []))
    try:
        name = clean_name(data.get("name"))
    except PresentationError:
        name = default_name(lang)
    return Presentation(name=name, scenes=tuple(scene for scene in kept if scene is not None))


def keys_from_data(data: object) -> dict[str, str]:
    """The edit keys the browser keeps (presentation name -> key); anything that is not a
    good name with a key of the right shape is left out, and there are never more than the
    server keeps presentations.

    >>> keys_from_data({"Astana": "k" * 43, "../x": "k" * 43, "Almaty": 5})
    {'Astana': 'kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk'}
    """
    if not isinstance(data, dict):
        return {}
    keys: dict[str, str] = {}
    for name, key in list(data.items())[:MAX_PRESENTATIONS]:
        try:
            if is_key(key):
                keys[clean_name(name)] = key
        except PresentationError:
            continue
    return keys


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


def refused_file(report: object) -> PresentationError | None:
    """Why the page refused a presentation file, from what ``assets/presentation-upload.js``
    reported: ``{"reason": "size", "name": …, "bytes": …}`` for a file over the limit,
    which the upload does not read, ``{"reason": "server"}`` for a 413 from the server.
    ``None`` if the report is not one of those.

    >>> refused_file({"reason": "size", "name": "big.json", "bytes": 400_000}).values
    {'file': 'big.json', 'size': '391', 'limit': '256'}
    >>> refused_file({"reason": "server"}).key, refused_file("x")
    ('present.error.server_too_big', None)
    """
    if not isinstance(report, dict):
        return None
    if report.get("reason") == "server":
        return PresentationError("present.error.server_too_big")
    size = report.get("bytes")
    if report.get("reason") != "size" or isinstance(size, bool) or not isinstance(size, int):
        return None
    name = _text(report.get("name"), 80)
    kilobytes = -(-max(size, 0) // 1024)  # rounded up: 256.1 KB is not "256 KB"
    return PresentationError(
        "present.error.file_too_big", file=name, size=kilobytes, limit=MAX_FILE_BYTES // 1024
    )
