"""Scenes and presentations: the model, its edits and its JSON file form. Pure: no Dash.

A scene is a permalink query (the view) with a title and a note written by the presenter.
Titles and notes are user text: they are length-limited, stripped of control characters
and only ever shown as text, never as markup.

A scene's link is only ever a view of this atlas (:func:`atlas_query`): relative
(``?…`` or ``/?…``), made of the view's own parameters (``dashboard.state``). Every way
in checks it: a file loaded or read back from the server (:func:`from_file`), the
browser's copy (``presentations.browser``) and the storage layer before it writes.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, replace
from urllib.parse import parse_qsl

from dashboard.i18n.catalog import t
from dashboard.state import PARAMETERS, ViewState, from_query, to_query

FILE_FORMAT = "migration-atlas-presentation"
FILE_VERSION = 1
MAX_FILE_BYTES = 256 * 1024
MAX_SCENES = 60
MAX_TITLE = 160
MAX_NOTE = 1200
MAX_NAME = 60
#: Longest scene link read: a full view's link is about 200 characters.
MAX_LINK = 2000
# Letters of any script, digits, space, dash, underscore and dot inside: a name is also the
# file name, so it can never hold a slash, a leading dot or "..".
_NAME = re.compile(r"^\w(?:[\w \-]|\.(?!\.))*$")


class PresentationError(ValueError):
    """A presentation (or its file) that cannot be used; ``key`` is the message id."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key, values)
        self.key = key
        self.values = {k: str(v) for k, v in values.items()}


@dataclass(frozen=True)
class Scene:
    """One slide: the view (a permalink query), its title and the presenter's note."""

    query: str
    title: str
    note: str = ""


@dataclass(frozen=True)
class Presentation:
    """A named, ordered list of scenes."""

    name: str
    scenes: tuple[Scene, ...] = ()


def clean_text(text: object, limit: int) -> str:
    """User text as it will be kept: a string without control or format characters (bidi
    overrides, zero-width marks), at most ``limit`` characters (newlines kept in notes, tabs
    turned into spaces).

    Only a bounded head of the text is looked at, so a 400 KB note costs no more than a
    short one.

    >>> clean_text("  Astana" + chr(0x202E) + chr(0) + " " + "x" * 500_000, 10)
    'Astana xxx'
    """
    if not isinstance(text, str):
        raise PresentationError("present.error.not_text")
    text = unicodedata.normalize("NFC", text[: 4 * limit + 16])
    text = text.replace("\r\n", "\n").replace("\t", " ")
    kept = "".join(c for c in text if c == "\n" or unicodedata.category(c)[0] != "C")
    return kept.strip()[:limit].rstrip()


def atlas_query(link: object) -> str:
    """The query (``?…``) of ``link`` if it is a link to a view of this atlas, else
    :class:`PresentationError` (``present.error.scene_link``).

    A view of this atlas is relative (``?…`` or ``/?…``: no scheme, no host, no other
    path, no fragment) and names only the view's parameters (``dashboard.state``), each
    once. Whether the values are good is :func:`dashboard.state.from_query`'s business.

    >>> atlas_query("/?lang=en&year=2005")
    '?lang=en&year=2005'
    >>> for bad in ("javascript:alert(1)", "https:" + "//other.example/?year=2005",
    ...             "data:text/html,x", "?year=2005&next=x", "//other/?year=1"):
    ...     try:
    ...         atlas_query(bad)
    ...     except PresentationError as error:
    ...         print(error.key)
    present.error.scene_link
    present.error.scene_link
    present.error.scene_link
    present.error.scene_link
    present.error.scene_link
    """
    refused = PresentationError("present.error.scene_link")
    # ASCII and printable only: a real link is percent-encoded by to_query.
    if not isinstance(link, str) or len(link) > MAX_LINK or not link.isascii():
        raise refused
    if not link.isprintable() or " " in link or "#" in link:
        raise refused
    path, mark, query = link.partition("?")
    if path not in ("", "/") or (not mark and link):
        raise refused
    try:
        names = [name for name, _ in parse_qsl(query, keep_blank_values=True)]
    except ValueError:
        raise refused from None
    if any(name not in PARAMETERS for name in names) or len(set(names)) != len(names):
        raise refused
    return "?" + query


def clean_name(name: object) -> str:
    """A presentation name that is safe as a file name, or :class:`PresentationError`."""
    if not isinstance(name, str):
        raise PresentationError("present.error.name")
    name = unicodedata.normalize("NFC", " ".join(name.split()))
    if not 0 < len(name) <= MAX_NAME or not _NAME.match(name):
        raise PresentationError("present.error.name")
    return name


def default_name(lang: str) -> str:
    """The name of a presentation nobody has named yet, in ``lang``."""
    return t("present.default_name", lang)


def scene_for(state: ViewState, title: str, note: str = "") -> Scene:
    """The scene of a view: always the map panel, whatever tab the view was saved from."""
    query = to_query(replace(state, panel="map"))
    return Scene(query=query, title=clean_text(title, MAX_TITLE), note=clean_text(note, MAX_NOTE))


def add_scene(presentation: Presentation, scene: Scene) -> Presentation:
    """The presentation with ``scene`` appended (refused beyond :data:`MAX_SCENES`)."""
    if len(presentation.scenes) >= MAX_SCENES:
        raise PresentationError("present.error.too_many", limit=MAX_SCENES)
    return replace(presentation, scenes=(*presentation.scenes, scene))


def _checked(presentation: Presentation, index: int) -> int:
    if not 0 <= index < len(presentation.scenes):
        raise PresentationError("present.error.no_scene", number=index + 1)
    return index


def move_scene(presentation: Presentation, index: int, offset: int) -> Presentation:
    """The presentation with scene ``index`` moved by ``offset`` places (kept inside)."""
    scenes = list(presentation.scenes)
    scene = scenes.pop(_checked(presentation, index))
    scenes.insert(max(0, min(len(scenes), index + offset)), scene)
    return replace(presentation, scenes=tuple(scenes))


def remove_scene(presentation: Presentation, index: int) -> Presentation:
    """The presentation without scene ``index``."""
    scenes = list(presentation.scenes)
    del scenes[_checked(presentation, index)]
    return replace(presentation, scenes=tuple(scenes))


def edit_scene(
    presentation: Presentation, index: int, title: str | None = None, note: str | None = None
) -> Presentation:
    """The presentation with scene ``index`` renamed and/or its note rewritten."""
    scenes = list(presentation.scenes)
    scene = scenes[_checked(presentation, index)]
    if title is not None:
        scene = replace(scene, title=clean_text(title, MAX_TITLE))
    if note is not None:
        scene = replace(scene, note=clean_text(note, MAX_NOTE))
    scenes[index] = scene
    return replace(presentation, scenes=tuple(scenes))


#: Scene buttons that move a scene, and by how many places.
MOVES = {"up": -1, "down": 1}
#: A scene's text fields (its other controls are buttons).
SCENE_FIELDS = frozenset({"title", "note"})


def scene_edit(
    presentation: Presentation, kind: object, index: int, value: object
) -> Presentation | None:
    """The presentation after a scene's button was pressed or one of its fields changed.

    ``kind`` is the button (``up``, ``down``, ``remove``; ``value`` its clicks) or the field
    (``title``, ``note``; ``value`` its text). ``None`` if that changes nothing (a button
    not clicked, a field that is not text, an unknown kind).
    """
    if kind in MOVES and value:
        return move_scene(presentation, index, MOVES[kind])
    if kind == "remove" and value:
        return remove_scene(presentation, index)
    if kind in SCENE_FIELDS and isinstance(value, str):
        return edit_scene(presentation, index, **{kind: value})
    return None


def scene_state(
    scene: Scene, lang: str, available: dict[str, list[int]], default: ViewState
) -> ViewState:
    """The view a scene shows on the map, in ``lang`` (the presenter's language now, not
    the one the scene was saved in)."""
    state, _ = from_query(scene.query, available, default)
    return replace(state, lang=lang, panel="map")


def to_file(presentation: Presentation) -> bytes:
    """The JSON file of a presentation: its name and each scene's link, title and note."""
    document = {
        "format": FILE_FORMAT,
        "version": FILE_VERSION,
        "name": presentation.name,
        "scenes": [{"url": s.query, "title": s.title, "note": s.note} for s in presentation.scenes],
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def scene_view(
    link: object, number: int, available: dict[str, list[int]], default: ViewState
) -> ViewState:
    """The view of scene ``number``'s link, which must be a view of this atlas that needs
    no correcting (strict, unlike an opened link): else :class:`PresentationError`."""
    try:
        query = atlas_query(link)
    except PresentationError:
        raise PresentationError("present.error.scene_link", number=number) from None
    state, notices = from_query(query, available, default)
    if notices:
        raise PresentationError("present.error.scene_link", number=number)
    return state


def checked(
    presentation: Presentation, available: dict[str, list[int]], default: ViewState
) -> Presentation:
    """``presentation`` with every scene checked like a file's (:func:`scene_view`), its
    link written anew and its texts cleaned; :class:`PresentationError` names the first
    bad scene."""
    if len(presentation.scenes) > MAX_SCENES:
        raise PresentationError("present.error.too_many", limit=MAX_SCENES)
    return replace(
        presentation,
        name=clean_name(presentation.name),
        scenes=tuple(
            scene_for(scene_view(s.query, n, available, default), s.title, s.note)
            for n, s in enumerate(presentation.scenes, 1)
        ),
    )


def _scene_from_file(
    item: object, number: int, available: dict[str, list[int]], default: ViewState
) -> Scene:
    if not isinstance(item, dict) or not isinstance(item.get("url"), str):
        raise PresentationError("present.error.scene", number=number)
    state = scene_view(item["url"], number, available, default)
    try:
        return scene_for(state, item.get("title", ""), item.get("note", ""))
    except PresentationError:
        raise PresentationError("present.error.scene", number=number) from None


def from_file(
    data: bytes, available: dict[str, list[int]], default: ViewState | None = None
) -> Presentation:
    """Read a presentation file, refusing anything malformed, oversized or hostile.

    Every scene's link must be a view of this atlas (:func:`atlas_query`: ``javascript:``,
    ``data:`` and other hosts' links are refused) that is valid as it is (the same check
    as an opened link, but strict: a link that would need correcting is refused, not
    guessed).
    """
    if len(data) > MAX_FILE_BYTES:
        raise PresentationError("present.error.too_big", limit=MAX_FILE_BYTES // 1024)
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise PresentationError("present.error.not_json") from None
    if not isinstance(document, dict) or document.get("format") != FILE_FORMAT:
        raise PresentationError("present.error.not_presentation")
    if document.get("version") != FILE_VERSION:
        raise PresentationError("present.error.version", version=document.get("version"))
    scenes = document.get("scenes")
    if not isinstance(scenes, list):
        raise PresentationError("present.error.not_presentation")
    if len(scenes) > MAX_SCENES:
        raise PresentationError("present.error.too_many", limit=MAX_SCENES)
    default = default or ViewState()
    return Presentation(
        name=clean_name(document.get("name")),
        scenes=tuple(
            _scene_from_file(item, n, available, default) for n, item in enumerate(scenes, 1)
        ),
    )
