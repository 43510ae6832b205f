"""What the Presentation tab and the player show, in the reader's language. Pure: no Dash.

The presentation model (``dashboard.presentations``) sits a layer above the views, so a
presentation here is anything with a ``name`` and ``scenes`` (each with a ``query``, a
``title`` and a ``note``). Titles and notes are the presenter's text: they are passed on
as they are, and the layout only ever shows them as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import quote

from dashboard.datasets.catalogue import indicator_label
from dashboard.datasets.package import DataPackage
from dashboard.i18n.catalog import t
from dashboard.state import ViewState


class SceneLike(Protocol):
    """What the view reads of a scene."""

    @property
    def query(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def note(self) -> str: ...


class PresentationLike(Protocol):
    """What the view reads of a presentation."""

    @property
    def name(self) -> str: ...
    @property
    def scenes(self) -> Sequence[SceneLike]: ...


@dataclass(frozen=True)
class Notice:
    """A message about what the reader just did."""

    text: str
    tone: str = "success"  # "secondary" for a deletion, "danger" for a refusal


def notice(key: str, lang: str, tone: str = "success", **values: object) -> Notice:
    """The message ``key`` in ``lang``, filled with ``values``.

    >>> notice("present.created", "en", name="Astana")
    Notice(text='New presentation “Astana” created.', tone='success')
    """
    return Notice(t(key, lang, **values), tone)


def scene_title(state: ViewState, package: DataPackage) -> str:
    """A scene's first title: what the map shows, in the reader's language."""
    label = indicator_label(state.indicator, state.lang, package)
    if state.compare_year:  # a comparison says it is a change, as the map's title does
        first, last = state.compare_year, state.year
        return t("map.title_change", state.lang, indicator=label, first=first, last=last)
    return f"{label}, {state.year}"


def file_links(name: str, lang: str) -> tuple[str, str]:
    """Where the presentation's JSON file and its PDF are downloaded from.

    >>> file_links("Брифинг 2", "kk")
    ('/presentations/%D0%91%D1%80%D0%B8%D1%84%D0%B8%D0%BD%D0%B3%202.json', \
'/presentations/%D0%91%D1%80%D0%B8%D1%84%D0%B8%D0%BD%D0%B3%202.pdf?lang=kk')
    """
    base = "/presentations/" + quote(name, safe="")
    return base + ".json", f"{base}.pdf?lang={lang}"


@dataclass(frozen=True)
class SceneRow:
    """One scene in the panel's list."""

    index: int  # its place from 0: the index in its fields' and buttons' ids
    heading: str  # "Scene 2"
    title: str
    note: str
    link: str  # the view it shows, as a permalink query


@dataclass(frozen=True)
class SceneLabels:
    """The words on every scene's fields and buttons."""

    title: str
    note: str
    open_on_map: str
    move_up: str
    move_down: str
    remove: str


@dataclass(frozen=True)
class PresentationView:
    """What the Presentation tab shows of the current presentation."""

    name: str
    rows: tuple[SceneRow, ...]
    empty: str  # what the list says while there is no scene
    labels: SceneLabels
    saved: tuple[str, ...]  # the presentations kept on the server, by name
    picked: str | None  # the current one among them, if it is saved
    json_link: str
    pdf_link: str
    editable: bool = True  # False: another browser's, read-only here
    access: str = ""  # who may change it, said to the reader


#: Who may change the presentation shown: ``own`` (this browser holds its key, or it is not
#: saved yet), ``read_only`` (another browser's), ``admin`` (the administrator token).
ACCESS = ("own", "read_only", "admin")


def presentation_view(
    presentation: PresentationLike, saved: Sequence[str], lang: str, access: str = "own"
) -> PresentationView:
    """The Presentation tab for ``presentation`` in ``lang``; ``saved`` are the names kept
    on the server; ``access`` one of :data:`ACCESS`."""
    if access not in ACCESS:
        raise ValueError(f"access must be one of {ACCESS}, got {access!r}")
    json_link, pdf_link = file_links(presentation.name, lang)
    rows = tuple(
        SceneRow(
            index=number - 1,
            heading=t("present.scene", lang, number=number),
            title=scene.title,
            note=scene.note,
            link=scene.query,
        )
        for number, scene in enumerate(presentation.scenes, 1)
    )
    labels = SceneLabels(
        title=t("present.scene_title", lang),
        note=t("present.scene_note", lang),
        open_on_map=t("present.open", lang),
        move_up=t("present.up", lang),
        move_down=t("present.down", lang),
        remove=t("present.remove", lang),
    )
    return PresentationView(
        name=presentation.name,
        rows=rows,
        empty=t("present.empty", lang),
        labels=labels,
        saved=tuple(saved),
        picked=presentation.name if presentation.name in saved else None,
        json_link=json_link,
        pdf_link=pdf_link,
        editable=access != "read_only",
        access=t(f"present.access.{access}", lang),
    )


@dataclass(frozen=True)
class PlayerView:
    """What the player shows over the map while a presentation is played."""

    title: str
    note: str
    counter: str  # "2 / 5"
    buttons: tuple[str, str, str]  # the names of previous, next and exit


def player_view(presentation: PresentationLike, index: int, lang: str) -> PlayerView:
    """The player at scene ``index`` (the last one if there are fewer), in ``lang``.

    The presentation has at least one scene.
    """
    scenes = presentation.scenes
    index = min(len(scenes) - 1, index)
    scene = scenes[index]
    return PlayerView(
        title=scene.title,
        note=scene.note,
        counter=t("present.counter", lang, number=index + 1, total=len(scenes)),
        buttons=(
            t("present.previous", lang),
            t("present.next", lang),
            t("present.exit", lang),
        ),
    )
