"""Region names of an uploaded table: ids, country totals, close matches, boundary versions.

Names go through the gazetteer (:func:`dashboard.geo.gazetteer.match_region`), which knows
the kk/ru/en spellings seen in real data. This module adds what an import needs on top:

- a cached :func:`resolve` that never raises and tells region, country total ("Республика
  Казахстан", "Всего" ...) and unknown apart, with the closest known names for an unknown
  one, in the reader's language;
- :func:`fit_version`: which boundary version a year's set of regions belongs to. The same
  id can mean different territory in different versions (61 is South Kazakhstan in 1997,
  Turkistan from 2018; 19, 35 and 63 lost Zhetisu, Ulytau and Abai in 2022), so a value is
  only meaningful with its version, and a table whose units do not fit the year is refused.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from dashboard.geo.boundaries import BOUNDARY_VERSIONS, region_ids, version_for_year
from dashboard.geo.gazetteer import UnknownRegionError, match_region, region_name, regions

# At most this many names are listed in one message; the rest are counted.
MAX_LISTED = 5
# A region label is short ("город республиканского значения Алматы" is the longest kind);
# longer text (titles, footnotes) is no label and is not sent through the gazetteer, whose
# close-match search costs about a millisecond per unknown name.
MAX_LABEL_CHARS = 100
MAX_LABEL_WORDS = 8


@dataclass(frozen=True)
class Resolved:
    """What a label in the file refers to."""

    region_id: str | None  # 2-digit KATO code, or None
    total: bool = False  # the country total ("Республика Казахстан", "Итого" ...)
    suggestions: tuple[str, ...] = ()  # ids of the closest known names (unknown labels)


@lru_cache(maxsize=8192)  # bounded: a server sees many files
def resolve(label: str) -> Resolved:
    """Resolve a row or column label; never raises.

    >>> resolve("Акмолинская область"), resolve("Қазақстан Республикасы").total
    (Resolved(region_id='11', total=False, suggestions=()), True)
    >>> resolve("АКМОЛИНСКАЯ ОБЛАСТЬ").region_id, resolve("Pavladar").suggestions
    ('11', ('55',))
    """
    if len(label) > MAX_LABEL_CHARS or len(label.split()) > MAX_LABEL_WORDS:
        return Resolved(None)
    try:
        return Resolved(match_region(label))
    except UnknownRegionError as exc:
        if exc.country_total:
            return Resolved(None, total=True)
        ids: list[str] = []
        for name in exc.suggestions:
            try:
                ids.append(match_region(name))
            except UnknownRegionError:  # pragma: no cover: suggestions are gazetteer names
                continue
        return Resolved(None, suggestions=tuple(dict.fromkeys(ids)) or _closest(label))


def _closest(label: str) -> tuple[str, ...]:
    """Close names by plain spelling, for labels the gazetteer's key folding gives up on."""
    names = _all_names()
    close = difflib.get_close_matches(label.casefold().strip(), list(names), n=3, cutoff=0.7)
    return tuple(dict.fromkeys(names[c] for c in close))


@cache
def _all_names() -> dict[str, str]:
    table = regions()
    return {
        str(row[column]).casefold(): row["id"]
        for row in table.to_dict("records")
        for column in ("name_en", "name_ru", "name_kk", "short_en", "short_ru", "short_kk")
    }


def is_label(text: object) -> bool:
    """True when ``text`` names a region or the country total."""
    if not isinstance(text, str):
        return isinstance(text, int) and resolve(str(text)).region_id is not None
    found = resolve(text)
    return found.region_id is not None or found.total


def newest_version(region_id: str) -> str:
    """The newest boundary version that has ``region_id`` (all do: 2022 has all 20)."""
    return next(v for v in reversed(BOUNDARY_VERSIONS) if region_id in region_ids(v))


def name(region_id: str, lang: str, version: str | None = None) -> str:
    """The region's short name in ``lang``, on ``version`` if it is a unit there."""
    if version is None or region_id not in region_ids(version):
        version = newest_version(region_id)
    return region_name(region_id, lang, version, short=True)


def names(ids: object, lang: str, version: str | None = None) -> str:
    """A short list of region names for a message: "Abai, Zhetisu, Ulytau" or "… and 4 more"."""
    ordered = sorted(ids)  # type: ignore[call-overload]
    if not ordered:
        return "—"
    shown = ", ".join(name(i, lang, version) for i in ordered[:MAX_LISTED])
    rest = len(ordered) - MAX_LISTED
    return f"{shown} (+{rest})" if rest > 0 else shown


@dataclass(frozen=True)
class VersionFit:
    """The boundary version of one year's regions, and what is wrong with it."""

    version: str
    problem: Literal["", "older", "newer", "not_in_stated"] = ""
    exact: bool = False  # the regions are exactly the units of ``version``
    missing: frozenset[str] = frozenset()  # units of ``version`` without a value
    outside: frozenset[str] = frozenset()  # ids that are no unit of the stated version


def fit_version(ids: set[str], year: int, stated: str | None = None) -> VersionFit:
    """Which boundary version the regions of one year belong to.

    A set that is exactly one version's units is that version; otherwise the version valid
    in ``year``, if the set fits in it; otherwise the smallest version it fits in. A set
    that is exactly an *older* version's units than the one valid in the year (17 units
    labelled 2024, when 2024 has 20) is a problem ("older"): the year is wrong, or ids that
    changed territory (19, 35, 63) would be read on the wrong boundaries. A *newer* version
    than the year's is possible (BNS recalculated 1 January 2017 on the 2018 units) but
    worth a look ("newer"). A stated version must hold every id ("not_in_stated").

    >>> fit_version(set(region_ids("2018")), 2024).problem
    'older'
    >>> fit_version(set(region_ids("2018")), 2017).problem
    'newer'
    >>> fit = fit_version({"11", "15"}, 2023)
    >>> fit.version, len(fit.missing)
    ('2022', 18)
    """
    valid = version_for_year(year)
    if stated is not None:
        units = set(region_ids(stated))
        outside = frozenset(ids - units)
        problem = "not_in_stated" if outside else _age(stated, valid)
        return VersionFit(stated, problem, ids == units, frozenset(units - ids), outside)
    exact = [v for v in BOUNDARY_VERSIONS if ids == set(region_ids(v))]
    if exact:
        version = exact[0]
    elif ids <= set(region_ids(valid)):
        version = valid
    else:
        version = next(v for v in BOUNDARY_VERSIONS if ids <= set(region_ids(v)))
    units = set(region_ids(version))
    return VersionFit(version, _age(version, valid), bool(exact), frozenset(units - ids))


def _age(version: str, valid: str) -> Literal["", "older", "newer"]:
    order = BOUNDARY_VERSIONS.index
    if order(version) < order(valid):
        return "older"
    return "newer" if order(version) > order(valid) else ""
