"""The region profile as the reader sees it: one region, one year, every word in one language.

``profile_view(state, package)`` gathers the region's flows (every kind with data for the
year, the model at the state's decay), builds its profile (:mod:`dashboard.datasets.profiles`)
and turns it into words and figures: names in the three languages, the boundary history
(parent unit, larger territory, former name), the Programme roles, the disaster zones (with
the Aral Sea chart where the zone is the Aral's), the top flow partners and every indicator
with its value, rank, sparkline, source and quality. Pure: no Dash; the layout
(:mod:`dashboard.layout.profile`) only renders what is here.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from dashboard.datasets.aral import aral_sea_areas, aral_sea_sources, source_citation
from dashboard.datasets.package import DataPackage
from dashboard.datasets.partners import region_flows
from dashboard.datasets.profiles import IndicatorSeries, RegionProfile, region_profile
from dashboard.datasets.sources import cite
from dashboard.datasets.territories import NEWEST, first_year, units
from dashboard.figures.aral import AralText, aral_sea_chart
from dashboard.figures.charts import BreakMark, SparklineText, sparkline
from dashboard.geo.boundaries import BOUNDARY_VERSIONS, version_for_year
from dashboard.geo.gazetteer import region_name
from dashboard.i18n.catalog import t
from dashboard.i18n.formats import format_number
from dashboard.i18n.languages import LANGUAGES
from dashboard.i18n.words import message_or, quality_text
from dashboard.state import ViewState
from dashboard.views.balance_notes import balance_note

# ---------------------------------------------------------------------------------------------
# what the panel shows


@dataclass(frozen=True)
class RoleLine:
    """A role the Programme gives the region (or the unit that contained it)."""

    label: str  # "<role> · section <n>"
    hover: str  # the Programme's words, how it applies, the citation: one per line
    via: str  # "said of <unit> in its <version> boundaries"; "" when said of the region
    direct: bool  # said of the region itself


@dataclass(frozen=True, eq=False)  # eq=False: figures do not compare with ==
class ZoneLine:
    """A disaster zone the region lies in (or its 1997 unit did)."""

    name: str
    via_1997: str  # where the zone lies today, when listed for the 1997 unit only; else ""
    law: str
    aral: go.Figure | None = None  # the Aral Sea's area, for the Aral zone


@dataclass(frozen=True)
class Partner:
    """One flow partner: its name and how many people (or 'direction only')."""

    name: str
    persons: str


@dataclass(frozen=True)
class FlowBlock:
    """The top partners of one flow kind, arriving and leaving, with what qualifies them."""

    kind: str
    title: str
    model_note: str  # "model estimate, not observed" for modelled flows; else ""
    parent_note: str  # whose flows they are when the region is not in them; else ""
    arriving: tuple[Partner, ...]
    leaving: tuple[Partner, ...]
    sources: str  # "Source: ..." or ""


@dataclass(frozen=True, eq=False)
class IndicatorRow:
    """One indicator: name, value and rank, the sparkline, source and quality."""

    indicator: str
    name: str
    caveat: str | None  # shown on hover over the name
    value_year: int | None  # None: no value at all
    value: str  # "51 539 persons"
    rank: str
    notes: str  # another year, a parent's value, a larger territory, a model estimate
    sparkline: go.Figure
    source: str


@dataclass(frozen=True)
class IndicatorGroup:
    """Indicators under one heading (migration, population, ecology, quotas, other)."""

    heading: str
    rows: tuple[IndicatorRow, ...]


@dataclass(frozen=True, eq=False)
class ProfileView:
    """Everything the profile panel shows of one region in one year, in ``lang``."""

    lang: str
    year: int
    profile: RegionProfile  # the frames behind the words
    title: str
    other_names: tuple[tuple[str, str], ...]  # (language, name) in the other languages
    boundary_notes: tuple[str, ...]
    roles: tuple[RoleLine, ...]
    zones: tuple[ZoneLine, ...]
    flows: tuple[FlowBlock, ...]
    groups: tuple[IndicatorGroup, ...]
    no_data: str  # "No data for: ..." or ""
    lead: IndicatorRow | None = None  # the indicator on the map, shown first; None: none


# ---------------------------------------------------------------------------------------------
# small helpers


def _msg(key: str, lang: str, fallback: str, **values: object) -> str:
    """``t`` for keys built from data (roles, kinds): unknown codes show as readable text."""
    return message_or(key, lang, fallback.replace("_", " "), **values)


@functools.cache
def _name(unit: str, lang: str, version: str) -> str:
    # cached: a profile asks for the same few names hundreds of times
    return region_name(unit, lang, version)


def _unit_name(unit: str, lang: str, version: str | None = None) -> str:
    """Name of a unit id in ``version`` (or the newest version holding it); codes as given."""
    versions = [version] if version in BOUNDARY_VERSIONS else []
    versions += [v for v in reversed(BOUNDARY_VERSIONS) if v != version]
    for v in versions:
        if unit in units(v):
            return _name(unit, lang, v)
    return unit  # a country code (international flows) or an unknown id: show it as is


def _quality_text(quality: str, lang: str) -> str:
    if not quality:
        return t("map.no_data", lang)
    text = quality_text(quality, lang)
    return f"{text} ({t('profile.model', lang)})" if quality == "model" else text


# ---------------------------------------------------------------------------------------------
# boundary history, roles, zones


def boundary_notes(profile: RegionProfile, lang: str) -> list[str]:
    """Sentences on the unit's boundary history: parent unit, larger territory, old names."""
    notes: list[str] = []
    # parent units: one note per parent, named as in the last version it held the region
    by_parent: dict[str, list[str]] = {}
    for version, parent in profile.parents.items():
        by_parent.setdefault(parent, []).append(version)
    for parent, versions in by_parent.items():
        last = versions[-1]
        until = first_year(BOUNDARY_VERSIONS[BOUNDARY_VERSIONS.index(last) + 1])
        notes.append(
            t("profile.parent_note", lang, parent=region_name(parent, lang, last), year=until)
        )
    if profile.larger_in:
        last = list(profile.larger_in)[-1]
        until = first_year(BOUNDARY_VERSIONS[BOUNDARY_VERSIONS.index(last) + 1])
        parts = sorted({p for ps in profile.larger_in.values() for p in ps} - {profile.region_id})
        others = ", ".join(_unit_name(p, lang) for p in parts)
        notes.append(t("profile.larger_note", lang, others=others, year=until))
    current = profile.name(lang)
    for i, version in enumerate(profile.versions[:-1]):
        old = region_name(profile.region_id, lang, version)
        if old != current and old != region_name(profile.region_id, lang, profile.versions[i + 1]):
            until = first_year(profile.versions[i + 1])
            notes.append(t("profile.former_name", lang, name=old, year=until))
    return notes


def _roles(profile: RegionProfile, lang: str, package: DataPackage) -> tuple[RoleLine, ...]:
    lines = []
    for row in profile.roles.to_dict("records"):
        label = _msg(f"role.{row['role']}", lang, str(row["role"]))
        section = t("profile.section", lang, section=row["section"])
        via = ""
        if row["match"] in {"parent", "larger"}:
            version = str(row["boundary_version"])
            named = region_name(str(row["region_id"]), lang, version)
            via = t("profile.role_via", lang, name=named, version=version)
        hover = [t("profile.quote", lang, quote=row["quote_kk"]), via]
        hover.append(cite(row["source_id"], lang, package))
        lines.append(
            RoleLine(
                label=f"{label} · {section}",
                hover="\n".join(h for h in hover if h),
                via=via,
                direct=row["match"] == "direct",
            )
        )
    return tuple(lines)


def aral_chart(lang: str, package: DataPackage) -> go.Figure:
    """The Aral Sea chart in ``lang``: the sea's area 1986-2018, its source and quality."""
    source_ids, qualities = aral_sea_sources(package)
    text = AralText(
        lang=lang,
        citation="; ".join(source_citation(s, lang, package) for s in source_ids),
        quality=", ".join(_msg(f"quality.{q}", lang, q) for q in qualities),
    )
    return aral_sea_chart(aral_sea_areas(package), text)


def _zones(profile: RegionProfile, lang: str, package: DataPackage) -> tuple[ZoneLine, ...]:
    lines = []
    for row in profile.zones.to_dict("records"):
        law = str(row.get("legal_basis") or "")
        via = ""
        if row["match"] == "via_1997":
            # Listed for the larger 1997 unit only: say where the zone lies today.
            first = BOUNDARY_VERSIONS[0]
            old = _unit_name(profile.parents.get(first, profile.region_id), lang, first)
            today = ", ".join(_unit_name(u, lang) for u in str(row["region_ids"]).split())
            via = t("profile.zone_via_1997", lang, name=old, today=today)
        lines.append(
            ZoneLine(
                name=str(row.get(f"name_{lang}") or row["name_en"]),
                via_1997=via,
                law=t("profile.law", lang, law=law) if law else t("profile.no_law", lang),
                # What is known of the Aral: the sea's shrinking area, as a small chart.
                aral=aral_chart(lang, package) if row["zone_id"] == "aral_region" else None,
            )
        )
    return tuple(lines)


# ---------------------------------------------------------------------------------------------
# flows


def _persons(value: float, lang: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return t("profile.direction_only", lang)
    return t("profile.persons", lang, value=format_number(round(float(value)), lang, 0))


def _partners(rows: pd.DataFrame, lang: str, kind: str) -> tuple[Partner, ...]:
    partners = []
    for row in rows.to_dict("records"):
        year = pd.to_numeric(row.get("year"), errors="coerce")
        version = (
            BOUNDARY_VERSIONS[0]
            if kind == "schematic"  # the Programme's directions use 1997 units
            else (version_for_year(int(year)) if not pd.isna(year) else None)
        )
        name = _unit_name(str(row["partner"]), lang, version)
        partners.append(Partner(name=name, persons=_persons(row["persons"], lang)))
    return tuple(partners)


def _flows(profile: RegionProfile, lang: str, package: DataPackage) -> tuple[FlowBlock, ...]:
    blocks = []
    for kind, frame in profile.partners.items():
        parent_note = ""
        if bool(frame["from_parent"].any()):
            unit = str(frame["unit_id"].iloc[0])
            parent_note = t("profile.flows_parent", lang, name=_unit_name(unit, lang))
        sources = sorted({s for s in frame["source_id"] if s})
        cited = "; ".join(cite(s, lang, package) for s in sources)
        blocks.append(
            FlowBlock(
                kind=kind,
                title=_msg(f"profile.kind.{kind}", lang, kind),
                model_note=t("profile.model", lang) if kind == "model" else "",
                parent_note=parent_note,
                arriving=_partners(frame.loc[frame["direction"] == "in"], lang, kind),
                leaving=_partners(frame.loc[frame["direction"] == "out"], lang, kind),
                sources=f"{t('hover.source', lang)}: {cited}" if sources else "",
            )
        )
    return tuple(blocks)


# ---------------------------------------------------------------------------------------------
# indicators


def rank_text(series: IndicatorSeries, lang: str) -> str:
    """'rank 3 of 20' (or '... of 2 regions with data (17 in all)'); '' without a rank."""
    if series.rank is None or series.rank_of is None:
        return ""
    if series.units_in_version is None or series.rank_of == series.units_in_version:
        return t("profile.rank", lang, rank=series.rank, count=series.rank_of)
    return t(
        "profile.rank_partial",
        lang,
        rank=series.rank,
        count=series.rank_of,
        total=series.units_in_version,
    )


def _others(includes: str, unit: str, lang: str) -> str:
    """Today's units besides ``unit`` that a larger unit covered, by name."""
    return ", ".join(_name(p, lang, NEWEST) for p in includes.split("+") if p and p != unit)


def labelled_points(series: IndicatorSeries, lang: str) -> pd.DataFrame:
    """The series' points with the words a sparkline shows (``charts.LABEL_COLUMNS``)."""
    points = series.points
    return points.assign(
        name=[
            _name(unit, lang, version)
            for unit, version in zip(points["unit_id"], points["boundary_version"], strict=True)
        ],
        others=[
            _others(includes, unit, lang)
            for includes, unit in zip(points["includes"], points["unit_id"], strict=True)
        ],
        citation=[series.citation(source, lang) for source in points["source_id"]],
    )


def sparkline_text(series: IndicatorSeries, lang: str) -> SparklineText:
    """The unit and number style of the series' sparkline in ``lang``."""
    return SparklineText(
        lang=lang,
        unit=series.unit(lang),
        decimals=series.decimals,
        diverging=series.scale == "diverging",
    )


def revision_marks(series: IndicatorSeries, lang: str) -> tuple[BreakMark, ...]:
    """The census revisions the series crosses, as marks for its sparkline: where, a short
    label, and on hover why the line breaks there (or why the value is missing)."""
    points = series.points
    with_value = set(points.loc[points["value"].notna(), "year"].astype(int))
    marks = []
    for revision in series.revisions:
        if not revision.straddles:
            hover = t(
                "profile.revision.between",
                lang,
                year=revision.revised_from,
                census=revision.census,
            )
        elif int(revision.at) in with_value:
            hover = t(
                "profile.revision.straddles",
                lang,
                value_year=int(revision.at),
                year=revision.revised_from,
                census=revision.census,
            )
        else:
            # No value that year (the balance cannot give one): the reason the map gives.
            reason = _msg(f"balance.gap.{revision.reason}", lang, revision.reason)
            hover = t("profile.revision.gap", lang, reason=reason.rstrip("."))
        label = t("profile.revision.label", lang, census=revision.census)
        marks.append(BreakMark(at=revision.at, label=label, hover=hover))
    return tuple(marks)


def _notes(series: IndicatorSeries, point: pd.Series, lang: str) -> str:
    notes = []
    if series.value_year != series.selected_year:
        notes.append(
            t("profile.other_year", lang, selected=series.selected_year, year=series.value_year)
        )
    if point["from_parent"]:
        name = region_name(point["unit_id"], lang, point["boundary_version"])
        notes.append(t("profile.parent_value", lang, name=name))
    elif point["includes"]:
        notes.append(t("profile.larger_value", lang, version=point["boundary_version"]))
    if point["quality"] == "model":
        notes.append(t("profile.model", lang))
    method = balance_note(
        series.indicator,
        series.value_year,
        point["boundary_version"],
        point["unit_id"],
        point["quality"],
        lang,
    )
    if method:
        notes.append(method)
    return "; ".join(notes)


def _source_line(series: IndicatorSeries, point: pd.Series | None, lang: str) -> str:
    lines: list[str] = []
    shown = ""
    if point is not None:
        shown = str(point["source_id"])
        lines.append(f"{t('hover.source', lang)}: {series.citation(shown, lang)}")
        lines.append(f"{t('hover.quality', lang)}: {_quality_text(point['quality'], lang)}")
    shown_ids = set(shown.split("+"))
    other = [sid for sid in series.citations if sid not in shown_ids]
    if other:
        others = "; ".join(series.citation(sid, lang) for sid in other)
        lines.append(t("profile.other_sources", lang, sources=others))
    return ". ".join(lines)


def indicator_row(series: IndicatorSeries, lang: str, year: int) -> IndicatorRow:
    """One indicator in ``lang``: name, value and rank, sparkline with ``year``, source."""
    point = series.point
    value = ""
    if point is not None:
        value = f"{format_number(series.value, lang, series.decimals)} {series.unit(lang)}"
    return IndicatorRow(
        indicator=series.indicator,
        name=series.name(lang),
        caveat=series.caveats.get(lang) or series.caveats.get("en") or None,
        value_year=series.value_year if point is not None else None,
        value=value,
        rank=rank_text(series, lang) if point is not None else "",
        notes=_notes(series, point, lang) if point is not None else "",
        sparkline=sparkline(
            labelled_points(series, lang),
            sparkline_text(series, lang),
            year,
            revision_marks(series, lang),
        ),
        source=_source_line(series, point, lang),
    )


def _no_data(profile: RegionProfile, lang: str, package: DataPackage) -> str:
    if not profile.no_data:
        return ""
    names = package.indicators.set_index("id")[f"name_{lang}"]
    listed = ", ".join(str(names.get(i, i)) for i in profile.no_data)
    return t("profile.no_data", lang, names=listed)


# ---------------------------------------------------------------------------------------------
# the view


def describe_profile(
    profile: RegionProfile, lang: str, package: DataPackage, lead: str | None = None
) -> ProfileView:
    """The view of a built ``profile`` in ``lang`` (its year highlighted in the sparklines);
    ``lead`` is the indicator on the map, shown first when the region has data of it."""
    first = profile.get(lead) if lead else None
    return ProfileView(
        lang=lang,
        year=profile.year,
        profile=profile,
        title=profile.name(lang),
        other_names=tuple((code, profile.name(code)) for code in LANGUAGES if code != lang),
        boundary_notes=tuple(boundary_notes(profile, lang)),
        roles=_roles(profile, lang, package),
        zones=_zones(profile, lang, package),
        flows=_flows(profile, lang, package),
        groups=tuple(
            IndicatorGroup(
                heading=_msg(f"profile.group.{group}", lang, group),
                rows=tuple(indicator_row(s, lang, profile.year) for s in members),
            )
            for group, members in profile.by_group()
        ),
        no_data=_no_data(profile, lang, package),
        lead=indicator_row(first, lang, profile.year) if first is not None else None,
    )


def profile_view(state: ViewState, package: DataPackage) -> ProfileView:
    """The profile of ``state.region`` in ``state.year``, in ``state.lang``.

    Flow partners come from every kind of interregional flow with data that year (the
    model at ``state.decay``, observed flows, the Programme's schematic directions). The
    indicator on the map (``state.indicator``) leads. Raises ``ValueError`` when the state
    names no region.
    """
    if not state.region:
        raise ValueError("the state names no region")
    flows = region_flows(state.year, state.decay, package)
    profile = region_profile(state.region, state.year, package, flows=flows)
    return describe_profile(profile, state.lang, package, lead=state.indicator)
