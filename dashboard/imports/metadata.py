"""What an imported table is: indicator, unit, source and quality flag.

The data policy decides the rules: every value carries a source and a quality flag, so an
import without a source is refused, and a source must be one the atlas knows (``sources.csv``
or one the caller registers). The rest is taken from the options the caller gives, from
columns of a long table (``indicator``, ``unit``, ``source_id``, ``quality``), or inferred
where that is safe:

- the indicator from the title, only when exactly one stored indicator's name is in it and
  no word of another indicator's name is ("Численность городского населения" names no
  indicator: "городского" belongs to the urban ones, which also need "мужчины"/"женщины").
  An inferred indicator is a warning, so a person confirms it;
- the unit is always the indicator's (the package allows no other); a stated unit must be
  that unit, in any of its spellings;
- the quality flag from the source, when all the source's values in the atlas carry one
  flag; otherwise "unverified", with a warning (the flag that cannot overstate).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from dashboard.datasets.package import QUALITY_FLAGS, DataPackage
from dashboard.imports.problems import ProblemLog
from dashboard.imports.shapes import TableShape

# Units that may be stated per row of a long table or in the options: their codes and the
# names indicators.csv gives them. "тыс." in a title of a table in persons is a warning.
THOUSANDS = re.compile(r"(?i)(тыс\.|тысяч|мың|thousand)")
# Spellings of units seen in tables besides those indicators.csv gives.
_UNIT_ALIASES = {
    "persons": ("чел.", "чел", "человек", "адам", "people", "persons"),
    "families": ("семей", "семьи", "отбасы", "families"),
    "thousand_tonnes": ("тыс. тонн", "тыс. т", "мың тонна", "мың т", "thousand tonnes"),
    "thousand_tenge": ("тыс. тенге", "мың теңге", "thousand tenge"),
    "percent": ("%", "процент", "пайыз", "percent"),
}

# Words too general to tell indicators apart (first five letters, as in _stems).
_GENERIC = frozenset(
    {
        "начал", "года", "janua", "басын", "регио", "regio", "өңірл", "өңірг", "өңірд",
        "бойын", "облас", "облыс", "oblas", "respu", "респу", "казах", "қазақ", "kazak",
        "жылғы", "жылда", "перио", "кезең", "since", "settl", "share", "доля", "үлесі",
        "всего", "барлы", "total",
        # "на 1 января" / "1 қаңтардағы" date a stock; "January-June" names an indicator's period
        "январ", "қаңта",
    }
)  # fmt: skip


def _stems(text: str) -> set[str]:
    words = re.findall(r"[^\W\d_]{4,}", text.casefold().replace("ё", "е"))
    return {w[:5] for w in words}


@dataclass(frozen=True)
class Metadata:
    """What the caller gave or what was inferred; ``None`` where nothing could be decided."""

    indicator: str | None
    unit: str | None
    source_id: str | None
    quality: str | None
    indicator_inferred: bool = False
    quality_inferred: bool = False


class Catalogue:
    """The package's indicators, sources and quality flags, as the importer needs them."""

    def __init__(self, package: DataPackage, extra_sources: Iterable[str] = ()) -> None:
        self.package = package
        self.indicators: pd.DataFrame = package.indicators.set_index("id", drop=False)
        self.source_ids = frozenset(package.sources["id"]) | frozenset(extra_sources)

    def stored(self) -> pd.DataFrame:
        return self.indicators[~self.indicators["derived"].map(_true)]

    def is_derived(self, indicator: str) -> bool:
        return _true(self.indicators.loc[indicator, "derived"])

    def unit(self, indicator: str) -> str:
        return str(self.indicators.loc[indicator, "unit"])

    def kind(self, indicator: str) -> str:
        return str(self.indicators.loc[indicator, "kind"])

    def scale(self, indicator: str) -> str:
        """ "diverging" for a balance or change (it may be negative), else "sequential"."""
        return str(self.indicators.loc[indicator, "scale"])

    def aggregation(self, indicator: str) -> str:
        """How regions make the country: "sum" (they add up), "recompute" or "none"."""
        return str(self.indicators.loc[indicator, "aggregation"])

    def names(self, indicator: str | None) -> tuple[str, ...]:
        """The indicator's id and names in kk/ru/en (none for an unknown id)."""
        if not indicator or indicator not in self.indicators.index:
            return ()
        row = self.indicators.loc[indicator]
        return (indicator, *(str(row[f"name_{lang}"]) for lang in ("kk", "ru", "en")))

    def unit_spellings(self, unit: str) -> set[str]:
        rows = self.indicators[self.indicators["unit"] == unit]
        names = {unit, *_UNIT_ALIASES.get(unit, ())} | {
            str(v) for col in ("unit_en", "unit_ru", "unit_kk") for v in rows[col] if str(v)
        }
        return {_unit_key(n) for n in names}

    def indicator_id(self, text: str) -> str | None:
        """The id of an indicator given by id or by its name in kk/ru/en."""
        key = text.strip().casefold()
        for row in self.indicators.to_dict("records"):
            names = (row["id"], row["name_en"], row["name_ru"], row["name_kk"])
            if key in {str(n).casefold() for n in names}:
                return str(row["id"])
        return None

    def source_quality(self, source_id: str) -> str | None:
        """The one flag all the atlas's values from ``source_id`` carry, if there is one."""
        flags: set[str] = set()
        for name in ("regional_indicators", "country_totals", "od_flows"):
            table = self.package.tables.get(name)
            if table is not None and "source_id" in table:
                flags |= set(table.loc[table["source_id"] == source_id, "quality"])
        return flags.pop() if len(flags) == 1 else None

    def infer_indicator(self, title: str) -> str | None:
        """The stored indicator a title names, when exactly one does (see module docs).

        An indicator is named when all the words of its name in one language are in the
        title, and every title word that belongs to some indicator's name belongs to its.
        """
        title_stems = _stems(title)
        per_language = {
            row["id"]: [_stems(str(row[c])) - _GENERIC for c in ("name_en", "name_ru", "name_kk")]
            for row in self.stored().to_dict("records")
        }
        vocabulary = {s for names in per_language.values() for stems in names for s in stems}
        meaningful = title_stems & vocabulary
        found = [
            indicator
            for indicator, names in per_language.items()
            if any(stems and stems <= title_stems for stems in names)
            and meaningful <= set().union(*names)
        ]
        return found[0] if len(found) == 1 else None


def _true(value: object) -> bool:
    return str(value).strip().lower() == "true"


def _unit_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w%]+", " ", text.casefold()).split())


def _single(shape: TableShape, role: str, log: ProblemLog) -> str | None:
    """The one value a long table's column ``role`` holds (several values are an error)."""
    values = sorted({e.extra[role].strip() for e in shape.entries if e.extra.get(role, "").strip()})
    if len(values) > 1:
        log.error("import.meta.several_values", field=role, values=", ".join(values[:5]))
        return None
    return values[0] if values else None


def _agree(option: str | None, in_file: str | None, field: str, log: ProblemLog) -> str | None:
    if option and in_file and option != in_file:
        log.error("import.meta.conflict", field=field, file_value=in_file, option=option)
    return option or in_file


def resolve_metadata(
    shape: TableShape | None,
    catalogue: Catalogue,
    log: ProblemLog,
    *,
    kind: str,
    indicator: str | None,
    unit: str | None,
    source_id: str | None,
    quality: str | None,
) -> Metadata:
    """Decide indicator, unit, source and quality; record what is missing or wrong."""
    title = shape.title if shape else ""
    file_indicator = _single(shape, "indicator", log) if shape else None
    file_unit = _single(shape, "unit", log) if shape else None
    file_source = _single(shape, "source_id", log) if shape else None
    file_quality = _single(shape, "quality", log) if shape else None

    named = catalogue.indicator_id(shape.indicator_name) if shape and shape.indicator_name else None
    if named is not None and shape is not None and shape.breakdown is None:
        # A Taldau export names its indicator (NAM): one the atlas knows must be the one
        # imported; another name (a new indicator) is only shown as the title.
        file_indicator = _agree(named, file_indicator, "indicator", log)

    chosen, inferred = None, False
    if kind == "od":
        if indicator:
            log.error("import.meta.od_indicator", indicator=indicator)
        chosen_unit: str | None = "persons"
    else:
        if file_indicator:
            file_indicator = catalogue.indicator_id(file_indicator) or file_indicator
        chosen = _agree(indicator, file_indicator, "indicator", log)
        from_title = catalogue.infer_indicator(title) if title else None
        if chosen is None and from_title is not None:
            chosen, inferred = from_title, True
            log.warning("import.meta.indicator_inferred", indicator_ind=chosen)
        elif chosen is None and shape is not None:  # an unreadable file may have named it
            log.error(
                "import.meta.no_indicator",
                hint="import.hint.indicators",
                hint_params={"ids": ", ".join(catalogue.stored()["id"])},
            )
        chosen = _known_indicator(chosen, catalogue, log)
        if named is not None and chosen == named and shape and shape.breakdown is not None:
            # Urban or rural rows are an indicator of their own, never the total's values.
            log.error(
                "import.taldau.breakdown_same_indicator",
                breakdown=shape.breakdown,
                indicator_ind=named,
                hint="import.hint.new_indicator",
            )
        if chosen and from_title and from_title != chosen and not inferred:
            log.warning("import.meta.title_differs", indicator_ind=chosen, title_ind=from_title)
        chosen_unit = catalogue.unit(chosen) if chosen else None
    spellings = catalogue.unit_spellings(chosen_unit) if chosen_unit else set()
    for stated in (unit, file_unit):
        if stated and chosen_unit and _unit_key(stated) not in spellings:
            log.error("import.meta.unit_mismatch", unit=stated, expected=chosen_unit)
    header = f"{title} {shape.header_text}" if shape else ""
    if chosen_unit and not chosen_unit.startswith("thousand") and THOUSANDS.search(header):
        log.warning("import.meta.thousands", unit=chosen_unit, hint="import.hint.thousands")

    source = _agree(source_id, file_source, "source_id", log)
    if not source:
        log.error("import.meta.no_source", hint="import.hint.source")
    elif source not in catalogue.source_ids:
        close = difflib.get_close_matches(source, sorted(catalogue.source_ids), n=3)
        log.error(
            "import.meta.unknown_source",
            source=source,
            hint="import.hint.close_sources" if close else "import.hint.source",
            hint_params={"ids": ", ".join(close)} if close else {},
        )
        source = None

    flag = _agree(quality, file_quality, "quality", log)
    quality_inferred = False
    if flag and flag not in QUALITY_FLAGS:
        log.error("import.meta.bad_quality", quality=flag, flags=", ".join(QUALITY_FLAGS))
        flag = None
    elif not flag and source:
        flag = catalogue.source_quality(source)
        quality_inferred = True
        if flag is None:
            flag = "unverified"
            log.warning("import.meta.quality_default")
    return Metadata(chosen, chosen_unit, source, flag, inferred, quality_inferred)


def _known_indicator(indicator: str | None, catalogue: Catalogue, log: ProblemLog) -> str | None:
    if indicator is None:
        return None
    if indicator not in catalogue.indicators.index:
        close = difflib.get_close_matches(indicator, list(catalogue.stored()["id"]), n=3)
        log.error(
            "import.meta.unknown_indicator",
            indicator=indicator,
            hint="import.hint.indicators",
            hint_params={"ids": ", ".join(close or catalogue.stored()["id"])},
        )
        return None
    if catalogue.is_derived(indicator):
        log.error("import.meta.derived_indicator", indicator_ind=indicator)
        return None
    return indicator
