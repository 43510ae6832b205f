"""What the Programme scorecard shows, in the reader's language (pure: pandas and the catalogue).

``scorecard_view(state, package)`` (only ``state.lang`` matters) turns the numbers and codes of
:mod:`dashboard.datasets.scorecard` into the panel's table, the national verdicts, the method
note and the sources; the panel, its CSV/XLSX/GeoJSON twins and its PDF brief all render this
one view. ``role_verdicts(lang, package)`` gives the same verdicts as hover lines for the
roles layer of the map.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pandas as pd

from dashboard.datasets import balance
from dashboard.datasets.package import DataPackage
from dashboard.datasets.programme import aims, section_label
from dashboard.datasets.scorecard import (
    CATEGORY_ORDER,
    RESULT_AIM,
    STAGE1_AIM,
    STAGES,
    VERSION,
    NationalAim,
    agrees,
    national_aim,
    scorecard,
)
from dashboard.datasets.sources import cite
from dashboard.geo.gazetteer import region_name
from dashboard.i18n.catalog import t
from dashboard.i18n.formats import format_number
from dashboard.i18n.words import quality_text, signed_number, span_text
from dashboard.state import ViewState
from dashboard.views.programme import status_line

#: Marks before a verdict on screen and in the brief: it agrees with the text / contradicts it.
MARKS = {True: "✓ ", False: "✗ ", None: ""}
#: Columns of the table, in order (the stage columns repeat per stage).
STAGE_COLUMNS = ("net", "per_1000", "years", "verdict")
NUMBER_COLUMNS = ("net", "per_1000")


@dataclass(frozen=True)
class NationalLine:
    """One national aim: what the Programme says, and how the official series scores it."""

    aim_id: str
    label: str
    quote: str  # the Programme's words, with its section, in ``lang`` (kk: its own)
    verdict: str
    achieved: bool | None  # None: cannot be scored


@dataclass(frozen=True)
class ScorecardView:
    """Everything the scorecard panel and its files show, in ``lang``.

    ``table``: one row per unit of 1997, grouped by role (receiving first, no role last):
    region_id, region, role, then per stage ``stage<N>_net`` (persons, whole), ``_per_1000``
    (one decimal), ``_years`` (the years counted, and why any is missing), ``_verdict``;
    then quality and source. Numbers stay numbers (NaN = no data). ``columns`` gives the
    header of every column but region_id, in order (the files write them all); ``rows`` the
    same table as text for the screen and the brief (numbers formatted, verdicts marked
    ✓ / ✗), which show the columns ``shown``: a stage's years and the quality only when the
    regions differ, else their one text is a line of ``coverage`` ("2006–2010: 4 of 5
    years; 2008: no data ...", "Quality: computed from official figures"); the sources are
    listed under the table.
    """

    lang: str
    title: str
    intro: str
    national: tuple[NationalLine, ...]
    national_source: str  # "Official national series: <citation> (<quality>)"
    national_series: tuple[tuple[int, float], ...]
    national_citation: str
    national_quality: str
    table: pd.DataFrame
    columns: tuple[tuple[str, str], ...]
    rows: tuple[dict[str, str], ...]
    shown: tuple[str, ...]
    coverage: tuple[str, ...]
    method: tuple[str, ...]
    sources: tuple[str, ...]
    translation_note: str


def period(stage: str) -> str:
    """'2001–2005' for stage '1'."""
    return span_text(*STAGES[stage])


def years_text(
    counted: tuple[int, ...], missing: tuple[int, ...], reasons: tuple[str, ...], lang: str
) -> str:
    """The years a stage sum covers, and why any is missing (``reasons``: one per missing
    year, a key of the balance's gaps or a note).

    >>> years_text((2006, 2007, 2009, 2010), (2008,), ("census_2009",), "en")
    '4 of 5 years; 2008: no data, population recalculated after the 2009 census'
    """
    total = len(counted) + len(missing)
    if not missing:
        return t("scorecard.years.all", lang, total=total)
    gaps = "; ".join(
        t(f"scorecard.gap.{reason}", lang, year=year)
        if reason in balance.ENGLISH_GAPS
        else t("scorecard.gap.other", lang, year=year)
        for year, reason in zip(missing, reasons, strict=True)
    )
    return t("scorecard.years.partial", lang, counted=len(counted), total=total, gaps=gaps)


def role_text(categories: str, lang: str) -> str:
    """The region's role categories in ``lang`` ('no role in the text' without one)."""
    keys = categories.split() or ["none"]
    return "; ".join(t(f"scorecard.category.{key}", lang) for key in keys)


def verdict_text(code: str, lang: str, marked: bool = False) -> str:
    """A verdict code in words, with its ✓ / ✗ mark when ``marked``."""
    words = t(f"scorecard.verdict.{code}", lang)
    return (MARKS[agrees(code)] if marked else "") + words


def _rate(value: float, lang: str) -> str:
    """A rate per 1,000 with its sign and one decimal: '−43.6', '+212.1'."""
    text = format_number(abs(round(float(value), 1)), lang, 1)
    return f"+{text}" if value > 0 else f"−{text}" if value < 0 else text


def _sort_key(categories: str) -> int:
    first = categories.split()[0] if categories else ""
    return CATEGORY_ORDER.index(first) if first in CATEGORY_ORDER else len(CATEGORY_ORDER)


@functools.lru_cache(maxsize=8)
def _scores(package: DataPackage) -> pd.DataFrame:
    """The scorecard's numbers (cached per package: 11 years of balance per call)."""
    return scorecard(package)


def _table(scores: pd.DataFrame, lang: str, package: DataPackage) -> pd.DataFrame:
    regions = scores[scores["stage"] == next(iter(STAGES))]
    out = pd.DataFrame(
        {
            "region_id": regions["region_id"].to_numpy(),
            "region": [region_name(r, lang, VERSION) for r in regions["region_id"]],
            "role": [role_text(c, lang) for c in regions["categories"]],
        }
    )
    sources: list[list[str]] = [[s] if s else [] for s in regions["role_source_id"]]
    qualities: list[list[str]] = [[] for _ in range(len(out))]
    for stage in STAGES:
        part = scores[scores["stage"] == stage].set_index("region_id").loc[out["region_id"]]
        out[f"stage{stage}_net"] = part["net"].round().to_numpy()
        out[f"stage{stage}_per_1000"] = part["per_1000"].round(1).to_numpy()
        out[f"stage{stage}_years"] = [
            years_text(row.years, row.missing, row.missing_reasons, lang)
            for row in part.itertuples()
        ]
        out[f"stage{stage}_verdict"] = [verdict_text(v, lang) for v in part["verdict"]]
        for i, (source, quality) in enumerate(zip(part["source_id"], part["quality"], strict=True)):
            sources[i].append(source)
            qualities[i].append(quality)
    out["quality"] = [
        "; ".join(quality_text(q, lang) for q in dict.fromkeys(x for x in qs if x))
        for qs in qualities
    ]
    out["source"] = [cite(" ".join(s), lang, package) for s in sources]
    order = sorted(
        range(len(out)),
        key=lambda i: (_sort_key(regions["categories"].iat[i]), out["region"].iat[i]),
    )
    return out.iloc[order].reset_index(drop=True)


def _columns(lang: str) -> tuple[tuple[str, str], ...]:
    columns = [("region", t("data.col.region", lang)), ("role", t("scorecard.col.role", lang))]
    for stage in STAGES:
        for column in STAGE_COLUMNS:
            header = t(f"scorecard.col.{column}", lang, period=period(stage))
            columns.append((f"stage{stage}_{column}", header))
    columns += [("quality", t("data.col.quality", lang)), ("source", t("data.col.source", lang))]
    return tuple(columns)


def _shown(table: pd.DataFrame, lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The columns on screen and in the brief, and the lines said once above the table: a
    stage's years and the quality, where every region has the same."""
    shown, coverage = ["region", "role"], []
    for stage in STAGES:
        years = table[f"stage{stage}_years"]
        common = years.nunique() == 1
        if common:
            coverage.append(f"{period(stage)}: {years.iat[0]}")
        shown += [f"stage{stage}_{c}" for c in STAGE_COLUMNS if c != "years" or not common]
    if table["quality"].nunique() == 1:
        coverage.append(f"{t('data.col.quality', lang)}: {table['quality'].iat[0]}")
    else:
        shown.append("quality")
    return tuple(shown), tuple(coverage)


def _rows(table: pd.DataFrame, scores: pd.DataFrame, lang: str) -> tuple[dict[str, str], ...]:
    codes = scores.set_index(["region_id", "stage"])["verdict"]
    rows = []
    for row in table.to_dict("records"):
        shown = dict(row)
        for stage in STAGES:
            net, rate = row[f"stage{stage}_net"], row[f"stage{stage}_per_1000"]
            shown[f"stage{stage}_net"] = (
                signed_number(net, lang) if pd.notna(net) else t("map.no_data", lang)
            )
            shown[f"stage{stage}_per_1000"] = _rate(rate, lang) if pd.notna(rate) else ""
            code = codes.loc[(row["region_id"], stage)]
            shown[f"stage{stage}_verdict"] = verdict_text(code, lang, marked=True)
        rows.append({key: str(value) for key, value in shown.items()})
    return tuple(rows)


def _national(aim: NationalAim, lang: str, package: DataPackage) -> tuple[NationalLine, ...]:
    texts = aims(lang, package).set_index("id")

    def quote(aim_id: str) -> str:
        if aim_id not in texts.index:
            return ""
        row = texts.loc[aim_id]
        section = section_label(str(row["section"]), lang)
        section = section[:1].upper() + section[1:]  # it opens the line
        return t("scorecard.national.quote", lang, section=section, text=row["text"])

    if aim.stage1 == "no_data":
        stage1 = t("scorecard.national.stage1.no_data", lang)
    else:
        key = aim.stage1 + ("_turned" if aim.stage1 == "lowered" and aim.turned_positive_in else "")
        stage1 = t(
            f"scorecard.national.stage1.{key}",
            lang,
            first=signed_number(aim.stage1_first, lang),
            last=signed_number(aim.stage1_last, lang),
            year=aim.turned_positive_in,
        )
    if aim.by_2010 == "no_data":
        result = t("scorecard.national.result.no_data", lang)
    else:
        result = t(
            f"scorecard.national.result.{aim.by_2010}",
            lang,
            value=signed_number(aim.value_2010, lang),
            since=aim.positive_since,
        )
    achieved = {"lowered": True, "not_lowered": False, "positive": True, "not_positive": False}
    return (
        NationalLine(
            STAGE1_AIM,
            t("scorecard.national.stage1.label", lang),
            quote(STAGE1_AIM),
            stage1,
            achieved.get(aim.stage1),
        ),
        NationalLine(
            RESULT_AIM,
            t("scorecard.national.result.label", lang),
            quote(RESULT_AIM),
            result,
            achieved.get(aim.by_2010),
        ),
    )


def _method(scores: pd.DataFrame, aim: NationalAim, lang: str, package: DataPackage) -> list:
    derived = quality_text(balance.QUALITY, lang)
    sentences = [
        t("scorecard.method.balance", lang, method=t("balance.method_any", lang), quality=derived)
    ]
    for stage in STAGES:
        part = scores[scores["stage"] == stage]
        # The same years are missing for every region here (a census year); say it once.
        for missing in dict.fromkeys(part["missing"]):
            if not missing:
                continue
            reasons = part.loc[part["missing"] == missing, "missing_reasons"].iat[0]
            counted = len(range(STAGES[stage][0], STAGES[stage][1] + 1)) - len(missing)
            sentence = t(
                "scorecard.method.missing",
                lang,
                stage=stage,
                period=period(stage),
                counted=counted,
                total=counted + len(missing),
                years=", ".join(str(y) for y in missing),
            )
            for reason in dict.fromkeys(reasons):
                if reason in balance.ENGLISH_GAPS:
                    sentence += " " + t(f"balance.gap.{reason}", lang) + "."
            sentences.append(sentence)
    for row in scores.itertuples():
        for year, key in row.flags:
            name = region_name(row.region_id, lang, VERSION)
            text = t(f"balance.flag.{key}", lang)
            sentences.append(t("scorecard.method.flag", lang, region=name, year=year, text=text))
    sentences += [
        t("scorecard.method.rate", lang),
        t("scorecard.method.verdict", lang),
        t("scorecard.method.roles", lang),
        t("scorecard.method.stages", lang) + " " + status_line(lang, package),
        t("scorecard.method.national", lang, source=cite(aim.source_id, lang, package)),
    ]
    return sentences


def _sources(scores: pd.DataFrame, aim: NationalAim, lang: str, package: DataPackage) -> tuple:
    ids = [*scores["role_source_id"], *scores["source_id"], aim.source_id]
    return tuple(dict.fromkeys(c for i in ids if i for c in cite(i, lang, package).split("; ")))


def scorecard_view(state: ViewState, package: DataPackage) -> ScorecardView:
    """The Programme scorecard for ``state.lang`` (the rest of the state does not change it)."""
    lang = state.lang
    scores = _scores(package)
    aim = national_aim(package)
    table = _table(scores, lang, package)
    shown, coverage = _shown(table, lang)
    return ScorecardView(
        lang=lang,
        title=t("scorecard.title", lang),
        intro=t("scorecard.intro", lang),
        national=_national(aim, lang, package),
        national_source=t(
            "scorecard.national.source",
            lang,
            source=cite(aim.source_id, lang, package),
            quality=quality_text(aim.quality, lang),
        ),
        national_series=tuple(aim.series.items()),
        national_citation=cite(aim.source_id, lang, package),
        national_quality=quality_text(aim.quality, lang),
        table=table,
        columns=_columns(lang),
        rows=_rows(table, scores, lang),
        shown=shown,
        coverage=coverage,
        method=tuple(_method(scores, aim, lang, package)),
        sources=_sources(scores, aim, lang, package),
        translation_note="" if lang == "kk" else t("programme.translation_note", lang),
    )


# ------------------------------------------------------------------- the roles' hover


def scorecard_source_ids(package: DataPackage) -> list[str]:
    """The sources of the scorecard's measured values (each id once)."""
    ids = "+".join(_scores(package)["source_id"])
    return list(dict.fromkeys(i for i in ids.split("+") if i))


def role_verdicts(lang: str, package: DataPackage) -> dict[str, tuple[str, ...]]:
    """Hover lines of the scorecard per unit of 1997: one per stage, in ``lang``.

    E.g. '2001–2005: −33,844 persons (−43.6 per 1,000; all 5 years): lost, although the
    Programme called it receiving'. The roles layer adds them to each role mark (of any
    boundary version: a later unit shows the lines of its unit of 1997).
    """
    scores = _scores(package)
    lines: dict[str, list[str]] = {}
    for row in scores.itertuples():
        years = years_text(row.years, row.missing, row.missing_reasons, lang)
        if pd.isna(row.net):
            line = f"{period(row.stage)}: {verdict_text(row.verdict, lang)} ({years})"
        else:
            line = t(
                "scorecard.hover.stage",
                lang,
                period=period(row.stage),
                net=signed_number(row.net, lang),
                rate=_rate(row.per_1000, lang) if pd.notna(row.per_1000) else "—",
                years=years,
                verdict=verdict_text(row.verdict, lang),
            )
        lines.setdefault(row.region_id, []).append(line)
    return {region: tuple(found) for region, found in lines.items()}
