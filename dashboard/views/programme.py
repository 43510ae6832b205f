"""What the Programme panel shows, in the reader's language: aims, regional statements, plan.

``programme_view(state, package)`` gathers everything the panel needs (only ``state.lang``
matters); ``action_plan_rows(lang, search, group, body, package)`` is the plan after the
reader's search and filters, for the filter callback. Pure: pandas and the catalogue, no
Dash.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from dashboard.datasets.package import DataPackage
from dashboard.datasets.programme import (
    SOURCE_ID,
    action_plan,
    aims,
    body_options,
    filter_action_plan,
    group_options,
    programme_acts,
    region_items,
    section_label,
)
from dashboard.datasets.sources import cite
from dashboard.i18n.catalog import t
from dashboard.state import ViewState

# Stage blocks of the aims accordion: (block id, stages of programme_aims.csv in it).
AIM_BLOCKS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("whole", ("passport", "overall")),
    ("1", ("1",)),
    ("2", ("2",)),
    ("results", ("results",)),
)


@dataclass(frozen=True)
class AimRun:
    """Statements of one kind from one section, in table order, and where they come from."""

    kind: str  # aim / task / result
    label: str  # "Main tasks", "Aim"... in the reader's language
    statements: tuple[tuple[str, str], ...]  # (statement id, text)
    citation: str  # "<the Programme's citation>, section 2"


@dataclass(frozen=True)
class AimBlock:
    """One item of the aims accordion: a stage (or the whole Programme) and its runs."""

    block: str  # whole / 1 / 2 / results
    title: str
    runs: tuple[AimRun, ...]


@dataclass(frozen=True)
class RegionStatement:
    """One statement of the Programme about regions, with the regions to highlight.

    ``region_ids`` is empty when the text names no particular unit: nothing is guessed.
    """

    id: str
    label: str
    quote: str  # "Programme, section 1.1: «…»" (the quote itself in Kazakh)
    region_ids: str  # space-separated ids of ``boundary_version``
    region_names: str
    boundary_version: str
    current_ids: str  # the same territory in the newest boundary version


@dataclass(frozen=True)
class PlanRows:
    """The action plan after the search and filters, and the line that counts them."""

    rows: pd.DataFrame  # columns of dashboard.datasets.programme.PLAN_COLUMNS
    total: int
    count_text: str


@dataclass(frozen=True)
class ProgrammeView:
    """Everything the Programme panel shows, in ``lang``."""

    lang: str
    status_line: str
    aim_blocks: tuple[AimBlock, ...]
    regions: tuple[RegionStatement, ...]
    plan: PlanRows
    group_options: tuple[dict[str, str], ...]
    body_options: tuple[dict[str, str], ...]
    plan_source: str
    deleted_note: str  # empty when no item was deleted
    translation_note: str  # empty in Kazakh, the Programme's own language


def plan_count_text(shown: int, total: int, lang: str) -> str:
    """ "Showing 6 of 22 measures" in ``lang``, or the no-match message."""
    if shown == 0:
        return t("programme.plan.empty", lang)
    return t("programme.plan.count", lang, shown=shown, total=total)


def act_date(iso: str, lang: str) -> str:
    """An act's date as legal texts print it: '2001 жылғы 29 қазандағы', '29 October 2001'.

    >>> act_date("2008-12-01", "ru")
    '1 декабря 2008 года'
    """
    day = dt.date.fromisoformat(iso)
    month = t(f"programme.act_month.{day.month}", lang)
    return t("programme.act_date", lang, year=day.year, day=day.day, month=month)


def status_line(lang: str, package: DataPackage) -> str:
    """When and by which acts the Programme was approved and repealed, in ``lang``."""
    acts = programme_acts(package)
    return t(
        "programme.status_line",
        lang,
        approved_number=acts["approved_number"],
        approved_on=act_date(acts["approved_on"], lang),
        repealed_number=acts["repealed_number"],
        repealed_on=act_date(acts["repealed_on"], lang),
    )


def action_plan_rows(
    lang: str,
    search: str | None,
    group: str | None,
    body: str | None,
    package: DataPackage,
) -> PlanRows:
    """The plan's rows that match the reader's search, group and body, in ``lang``."""
    plan = action_plan(lang, package)
    shown = filter_action_plan(plan, search or "", group, body)
    return PlanRows(shown, len(plan), plan_count_text(len(shown), len(plan), lang))


def _section_citation(section: str, lang: str, package: DataPackage) -> str:
    citation = cite(SOURCE_ID, lang, package)
    return t(
        "programme.cite_section", lang, citation=citation, section=section_label(section, lang)
    )


def _aim_runs(rows: pd.DataFrame, lang: str, package: DataPackage) -> tuple[AimRun, ...]:
    """Runs of one kind from one section: each ends with its citation.

    Runs rather than one citation per block: the passport and section 2 say different things
    and each statement must name where it comes from.
    """
    runs = []
    kinds, sections = rows["kind"], rows["section"]
    run = ((kinds != kinds.shift()) | (sections != sections.shift())).cumsum()
    for _, part in rows.groupby(run, sort=False):
        kind, section = str(part["kind"].iloc[0]), str(part["section"].iloc[0])
        runs.append(
            AimRun(
                kind=kind,
                label=t(f"programme.kind.{kind}", lang),
                statements=tuple(zip(part["id"], part["text"], strict=True)),
                citation=_section_citation(section, lang, package),
            )
        )
    return tuple(runs)


def _aim_title(block: str, rows: pd.DataFrame, lang: str) -> str:
    if block == "results":
        return t("programme.stage.results", lang)
    periods = list(dict.fromkeys(rows["period"]))
    period = periods[0] if len(periods) == 1 else "2001-2010"
    key = "programme.stage.whole" if block == "whole" else f"programme.stage.{block}"
    return t(key, lang, period=t("programme.period", lang, period=period.replace("-", "–")))


def _aim_blocks(lang: str, package: DataPackage) -> tuple[AimBlock, ...]:
    table = aims(lang, package)
    blocks = []
    for block, stages in AIM_BLOCKS:
        rows = table[table["stage"].isin(stages)]
        if not rows.empty:
            blocks.append(
                AimBlock(block, _aim_title(block, rows, lang), _aim_runs(rows, lang, package))
            )
    return tuple(blocks)


def _regions(lang: str, package: DataPackage) -> tuple[RegionStatement, ...]:
    return tuple(
        RegionStatement(
            id=row.id,
            label=row.label,
            quote=t(
                "programme.regions.quote",
                lang,
                section=section_label(row.section, lang),
                quote=row.quote_kk,
            ),
            region_ids=row.region_ids,
            region_names=row.region_names,
            boundary_version=row.boundary_version,
            current_ids=row.current_ids,
        )
        for row in region_items(lang, package).itertuples(index=False)
    )


def programme_view(state: ViewState, package: DataPackage) -> ProgrammeView:
    """The Programme panel for ``state.lang``: aims per stage, regional statements, plan."""
    lang = state.lang
    plan = action_plan_rows(lang, "", None, None, package)
    deleted = ", ".join(plan.rows.loc[plan.rows["status"] == "deleted", "number"])
    return ProgrammeView(
        lang=lang,
        status_line=status_line(lang, package),
        aim_blocks=_aim_blocks(lang, package),
        regions=_regions(lang, package),
        plan=plan,
        group_options=tuple(group_options(lang, package)),
        body_options=tuple(body_options(lang, package)),
        plan_source=t("programme.plan.source", lang, citation=cite(SOURCE_ID, lang, package)),
        deleted_note=t("programme.plan.deleted_note", lang, number=deleted) if deleted else "",
        translation_note="" if lang == "kk" else t("programme.translation_note", lang),
    )
