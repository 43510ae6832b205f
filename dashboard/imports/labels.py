"""What a row label names, and whether its letters can be trusted.

A label of a statistical table is one of:

- a **region** (oblast or city of republican significance), by any name the gazetteer knows
  (:func:`dashboard.imports.regions.resolve`), or by a KATO code of the form NN0000000;
- the **country total** ("РЕСПУБЛИКА КАЗАХСТАН", "Всего" ...), used to check the sum;
- a **district** or city of oblast significance ("АБАЙСКИЙ РАЙОН", "ЭКИБАСТУЗ Г.А.",
  "РАЙОН ЖАҢАСЕМЕЙ", "г. Кокшетау", a 9-digit KATO code below an oblast). Such a row is
  never matched to a region: a district named like an oblast ("г. Кызылорда", the city, is
  not Kyzylorda oblast) would otherwise pass as one, and names such as "АБАЙСКИЙ РАЙОН"
  are borne by districts of three oblasts. District rows are set aside (the atlas maps
  regions) and counted in a note, with the KATO codes the district gazetteer gives them;
- or **unknown** (an error, with the closest region names).

And two checks of the letters themselves (issue 14): a label with invisible format
characters (bidi overrides that reorder what one sees, zero-width spaces) is refused, as it
can look like one name and be another; a word mixing Latin and Cyrillic letters (a Latin
"А" in "Аkмолинская", a look-alike) is matched as it reads but warned about.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from dashboard.geo.districts import DISTRICT_MARKERS, is_district_code, match_district
from dashboard.geo.gazetteer import CITIES
from dashboard.imports.problems import ProblemLog
from dashboard.imports.regions import MAX_LABEL_CHARS, resolve
from dashboard.imports.shapes import Place
from dashboard.imports.values import Report

# Words that say "city" in a label: "г. Туркестан" is the city, not Turkistan oblast.
_CITY_WORD = re.compile(r"(?i)(?<![^\W\d_])(?:г|гор|город|қ|қаласы|қала|city)(?![^\W\d_])")
_KATO = re.compile(r"^\d{9}$")
# 61 is South Kazakhstan oblast until June 2018 and Turkistan oblast since: a label of 61
# that does not name Turkistan (nor is a code) is one of the former oblast's names.
_TURKISTAN = re.compile(r"(?i)турк|түрк|turk|\d")
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN")


@dataclass(frozen=True)
class Label:
    """What a label names (see the module docs)."""

    kind: Literal["region", "total", "district", "unknown"]
    region_id: str | None = None
    suggestions: tuple[str, ...] = ()  # unknown: ids of the closest regions
    katos: tuple[str, ...] = ()  # district: KATO codes of the districts it may be
    former: bool = False  # region 61 by a name of South Kazakhstan oblast (until 2018)


@lru_cache(maxsize=8192)  # bounded: a server sees many files
def classify(text: str, kato: str = "") -> Label:
    """Classify a label; ``kato`` is a code the file gives beside it (Taldau's L column).

    >>> classify("АБАЙСКИЙ РАЙОН").kind, classify("ОБЛАСТЬ АБАЙ").region_id
    ('district', '10')
    >>> classify("г. Кызылорда").kind, classify("Г.АСТАНА").region_id
    ('district', '71')
    >>> classify("ЮКО").former, classify("Туркестанская").former
    (True, False)
    """
    code = kato.strip() if _KATO.match(kato.strip()) else ""
    if not code and _KATO.match(text.strip()):
        code = text.strip()
    if code:
        if is_district_code(code):
            return Label("district", katos=(code,))
        found = resolve(code[:2])
        return Label("region", found.region_id) if found.region_id else Label("unknown")
    if len(text) <= MAX_LABEL_CHARS and DISTRICT_MARKERS.search(text):
        return Label("district", katos=match_district(text))
    found = resolve(text)
    if found.total:
        return Label("total")
    if found.region_id is not None:
        if _CITY_WORD.search(text) and found.region_id not in CITIES:
            katos = match_district(text)
            if katos:
                return Label("district", katos=katos)
        former = found.region_id == "61" and not _TURKISTAN.search(text)
        return Label("region", found.region_id, former=former)
    if len(text) <= MAX_LABEL_CHARS:
        katos = match_district(text)
        if katos:
            return Label("district", katos=katos)
    return Label("unknown", suggestions=found.suggestions)


def invisible(text: str) -> bool:
    """True when ``text`` holds format characters: bidi controls, zero-width spaces ...

    >>> invisible("Акмол\\u200bинская"), invisible("Акмол\\u202eинская"), invisible("Абай")
    (True, True, False)
    """
    return any(_format_char(c) for c in text)


def _format_char(char: str) -> bool:
    return unicodedata.category(char) == "Cf"


def mixed_script(text: str) -> str | None:
    """The first word of ``text`` that mixes scripts (a Latin letter in a Cyrillic word).

    >>> mixed_script("Aкмолинская область"), mixed_script("Ақмола облысы / Akmola")
    ('Aкмолинская', None)
    """
    for word in re.findall(r"[^\W\d_]+", text):
        scripts = {_script(c) for c in word} - {None}
        if len(scripts) > 1:
            return word
    return None


def _script(char: str) -> str | None:
    name = unicodedata.name(char, "")
    return next((s for s in _SCRIPTS if name.startswith(s)), None)


def looks_like_district(text: object) -> bool:
    """True for a label a table uses for a district (so it is not searched as a region)."""
    return isinstance(text, str) and classify(text).kind == "district"


# ---------------------------------------------------------------------------- one file's labels

# Distinct unknown labels looked up before giving up: each costs the gazetteer's close-match
# search, and a table with hundreds of unknown names is not a table of regions.
MAX_UNKNOWN_LABELS = 200
# District names listed in the note (the rest are counted).
MAX_LISTED = 5


class LabelResolver:
    """The labels of one file: each resolved once per cell, with what is wrong reported.

    ``report`` reports a problem at a place once (the checker's); ``log`` takes problems of
    the whole file; ``formulas`` maps cells holding a formula to its text.
    """

    def __init__(self, report: Report, log: ProblemLog, formulas: dict) -> None:
        self.report, self.log, self.formulas = report, log, formulas
        self.unknown: set[str] = set()
        self.districts: dict[str, set[int]] = {}  # label -> rows set aside
        self.district_codes: dict[str, tuple[str, ...]] = {}
        self.former: set[tuple[int, int]] = set()  # cells naming South Kazakhstan oblast

    def label(self, place: Place, kato: str = "") -> str | None:
        """Region id, "total" for the country total, "district" for a district row (set
        aside), or None (reported) when the label cannot be used."""
        formula = self.formulas.get((place.row, place.col))
        if formula is not None:
            self.report("import.value.formula", place, formula=formula, hint="import.hint.formula")
            return None
        if not place.text.strip():
            self.report("import.shape.no_label", place)
            return None
        if invisible(place.text):
            chars = sorted(
                {f"U+{ord(c):04X}" for c in place.text if unicodedata.category(c) == "Cf"}
            )
            self.report("import.region.invisible", place, name=place.text, chars=", ".join(chars))
            return None
        word = mixed_script(place.text)
        if word is not None:
            self.report("import.region.mixed_script", place, "warning", name=place.text, word=word)
        if len(self.unknown) >= MAX_UNKNOWN_LABELS and place.text not in self.unknown:
            if len(self.unknown) == MAX_UNKNOWN_LABELS:
                self.unknown.add(place.text)  # report once
                self.log.error("import.region.too_many_unknown", count=MAX_UNKNOWN_LABELS)
            return None
        found = classify(place.text, kato)
        if found.kind == "total":
            return "total"
        if found.kind == "district":
            self.districts.setdefault(place.text, set()).add(place.row)
            self.district_codes[place.text] = found.katos
            return "district"
        if found.kind == "region":
            if found.former:
                self.former.add((place.row, place.col))
            return found.region_id
        self.unknown.add(place.text)
        if found.suggestions:
            self.report(
                "import.region.unknown",
                place,
                name=place.text,
                hint="import.hint.did_you_mean",
                hint_params={"names_ids": ",".join(found.suggestions)},
            )
        else:
            self.report("import.region.unknown", place, name=place.text, hint="import.hint.regions")
        return None

    def report_districts(self) -> None:
        """One note for the district rows set aside: how many, which names are shared by
        districts of several oblasts, which the district gazetteer does not know."""
        if not self.districts:
            return
        rows = sum(len(r) for r in self.districts.values())
        codes = self.district_codes
        shared = sorted(n for n, k in codes.items() if len(k) > 1)
        unmatched = sorted(n for n, k in codes.items() if not k)
        self.log.note(
            "import.region.districts_aside",
            count=rows,
            names=len(self.districts),
            matched=sum(len(k) == 1 for k in codes.values()),
            shared=len(shared),
            shared_names=_listed(shared),
            unmatched=len(unmatched),
            unmatched_names=_listed(unmatched),
        )


def _listed(names: list[str]) -> str:
    shown = ", ".join(names[:MAX_LISTED]) or "—"
    return f"{shown} (+{len(names) - MAX_LISTED})" if len(names) > MAX_LISTED else shown
